#include "models/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
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
    : m_location(location)
    , m_namePrefix(QStringLiteral("webcast-") + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                   QLatin1Char('-'))
{
    if (isTeamAddress(location)) {
        m_engine = Engine::Postgres;
        m_address = QUrl(location, QUrl::StrictMode);
        m_filePath = displayName();
        if (!m_address.isValid() || m_address.host().isEmpty())
            m_refused = tr("%1 is not a PostgreSQL address: write it as "
                           "postgresql://user@host:port/database")
                            .arg(m_filePath);
        return;
    }
    if (const Result<QString> file = localFileFor(location); file) {
        m_filePath = file.value();
    } else {
        m_filePath = location;
        m_refused = file.error();
    }
}

bool Database::isTeamAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Database::displayName() const
{
    if (m_engine == Engine::Postgres)
        return m_address.toDisplayString(QUrl::RemovePassword);
    return m_filePath;
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
    if (isTeamAddress(location))
        return Status::failure(tr("%1 is a team database (PostgreSQL), not a file.").arg(shown));
    return Status::failure(tr("Webcast Admin cannot open a database at the %1:// address %2: "
                              "give the path of a database file or a postgresql:// address.")
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

namespace {

// libpq's connection options that an address may carry (?sslmode=…).
QString postgresOptions(const QUrl &address)
{
    static const QStringList allowed{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs")};
    QStringList options;
    bool timeout = false;
    const QList<std::pair<QString, QString>> items =
        QUrlQuery(address).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!allowed.contains(key) || value.contains(QLatin1Char(';')))
            continue;
        options << key + QLatin1Char('=') + value;
        timeout = timeout || key == QLatin1String("connect_timeout");
    }
    if (!timeout)
        options << QStringLiteral("connect_timeout=10"); // a server that is down says so
    return options.join(QLatin1Char(';'));
}

} // namespace

static Database::PasswordSource &passwordSource()
{
    static Database::PasswordSource source;
    return source;
}

void Database::setPasswordSource(PasswordSource source)
{
    passwordSource() = std::move(source);
}

QString Database::loginKey() const
{
    return QStringLiteral("postgresql://%1@%2:%3")
        .arg(m_address.userName(QUrl::FullyDecoded), m_address.host().toLower())
        .arg(m_address.port(5432));
}

// A password in the address, else what the source (the keychain) or the
// environment says, once per Database.
QString Database::password() const
{
    if (!m_address.password(QUrl::FullyDecoded).isEmpty())
        return m_address.password(QUrl::FullyDecoded);
    QMutexLocker lock(&m_passwordLock);
    if (m_password.isEmpty()) {
        m_password = passwordSource() ? passwordSource()(loginKey()) : QString();
        if (m_password.isEmpty())
            m_password = qEnvironmentVariable("WEBCAST_ADMIN_DATABASE_PASSWORD");
    }
    return m_password;
}

Status Database::openConnection(QSqlDatabase &db) const
{
    if (m_engine == Engine::Postgres) {
        db.setHostName(m_address.host());
        db.setPort(m_address.port(5432));
        db.setDatabaseName(m_address.path().mid(1));
        db.setUserName(m_address.userName(QUrl::FullyDecoded));
        db.setPassword(password()); // never shown
        db.setConnectOptions(postgresOptions(m_address));
        if (!db.open())
            return Status::failure(tr("Cannot open the team database %1: %2")
                                       .arg(displayName(), db.lastError().text().trimmed()));
        // The server's notices ("already exists, skipping") are not for users.
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
        return {};
    }
    db.setDatabaseName(m_filePath);
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
    if (QSqlDatabase::contains(name)) {
        if (m_engine != Engine::Postgres)
            return QSqlDatabase::database(name);
        // Qt would open a dropped connection again by itself, without our
        // settings and without telling: do it here, and count it, so the
        // statements prepared and the notifications listened for on the old
        // one are made again (generation()).
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen()) {
            db.close();
            if (openConnection(db))
                m_generation.fetchAndAddRelaxed(1);
        }
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(
        m_engine == Engine::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    // The first query on a connection that did not open fails with the
    // driver's reason; the reason is also kept in the log.
    if (const Status s = openConnection(db); !s)
        qWarning("%s", qPrintable(s.error()));
    return db;
}

Status Database::reconnect() const
{
    QSqlDatabase db = connection();
    db.close();
    {
        QMutexLocker lock(&m_transactionsLock);
        m_inTransaction.remove(QThread::currentThread());
    }
    Status s = openConnection(db);
    if (s)
        m_generation.fetchAndAddRelaxed(1);
    return s;
}

Result<bool> Database::begin() const
{
    QMutexLocker lock(&m_transactionsLock);
    if (m_inTransaction.contains(QThread::currentThread()))
        return false;
    QSqlDatabase db = connection();
    // Every transaction here writes. On SQLite it takes the write lock at
    // once (waiting up to busy_timeout for another connection's): a deferred
    // one that has read cannot wait to write once another connection has
    // committed since (WAL) and fails at once with "database is locked",
    // which the window's undo met while its publishing thread recorded
    // what it had sent.
    if (isPostgres()) {
        if (!db.transaction())
            return Status::failure(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    } else if (QSqlQuery q(db); !q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return Status::failure(tr("Cannot start a transaction: %1").arg(q.lastError().text()));
    }
    m_inTransaction.insert(QThread::currentThread());
    return true;
}

Status Database::commit() const
{
    QSqlDatabase db = connection();
    if (!db.commit()) {
        const QString why = db.lastError().text();
        rollback();
        return Status::failure(why);
    }
    QMutexLocker lock(&m_transactionsLock);
    m_inTransaction.remove(QThread::currentThread());
    return {};
}

void Database::rollback() const
{
    connection().rollback();
    QMutexLocker lock(&m_transactionsLock);
    m_inTransaction.remove(QThread::currentThread());
}

Status Database::open()
{
    if (Status s = migrateTo(latestSchemaVersion()); !s)
        return s;
    if (m_engine == Engine::Sqlite) {
        // PostgreSQL's migration made its identity; a file gets its own here.
        QSqlQuery q(connection());
        if (!q.exec(
                QStringLiteral(
                    "INSERT INTO database_identity (id, created_at) SELECT '%1', '%2' WHERE NOT "
                    "EXISTS (SELECT 1 FROM database_identity)")
                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate))))
            return Status::failure(
                tr("Cannot prepare the database %1: %2").arg(m_filePath, q.lastError().text()));
    }
    return {};
}

QString Database::identity() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT id FROM database_identity")) && q.next())
        return q.value(0).toString();
    return {};
}

QString Database::userName() const
{
    if (m_engine != Engine::Postgres)
        return {};
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT session_user")) && q.next())
        return q.value(0).toString();
    return m_address.userName(QUrl::FullyDecoded);
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
    if (m_engine == Engine::Postgres) {
        if (!q.exec(QStringLiteral("SELECT to_regclass('webcast_schema') IS NOT NULL")) ||
            !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM webcast_schema")) &&
            q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::checkVersion(int current) const
{
    if (current < 0)
        return Status::failure(
            m_engine == Engine::Postgres
                ? tr("%1 cannot be read: %2")
                      .arg(displayName(), connection().lastError().text().trimmed())
                : tr("%1 is not a Webcast Admin database (it could not be read as SQLite).")
                      .arg(m_filePath));
    if (current > latestSchemaVersion())
        return Status::failure(
            tr("%1 was written by a newer Webcast Admin (schema %2; this version knows up to "
               "%3). Update Webcast Admin to open it.")
                .arg(displayName())
                .arg(current)
                .arg(latestSchemaVersion()));
    return {};
}

Status Database::migrateTo(int target)
{
    if (!m_refused.isEmpty())
        return Status::failure(m_refused);
    const QString name = connectionName();
    if (m_engine == Engine::Sqlite && m_filePath != QLatin1String(":memory:")) {
        const QFileInfo info(m_filePath);
        if (!QDir().mkpath(info.absolutePath()))
            return Status::failure(tr("Cannot create the folder %1").arg(info.absolutePath()));
    }
    QSqlDatabase db =
        QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name)
            : QSqlDatabase::addDatabase(m_engine == Engine::Postgres ? QStringLiteral("QPSQL")
                                                                     : QStringLiteral("QSQLITE"),
                                        name);
    if (!db.isValid())
        return Status::failure(tr("Qt's driver for %1 is not installed (Debian package %2).")
                                   .arg(m_engine == Engine::Postgres ? QStringLiteral("PostgreSQL")
                                                                     : QStringLiteral("SQLite"),
                                        m_engine == Engine::Postgres
                                            ? QStringLiteral("libqt6sql6-psql")
                                            : QStringLiteral("libqt6sql6-sqlite")));
    if (!db.isOpen()) {
        if (Status s = openConnection(db); !s)
            return s;
    }
    return m_engine == Engine::Postgres ? migratePostgres(db, target) : migrateSqlite(db, target);
}

Status Database::migrateSqlite(QSqlDatabase &db, int target)
{
    // A file that is not SQLite fails here, before anything is written.
    const int current = schemaVersion();
    if (Status s = checkVersion(current); !s)
        return s;
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

namespace {

// The migrations are written in the SQL both engines read; what differs is
// spelled here: SQLite's rowid keys become identity columns, its integers
// 64-bit, its blobs bytea.
QString forPostgres(QString statement)
{
    static const QRegularExpression key(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    statement.replace(key, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    statement.replace(integer, QStringLiteral("BIGINT"));
    statement.replace(blob, QStringLiteral("BYTEA"));
    return statement;
}

} // namespace

Status Database::migratePostgres(QSqlDatabase &db, int target)
{
    if (Status s = checkVersion(schemaVersion()); !s)
        return s;
    // Seats that start together migrate one after the other: the lock is
    // held to the end of each migration's transaction.
    for (;;) {
        if (!db.transaction())
            return Status::failure(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
        QSqlQuery q(db);
        auto failed = [&db, &q](int version) {
            const QString why = q.lastError().text().trimmed();
            db.rollback();
            return Status::failure(
                tr("Schema migration %1 failed: %2").arg(QString::number(version), why));
        };
        // A team member's login may not create tables: only the first
        // opening (by the database's owner) makes the version table.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(726311)")) ||
            !q.exec(QStringLiteral("SELECT to_regclass('webcast_schema') IS NULL")) || !q.next())
            return failed(0);
        if (q.value(0).toBool() &&
            !q.exec(QStringLiteral("CREATE TABLE webcast_schema (version BIGINT NOT NULL)")))
            return failed(0);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM webcast_schema")) ||
            !q.next())
            return failed(0);
        const int current = q.value(0).toInt();
        if (current >= target) {
            db.commit();
            return checkVersion(current);
        }
        const int version = current + 1;
        QFile file(migrationPath(version));
        if (!file.open(QIODevice::ReadOnly)) {
            db.rollback();
            return Status::failure(tr("Missing schema migration %1").arg(version));
        }
        const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (!q.exec(forPostgres(statement)))
                return failed(version);
        }
        // What only PostgreSQL has (triggers, roles) comes as one script.
        if (QFile extra(QStringLiteral(":/sql/postgres-%1.sql").arg(version));
            extra.open(QIODevice::ReadOnly)) {
            if (!q.exec(QString::fromUtf8(extra.readAll())))
                return failed(version);
        }
        if (!q.exec(QStringLiteral("DELETE FROM webcast_schema")) ||
            !q.exec(
                QStringLiteral("INSERT INTO webcast_schema (version) VALUES (%1)").arg(version)))
            return failed(version);
        if (!db.commit())
            return failed(version);
    }
}
