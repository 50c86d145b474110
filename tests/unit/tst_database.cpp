#include "models/publishmanifest.h"
#include "models/repository.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

class TestDatabase_ : public QObject
{
    Q_OBJECT

private slots:
    void addresses_areRefusedAndFileUrlsAreFiles();
    void open_createsLatestSchema();
    void open_turnsOnForeignKeysAndWal();
    void open_migratesDatabaseFromOlderSchema();
    void open_refusesNewerSchema();
    void open_refusesFileThatIsNotSqlite();
    void open_isIdempotent();
    void writes_waitForAnotherConnectionsWrites();
};

void TestDatabase_::addresses_areRefusedAndFileUrlsAreFiles()
{
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path()));
    // Nothing listens on port 1: said with the address, never the password.
    Database team(QStringLiteral("postgresql://helper:s3cret@127.0.0.1:1/webcasts"));
    QVERIFY(team.isPostgres());
    const Status s = team.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("postgresql://helper@127.0.0.1:1/webcasts")),
             qPrintable(s.error()));
    QVERIFY(!s.error().contains(QStringLiteral("s3cret")));
    Database typo(QStringLiteral("postgresql:///webcasts")); // no host
    QVERIFY(!typo.open().ok());
    QVERIFY(!typo.connection().isValid());
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(!Database::localFileFor(QStringLiteral("HTTPS://x/y.sqlite")).ok());
    QCOMPARE(Database::localFileFor(QStringLiteral("file:///tmp/w%20s.sqlite")).value(),
             QStringLiteral("/tmp/w s.sqlite"));
    QCOMPARE(Database::localFileFor(QStringLiteral("relative/w.sqlite")).value(),
             QStringLiteral("relative/w.sqlite"));
    Database local(QUrl::fromLocalFile(dir.filePath(QStringLiteral("a.sqlite"))).toString());
    QVERIFY(local.open().ok());
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("a.sqlite"))));
}

void TestDatabase_::open_createsLatestSchema()
{
    TestDatabase t;
    QCOMPARE(t.db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
}

void TestDatabase_::open_turnsOnForeignKeysAndWal()
{
    TestDatabase t;
    QSqlQuery q(t.db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

void TestDatabase_::open_migratesDatabaseFromOlderSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // What release 1 left behind: schema 1 with a workshop in it.
        Database old(path);
        QVERIFY(old.migrateTo(1).ok());
        QCOMPARE(old.schemaVersion(), 1);
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO workshop (slug, title, first_day, last_day, time_zone) VALUES "
            "('old-one', 'Old workshop', '2020-01-01', '2020-01-02', 'UTC')")));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM site_setting")));
    }
    Database current(path);
    const Status s = current.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(current.schemaVersion(), Database::latestSchemaVersion());
    WebcastRepository repo(current);
    const auto w = repo.workshopBySlug(QStringLiteral("old-one"));
    QVERIFY(w);
    QCOMPARE(w->title, QStringLiteral("Old workshop"));
    QSqlQuery q(current.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM site_setting")));
}

void TestDatabase_::open_refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        Database db(path);
        QVERIFY(db.open().ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    Database db(path);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("newer")), qPrintable(s.error()));
}

void TestDatabase_::open_refusesFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray content =
        QByteArrayLiteral("These are my notes, not a database.\n").repeated(200);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    {
        Database db(path);
        const Status s = db.open();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(path), qPrintable(s.error()));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content); // nothing lost
}

void TestDatabase_::open_isIdempotent()
{
    TestDatabase t;
    QVERIFY(t.repo->addWorkshop(sampleWorkshop()).ok());
    Database again(t.path());
    QVERIFY(again.open().ok());
    WebcastRepository repo(again);
    QCOMPARE(repo.workshops().size(), 1);
}

// The window writes while its publishing thread records what it sent, each
// on a connection of its own. A write that reads first (a slug that must be
// free, say) must wait for the other's commit, not fail with "database is
// locked": a deferred transaction that has read cannot wait to write once
// the other has committed (WAL), so writes begin IMMEDIATE.
void TestDatabase_::writes_waitForAnotherConnectionsWrites()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shared.sqlite"));
    Database db(file);
    QVERIFY(db.open().ok());
    WebcastRepository repo(db);
    std::atomic_bool stop{false};
    std::atomic_int recorded{0};
    QString recordFailure;
    std::unique_ptr<QThread> publisher(QThread::create([&] {
        Database own(file);
        if (!own.open()) {
            recordFailure = QStringLiteral("cannot open");
            return;
        }
        PublishManifest manifest(own, QStringLiteral("web test"));
        for (int i = 0; !stop; ++i) {
            const Status s = manifest.recordAll(
                {{QStringLiteral("page-%1.html").arg(i), ManifestEntry{1, QByteArray(64, 'a')}}});
            if (!s) {
                recordFailure = s.error();
                return;
            }
            ++recorded;
        }
    }));
    publisher->start();
    QTRY_VERIFY(recorded > 0);
    QStringList failures;
    for (int i = 0; i < 60; ++i) {
        Workshop w;
        w.slug = QStringLiteral("school-%1").arg(i);
        w.title = QStringLiteral("School %1").arg(i);
        w.firstDay = QDate(2026, 3, 2);
        w.lastDay = QDate(2026, 3, 4);
        w.timeZone = QStringLiteral("Europe/Berlin");
        // As an undo puts a workshop back: in one batch, after a read.
        QVERIFY(repo.beginBatch());
        (void)repo.workshopBySlug(w.slug);
        QThread::msleep(1);
        const Result<qint64> added = repo.addWorkshop(w);
        if (!added) {
            failures << added.error();
            repo.rollbackBatch();
        } else if (const Status s = repo.commitBatch(); !s) {
            failures << s.error();
        }
    }
    stop = true;
    publisher->wait();
    QVERIFY2(recordFailure.isEmpty(), qPrintable(recordFailure));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(recorded > 1);
}

QTEST_GUILESS_MAIN(TestDatabase_)
#include "tst_database.moc"
