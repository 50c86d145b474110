#pragma once

#include "models/entities.h"
#include "models/jsonexchange.h"
#include "models/result.h"

#include <QObject>

struct ScheduleDocument;

class QUndoStack;
class WebcastRepository;

// Every change a person makes in the window goes through here: it checks the
// change with the repository first (so a refused change never lands on the
// undo stack), then pushes an undoable command. Errors that only appear when
// undoing or redoing later are reported through error().
class EditSession : public QObject
{
    Q_OBJECT

public:
    EditSession(WebcastRepository &repository, QString userName, QObject *parent = nullptr);
    ~EditSession() override;

    WebcastRepository &repository() const { return m_repository; }
    QUndoStack *undoStack() const { return m_undoStack; }
    const QString &userName() const { return m_userName; }

    Status setWorkshopState(qint64 workshopId, WebcastState state);
    Status setPresentationState(qint64 presentationId, WebcastState state);
    Result<qint64> addWorkshop(const Workshop &w);
    // An edit of a record read at `version` (when not 0) is refused with the
    // field "row_version" when someone saved the record since: the editor
    // then shows both versions (ConflictDialog) and nothing is lost.
    Status updateWorkshop(const Workshop &w);
    Status removeWorkshop(qint64 workshopId);
    Result<qint64> addPresentation(const Presentation &p);
    Status updatePresentation(const Presentation &p);
    Status removePresentation(qint64 presentationId);
    // The workshop's rooms as one list (WebcastRepository::setRooms).
    Status setRooms(qint64 workshopId, const QList<Room> &rooms);
    // Slides from a file (checked and kept in the database), on a talk.
    Result<qint64> addSlides(qint64 presentationId, const QString &file);
    Status removeSlides(const Attachment &slides);
    // An exchange JSON with its slides (jsonexchange::importFile), as one
    // step that undo takes back whole.
    Result<jsonexchange::ImportSummary> importFile(const QString &jsonPath);
    // A conference schedule into the workshop `workshopSlug` (made when new;
    // scheduleimport::apply), as one step: Undo puts the workshop back as it
    // was. Returns the workshop's id.
    Result<qint64> importSchedule(const ScheduleDocument &schedule, const QString &workshopSlug,
                                  const QString &source);
    // The demo workshops (demodata::populate) into an empty database.
    Status addDemoWorkshops();

    // Called by the commands; reports a failure while undoing or redoing.
    void reportFailure(const QString &message);

signals:
    void error(const QString &message);

private:
    WebcastRepository &m_repository;
    QString m_userName;
    QUndoStack *m_undoStack;
};
