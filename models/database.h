#pragma once

class QThread;

#include "models/result.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>

// One database: a SQLite file (one person), or a team's PostgreSQL database
// named by a libpq address (postgresql://user@host:port/name?sslmode=…).
// Opened once per thread (Qt Sql connections must not cross threads). The
// schema is brought up to date on open from the same numbered migration
// files (:/sql/schema-N.sql) on both engines.
class Database
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    // `location`: a file path, a file:// URL or a postgresql:// address. Any
    // other address is refused by open() in words and never taken for a
    // file name.
    explicit Database(QString location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file (creating it when missing) and applies migrations.
    Status open();
    const QString &filePath() const { return m_filePath; }
    // What it was opened with, password and all: for a worker thread's own
    // Database. Never for showing.
    const QString &location() const { return m_location; }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    // What to show the user: the file, or the address without its password.
    QString displayName() const;
    // True for postgresql:// and postgres:// addresses.
    static bool isTeamAddress(const QString &location);
    // Where a team database's password comes from when its address has
    // none: given the login's key ("postgresql://user@host:port"), the
    // password or empty. The program sets it to the keychain lookup
    // (credentials); without it, WEBCAST_ADMIN_DATABASE_PASSWORD. A password
    // found is kept in memory for this Database's other connections.
    using PasswordSource = std::function<QString(const QString &key)>;
    static void setPasswordSource(PasswordSource source);
    // The key a team database's password is kept under in the keychain.
    QString loginKey() const;
    // The connection for the calling thread, opened on first use.
    QSqlDatabase connection() const;

    // A transaction on the calling thread's connection, unless one is open
    // there already: true when this call began it (the caller then ends it
    // with commit() or rollback()), false when the caller joins the open one.
    // On both engines alike (PostgreSQL would only warn about a nested BEGIN
    // and let the inner COMMIT end the outer transaction early).
    Result<bool> begin() const;
    Status commit() const;
    void rollback() const;

    // Closes and opens the calling thread's connection again (a team
    // database's server went away and came back). Statements prepared on the
    // old connection are dead; subscriptions must be made again.
    Status reconnect() const;
    // Rises each time a team database connection was opened again (after
    // the server dropped it): what was prepared on the old one is gone.
    int generation() const { return m_generation.loadRelaxed(); }

    int schemaVersion() const;
    // This database's own identity (a UUID made when it was created); a
    // publishing target remembers it. Empty when it cannot be read.
    QString identity() const;
    // The team database's login role (who the database records); empty for
    // a file, where the operating-system account is "who".
    QString userName() const;
    static int latestSchemaVersion();
    // The SQLite file `location` names, or why it names none. Passwords in
    // an address never appear in the message.
    static Result<QString> localFileFor(const QString &location);
    // Applies migrations up to `version` only; tests use it to build a
    // database as an older release would have left it.
    Status migrateTo(int version);

private:
    QString connectionName() const;
    QString password() const;
    Status openConnection(QSqlDatabase &db) const;

    Status migrateSqlite(QSqlDatabase &db, int target);
    Status migratePostgres(QSqlDatabase &db, int target);
    Status checkVersion(int current) const;

    mutable QAtomicInt m_generation;
    mutable QMutex m_transactionsLock;
    mutable QSet<QThread *> m_inTransaction;
    Engine m_engine = Engine::Sqlite;
    QString m_filePath;
    QString m_location;
    QUrl m_address;             // the team database's, password and all (never shown)
    mutable QString m_password; // found through the password source
    mutable QMutex m_passwordLock;
    QString m_refused; // why the location is nothing this version opens
    QString m_namePrefix;
};
