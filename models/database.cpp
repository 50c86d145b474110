#include "models/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString migrationPath(int version)
{
    return QStringLiteral(":/sql/schema-%1.sql").arg(version);
}

// Splits a migration file into statements. Migrations hold plain DDL, so a
// ';' at the end of a line ends a statement; comments are dropped.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

Database::Database(QString location)
    : m_namePrefix(QStringLiteral("webcast-") + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                   QLatin1Char('-'))
{
    if (const Result<QString> file = localFileFor(location); file) {
        m_filePath = file.value();
    } else {
        m_filePath = location;
        m_refused = file.error();
    }
}

Result<QString> Database::localFileFor(const QString &location)
{
    static const QRegularExpression address(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch m = address.match(location);
    if (!m.hasMatch())
        return location;
    const QString scheme = m.captured(1).toLower();
    const QUrl url(location);
    if (scheme == QLatin1String("file") && url.isLocalFile() && !url.toLocalFile().isEmpty())
        return url.toLocalFile();
    const QString shown =
        url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : scheme + QStringLiteral("://…");
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        return Status::failure(
            tr("%1 is a team database (PostgreSQL). This version of Webcast Admin keeps its "
               "data in a database file: give the file's path.")
                .arg(shown));
    return Status::failure(tr("Webcast Admin cannot open a database at the %1:// address %2: "
                              "give the path of a database file.")
                               .arg(scheme, shown));
}

Database::~Database()
{
    // Only the calling thread's connection can be removed here; worker
    // threads close their own when they finish.
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName() const
{
    return m_namePrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

Status Database::openConnection(QSqlDatabase &db) const
{
    if (!db.open())
        return Status::failure(
            tr("Cannot open the database %1: %2").arg(m_filePath, db.lastError().text()));
    QSqlQuery q(db);
    // WAL lets a reader (a render thread) run beside the writer.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Status::failure(
                tr("Cannot prepare the database %1: %2").arg(m_filePath, q.lastError().text()));
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    if (!m_refused.isEmpty())
        return {}; // never a file named after an address; open() said why
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    // The first query on a connection that did not open fails with the
    // driver's reason; the reason is also kept in the log.
    if (const Status s = openConnection(db); !s)
        qWarning("%s", qPrintable(s.error()));
    return db;
}

Status Database::open()
{
    return migrateTo(latestSchemaVersion());
}

int Database::latestSchemaVersion()
{
    int version = 0;
    while (QFile::exists(migrationPath(version + 1)))
        ++version;
    return version;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrateTo(int target)
{
    if (!m_refused.isEmpty())
        return Status::failure(m_refused);
    if (m_filePath != QLatin1String(":memory:")) {
        const QFileInfo info(m_filePath);
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(tr("Cannot create the folder %1").arg(info.absolutePath()));
    }
    const QString name = connectionName();
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isOpen()) {
        db.setDatabaseName(m_filePath);
        if (Status s = openConnection(db); !s)
            return s;
    }
    // A file that is not SQLite fails here, before anything is written.
    const int current = schemaVersion();
    if (current < 0)
        return Status::failure(
            tr("%1 is not a Webcast Admin database (it could not be read as SQLite).")
                .arg(m_filePath));
    if (current > latestSchemaVersion())
        return Status::failure(
            tr("%1 was written by a newer Webcast Admin (schema %2; this version knows up to "
               "%3). Update Webcast Admin to open it.")
                .arg(m_filePath)
                .arg(current)
                .arg(latestSchemaVersion()));

    for (int version = current + 1; version <= target; ++version) {
        QFile file(migrationPath(version));
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("Missing schema migration %1").arg(version));
        const QString script = QString::fromUtf8(file.readAll());
        // Each migration is all-or-nothing, together with its version bump.
        if (!db.transaction())
            return Status::failure(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
        QSqlQuery q(db);
        const QStringList statements = statementsOf(script);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                const QString why = q.lastError().text();
                db.rollback();
                return Status::failure(
                    tr("Schema migration %1 failed: %2").arg(QString::number(version), why));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QString why = q.lastError().text();
            db.rollback();
            return Status::failure(
                tr("Schema migration %1 failed: %2").arg(QString::number(version), why));
        }
    }
    return {};
}
