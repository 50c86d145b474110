#include "app/editing/editsession.h"

#include "app/schedule/scheduleimport.h"

#include "app/editing/commands.h"
#include "app/editing/slides.h"
#include "models/demodata.h"
#include "models/repository.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <QUndoStack>
#include <algorithm>

namespace {

Status refused(const ValidationResult &r)
{
    return Status::failure(r.summary(), r.errors().first().field);
}

// The editor read an older version than the database holds.
Status conflict(const QString &title)
{
    return Status::failure(
        QCoreApplication::translate("EditSession",
                                    "Someone else saved \"%1\" while you were editing it.")
            .arg(title),
        QStringLiteral("row_version"));
}

QList<WorkshopBackup> backupsOf(const WebcastRepository &repo, const QStringList &slugs)
{
    QList<WorkshopBackup> out;
    for (const QString &slug : slugs) {
        if (const std::optional<Workshop> w = repo.workshopBySlug(slug))
            out.append(WorkshopBackup::of(repo, *w));
    }
    return out;
}

QStringList allSlugs(const WebcastRepository &repo)
{
    QStringList slugs;
    const QList<Workshop> all = repo.workshops();
    for (const Workshop &w : all)
        slugs << w.slug;
    return slugs;
}

} // namespace

EditSession::EditSession(WebcastRepository &repository, QString userName, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_userName(std::move(userName))
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(200);
    m_repository.setEditor(m_userName);
}

EditSession::~EditSession() = default;

void EditSession::reportFailure(const QString &message)
{
    emit error(message);
}

Status EditSession::setWorkshopState(qint64 workshopId, WebcastState state)
{
    const std::optional<Workshop> w = m_repository.workshop(workshopId);
    if (!w)
        return Status::failure(tr("The workshop no longer exists."));
    if (w->state == state)
        return {};
    const StateAvailability a = m_repository.workshopStateAvailability(workshopId, state);
    if (!a.allowed)
        return Status::failure(a.reason + QLatin1Char(' ') + a.fix,
                               QStringLiteral("webcast_state"));
    m_undoStack->push(
        new SetStateCommand(*this, SubjectKind::Workshop, workshopId, w->title, w->state, state));
    const std::optional<Workshop> after = m_repository.workshop(workshopId);
    return after && after->state == state ? Status()
                                          : Status::failure(tr("The state could not be changed."));
}

Status EditSession::setPresentationState(qint64 presentationId, WebcastState state)
{
    const std::optional<Presentation> p = m_repository.presentation(presentationId);
    if (!p)
        return Status::failure(tr("The presentation no longer exists."));
    if (p->state == state)
        return {};
    const StateAvailability a = m_repository.presentationStateAvailability(presentationId, state);
    if (!a.allowed)
        return Status::failure(a.reason + QLatin1Char(' ') + a.fix,
                               QStringLiteral("webcast_state"));
    m_undoStack->push(new SetStateCommand(*this, SubjectKind::Presentation, presentationId,
                                          p->title, p->state, state));
    const std::optional<Presentation> after = m_repository.presentation(presentationId);
    return after && after->state == state ? Status()
                                          : Status::failure(tr("The state could not be changed."));
}

Result<qint64> EditSession::addWorkshop(const Workshop &w)
{
    Workshop fresh = w;
    fresh.id = 0;
    if (const ValidationResult r = m_repository.checkWorkshop(fresh); !r.ok())
        return refused(r);
    auto *command = new AddWorkshopCommand(*this, fresh);
    m_undoStack->push(command);
    if (!m_repository.workshopBySlug(fresh.slug))
        return Status::failure(tr("The workshop could not be added."));
    return m_repository.workshopBySlug(fresh.slug)->id;
}

Status EditSession::updateWorkshop(const Workshop &w)
{
    const std::optional<Workshop> before = m_repository.workshop(w.id);
    if (!before)
        return Status::failure(tr("The workshop no longer exists."));
    Workshop after = w;
    after.state = before->state; // states change only through the state buttons
    if (after == *before)
        return {};
    if (w.version > 0 && w.version != before->version)
        return conflict(w.title);
    if (const ValidationResult r = m_repository.checkWorkshop(after); !r.ok())
        return refused(r);
    m_undoStack->push(new EditWorkshopCommand(*this, *before, after));
    return {};
}

Status EditSession::setRooms(qint64 workshopId, const QList<Room> &rooms)
{
    const std::optional<Workshop> w = m_repository.workshop(workshopId);
    if (!w)
        return Status::failure(tr("The workshop no longer exists."));
    if (Status s = m_repository.checkRooms(rooms); !s)
        return s;
    const QList<Room> before = m_repository.rooms(workshopId);
    auto same = [](const QList<Room> &a, const QList<Room> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (a.at(i).id != b.at(i).id || a.at(i).name.trimmed() != b.at(i).name ||
                a.at(i).liveStreamUrl.trimmed() != b.at(i).liveStreamUrl)
                return false;
        }
        return true;
    };
    if (same(rooms, before))
        return {};
    m_undoStack->push(new SetRoomsCommand(*this, workshopId, w->title, before, rooms));
    return {};
}

Status EditSession::removeWorkshop(qint64 workshopId)
{
    const std::optional<Workshop> w = m_repository.workshop(workshopId);
    if (!w)
        return Status::failure(tr("The workshop no longer exists."));
    m_undoStack->push(new RemoveWorkshopCommand(*this, WorkshopBackup::of(m_repository, *w)));
    return m_repository.workshop(workshopId) ? Status::failure(tr("The workshop could not be "
                                                                  "deleted."))
                                             : Status();
}

Result<qint64> EditSession::addPresentation(const Presentation &p)
{
    Presentation fresh = p;
    fresh.id = 0;
    if (const ValidationResult r = m_repository.checkPresentation(fresh); !r.ok())
        return refused(r);
    auto *command = new AddPresentationCommand(*this, fresh);
    m_undoStack->push(command);
    const std::optional<Presentation> added =
        m_repository.presentationBySlug(fresh.workshopId, fresh.slug);
    if (!added)
        return Status::failure(tr("The presentation could not be added."));
    return added->id;
}

Status EditSession::updatePresentation(const Presentation &p)
{
    const std::optional<Presentation> before = m_repository.presentation(p.id);
    if (!before)
        return Status::failure(tr("The presentation no longer exists."));
    Presentation after = p;
    after.state = before->state;
    if (after == *before)
        return {};
    if (p.version > 0 && p.version != before->version)
        return conflict(p.title);
    if (const ValidationResult r = m_repository.checkPresentation(after); !r.ok())
        return refused(r);
    m_undoStack->push(new EditPresentationCommand(*this, *before, after));
    return {};
}

Status EditSession::removePresentation(qint64 presentationId)
{
    const std::optional<Presentation> p = m_repository.presentation(presentationId);
    if (!p)
        return Status::failure(tr("The presentation no longer exists."));
    m_undoStack->push(
        new RemovePresentationCommand(*this, *p, m_repository.attachments(presentationId)));
    return m_repository.presentation(presentationId)
               ? Status::failure(tr("The presentation could not be deleted."))
               : Status();
}

Result<qint64> EditSession::addSlides(qint64 presentationId, const QString &file)
{
    if (!m_repository.presentation(presentationId))
        return Status::failure(tr("The presentation no longer exists."));
    const Result<QByteArray> bytes = slides::read(file);
    if (!bytes)
        return bytes.status();
    const Result<QByteArray> sha256 = m_repository.storeAttachmentContent(bytes.value());
    if (!sha256)
        return sha256.status();
    const QFileInfo source(file);
    Attachment a;
    a.presentationId = presentationId;
    a.label = source.completeBaseName();
    a.fileName = source.fileName();
    a.sha256 = sha256.value();
    auto *command = new AddSlidesCommand(*this, a);
    m_undoStack->push(command);
    if (command->attachmentId() == 0)
        return Status::failure(tr("The slides could not be added."));
    return command->attachmentId();
}

Status EditSession::removeSlides(const Attachment &slides)
{
    const QList<Attachment> now = m_repository.attachments(slides.presentationId);
    auto kept = std::find_if(now.cbegin(), now.cend(),
                             [&slides](const Attachment &a) { return a.id == slides.id; });
    if (kept == now.cend())
        return Status::failure(tr("The slides no longer exist."));
    m_undoStack->push(new AddSlidesCommand(*this, *kept, true));
    return {};
}

Result<jsonexchange::ImportSummary> EditSession::importFile(const QString &jsonPath)
{
    // What the import may replace is kept first, so undo can put it back.
    const QList<WorkshopBackup> before = backupsOf(m_repository, allSlugs(m_repository));
    const Result<jsonexchange::ImportSummary> r = jsonexchange::importFile(m_repository, jsonPath);
    if (!r)
        return r;
    QList<WorkshopBackup> replaced;
    for (const WorkshopBackup &b : before) {
        if (r.value().slugs.contains(b.workshop.slug))
            replaced.append(b);
    }
    m_undoStack->push(
        new ReplaceWorkshopsCommand(*this, tr("import %1").arg(QFileInfo(jsonPath).fileName()),
                                    replaced, backupsOf(m_repository, r.value().slugs)));
    return r;
}

Result<qint64> EditSession::importSchedule(const ScheduleDocument &schedule,
                                           const QString &workshopSlug, const QString &source)
{
    const QList<WorkshopBackup> before = backupsOf(m_repository, {workshopSlug});
    const Result<qint64> r = scheduleimport::apply(m_repository, schedule, workshopSlug, source);
    if (!r)
        return r;
    m_undoStack->push(new ReplaceWorkshopsCommand(*this,
                                                  tr("import the schedule of %1").arg(workshopSlug),
                                                  before, backupsOf(m_repository, {workshopSlug})));
    return r;
}

Status EditSession::addDemoWorkshops()
{
    const QStringList existing = allSlugs(m_repository);
    if (Status s = demodata::populate(m_repository); !s)
        return s;
    QStringList added = allSlugs(m_repository);
    for (const QString &slug : existing)
        added.removeAll(slug);
    m_undoStack->push(new ReplaceWorkshopsCommand(*this, tr("add the demo workshops"), {},
                                                  backupsOf(m_repository, added)));
    return {};
}
