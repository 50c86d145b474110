#pragma once

#include "models/entities.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

class EditSession;
class WebcastRepository;

// Undoable changes. Each one checks nothing itself (EditSession did) and
// marks itself obsolete when the database refuses, so the stack drops it.

class SetStateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetStateCommand)

public:
    SetStateCommand(EditSession &session, SubjectKind kind, qint64 id, const QString &label,
                    WebcastState from, WebcastState to);
    void redo() override;
    void undo() override;

private:
    bool apply(WebcastState state);

    EditSession &m_session;
    SubjectKind m_kind;
    qint64 m_id;
    WebcastState m_from;
    WebcastState m_to;
};

class EditWorkshopCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditWorkshopCommand)

public:
    EditWorkshopCommand(EditSession &session, Workshop before, Workshop after);
    void redo() override;
    void undo() override;

private:
    EditSession &m_session;
    Workshop m_before;
    Workshop m_after;
};

class EditPresentationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditPresentationCommand)

public:
    EditPresentationCommand(EditSession &session, Presentation before, Presentation after);
    void redo() override;
    void undo() override;

private:
    EditSession &m_session;
    Presentation m_before;
    Presentation m_after;
};

// A workshop's rooms, all at once (WebcastRepository::setRooms).
class SetRoomsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetRoomsCommand)

public:
    SetRoomsCommand(EditSession &session, qint64 workshopId, const QString &workshopTitle,
                    QList<Room> before, QList<Room> after);
    void redo() override;
    void undo() override;

private:
    void apply(const QList<Room> &rooms);

    EditSession &m_session;
    qint64 m_workshopId;
    QList<Room> m_before;
    QList<Room> m_after;
};

// A workshop with everything that hangs off it, enough to put it back.
struct WorkshopBackup
{
    Workshop workshop;
    QList<Presentation> presentations;
    QList<Attachment> attachments;
    QList<Room> rooms;

    // Everything of `workshop` as the database holds it now.
    static WorkshopBackup of(const WebcastRepository &repo, const Workshop &workshop);
};

// Adds (redo) or removes (undo) a whole workshop; RemoveWorkshopCommand is the
// same pair the other way round.
class AddWorkshopCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddWorkshopCommand)

public:
    AddWorkshopCommand(EditSession &session, Workshop workshop);
    void redo() override;
    void undo() override;
    qint64 workshopId() const { return m_snapshot.workshop.id; }

private:
    EditSession &m_session;
    WorkshopBackup m_snapshot;
};

class RemoveWorkshopCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveWorkshopCommand)

public:
    RemoveWorkshopCommand(EditSession &session, WorkshopBackup snapshot);
    void redo() override;
    void undo() override;

private:
    EditSession &m_session;
    WorkshopBackup m_snapshot;
};

class AddPresentationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPresentationCommand)

public:
    AddPresentationCommand(EditSession &session, Presentation presentation);
    void redo() override;
    void undo() override;
    qint64 presentationId() const { return m_presentation.id; }

private:
    EditSession &m_session;
    Presentation m_presentation;
};

class RemovePresentationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePresentationCommand)

public:
    RemovePresentationCommand(EditSession &session, Presentation presentation,
                              QList<Attachment> attachments);
    void redo() override;
    void undo() override;

private:
    EditSession &m_session;
    Presentation m_presentation;
    QList<Attachment> m_attachments;
};

// Slides put on (redo) or taken off (undo) a talk; RemoveSlidesCommand is the
// same pair the other way round. The bytes stay in the database until the
// next start (WebcastRepository::dropUnusedAttachmentContent), so undo can
// always bring them back.
class AddSlidesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSlidesCommand)

public:
    AddSlidesCommand(EditSession &session, Attachment slides, bool remove = false);
    void redo() override;
    void undo() override;
    qint64 attachmentId() const { return m_slides.id; }

private:
    bool add();
    bool take();

    EditSession &m_session;
    Attachment m_slides;
    bool m_remove;
};

// Whole workshops replaced at once (an import, the demo workshops): undo
// takes out what came and puts back what was there, with its ids, talks and
// slides. The change itself is made before the command is pushed, so the
// first redo does nothing.
class ReplaceWorkshopsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceWorkshopsCommand)

public:
    ReplaceWorkshopsCommand(EditSession &session, const QString &text, QList<WorkshopBackup> before,
                            QList<WorkshopBackup> after);
    void redo() override;
    void undo() override;

private:
    void swap(const QList<WorkshopBackup> &out, const QList<WorkshopBackup> &in);

    EditSession &m_session;
    QList<WorkshopBackup> m_before;
    QList<WorkshopBackup> m_after;
    bool m_made = true;
};
