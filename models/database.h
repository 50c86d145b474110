#pragma once

#include "models/result.h"

#include <QSqlDatabase>
#include <QString>

// One database file, opened once per thread (Qt Sql connections must not
// cross threads). The schema is brought up to date on open from the numbered
// migration files in the resources (:/sql/schema-N.sql).
class Database
{
public:
    // `location`: a file path or a file:// URL. Any other address (a team
    // database's postgresql://…, a typo'd scheme) is refused by open() in
    // words and never taken for a file name.
    explicit Database(QString location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file (creating it when missing) and applies migrations.
    Status open();
    const QString &filePath() const { return m_filePath; }
    // The connection for the calling thread, opened on first use.
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    // The SQLite file `location` names, or why it names none. Passwords in
    // an address never appear in the message.
    static Result<QString> localFileFor(const QString &location);
    // Applies migrations up to `version` only; tests use it to build a
    // database as an older release would have left it.
    Status migrateTo(int version);

private:
    QString connectionName() const;
    Status openConnection(QSqlDatabase &db) const;

    QString m_filePath;
    QString m_refused; // why the location is no file this version opens
    QString m_namePrefix;
};
