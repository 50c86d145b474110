#include "ui/presentations/presentationeditordialog.h"

#include "app/editing/slides.h"
#include "ui/dialogs/conflictdialog.h"
#include "ui/dialogs/messagebox.h"
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>

#include "app/editing/editsession.h"
#include "models/repository.h"
#include "ui/editors/fielderrors.h"
#include "ui/editors/slugs.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <functional>

PresentationEditorDialog::PresentationEditorDialog(EditSession &session,
                                                   const Presentation &presentation,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_presentation(presentation)
    , m_title(new QLineEdit(presentation.title, this))
    , m_slug(new QLineEdit(presentation.slug, this))
    , m_speaker(new QLineEdit(presentation.speakerName, this))
    , m_affiliation(new QLineEdit(presentation.speakerAffiliation, this))
    , m_startsAt(new QDateTimeEdit(this))
    , m_endsAt(new QDateTimeEdit(this))
    , m_room(new QLineEdit(presentation.room, this))
    , m_hasWebcast(new QCheckBox(tr("An archived recording exists"), this))
    , m_webcastPath(new QLineEdit(presentation.webcastPath, this))
    , m_webcastFilename(new QLineEdit(presentation.webcastFilename, this))
    , m_externalUrl(new QLineEdit(presentation.externalUrl, this))
    , m_summary(new QPlainTextEdit(presentation.summary, this))
    , m_bio(new QPlainTextEdit(presentation.speakerBio, this))
    , m_banner(new QLabel(this))
    , m_errors(std::make_unique<FieldErrors>(m_banner))
{
    setObjectName(QStringLiteral("presentationEditorDialog"));
    setWindowTitle(presentation.id ? tr("Edit presentation") : tr("New presentation"));
    const std::optional<Workshop> w = session.repository().workshop(presentation.workshopId);
    m_zone = w ? QTimeZone(w->timeZone.toUtf8()) : QTimeZone::utc();
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_slug->setObjectName(QStringLiteral("slugEdit"));
    m_slug->setToolTip(tr("Part of the public web address: lowercase letters, digits, hyphens"));
    m_speaker->setObjectName(QStringLiteral("speakerEdit"));
    m_affiliation->setObjectName(QStringLiteral("affiliationEdit"));
    for (QDateTimeEdit *e : {m_startsAt, m_endsAt}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        // The editor holds the wall-clock time of the workshop's zone; UTC
        // as the editor's spec keeps the computer's DST rules out of it.
        e->setTimeSpec(Qt::UTC);
    }
    m_startsAt->setObjectName(QStringLiteral("startsAtEdit"));
    m_endsAt->setObjectName(QStringLiteral("endsAtEdit"));
    QDateTime start = presentation.startsAt;
    if (!start.isValid() && w)
        start = QDateTime(w->firstDay, QTime(9, 0), m_zone).toUTC();
    QDateTime end = presentation.endsAt.isValid() ? presentation.endsAt : start.addSecs(3600);
    m_startsAt->setDateTime(toEditor(start));
    m_endsAt->setDateTime(toEditor(end));
    // Moving the start keeps the length of the talk.
    connect(m_startsAt, &QDateTimeEdit::dateTimeChanged, this,
            [this, previous = m_startsAt->dateTime()](const QDateTime &now) mutable {
                m_endsAt->setDateTime(m_endsAt->dateTime().addSecs(previous.secsTo(now)));
                previous = now;
            });
    m_room->setObjectName(QStringLiteral("roomEdit"));
    m_hasWebcast->setObjectName(QStringLiteral("hasWebcastCheck"));
    m_hasWebcast->setChecked(presentation.hasWebcast);
    m_webcastPath->setObjectName(QStringLiteral("webcastPathEdit"));
    m_webcastPath->setPlaceholderText(tr("folder on the streaming server, e.g. qmat-2026"));
    m_webcastFilename->setObjectName(QStringLiteral("webcastFilenameEdit"));
    m_webcastFilename->setPlaceholderText(tr("e.g. keynote.mov"));
    m_externalUrl->setObjectName(QStringLiteral("externalUrlEdit"));
    m_externalUrl->setPlaceholderText(QStringLiteral("https://partner.example.org/webcast"));
    for (QPlainTextEdit *e : {m_summary, m_bio}) {
        e->setTabChangesFocus(true);
        e->setPlaceholderText(tr("Markdown: **bold**, *italic*, - lists"));
    }
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_bio->setObjectName(QStringLiteral("bioEdit"));
    describe(m_title, tr("The talk's title as the public pages show it"));
    describe(m_slug, tr("A short name for the talk's web address: lowercase letters, digits "
                        "and hyphens"));
    describe(m_speaker, tr("Who gives the talk"));
    describe(m_affiliation, tr("The speaker's institution"));
    describe(m_startsAt, tr("When the talk starts, in the workshop's time zone"));
    describe(m_endsAt, tr("When the talk ends, in the workshop's time zone"));
    describe(m_room, tr("Where the talk takes place"));
    describe(m_hasWebcast, tr("Tick when the talk's recording is on the streaming server "
                              "(needed for Archive)"));
    describe(m_webcastPath, tr("The recording's folder on the streaming server"));
    describe(m_webcastFilename, tr("The recording's file name on the streaming server"));
    describe(m_externalUrl, tr("A partner's page that carries this talk's webcast (needed for "
                               "External)"));
    describe(m_summary, tr("What the talk is about; Markdown"));
    describe(m_bio, tr("A few lines about the speaker; Markdown"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Slug:"), m_slug);
    form->addRow(tr("S&peaker:"), m_speaker);
    form->addRow(tr("&Affiliation:"), m_affiliation);
    auto *zoneNote = new QLabel(tr("Times in %1").arg(QString::fromUtf8(m_zone.id())), this);
    zoneNote->setStyleSheet(QStringLiteral("color: palette(dark);"));
    form->addRow(QString(), zoneNote);
    form->addRow(tr("St&arts:"), m_startsAt);
    form->addRow(tr("&Ends:"), m_endsAt);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Webcast:"), m_hasWebcast);
    form->addRow(tr("Webcast &path:"), m_webcastPath);
    form->addRow(tr("Webcast &file:"), m_webcastFilename);
    form->addRow(tr("E&xternal URL:"), m_externalUrl);
    form->addRow(tr("Su&mmary:"), m_summary);
    form->addRow(tr("Speaker &bio:"), m_bio);
    form->addRow(tr("Sli&des:"), createSlidesRow());

    m_errors->bind(QStringLiteral("title"), m_title, tr("Title"));
    m_errors->bind(QStringLiteral("slug"), m_slug, tr("Slug"));
    m_errors->bind(QStringLiteral("speaker_name"), m_speaker, tr("Speaker"));
    m_errors->bind(QStringLiteral("speaker_affiliation"), m_affiliation, tr("Affiliation"));
    m_errors->bind(QStringLiteral("starts_at"), m_startsAt, tr("Starts"));
    m_errors->bind(QStringLiteral("ends_at"), m_endsAt, tr("Ends"));
    m_errors->bind(QStringLiteral("room"), m_room, tr("Room"));
    m_errors->bind(QStringLiteral("webcast_path"), m_webcastPath, tr("Webcast path"));
    m_errors->bind(QStringLiteral("webcast_filename"), m_webcastFilename, tr("Webcast file"));
    m_errors->bind(QStringLiteral("external_url"), m_externalUrl, tr("External URL"));
    m_errors->bind(QStringLiteral("summary"), m_summary, tr("Summary"));
    m_errors->bind(QStringLiteral("speaker_bio"), m_bio, tr("Speaker bio"));

    suggestSlugWhileTyping(m_title, m_slug, presentation.id != 0);

    // An archive upload that finishes while the editor is open fills the
    // webcast fields; show them, so saving does not put back the old ones.
    if (presentation.id != 0)
        connect(&m_session.repository(), &WebcastRepository::presentationChanged, this,
                [this, id = presentation.id](qint64 changed) {
                    if (changed != id)
                        return;
                    const std::optional<Presentation> now = m_session.repository().presentation(id);
                    if (!now)
                        return;
                    m_hasWebcast->setChecked(now->hasWebcast);
                    m_webcastPath->setText(now->webcastPath);
                    m_webcastFilename->setText(now->webcastFilename);
                });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PresentationEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PresentationEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(600, 680);
}

PresentationEditorDialog::~PresentationEditorDialog() = default;

QDateTime PresentationEditorDialog::toEditor(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QDateTime PresentationEditorDialog::fromEditor(const QDateTime &shown) const
{
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}

Presentation PresentationEditorDialog::collect() const
{
    Presentation p = m_presentation;
    p.title = m_title->text().trimmed();
    p.slug = m_slug->text().trimmed();
    p.speakerName = m_speaker->text().trimmed();
    p.speakerAffiliation = m_affiliation->text().trimmed();
    p.startsAt = fromEditor(m_startsAt->dateTime());
    p.endsAt = fromEditor(m_endsAt->dateTime());
    p.room = m_room->text().trimmed();
    p.hasWebcast = m_hasWebcast->isChecked();
    p.webcastPath = m_webcastPath->text().trimmed();
    p.webcastFilename = m_webcastFilename->text().trimmed();
    p.externalUrl = m_externalUrl->text().trimmed();
    p.summary = m_summary->toPlainText();
    p.speakerBio = m_bio->toPlainText();
    return p;
}

void PresentationEditorDialog::showValues(const Presentation &p)
{
    m_title->setText(p.title);
    m_slug->setText(p.slug);
    m_speaker->setText(p.speakerName);
    m_affiliation->setText(p.speakerAffiliation);
    {
        const QSignalBlocker keepLength(m_startsAt); // both times come as saved
        m_startsAt->setDateTime(toEditor(p.startsAt));
    }
    m_endsAt->setDateTime(toEditor(p.endsAt));
    m_room->setText(p.room);
    m_hasWebcast->setChecked(p.hasWebcast);
    m_webcastPath->setText(p.webcastPath);
    m_webcastFilename->setText(p.webcastFilename);
    m_externalUrl->setText(p.externalUrl);
    m_summary->setPlainText(p.summary);
    m_bio->setPlainText(p.speakerBio);
}

void PresentationEditorDialog::limitToWebcastFields(const QString &why)
{
    for (QLineEdit *e : {m_title, m_slug, m_speaker, m_affiliation, m_room}) {
        e->setReadOnly(true);
        e->setToolTip(why);
    }
    for (QPlainTextEdit *e : {m_summary, m_bio}) {
        e->setReadOnly(true);
        e->setToolTip(why);
    }
    for (QDateTimeEdit *e : {m_startsAt, m_endsAt}) {
        e->setReadOnly(true);
        e->setToolTip(why);
    }
    m_addSlides->setEnabled(false);
    m_addSlides->setToolTip(why);
    m_removeSlides->setEnabled(false);
    m_banner->setText(why);
    m_banner->show();
}

// Someone saved the talk since the editor opened: show both versions of
// each field that differs, then save what was chosen on top of theirs.
Status PresentationEditorDialog::resolveConflict(const Presentation &mine)
{
    const std::optional<Presentation> theirs = m_session.repository().presentation(mine.id);
    if (!theirs)
        return Status::failure(tr("Someone else deleted this presentation while you were "
                                  "editing it."));
    const QLocale locale;
    auto when = [this, &locale](const QDateTime &t) {
        return locale.toString(toEditor(t), QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    auto yesNo = [](bool b) {
        return b ? tr("Yes") : tr("No");
    };
    const QList<ConflictField<Presentation>> fields{
        {tr("Title"), [](const Presentation &p) { return p.title; },
         [](Presentation &to, const Presentation &from) {
             to.title = from.title;
         }},
        {tr("Slug"), [](const Presentation &p) { return p.slug; },
         [](Presentation &to, const Presentation &from) {
             to.slug = from.slug;
         }},
        {tr("Speaker"), [](const Presentation &p) { return p.speakerName; },
         [](Presentation &to, const Presentation &from) {
             to.speakerName = from.speakerName;
         }},
        {tr("Affiliation"), [](const Presentation &p) { return p.speakerAffiliation; },
         [](Presentation &to, const Presentation &from) {
             to.speakerAffiliation = from.speakerAffiliation;
         }},
        {tr("Starts"), [&when](const Presentation &p) { return when(p.startsAt); },
         [](Presentation &to, const Presentation &from) {
             to.startsAt = from.startsAt;
         }},
        {tr("Ends"), [&when](const Presentation &p) { return when(p.endsAt); },
         [](Presentation &to, const Presentation &from) {
             to.endsAt = from.endsAt;
         }},
        {tr("Room"), [](const Presentation &p) { return p.room; },
         [](Presentation &to, const Presentation &from) {
             to.room = from.room;
         }},
        {tr("Webcast"), [&yesNo](const Presentation &p) { return yesNo(p.hasWebcast); },
         [](Presentation &to, const Presentation &from) {
             to.hasWebcast = from.hasWebcast;
         }},
        {tr("Webcast path"), [](const Presentation &p) { return p.webcastPath; },
         [](Presentation &to, const Presentation &from) {
             to.webcastPath = from.webcastPath;
         }},
        {tr("Webcast file"), [](const Presentation &p) { return p.webcastFilename; },
         [](Presentation &to, const Presentation &from) {
             to.webcastFilename = from.webcastFilename;
         }},
        {tr("External URL"), [](const Presentation &p) { return p.externalUrl; },
         [](Presentation &to, const Presentation &from) {
             to.externalUrl = from.externalUrl;
         }},
        {tr("Summary"), [](const Presentation &p) { return p.summary; },
         [](Presentation &to, const Presentation &from) {
             to.summary = from.summary;
         }},
        {tr("Speaker bio"), [](const Presentation &p) { return p.speakerBio; },
         [](Presentation &to, const Presentation &from) {
             to.speakerBio = from.speakerBio;
         }},
    };
    const QList<EditRecord> last = m_session.repository().editHistoryOf(0, mine.id, 1);
    const std::optional<Presentation> merged = mergeInConflictDialog<Presentation>(
        this, m_presentation.title, last.isEmpty() ? QString() : last.first().changedBy, fields,
        m_presentation, mine, *theirs);
    if (!merged)
        return Status::failure(tr("Not saved yet: your text is still here. Save again to "
                                  "compare it with what was saved meanwhile."));
    m_presentation = *theirs; // the version this editor now builds on
    showValues(*merged);
    return m_session.updatePresentation(*merged);
}

void PresentationEditorDialog::accept()
{
    const Presentation p = collect();
    Status status;
    if (p.id == 0) {
        const Result<qint64> id = m_session.addPresentation(p);
        status = id.status();
        if (id)
            m_presentation.id = id.value();
    } else {
        status = m_session.updatePresentation(p);
        if (!status && status.field() == QLatin1String("row_version"))
            status = resolveConflict(p);
    }
    if (!status) {
        m_errors->show(status);
        return;
    }
    QDialog::accept();
}

// The talk's slides: added and removed at once (they are files, not fields
// of the form), published with its page.
QWidget *PresentationEditorDialog::createSlidesRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_slides = new QListWidget(row);
    m_slides->setObjectName(QStringLiteral("slidesList"));
    m_slides->setAccessibleName(tr("Slides"));
    describe(m_slides, tr("The talk's slides, published with its page; changes here take "
                          "effect at once"));
    m_slides->setMaximumHeight(m_slides->fontMetrics().height() * 5);
    m_addSlides = new QPushButton(tr("Add S&lides…"), row);
    m_addSlides->setObjectName(QStringLiteral("addSlidesButton"));
    m_removeSlides = new QPushButton(tr("Remo&ve"), row);
    m_removeSlides->setObjectName(QStringLiteral("removeSlidesButton"));
    m_removeSlides->setAccessibleName(tr("Remove the selected slides"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addSlides);
    buttons->addWidget(m_removeSlides);
    buttons->addStretch(1);
    layout->addWidget(m_slides, 1);
    layout->addLayout(buttons);
    connect(m_addSlides, &QPushButton::clicked, this, &PresentationEditorDialog::addSlides);
    connect(m_removeSlides, &QPushButton::clicked, this, &PresentationEditorDialog::removeSlides);
    connect(m_slides, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeSlides->setEnabled(row >= 0); });
    connect(&m_session.repository(), &WebcastRepository::attachmentsChanged, this,
            [this](qint64 id) {
                if (id == m_presentation.id)
                    refreshSlides();
            });
    refreshSlides();
    return row;
}

void PresentationEditorDialog::refreshSlides()
{
    m_slides->clear();
    const bool saved = m_presentation.id != 0;
    m_addSlides->setEnabled(saved);
    if (!saved) {
        m_slides->addItem(tr("Save the talk first, then add its slides."));
        m_slides->setEnabled(false);
        m_removeSlides->setEnabled(false);
        return;
    }
    for (const Attachment &a : m_session.repository().attachments(m_presentation.id)) {
        auto *item = new QListWidgetItem(slides::describe(a), m_slides);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(a.fileName);
    }
    m_removeSlides->setEnabled(m_slides->currentRow() >= 0);
}

void PresentationEditorDialog::addSlides()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add Slides"), QString(),
                                      tr("Slides (*.pdf *.ppt *.pptx *.key *.odp);;All files (*)"));
    QStringList refused;
    for (const QString &file : files)
        if (const Result<qint64> r = m_session.addSlides(m_presentation.id, file); !r)
            refused << r.error();
    if (!refused.isEmpty())
        MessageBox::warning(this, tr("Slides not added"), refused.join(QLatin1Char('\n')));
}

void PresentationEditorDialog::removeSlides()
{
    const QListWidgetItem *item = m_slides->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Attachment &a : m_session.repository().attachments(m_presentation.id)) {
        if (a.id != id)
            continue;
        if (MessageBox::question(this, tr("Remove Slides"),
                                 tr("Remove “%1” from the talk? The next publish takes it off "
                                    "the web server.")
                                     .arg(a.label),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) != QMessageBox::Yes)
            return;
        if (Status s = m_session.removeSlides(a); !s)
            MessageBox::warning(this, tr("Slides not removed"), s.error());
        return;
    }
}
