#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// What one publishing target holds, as far as this app knows: path, size,
// SHA-256 of each file it published there.
struct ManifestEntry
{
    qint64 size = 0;
    QByteArray sha256; // hex
    bool operator==(const ManifestEntry &o) const { return size == o.size && sha256 == o.sha256; }
};

class PublishManifest
{
public:
    PublishManifest(Database &database, QString target);

    QHash<QString, ManifestEntry> load() const;
    // How many files load() would list.
    int fileCount() const;
    // Records one file as published (or replaces its entry).
    Status record(const QString &path, const ManifestEntry &entry);
    // Records many in one transaction (a batch the transport put in place).
    Status recordAll(const QList<QPair<QString, ManifestEntry>> &entries);
    Status forget(const QString &path);
    Status clear();
    // A digest of everything the last complete publish was made from (the
    // data, settings and templates). Equal digests mean nothing to send, so
    // a republish can skip rendering. Empty when unknown.
    QByteArray inputDigest() const;
    Status setInputDigest(const QByteArray &digest);
    // The database's change mark (changeMark()) when that digest was taken:
    // while the mark stays the same, the digest would too, so a republish
    // with nothing changed reads neither the data nor the target.
    QByteArray dataMark() const;
    Status setDataMark(const QByteArray &mark);

    // A few aggregate queries that move with every write the program or a
    // team database's triggers make: the talks' and workshops' counts, ids
    // and row versions, the rooms, slides and settings themselves, the
    // newest state and edit history ids and the schema version (SHA-256,
    // hex). Not a digest of the content: an edit made outside the program
    // to a database file (sqlite3) is only seen by a full digest.
    static Result<QByteArray> changeMark(Database &database);

private:
    // The digest and the mark are kept as rows of their own, at paths no
    // file can have ("" and "#data-mark"), in the hash column.
    QByteArray special(const QString &path) const;
    Status setSpecial(const QString &path, const QByteArray &value);

    Database &m_db;
    QString m_target;
};

// Publishing owed to targets, kept in the database until done.
class PublishQueue
{
public:
    explicit PublishQueue(Database &database);
    Status request(const QString &target, const QDateTime &at);
    // Done if nothing was requested after `since`.
    Status finished(const QString &target, const QDateTime &since);
    QStringList pending() const;

private:
    Database &m_db;
};
