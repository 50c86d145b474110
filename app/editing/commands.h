#pragma once

#include "entities.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

class EditSession;

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

// A workshop with everything that hangs off it, enough to put it back.
struct WorkshopBackup
{
    Workshop workshop;
    QList<Presentation> presentations;
    QList<Attachment> attachments;
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
