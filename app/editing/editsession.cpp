#include "editsession.h"

#include "commands.h"
#include "repository.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace {

Status refused(const ValidationResult &r)
{
    return Status::failure(r.summary(), r.errors().first().field);
}

} // namespace

EditSession::EditSession(WebcastRepository &repository, QString userName, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_userName(std::move(userName))
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(200);
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
    if (const ValidationResult r = m_repository.checkWorkshop(after); !r.ok())
        return refused(r);
    m_undoStack->push(new EditWorkshopCommand(*this, *before, after));
    return {};
}

Status EditSession::removeWorkshop(qint64 workshopId)
{
    const std::optional<Workshop> w = m_repository.workshop(workshopId);
    if (!w)
        return Status::failure(tr("The workshop no longer exists."));
    WorkshopBackup snapshot;
    snapshot.workshop = *w;
    snapshot.presentations = m_repository.presentations(workshopId);
    for (const Presentation &p : std::as_const(snapshot.presentations))
        snapshot.attachments += m_repository.attachments(p.id);
    m_undoStack->push(new RemoveWorkshopCommand(*this, snapshot));
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
