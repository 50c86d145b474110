#include "ui/workshops/workshopeditordialog.h"

#include "app/editing/editsession.h"
#include "models/repository.h"
#include "ui/dialogs/conflictdialog.h"
#include "ui/editors/fielderrors.h"
#include "ui/editors/slugs.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QStringList timeZoneNames()
{
    static QStringList names;
    if (names.isEmpty()) {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        for (const QByteArray &id : ids)
            names << QString::fromUtf8(id);
    }
    return names;
}

} // namespace

WorkshopEditorDialog::WorkshopEditorDialog(EditSession &session, const Workshop &workshop,
                                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_workshop(workshop)
    , m_title(new QLineEdit(workshop.title, this))
    , m_slug(new QLineEdit(workshop.slug, this))
    , m_location(new QLineEdit(workshop.location, this))
    , m_firstDay(new QDateEdit(this))
    , m_lastDay(new QDateEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_liveUrl(new QLineEdit(workshop.liveStreamUrl, this))
    , m_externalUrl(new QLineEdit(workshop.externalUrl, this))
    , m_externalNote(new QPlainTextEdit(workshop.externalNote, this))
    , m_description(new QPlainTextEdit(workshop.description, this))
    , m_banner(new QLabel(this))
    , m_errors(std::make_unique<FieldErrors>(m_banner))
{
    setObjectName(QStringLiteral("workshopEditorDialog"));
    setWindowTitle(workshop.id ? tr("Edit workshop") : tr("New workshop"));

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_slug->setObjectName(QStringLiteral("slugEdit"));
    m_slug->setPlaceholderText(tr("e.g. quantum-materials-2026"));
    m_slug->setToolTip(tr("Part of the public web address: lowercase letters, digits, hyphens"));
    m_location->setObjectName(QStringLiteral("locationEdit"));
    for (QDateEdit *d : {m_firstDay, m_lastDay}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_firstDay->setObjectName(QStringLiteral("firstDayEdit"));
    m_lastDay->setObjectName(QStringLiteral("lastDayEdit"));
    m_firstDay->setDate(workshop.firstDay.isValid() ? workshop.firstDay : QDate::currentDate());
    m_lastDay->setDate(workshop.lastDay.isValid() ? workshop.lastDay : m_firstDay->date());
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->addItems(timeZoneNames());
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setCurrentText(workshop.timeZone.isEmpty()
                                   ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                   : workshop.timeZone);
    m_liveUrl->setObjectName(QStringLiteral("liveUrlEdit"));
    m_liveUrl->setPlaceholderText(QStringLiteral("rtsp://stream.example.org/live/event"));
    m_externalUrl->setObjectName(QStringLiteral("externalUrlEdit"));
    m_externalUrl->setPlaceholderText(QStringLiteral("https://partner.example.org/webcast"));
    m_externalNote->setObjectName(QStringLiteral("externalNoteEdit"));
    m_externalNote->setTabChangesFocus(true);
    m_externalNote->setMaximumHeight(60);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    describe(m_title, tr("The workshop's name as the public pages show it"));
    describe(m_slug, tr("A short name for the web address, e.g. quantum-2026: lowercase "
                        "letters, digits and hyphens"));
    describe(m_location, tr("Where the workshop takes place, shown under its title"));
    describe(m_firstDay, tr("The first day of the workshop"));
    describe(m_lastDay, tr("The last day of the workshop"));
    describe(m_timeZone, tr("The time zone of the workshop's place; talk times are entered "
                            "and shown in it"));
    describe(m_liveUrl, tr("Where the live stream plays from: rtsp://… or an HLS address "
                           "ending in .m3u8 (needed for Live)"));
    describe(m_externalUrl, tr("A partner's page that carries the webcast (needed for External)"));
    describe(m_externalNote, tr("A short note shown with the link to the partner's page"));
    describe(m_description, tr("Shown on the workshop's page; Markdown: *italic*, **bold**, "
                               "lists and links"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(
        tr("Markdown: **bold**, *italic*, - lists, [links](https://...)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Slug:"), m_slug);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&First day:"), m_firstDay);
    form->addRow(tr("Last &day:"), m_lastDay);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("Live stream &URL:"), m_liveUrl);
    form->addRow(tr("E&xternal URL:"), m_externalUrl);
    form->addRow(tr("External &note:"), m_externalNote);
    form->addRow(tr("D&escription:"), m_description);

    m_errors->bind(QStringLiteral("title"), m_title, tr("Title"));
    m_errors->bind(QStringLiteral("slug"), m_slug, tr("Slug"));
    m_errors->bind(QStringLiteral("location"), m_location, tr("Location"));
    m_errors->bind(QStringLiteral("first_day"), m_firstDay, tr("First day"));
    m_errors->bind(QStringLiteral("last_day"), m_lastDay, tr("Last day"));
    m_errors->bind(QStringLiteral("time_zone"), m_timeZone, tr("Time zone"));
    m_errors->bind(QStringLiteral("live_stream_url"), m_liveUrl, tr("Live stream URL"));
    m_errors->bind(QStringLiteral("external_url"), m_externalUrl, tr("External URL"));
    m_errors->bind(QStringLiteral("external_note"), m_externalNote, tr("External note"));
    m_errors->bind(QStringLiteral("description"), m_description, tr("Description"));

    suggestSlugWhileTyping(m_title, m_slug, workshop.id != 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkshopEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkshopEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 560);
}

WorkshopEditorDialog::~WorkshopEditorDialog() = default;

Workshop WorkshopEditorDialog::collect() const
{
    Workshop w = m_workshop;
    w.title = m_title->text().trimmed();
    w.slug = m_slug->text().trimmed();
    w.location = m_location->text().trimmed();
    w.firstDay = m_firstDay->date();
    w.lastDay = m_lastDay->date();
    w.timeZone = m_timeZone->currentText().trimmed();
    w.liveStreamUrl = m_liveUrl->text().trimmed();
    w.externalUrl = m_externalUrl->text().trimmed();
    w.externalNote = m_externalNote->toPlainText();
    w.description = m_description->toPlainText();
    return w;
}

void WorkshopEditorDialog::showValues(const Workshop &w)
{
    m_title->setText(w.title);
    m_slug->setText(w.slug);
    m_location->setText(w.location);
    m_firstDay->setDate(w.firstDay);
    m_lastDay->setDate(w.lastDay);
    m_timeZone->setCurrentText(w.timeZone);
    m_liveUrl->setText(w.liveStreamUrl);
    m_externalUrl->setText(w.externalUrl);
    m_externalNote->setPlainText(w.externalNote);
    m_description->setPlainText(w.description);
}

Status WorkshopEditorDialog::resolveConflict(const Workshop &mine)
{
    const std::optional<Workshop> theirs = m_session.repository().workshop(mine.id);
    if (!theirs)
        return Status::failure(tr("Someone else deleted this workshop while you were editing it."));
    static const auto date = [](const QDate &d) {
        return d.toString(Qt::ISODate);
    };
    const QList<ConflictField<Workshop>> fields{
        {tr("Title"), [](const Workshop &w) { return w.title; },
         [](Workshop &to, const Workshop &from) {
             to.title = from.title;
         }},
        {tr("Slug"), [](const Workshop &w) { return w.slug; },
         [](Workshop &to, const Workshop &from) {
             to.slug = from.slug;
         }},
        {tr("Location"), [](const Workshop &w) { return w.location; },
         [](Workshop &to, const Workshop &from) {
             to.location = from.location;
         }},
        {tr("First day"), [](const Workshop &w) { return date(w.firstDay); },
         [](Workshop &to, const Workshop &from) {
             to.firstDay = from.firstDay;
         }},
        {tr("Last day"), [](const Workshop &w) { return date(w.lastDay); },
         [](Workshop &to, const Workshop &from) {
             to.lastDay = from.lastDay;
         }},
        {tr("Time zone"), [](const Workshop &w) { return w.timeZone; },
         [](Workshop &to, const Workshop &from) {
             to.timeZone = from.timeZone;
         }},
        {tr("Live stream URL"), [](const Workshop &w) { return w.liveStreamUrl; },
         [](Workshop &to, const Workshop &from) {
             to.liveStreamUrl = from.liveStreamUrl;
         }},
        {tr("External URL"), [](const Workshop &w) { return w.externalUrl; },
         [](Workshop &to, const Workshop &from) {
             to.externalUrl = from.externalUrl;
         }},
        {tr("External note"), [](const Workshop &w) { return w.externalNote; },
         [](Workshop &to, const Workshop &from) {
             to.externalNote = from.externalNote;
         }},
        {tr("Description"), [](const Workshop &w) { return w.description; },
         [](Workshop &to, const Workshop &from) {
             to.description = from.description;
         }},
    };
    const QList<EditRecord> last = m_session.repository().editHistoryOf(mine.id, 0, 1, true);
    const std::optional<Workshop> merged = mergeInConflictDialog<Workshop>(
        this, m_workshop.title, last.isEmpty() ? QString() : last.first().changedBy, fields,
        m_workshop, mine, *theirs);
    if (!merged)
        return Status::failure(tr("Not saved yet: your text is still here. Save again to "
                                  "compare it with what was saved meanwhile."));
    m_workshop = *theirs;
    showValues(*merged);
    return m_session.updateWorkshop(*merged);
}

void WorkshopEditorDialog::accept()
{
    const Workshop w = collect();
    Status status;
    if (w.id == 0) {
        const Result<qint64> id = m_session.addWorkshop(w);
        status = id.status();
        if (id)
            m_workshop.id = id.value();
    } else {
        status = m_session.updateWorkshop(w);
        if (!status && status.field() == QLatin1String("row_version"))
            status = resolveConflict(w);
    }
    if (!status) {
        m_errors->show(status);
        return;
    }
    QDialog::accept();
}
