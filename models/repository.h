#pragma once

#include "models/entities.h"
#include "models/result.h"
#include "models/staterules.h"
#include "models/validation.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class Database;
class QSqlQuery;

// Reads and writes workshops, presentations, slides and the state history.
// Every write is validated here (field rules and state rules), so the window
// and the command line cannot store what the other would refuse. Signals tell
// the item models what changed.
class WebcastRepository : public QObject
{
    Q_OBJECT

public:
    explicit WebcastRepository(Database &database, QObject *parent = nullptr);
    ~WebcastRepository() override;

    Database &database() const { return m_db; }

    // --- reading
    QList<Workshop> workshops() const;
    std::optional<Workshop> workshop(qint64 id) const;
    std::optional<Workshop> workshopBySlug(const QString &slug) const;
    int presentationCount(qint64 workshopId) const;
    // Sorted by start time, then sort order, then id.
    QList<Presentation> presentations(qint64 workshopId) const;
    std::optional<Presentation> presentation(qint64 id) const;
    std::optional<Presentation> presentationBySlug(qint64 workshopId, const QString &slug) const;
    QList<Attachment> attachments(qint64 presentationId) const;
    // In their order; a workshop without rooms is one room (its live stream).
    QList<Room> rooms(qint64 workshopId) const;
    // All slides of a workshop's presentations in one query, by presentation.
    QHash<qint64, QList<Attachment>> attachmentsOfWorkshop(qint64 workshopId) const;
    // When the workshop or one of its talks last changed state (UTC);
    // invalid when never.
    QDateTime lastStateChange(qint64 workshopId) const;
    // Newest first.
    QList<StateChange> history(SubjectKind kind, qint64 subjectId, int limit = 200) const;
    // Newest first, across subjects: everything (workshopId 0), a workshop
    // with its talks, or one talk (presentationId > 0).
    QList<StateChange> historyOf(qint64 workshopId, qint64 presentationId, int limit) const;

    // Edits (not state flips), newest first, scoped as historyOf().
    // `ownRowsOnly`: a workshop's own and its rooms' edits, not its talks'.
    QList<EditRecord> editHistoryOf(qint64 workshopId, qint64 presentationId, int limit,
                                    bool ownRowsOnly = false) const;
    // The newest edit_history and state_history ids: a window that lost its
    // team database connection catches up from there.
    std::pair<qint64, qint64> lastHistoryIds() const;
    QList<EditRecord> editsSince(qint64 editId) const;
    QList<StateChange> stateChangesSince(qint64 stateId) const;

    // Who a database file records as the author of edits (the operating
    // system account); a team database records its login role itself.
    void setEditor(const QString &name) { m_editor = name; }
    // Prepared statements die with their connection: after a reconnect.
    void forgetPreparedStatements();
    // Another seat changed a row (TeamListener): the same signals as this
    // seat's own writes, so every view updates that row.
    void announceRemoteChange(const QString &table, const QString &action, qint64 id,
                              qint64 parentId);
    void announceRemoteHistory(qint64 stateHistoryId);

    // --- checking without writing (editors call these to show errors inline)
    ValidationResult checkWorkshop(const Workshop &w) const;
    ValidationResult checkPresentation(const Presentation &p) const;
    // Archive also needs a way to play (staterules::archivePlayable); an
    // import of a workshop as it was elsewhere does not ask that.
    StateAvailability workshopStateAvailability(qint64 workshopId, WebcastState state,
                                                bool requirePlayableArchive = true) const;
    StateAvailability presentationStateAvailability(qint64 presentationId,
                                                    WebcastState state) const;

    // --- writing. A record with id > 0 keeps that id on insert (import,
    // undo of a deletion); otherwise the database assigns one.
    Result<qint64> addWorkshop(const Workshop &w);
    Status updateWorkshop(const Workshop &w);
    Status removeWorkshop(qint64 id);
    Result<qint64> addPresentation(const Presentation &p);
    Status updatePresentation(const Presentation &p);
    Status removePresentation(qint64 id);
    // Keeps a file's bytes (once per content); returns their SHA-256 (hex)
    // for Attachment::sha256.
    Result<QByteArray> storeAttachmentContent(const QByteArray &bytes);
    Result<QByteArray> attachmentContent(const QByteArray &sha256) const;
    // `a.sha256` must name stored bytes; `a.fileName`'s extension gives the kind.
    Result<qint64> addAttachment(const Attachment &a);
    // Bytes for slides from before schema 7 (they named a file instead).
    QList<Attachment> attachmentsWithoutContent() const;
    Status adoptAttachmentContent(qint64 id, const QByteArray &bytes);
    // Bytes no slides refer to any more; call when no undo step can bring
    // such slides back (at start). Returns how many went.
    Result<int> dropUnusedAttachmentContent();
    Status removeAttachment(qint64 id);
    // A room keeps its id (and so its live stream) when it is saved again.
    Result<qint64> addRoom(const Room &room);
    Status updateRoom(const Room &room);
    Status removeRoom(qint64 id);
    // A workshop's rooms as one list, in order: rooms not in it are removed,
    // those with an id saved (talks in a renamed room follow it), the others
    // added. All or nothing.
    Status setRooms(qint64 workshopId, const QList<Room> &rooms);
    // Why such a list cannot be saved ("Room 2: …"); ok when it can.
    Status checkRooms(const QList<Room> &rooms) const;

    // Flips a state if its needs are met and records who did it and when.
    Status setWorkshopState(qint64 id, WebcastState state, const QString &who);
    Status setPresentationState(qint64 id, WebcastState state, const QString &who);
    // A history row that changes no state: the schedule assistant's
    // suggestion, or someone's answer to it. The label is filled in when empty.
    Status recordSuggestion(StateChange entry);

    // Several writes as one: all of them or none. Signals are held back
    // until commit and replaced by one dataReset().
    Status beginBatch();
    Status commitBatch();
    void rollbackBatch();
    bool inBatch() const { return m_batchDepth > 0; }

signals:
    void workshopAdded(qint64 id);
    void workshopChanged(qint64 id);
    void workshopRemoved(qint64 id);
    void presentationAdded(qint64 id, qint64 workshopId);
    void presentationChanged(qint64 id, qint64 workshopId);
    void presentationRemoved(qint64 id, qint64 workshopId);
    void attachmentsChanged(qint64 presentationId);
    void roomsChanged(qint64 workshopId);
    void historyAdded(const StateChange &change);
    // Many things changed at once (an import): reload everything.
    void dataReset();
    // Another seat changed the site settings.
    void settingsChanged();

private:
    Status exec(QSqlQuery &q, const QString &what) const;
    Status recordStateChange(const StateChange &change);
    Status storeStateChange(StateChange &change);
    Status fail(const QString &message, const QString &field = {}) const;
    // The lookups a batch (an import of a thousand talks) runs once per row
    // keep their prepared statement on this repository's own thread instead
    // of parsing the SQL each time. The caller reads one row and finishes.
    std::shared_ptr<QSqlQuery> preparedLookup(const QString &sql) const;
    // "INSERT INTO table (id?, columns) VALUES (…) RETURNING id" for both
    // engines: the id column only when the record brings its own (an
    // import), which on PostgreSQL then moves the table's identity past it.
    QString insertSql(const QString &table, const QString &columns, bool withId) const;
    Result<qint64> insertedId(QSqlQuery &q, const QString &table, qint64 givenId,
                              const QString &what) const;

    // An update of only the columns that changed, refused when `version` is
    // given and the row has moved past it (someone else saved meanwhile).
    using Changes = QList<std::pair<QString, std::pair<QVariant, QVariant>>>;
    static Changes changedColumns(const QList<std::pair<QString, QVariant>> &before,
                                  const QList<std::pair<QString, QVariant>> &after);
    Status updateChanged(const QString &table, qint64 id, qint64 version, const Changes &changes,
                         qint64 workshopId, const QString &label, const QString &what);
    // On a database file the program writes the edit history itself.
    Status audit(const QString &table, qint64 rowId, qint64 workshopId, const QString &label,
                 const QString &action, const Changes &changes = {});
    QString subjectLabel(const Presentation &p) const;

    struct Statements;
    QString m_editor;
    mutable int m_statementsGeneration = 0;
    Database &m_db;
    std::unique_ptr<Statements> m_statements;
    int m_batchDepth = 0;
    bool m_ownBatch = false; // the batch began the transaction
};
