#include "models/transferstore.h"

#include "models/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char *const stateKeys[] = {"queued", "active", "paused", "done", "failed"};

Transfer::State stateFromKey(const QString &key)
{
    for (int i = 0; i < 5; ++i)
        if (key == QLatin1String(stateKeys[i]))
            return Transfer::State(i);
    return Transfer::State::Failed;
}

Transfer fromQuery(const QSqlQuery &q)
{
    Transfer t;
    t.id = q.value(0).toLongLong();
    t.presentationId = q.value(1).toLongLong();
    t.file = q.value(2).toString();
    t.prepare = q.value(3).toBool();
    t.state = stateFromKey(q.value(4).toString());
    t.bytesDone = q.value(5).toLongLong();
    t.bytesTotal = q.value(6).toLongLong();
    t.message = q.value(7).toString();
    t.remotePath = q.value(8).toString();
    t.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    return t;
}

const QString columns = QStringLiteral("id, presentation_id, file, prepare, state, bytes_done, "
                                       "bytes_total, message, remote_path, created_at");

} // namespace

QString transferStateKey(Transfer::State state)
{
    return QLatin1String(stateKeys[int(state)]);
}

TransferStore::TransferStore(Database &database)
    : m_db(database)
{
}

Result<qint64> TransferStore::add(qint64 presentationId, const QString &file, bool prepare)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO transfer (presentation_id, file, prepare, created_at) "
                             "VALUES (:p, :f, :r, :c) RETURNING id"));
    q.bindValue(QStringLiteral(":p"), presentationId);
    q.bindValue(QStringLiteral(":f"), file);
    q.bindValue(QStringLiteral(":r"), prepare ? 1 : 0);
    q.bindValue(QStringLiteral(":c"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Status::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

QList<Transfer> TransferStore::all() const
{
    QList<Transfer> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM transfer ORDER BY id").arg(columns)))
        while (q.next())
            out << fromQuery(q);
    return out;
}

std::optional<Transfer> TransferStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM transfer WHERE id = :id").arg(columns));
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

Status TransferStore::save(const Transfer &t)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE transfer SET state = :s, bytes_done = :d, bytes_total = :t, "
                             "message = :m, remote_path = :r, prepare = :p WHERE id = :id"));
    q.bindValue(QStringLiteral(":s"), transferStateKey(t.state));
    q.bindValue(QStringLiteral(":d"), t.bytesDone);
    q.bindValue(QStringLiteral(":t"), t.bytesTotal);
    // A null QString binds as SQL NULL; these columns are NOT NULL, and a
    // cleared message is the empty text.
    q.bindValue(QStringLiteral(":m"), t.message.isNull() ? QStringLiteral("") : t.message);
    q.bindValue(QStringLiteral(":r"), t.remotePath.isNull() ? QStringLiteral("") : t.remotePath);
    q.bindValue(QStringLiteral(":p"), t.prepare ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), t.id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

Status TransferStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM transfer WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

Status TransferStore::requeueActive()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("UPDATE transfer SET state = 'queued' WHERE state = 'active'")))
        return Status::failure(q.lastError().text());
    return {};
}
