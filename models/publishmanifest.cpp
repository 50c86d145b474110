#include "models/publishmanifest.h"

#include "models/database.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

PublishManifest::PublishManifest(Database &database, QString target)
    : m_db(database)
    , m_target(std::move(target))
{
}

QHash<QString, ManifestEntry> PublishManifest::load() const
{
    QHash<QString, ManifestEntry> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The empty path holds the input digest, "#data-mark" the change mark
    // (a slug never starts with "#"): not files.
    q.prepare(QStringLiteral("SELECT path, size, sha256 FROM publish_manifest WHERE target = :t "
                             "AND path <> '' AND path <> '#data-mark'"));
    q.bindValue(QStringLiteral(":t"), m_target);
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toString(),
                          {q.value(1).toLongLong(), q.value(2).toString().toLatin1()});
    }
    return result;
}

int PublishManifest::fileCount() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM publish_manifest WHERE target = :t "
                             "AND path <> '' AND path <> '#data-mark'"));
    q.bindValue(QStringLiteral(":t"), m_target);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

namespace {
// The same upsert on SQLite and PostgreSQL.
const QString upsertEntry = QStringLiteral(
    "INSERT INTO publish_manifest (target, path, size, sha256) VALUES (:t, :p, :s, :h) "
    "ON CONFLICT (target, path) DO UPDATE SET size = excluded.size, sha256 = excluded.sha256");
} // namespace

Status PublishManifest::record(const QString &path, const ManifestEntry &entry)
{
    QSqlQuery q(m_db.connection());
    q.prepare(upsertEntry);
    q.bindValue(QStringLiteral(":t"), m_target);
    q.bindValue(QStringLiteral(":p"), path);
    q.bindValue(QStringLiteral(":s"), entry.size);
    q.bindValue(QStringLiteral(":h"), QString::fromLatin1(entry.sha256));
    if (!q.exec())
        return Status::failure(
            QStringLiteral("Could not record %1: %2").arg(path, q.lastError().text()));
    return {};
}

Status PublishManifest::recordAll(const QList<QPair<QString, ManifestEntry>> &entries)
{
    const Result<bool> began = m_db.begin(); // false inside a caller's transaction
    if (!began)
        return began.status();
    const bool own = began.value();
    QSqlQuery q(m_db.connection());
    q.prepare(upsertEntry);
    // By position (:t, :p, :s, :h): a value bound by name is looked up by
    // name, each time, which cost a first publish more than SQLite's
    // inserts. The target stays bound from one row to the next.
    q.bindValue(0, m_target);
    for (const auto &[path, entry] : entries) {
        q.bindValue(1, path);
        q.bindValue(2, entry.size);
        q.bindValue(3, QString::fromLatin1(entry.sha256));
        if (!q.exec()) {
            const QString why = q.lastError().text();
            if (own)
                m_db.rollback();
            return Status::failure(QStringLiteral("Could not record %1: %2").arg(path, why));
        }
    }
    if (own)
        return m_db.commit();
    return {};
}

Status PublishManifest::forget(const QString &path)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM publish_manifest WHERE target = :t AND path = :p"));
    q.bindValue(QStringLiteral(":t"), m_target);
    q.bindValue(QStringLiteral(":p"), path);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

QByteArray PublishManifest::special(const QString &path) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT sha256 FROM publish_manifest WHERE target = :t AND path = :p"));
    q.bindValue(QStringLiteral(":t"), m_target);
    q.bindValue(QStringLiteral(":p"), path);
    if (q.exec() && q.next())
        return q.value(0).toString().toLatin1();
    return {};
}

Status PublishManifest::setSpecial(const QString &path, const QByteArray &value)
{
    if (value.isEmpty())
        return forget(path);
    return record(path, {0, value});
}

namespace {
const QString digestPath = QStringLiteral("");
const QString markPath = QStringLiteral("#data-mark");
} // namespace

QByteArray PublishManifest::inputDigest() const
{
    return special(digestPath);
}

Status PublishManifest::setInputDigest(const QByteArray &digest)
{
    return setSpecial(digestPath, digest);
}

QByteArray PublishManifest::dataMark() const
{
    return special(markPath);
}

Status PublishManifest::setDataMark(const QByteArray &mark)
{
    return setSpecial(markPath, mark);
}

Result<QByteArray> PublishManifest::changeMark(Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    const auto add = [&](const QString &sql) -> Status {
        if (!q.exec(sql))
            return Status::failure(q.lastError().text());
        const int columns = q.record().count();
        while (q.next()) {
            for (int i = 0; i < columns; ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
        hash.addData(QByteArrayView("\x1d", 1));
        return {};
    };
    hash.addData(QByteArray::number(database.schemaVersion()));
    // Every update of a workshop or talk raises its row version (the
    // program's own updates and flips, a team database's trigger); an
    // insert or delete moves the count, the largest id or the edit history.
    for (const QString &sql :
         {QStringLiteral("SELECT count(*), coalesce(max(id), 0), coalesce(sum(row_version), 0) "
                         "FROM workshop"),
          QStringLiteral("SELECT count(*), coalesce(max(id), 0), coalesce(sum(row_version), 0) "
                         "FROM presentation"),
          QStringLiteral("SELECT coalesce(max(id), 0) FROM state_history"),
          QStringLiteral("SELECT coalesce(max(id), 0) FROM edit_history"),
          // Rooms, slides and settings are few: as they are.
          QStringLiteral("SELECT id, workshop_id, name, guid, live_stream_url, sort_order "
                         "FROM room ORDER BY id"),
          QStringLiteral("SELECT id, presentation_id, label, local_file, kind, sha256, size "
                         "FROM attachment ORDER BY id"),
          QStringLiteral("SELECT key, value FROM site_setting ORDER BY key")}) {
        if (Status s = add(sql); !s)
            return s;
    }
    return hash.result().toHex();
}

Status PublishManifest::clear()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM publish_manifest WHERE target = :t"));
    q.bindValue(QStringLiteral(":t"), m_target);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

PublishQueue::PublishQueue(Database &database)
    : m_db(database)
{
}

Status PublishQueue::request(const QString &target, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO publish_queue (target, requested_at) VALUES (:t, :at) "
                             "ON CONFLICT (target) DO UPDATE SET requested_at = "
                             "excluded.requested_at"));
    q.bindValue(QStringLiteral(":t"), target);
    q.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

Status PublishQueue::finished(const QString &target, const QDateTime &since)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("DELETE FROM publish_queue WHERE target = :t AND requested_at <= :since"));
    q.bindValue(QStringLiteral(":t"), target);
    q.bindValue(QStringLiteral(":since"), since.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

QStringList PublishQueue::pending() const
{
    QStringList targets;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT target FROM publish_queue ORDER BY target"))) {
        while (q.next())
            targets << q.value(0).toString();
    }
    return targets;
}
