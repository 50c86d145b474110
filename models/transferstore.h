#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One archive upload in the transfers queue.
struct Transfer
{
    enum class State
    {
        Queued,
        Active,
        Paused,
        Done,
        Failed
    };
    qint64 id = 0;
    qint64 presentationId = 0;
    QString file;        // the local video
    bool prepare = true; // faststart + hint tracks before sending
    State state = State::Queued;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString message;    // why it failed, or a warning
    QString remotePath; // where it went, when done
    QDateTime createdAt;
};

QString transferStateKey(Transfer::State state);

// The transfers queue in the database (table `transfer`), so it survives a
// restart.
class TransferStore
{
public:
    explicit TransferStore(Database &database);
    Result<qint64> add(qint64 presentationId, const QString &file, bool prepare);
    QList<Transfer> all() const;
    std::optional<Transfer> get(qint64 id) const;
    Status save(const Transfer &transfer);
    Status remove(qint64 id);
    // After a restart nothing is running: what was active waits again.
    Status requeueActive();

private:
    Database &m_db;
};
