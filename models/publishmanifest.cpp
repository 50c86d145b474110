#include "models/publishmanifest.h"

#include "models/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
    // The empty path holds the input digest, not a file.
    q.prepare(QStringLiteral(
        "SELECT path, size, sha256 FROM publish_manifest WHERE target = :t AND path <> ''"));
    q.bindValue(QStringLiteral(":t"), m_target);
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toString(),
                          {q.value(1).toLongLong(), q.value(2).toString().toLatin1()});
    }
    return result;
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
    for (const auto &[path, entry] : entries) {
        q.bindValue(QStringLiteral(":t"), m_target);
        q.bindValue(QStringLiteral(":p"), path);
        q.bindValue(QStringLiteral(":s"), entry.size);
        q.bindValue(QStringLiteral(":h"), QString::fromLatin1(entry.sha256));
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

QByteArray PublishManifest::inputDigest() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT sha256 FROM publish_manifest WHERE target = :t AND path = ''"));
    q.bindValue(QStringLiteral(":t"), m_target);
    if (q.exec() && q.next())
        return q.value(0).toString().toLatin1();
    return {};
}

Status PublishManifest::setInputDigest(const QByteArray &digest)
{
    if (digest.isEmpty())
        return forget(QStringLiteral(""));
    return record(QStringLiteral(""), {0, digest});
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
