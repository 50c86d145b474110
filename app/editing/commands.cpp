#include "app/editing/commands.h"

#include "app/editing/editsession.h"
#include "models/repository.h"

#include <QCoreApplication>

namespace {

// Puts a removed workshop back with its ids, so published URLs stay valid.
Status restore(WebcastRepository &repo, const WorkshopBackup &s)
{
    if (Status st = repo.beginBatch(); !st)
        return st;
    const Result<qint64> wid = repo.addWorkshop(s.workshop);
    if (!wid) {
        repo.rollbackBatch();
        return wid.status();
    }
    for (const Presentation &p : s.presentations) {
        if (const Result<qint64> pid = repo.addPresentation(p); !pid) {
            repo.rollbackBatch();
            return pid.status();
        }
    }
    for (const Attachment &a : s.attachments) {
        if (const Result<qint64> aid = repo.addAttachment(a); !aid) {
            repo.rollbackBatch();
            return aid.status();
        }
    }
    for (const Room &r : s.rooms) {
        if (const Result<qint64> rid = repo.addRoom(r); !rid) {
            repo.rollbackBatch();
            return rid.status();
        }
    }
    return repo.commitBatch();
}

// Ends a batch: committed when everything in it went, rolled back (and the
// first failure returned) when not.
Status endBatch(WebcastRepository &repo, Status s)
{
    if (s)
        return repo.commitBatch();
    repo.rollbackBatch();
    return s;
}

} // namespace

WorkshopBackup WorkshopBackup::of(const WebcastRepository &repo, const Workshop &workshop)
{
    WorkshopBackup b;
    b.workshop = workshop;
    b.presentations = repo.presentations(workshop.id);
    for (const Presentation &p : std::as_const(b.presentations))
        b.attachments += repo.attachments(p.id);
    b.rooms = repo.rooms(workshop.id);
    return b;
}

// ---------------------------------------------------------------- state

SetStateCommand::SetStateCommand(EditSession &session, SubjectKind kind, qint64 id,
                                 const QString &label, WebcastState from, WebcastState to)
    : m_session(session)
    , m_kind(kind)
    , m_id(id)
    , m_from(from)
    , m_to(to)
{
    setText(tr("set \"%1\" to %2").arg(label, stateDisplayName(to)));
}

bool SetStateCommand::apply(WebcastState state)
{
    WebcastRepository &repo = m_session.repository();
    const Status s = m_kind == SubjectKind::Workshop
                         ? repo.setWorkshopState(m_id, state, m_session.userName())
                         : repo.setPresentationState(m_id, state, m_session.userName());
    if (!s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
    return s.ok();
}

void SetStateCommand::redo()
{
    apply(m_to);
}

void SetStateCommand::undo()
{
    apply(m_from);
}

// ---------------------------------------------------------------- edits

EditWorkshopCommand::EditWorkshopCommand(EditSession &session, Workshop before, Workshop after)
    : m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("edit workshop \"%1\"").arg(m_after.title));
}

void EditWorkshopCommand::redo()
{
    if (const Status s = m_session.repository().updateWorkshop(m_after); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
    // Only the first save checks the version the editor read; undo and
    // redo put back what this seat wrote, whatever happened since.
    m_after.version = 0;
}

void EditWorkshopCommand::undo()
{
    // The state may have been flipped since; keep the current one.
    Workshop before = m_before;
    before.version = 0;
    if (const auto now = m_session.repository().workshop(m_before.id))
        before.state = now->state;
    if (const Status s = m_session.repository().updateWorkshop(before); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

SetRoomsCommand::SetRoomsCommand(EditSession &session, qint64 workshopId,
                                 const QString &workshopTitle, QList<Room> before,
                                 QList<Room> after)
    : m_session(session)
    , m_workshopId(workshopId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("edit the rooms of \"%1\"").arg(workshopTitle));
}

void SetRoomsCommand::apply(const QList<Room> &rooms)
{
    if (const Status s = m_session.repository().setRooms(m_workshopId, rooms); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
        return;
    }
    // Rooms added here get new ids; the next undo or redo names them so.
    const QList<Room> now = m_session.repository().rooms(m_workshopId);
    if (&rooms == &m_after)
        m_after = now;
    else
        m_before = now;
}

void SetRoomsCommand::redo()
{
    apply(m_after);
}

void SetRoomsCommand::undo()
{
    apply(m_before);
}

EditPresentationCommand::EditPresentationCommand(EditSession &session, Presentation before,
                                                 Presentation after)
    : m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("edit presentation \"%1\"").arg(m_after.title));
}

void EditPresentationCommand::redo()
{
    Presentation after = m_after;
    if (const auto now = m_session.repository().presentation(m_after.id))
        after.state = now->state;
    if (const Status s = m_session.repository().updatePresentation(after); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
    m_after.version = 0; // as EditWorkshopCommand::redo
}

void EditPresentationCommand::undo()
{
    Presentation before = m_before;
    before.version = 0;
    if (const auto now = m_session.repository().presentation(m_before.id))
        before.state = now->state;
    if (const Status s = m_session.repository().updatePresentation(before); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

// ---------------------------------------------------------------- workshops

AddWorkshopCommand::AddWorkshopCommand(EditSession &session, Workshop workshop)
    : m_session(session)
{
    m_snapshot.workshop = std::move(workshop);
    setText(tr("add workshop \"%1\"").arg(m_snapshot.workshop.title));
}

void AddWorkshopCommand::redo()
{
    // The first time the database picks the id; a redo after undo puts the
    // workshop (and anything added to it meanwhile) back under the same id.
    const Status s =
        m_snapshot.workshop.id > 0 ? restore(m_session.repository(), m_snapshot) : [this] {
            const Result<qint64> id = m_session.repository().addWorkshop(m_snapshot.workshop);
            if (id)
                m_snapshot.workshop.id = id.value();
            return id.status();
        }();
    if (!s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

void AddWorkshopCommand::undo()
{
    WebcastRepository &repo = m_session.repository();
    if (const auto now = repo.workshop(m_snapshot.workshop.id))
        m_snapshot = WorkshopBackup::of(repo, *now);
    if (const Status s = repo.removeWorkshop(m_snapshot.workshop.id); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

RemoveWorkshopCommand::RemoveWorkshopCommand(EditSession &session, WorkshopBackup snapshot)
    : m_session(session)
    , m_snapshot(std::move(snapshot))
{
    setText(tr("delete workshop \"%1\"").arg(m_snapshot.workshop.title));
}

void RemoveWorkshopCommand::redo()
{
    if (const Status s = m_session.repository().removeWorkshop(m_snapshot.workshop.id); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

void RemoveWorkshopCommand::undo()
{
    if (const Status s = restore(m_session.repository(), m_snapshot); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

// ---------------------------------------------------------------- presentations

AddPresentationCommand::AddPresentationCommand(EditSession &session, Presentation presentation)
    : m_session(session)
    , m_presentation(std::move(presentation))
{
    setText(tr("add presentation \"%1\"").arg(m_presentation.title));
}

void AddPresentationCommand::redo()
{
    const Result<qint64> id = m_session.repository().addPresentation(m_presentation);
    if (!id) {
        m_session.reportFailure(id.error());
        setObsolete(true);
        return;
    }
    m_presentation.id = id.value();
}

void AddPresentationCommand::undo()
{
    if (const auto now = m_session.repository().presentation(m_presentation.id))
        m_presentation = *now;
    if (const Status s = m_session.repository().removePresentation(m_presentation.id); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

RemovePresentationCommand::RemovePresentationCommand(EditSession &session,
                                                     Presentation presentation,
                                                     QList<Attachment> attachments)
    : m_session(session)
    , m_presentation(std::move(presentation))
    , m_attachments(std::move(attachments))
{
    setText(tr("delete presentation \"%1\"").arg(m_presentation.title));
}

void RemovePresentationCommand::redo()
{
    if (const Status s = m_session.repository().removePresentation(m_presentation.id); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

void RemovePresentationCommand::undo()
{
    WebcastRepository &repo = m_session.repository();
    Status s = repo.beginBatch();
    if (s) {
        s = repo.addPresentation(m_presentation).status();
        for (int i = 0; s && i < m_attachments.size(); ++i)
            s = repo.addAttachment(m_attachments.at(i)).status();
        s = endBatch(repo, s);
    }
    if (!s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

// ---------------------------------------------------------------- slides

AddSlidesCommand::AddSlidesCommand(EditSession &session, Attachment slides, bool remove)
    : m_session(session)
    , m_slides(std::move(slides))
    , m_remove(remove)
{
    setText(remove ? tr("remove slides \"%1\"").arg(m_slides.label)
                   : tr("add slides \"%1\"").arg(m_slides.label));
}

bool AddSlidesCommand::add()
{
    const Result<qint64> id = m_session.repository().addAttachment(m_slides);
    if (!id) {
        m_session.reportFailure(id.error());
        setObsolete(true);
        return false;
    }
    m_slides.id = id.value(); // the same id when put back
    return true;
}

bool AddSlidesCommand::take()
{
    if (const Status s = m_session.repository().removeAttachment(m_slides.id); !s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
        return false;
    }
    return true;
}

void AddSlidesCommand::redo()
{
    m_remove ? take() : add();
}

void AddSlidesCommand::undo()
{
    m_remove ? add() : take();
}

// ---------------------------------------------------------------- import, demo

ReplaceWorkshopsCommand::ReplaceWorkshopsCommand(EditSession &session, const QString &text,
                                                 QList<WorkshopBackup> before,
                                                 QList<WorkshopBackup> after)
    : m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

void ReplaceWorkshopsCommand::swap(const QList<WorkshopBackup> &out,
                                   const QList<WorkshopBackup> &in)
{
    WebcastRepository &repo = m_session.repository();
    Status s = repo.beginBatch();
    if (s) {
        for (int i = 0; s && i < out.size(); ++i) {
            if (repo.workshop(out.at(i).workshop.id))
                s = repo.removeWorkshop(out.at(i).workshop.id);
        }
        for (int i = 0; s && i < in.size(); ++i)
            s = restore(repo, in.at(i));
        s = endBatch(repo, s);
    }
    if (!s) {
        m_session.reportFailure(s.error());
        setObsolete(true);
    }
}

void ReplaceWorkshopsCommand::redo()
{
    if (m_made) {
        m_made = false; // made before the push
        return;
    }
    swap(m_before, m_after);
}

void ReplaceWorkshopsCommand::undo()
{
    swap(m_after, m_before);
}
