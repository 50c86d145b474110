#include "presentationeditordialog.h"

#include "editing/editsession.h"
#include "editors/fielderrors.h"
#include "editors/slugs.h"
#include "repository.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

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
    }
    if (!status) {
        m_errors->show(status);
        return;
    }
    QDialog::accept();
}
