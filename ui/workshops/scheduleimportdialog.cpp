#include "ui/workshops/scheduleimportdialog.h"

#include "app/editing/editsession.h"
#include "models/repository.h"
#include "models/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Which rows the list shows, and how they read.
QString kindText(const ScheduleChange &c)
{
    switch (c.kind) {
    case ScheduleChange::Kind::Added:
        return ScheduleImportDialog::tr("New");
    case ScheduleChange::Kind::Changed:
        return ScheduleImportDialog::tr("Changed");
    case ScheduleChange::Kind::Removed:
        return c.keptBecause.isEmpty() ? ScheduleImportDialog::tr("Removed")
                                       : ScheduleImportDialog::tr("Cancelled");
    case ScheduleChange::Kind::Unchanged:
        break;
    }
    return ScheduleImportDialog::tr("Unchanged");
}

QString fieldText(const QString &field)
{
    if (field == QLatin1String("time"))
        return ScheduleImportDialog::tr("time");
    if (field == QLatin1String("room"))
        return ScheduleImportDialog::tr("room");
    if (field == QLatin1String("title"))
        return ScheduleImportDialog::tr("title");
    if (field == QLatin1String("speakers"))
        return ScheduleImportDialog::tr("speakers");
    if (field == QLatin1String("summary"))
        return ScheduleImportDialog::tr("summary");
    if (field == QLatin1String("back in the schedule"))
        return ScheduleImportDialog::tr("back in the schedule");
    return field;
}

} // namespace

ScheduleImportDialog::ScheduleImportDialog(EditSession &session, const QString &source,
                                           const QString &workshopSlug, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_source(new QLineEdit(source, this))
    , m_choose(new QPushButton(tr("Choose &File…"), this))
    , m_readButton(new QPushButton(tr("&Read"), this))
    , m_workshop(new QComboBox(this))
    , m_newSlug(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_problem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_showUnchanged(new QCheckBox(tr("Show &unchanged talks"), this))
    , m_changes(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_importButton(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Import Schedule"));
    setObjectName(QStringLiteral("scheduleImportDialog"));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("https://… or a file: schedule.xml, schedule.json, .ics"));
    m_source->setToolTip(tr("A conference schedule: frab or C3VOC schedule.xml or schedule.json, "
                            "pretalx's exports, Indico's JSON export, or an iCalendar file."));
    m_source->setClearButtonEnabled(true);
    m_source->setAccessibleName(tr("Schedule"));
    m_source->setAccessibleDescription(m_source->toolTip());
    m_workshop->setAccessibleName(tr("Into workshop"));
    m_workshop->setAccessibleDescription(
        tr("The workshop the talks go into, or a new one named after the conference"));
    m_newSlug->setAccessibleName(tr("New workshop's address name"));
    m_newSlug->setAccessibleDescription(
        tr("Lower-case letters, digits and hyphens; part of the public addresses"));
    m_showUnchanged->setAccessibleDescription(
        tr("Also list the talks the schedule has not changed"));
    m_readButton->setObjectName(QStringLiteral("read"));
    m_workshop->setObjectName(QStringLiteral("workshop"));
    m_newSlug->setObjectName(QStringLiteral("newSlug"));
    m_newSlug->setPlaceholderText(tr("address name, e.g. wpd26"));
    m_newSlug->setMaxLength(validation::maxSlugLength);
    m_importButton->setObjectName(QStringLiteral("import"));
    m_importButton->setEnabled(false);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    m_workshop->addItem(tr("A new workshop"), QString());
    const QList<Workshop> workshops = session.repository().workshops();
    for (const Workshop &w : workshops)
        m_workshop->addItem(QStringLiteral("%1 (%2)").arg(w.title, w.slug), w.slug);
    if (const int at = m_workshop->findData(workshopSlug); at > 0)
        m_workshop->setCurrentIndex(at);
    else
        m_newSlug->setText(workshopSlug);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_choose);
    sourceRow->addWidget(m_readButton);
    auto *workshopRow = new QHBoxLayout;
    workshopRow->addWidget(m_workshop, 1);
    workshopRow->addWidget(m_newSlug);
    auto *form = new QFormLayout;
    // Row labels with their field as buddy, so Alt+S and Alt+W reach it.
    auto *sourceLabel = new QLabel(tr("&Schedule:"), this);
    sourceLabel->setBuddy(m_source);
    auto *workshopLabel = new QLabel(tr("Into &workshop:"), this);
    workshopLabel->setBuddy(m_workshop);
    form->addRow(sourceLabel, sourceRow);
    form->addRow(workshopLabel, workshopRow);

    m_progress->setRange(0, 0); // busy: the size of a download is rarely known
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->hide();

    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setAccessibleName(tr("What the import changes"));
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setHeaderLabels({tr("Change"), tr("Starts"), tr("Talk"), tr("Details")});
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->header()->setStretchLastSection(true);
    m_changes->setMinimumHeight(220);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_showUnchanged);
    layout->addWidget(m_buttons);
    resize(760, 520);

    connect(m_choose, &QPushButton::clicked, this, &ScheduleImportDialog::chooseFile);
    connect(m_readButton, &QPushButton::clicked, this, &ScheduleImportDialog::read);
    connect(m_source, &QLineEdit::returnPressed, this, &ScheduleImportDialog::read);
    connect(m_source, &QLineEdit::textEdited, this, [this] {
        // What is shown belongs to the source that was read.
        m_importButton->setEnabled(false);
    });
    connect(m_workshop, &QComboBox::currentIndexChanged, this, &ScheduleImportDialog::updateDiff);
    connect(m_newSlug, &QLineEdit::textEdited, this, &ScheduleImportDialog::updateDiff);
    connect(m_showUnchanged, &QCheckBox::toggled, this, &ScheduleImportDialog::updateDiff);
    connect(&m_reading, &QFutureWatcher<Result<ScheduleDocument>>::finished, this,
            &ScheduleImportDialog::showRead);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ScheduleImportDialog::reject);

    updateDiff();
    if (!source.isEmpty())
        read();
}

ScheduleImportDialog::~ScheduleImportDialog()
{
    // A download still running finishes on its own (it has a timeout); its
    // result goes nowhere.
    m_reading.disconnect(this);
}

void ScheduleImportDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a schedule"), QFileInfo(m_source->text()).absolutePath(),
        tr("Schedules (*.xml *.json *.ics);;All files (*)"));
    if (file.isEmpty())
        return;
    m_source->setText(file);
    read();
}

void ScheduleImportDialog::read()
{
    const QString source = m_source->text().trimmed();
    if (source.isEmpty()) {
        showProblem(tr("Type the schedule's address or choose its file."));
        return;
    }
    if (m_reading.isRunning())
        return;
    m_problem->hide();
    m_importButton->setEnabled(false);
    m_readButton->setEnabled(false);
    m_progress->show();
    m_summary->setText(tr("Reading %1…").arg(source));
    m_readSource = source;
    m_reading.setFuture(QtConcurrent::run([source] { return scheduleimport::load(source); }));
}

void ScheduleImportDialog::showRead()
{
    m_progress->hide();
    m_readButton->setEnabled(true);
    const Result<ScheduleDocument> r = m_reading.result();
    if (!r) {
        m_schedule.reset();
        m_summary->clear();
        m_changes->clear();
        showProblem(tr("This schedule cannot be imported: %1").arg(r.error()));
        emit readingFinished();
        return;
    }
    m_schedule = r.value();
    // Where it goes: the workshop this source went into before, else a new
    // one named after the conference (unless the user chose already).
    const QString source = scheduleimport::sourceOf(m_readSource);
    if (m_workshop->currentIndex() == 0) {
        const QString before = scheduleimport::workshopFor(m_session.repository(), source);
        if (const int at = m_workshop->findData(before); at > 0)
            m_workshop->setCurrentIndex(at);
        else if (m_newSlug->text().isEmpty())
            m_newSlug->setText(scheduleimport::suggestedSlug(*m_schedule));
    }
    m_notes->setText(m_schedule->notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_schedule->notes.isEmpty());
    updateDiff();
    emit readingFinished();
}

QString ScheduleImportDialog::targetSlug() const
{
    return m_workshop->currentIndex() > 0 ? m_workshop->currentData().toString()
                                          : m_newSlug->text().trimmed();
}

void ScheduleImportDialog::updateDiff()
{
    m_newSlug->setVisible(m_workshop->currentIndex() == 0);
    m_changes->clear();
    m_importButton->setEnabled(false);
    if (!m_schedule)
        return;
    const QString slug = targetSlug();
    if (!validation::isValidSlug(slug)) {
        showProblem(tr("Name the new workshop's address: lower-case letters, digits and "
                       "hyphens, like wpd26."));
        return;
    }
    m_problem->hide();
    m_diff = scheduleimport::diff(m_session.repository(), *m_schedule, slug);
    const QStringList notes = m_schedule->notes + m_diff.notes;
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());

    const std::optional<Workshop> w = m_session.repository().workshopBySlug(slug);
    const QTimeZone zone((w                                ? w->timeZone
                          : m_schedule->timeZone.isEmpty() ? QStringLiteral("UTC")
                                                           : m_schedule->timeZone)
                             .toUtf8());
    const QLocale locale;
    for (const ScheduleChange &c : m_diff.changes) {
        if (c.kind == ScheduleChange::Kind::Unchanged && !m_showUnchanged->isChecked())
            continue;
        QStringList details;
        if (c.kind == ScheduleChange::Kind::Changed) {
            QStringList fields;
            for (const QString &f : c.fields)
                fields << fieldText(f);
            details << fields.join(QStringLiteral(", "));
        } else if (c.kind == ScheduleChange::Kind::Removed) {
            details << (c.keptBecause.isEmpty()
                            ? tr("no longer in the schedule; deleted")
                            : tr("no longer in the schedule; kept and marked cancelled "
                                 "because %1")
                                  .arg(c.keptBecause));
        } else if (!c.event.room.isEmpty()) {
            details << c.event.room;
        }
        const QDateTime start = c.event.start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        auto *item = new QTreeWidgetItem(
            m_changes,
            {kindText(c),
             start.isValid() ? locale.toString(start, QStringLiteral("ddd HH:mm")) : QString(),
             c.title, details.join(QStringLiteral("; "))});
        item->setToolTip(2, c.key);
        if (c.kind == ScheduleChange::Kind::Removed && !c.keptBecause.isEmpty())
            item->setToolTip(3, details.join(QStringLiteral("; ")));
        QFont bold = item->font(0);
        bold.setBold(c.kind != ScheduleChange::Kind::Unchanged);
        item->setFont(0, bold);
    }
    const QString line = summary();
    m_summary->setText(m_diff.newWorkshop
                           ? tr("<b>A new workshop %1</b> with %2 talks from %3.")
                                 .arg(slug.toHtmlEscaped())
                                 .arg(m_schedule->events.size())
                                 .arg(m_schedule->title.toHtmlEscaped())
                           : tr("<b>%1</b> into %2. Webcast states, slides and archives stay.")
                                 .arg(line, slug.toHtmlEscaped()));
    const bool anything = m_diff.added + m_diff.changed + m_diff.removed > 0 || m_diff.newWorkshop;
    m_importButton->setEnabled(anything);
    if (!anything)
        m_summary->setText(
            tr("<b>%1 is up to date</b> with this schedule.").arg(slug.toHtmlEscaped()));
}

QString ScheduleImportDialog::summary() const
{
    return tr("%1 new, %2 changed, %3 removed, %4 unchanged")
        .arg(m_diff.added)
        .arg(m_diff.changed)
        .arg(m_diff.removed)
        .arg(m_diff.unchanged);
}

void ScheduleImportDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void ScheduleImportDialog::accept()
{
    if (!m_schedule || !m_importButton->isEnabled())
        return;
    const Result<qint64> r =
        m_session.importSchedule(*m_schedule, targetSlug(), scheduleimport::sourceOf(m_readSource));
    if (!r) {
        // Nothing changed (one batch); the dialog stays as it was.
        showProblem(tr("Nothing was imported: %1").arg(r.error()));
        return;
    }
    m_importedId = r.value();
    QDialog::accept();
}
