// A team's shared database on a real PostgreSQL (started by the test on
// loopback): the same migrations as SQLite bring an empty database to the
// latest schema, two seats open it at once, everything the repository
// writes reads back the same (slides' bytes too), ids given by an import
// leave room for the next ones, a newer schema and unreachable or unknown
// databases are refused in words, a schedule imports, and the command line
// works on it.
#include "app/schedule/scheduleimport.h"
#include "models/database.h"
#include "models/publishmanifest.h"
#include "models/repository.h"
#include "models/sitesettings.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestTeamDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void open_migratesAnEmptyDatabaseAndTwoSeatsShareIt();
    void repository_readsBackWhatItWrote();
    void givenIds_leaveRoomForTheNext();
    void newerSchema_isRefused();
    void unknownDatabaseOrRole_isSaidInWords();
    void scheduleImport_works();
    void commandLine_worksOnTheTeamDatabase();
    void moveTo_copiesEverythingOnceAndAllOrNothing();

private:
    // A fresh database on the server for each test.
    QString freshDatabase(const QString &name);
    std::unique_ptr<PostgresServer> m_server;
};

void TestTeamDatabase::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
}

QString TestTeamDatabase::freshDatabase(const QString &name)
{
    if (!m_server->psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)))
        qFatal("%s", qPrintable(m_server->error()));
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_server->port()).arg(name);
}

void TestTeamDatabase::open_migratesAnEmptyDatabaseAndTwoSeatsShareIt()
{
    const QString url = freshDatabase(QStringLiteral("migrate"));
    Database a(url);
    const Status opened = a.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(a.schemaVersion(), Database::latestSchemaVersion());
    // A second seat on the same database: nothing to migrate, same data.
    Database b(url);
    QVERIFY(b.open().ok());
    WebcastRepository ra(a), rb(b);
    const Result<qint64> id = ra.addWorkshop(sampleWorkshop());
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(rb.workshop(id.value())->title, sampleWorkshop().title);
}

void TestTeamDatabase::repository_readsBackWhatItWrote()
{
    Database db(freshDatabase(QStringLiteral("roundtrip")));
    QVERIFY(db.open().ok());
    WebcastRepository repo(db);
    Workshop w = sampleWorkshop();
    w.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/live");
    const qint64 wid = repo.addWorkshop(w).value();
    Presentation p = samplePresentation(wid);
    p.title = QStringLiteral("Ünïcode – “quotes” & <tags>");
    p.hasWebcast = true;
    p.room = QStringLiteral("Hörsaal Ä");
    const Result<qint64> pid = repo.addPresentation(p);
    QVERIFY2(pid.ok(), qPrintable(pid.error()));
    const Presentation back = *repo.presentation(pid.value());
    QCOMPARE(back.title, p.title);
    QCOMPARE(back.startsAt, p.startsAt);
    QVERIFY(back.hasWebcast);
    QCOMPARE(repo.presentationBySlug(wid, p.slug)->id, pid.value());

    // Rooms, states and their history.
    Room room;
    room.workshopId = wid;
    room.name = p.room;
    room.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/a");
    QVERIFY(repo.setRooms(wid, {room}).ok());
    QCOMPARE(repo.rooms(wid).first().liveStreamUrl, room.liveStreamUrl);
    QVERIFY(repo.setPresentationState(pid.value(), WebcastState::Live, QStringLiteral("ada")).ok());
    QVERIFY(repo.setWorkshopState(wid, WebcastState::Live, QStringLiteral("ada")).ok());
    const QList<StateChange> history = repo.historyOf(wid, 0, 10);
    QCOMPARE(history.size(), 2);
    // "Who" is the login role, whatever the program sent: the database says.
    QCOMPARE(history.first().changedBy, QStringLiteral("postgres"));

    // Slides: the bytes (with a NUL and high bytes) come back exact.
    QByteArray bytes("%PDF-1.4\n");
    bytes += QByteArray("\x00\xff\xfe binary", 11);
    const Result<QByteArray> sha = repo.storeAttachmentContent(bytes);
    QVERIFY2(sha.ok(), qPrintable(sha.error()));
    QVERIFY(repo.storeAttachmentContent(bytes).ok()); // the same bytes again: kept once
    Attachment a;
    a.presentationId = pid.value();
    a.label = QStringLiteral("Slides");
    a.fileName = QStringLiteral("talk.pdf");
    a.sha256 = sha.value();
    QVERIFY(repo.addAttachment(a).ok());
    QCOMPARE(repo.attachmentContent(sha.value()).value(), bytes);

    // Settings and the publish manifest (upserts on both engines).
    SiteSettingsStore settings(db);
    QVERIFY(
        settings.set(QStringLiteral("public-url"), QStringLiteral("https://w.example.org/")).ok());
    QCOMPARE(settings.load().publicUrl, QStringLiteral("https://w.example.org/"));
    PublishManifest manifest(db, QStringLiteral("web"));
    QVERIFY(manifest.record(QStringLiteral("index.html"), {10, "aa"}).ok());
    QVERIFY(manifest
                .recordAll({{QStringLiteral("index.html"), {11, "bb"}},
                            {QStringLiteral("style.css"), {5, "cc"}}})
                .ok());
    const QHash<QString, ManifestEntry> entries = manifest.load();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.value(QStringLiteral("index.html")).size, qint64(11));
    QVERIFY(PublishQueue(db).request(QStringLiteral("web"), QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(PublishQueue(db).request(QStringLiteral("web"), QDateTime::currentDateTimeUtc()).ok());

    QVERIFY(repo.removeWorkshop(wid).ok());
    QVERIFY(!repo.presentation(pid.value()));
}

void TestTeamDatabase::givenIds_leaveRoomForTheNext()
{
    Database db(freshDatabase(QStringLiteral("ids")));
    QVERIFY(db.open().ok());
    WebcastRepository repo(db);
    Workshop imported = sampleWorkshop(QStringLiteral("imported"));
    imported.id = 50; // as an exchange file brings it
    QCOMPARE(repo.addWorkshop(imported).value(), qint64(50));
    const Result<qint64> next = repo.addWorkshop(sampleWorkshop(QStringLiteral("typed")));
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QVERIFY(next.value() > 50);
    Presentation p = samplePresentation(50);
    p.id = 700;
    QCOMPARE(repo.addPresentation(p).value(), qint64(700));
    QVERIFY(repo.addPresentation(samplePresentation(50, QStringLiteral("second"))).value() > 700);
}

void TestTeamDatabase::newerSchema_isRefused()
{
    const QString url = freshDatabase(QStringLiteral("newer"));
    {
        Database db(url);
        QVERIFY(db.open().ok());
    }
    QVERIFY(m_server->psql(QStringLiteral("newer"),
                           QStringLiteral("UPDATE webcast_schema SET version = 999")));
    Database db(url);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("newer Webcast Admin")), qPrintable(s.error()));
}

void TestTeamDatabase::unknownDatabaseOrRole_isSaidInWords()
{
    Database nowhere(
        QStringLiteral("postgresql://postgres@127.0.0.1:%1/no_such_db").arg(m_server->port()));
    Status s = nowhere.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("no_such_db")), qPrintable(s.error()));
    Database nobody(
        QStringLiteral("postgresql://nobody:pw@127.0.0.1:%1/webcasts").arg(m_server->port()));
    s = nobody.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("nobody")), qPrintable(s.error()));
    QVERIFY(!s.error().contains(QStringLiteral(":pw@")));
}

void TestTeamDatabase::scheduleImport_works()
{
    Database db(freshDatabase(QStringLiteral("schedule")));
    QVERIFY(db.open().ok());
    WebcastRepository repo(db);
    const Result<ScheduleDocument> first =
        scheduleimport::load(QStringLiteral(WEBCAST_TEST_DATA_DIR "/schedules/frab-release1.xml"));
    QVERIFY(first.ok());
    const Result<qint64> wid =
        scheduleimport::apply(repo, first.value(), QStringLiteral("wpd26"), QStringLiteral("s"));
    QVERIFY2(wid.ok(), qPrintable(wid.error()));
    QCOMPARE(repo.presentationCount(wid.value()), 6);
    const Result<ScheduleDocument> next =
        scheduleimport::load(QStringLiteral(WEBCAST_TEST_DATA_DIR "/schedules/frab-release2.xml"));
    QCOMPARE(scheduleimport::diff(repo, next.value(), QStringLiteral("wpd26")).summaryLine(),
             QStringLiteral("added 1, changed 2, removed 1, unchanged 3"));
    QVERIFY(scheduleimport::apply(repo, next.value(), QStringLiteral("wpd26"), {}).ok());
    QCOMPARE(repo.presentationCount(wid.value()), 6);
}

void TestTeamDatabase::commandLine_worksOnTheTeamDatabase()
{
    QString url = freshDatabase(QStringLiteral("cli"));
    auto run = [&url](const QStringList &args) {
        QProcess p;
        p.start(qEnvironmentVariable("WEBCAST_ADMIN_BINARY"),
                QStringList{QStringLiteral("--database"), url} + args);
        p.waitForFinished(60000);
        return std::make_pair(
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto r = run({QStringLiteral("init"), QStringLiteral("--demo")});
    QVERIFY2(r.first == 0, qPrintable(r.second));
    r = run({QStringLiteral("list")});
    QCOMPARE(r.first, 0);
    const QString firstTalk = r.second.split(QLatin1Char('\n'))
                                  .filter(QStringLiteral("/"))
                                  .first()
                                  .section(QLatin1Char('\t'), 0, 0);
    r = run({QStringLiteral("state"), firstTalk, QStringLiteral("concluded")});
    QVERIFY2(r.first == 0, qPrintable(r.second));
    r = run({QStringLiteral("history"), firstTalk});
    QCOMPARE(r.first, 0);
    QVERIFY2(r.second.contains(firstTalk + QStringLiteral("\tstate\t")), qPrintable(r.second));
    // Everything (ids, rooms, history) into another team database and back out.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("all.json"));
    r = run({QStringLiteral("export"), QStringLiteral("--out"), file});
    QVERIFY2(r.first == 0, qPrintable(r.second));
    const QString list = run({QStringLiteral("list")}).second;
    url = freshDatabase(QStringLiteral("cli_copy"));
    QCOMPARE(run({QStringLiteral("init")}).first, 0);
    r = run({QStringLiteral("import"), file});
    QVERIFY2(r.first == 0, qPrintable(r.second));
    QCOMPARE(run({QStringLiteral("list")}).second, list);
    // New rows after imported ids.
    Database copy(url);
    QVERIFY(copy.open().ok());
    QVERIFY(WebcastRepository(copy).addWorkshop(sampleWorkshop(QStringLiteral("after"))).ok());
}

void TestTeamDatabase::moveTo_copiesEverythingOnceAndAllOrNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
    auto run = [](const QString &database, const QStringList &args) {
        QProcess p;
        p.start(qEnvironmentVariable("WEBCAST_ADMIN_BINARY"),
                QStringList{QStringLiteral("--database"), database} + args);
        p.waitForFinished(60000);
        return std::make_pair(
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    QCOMPARE(run(file, {QStringLiteral("init"), QStringLiteral("--demo")}).first, 0);
    QCOMPARE(run(file, {QStringLiteral("config"), QStringLiteral("public-url"),
                        QStringLiteral("https://webcasts.example.org/")})
                 .first,
             0);
    {
        // Slides with their bytes, and a room.
        Database db(file);
        QVERIFY(db.open().ok());
        WebcastRepository repo(db);
        const Presentation p = repo.presentations(repo.workshops().first().id).first();
        Attachment a;
        a.presentationId = p.id;
        a.label = QStringLiteral("Slides");
        a.fileName = QStringLiteral("s.pdf");
        a.sha256 = repo.storeAttachmentContent(QByteArray("%PDF-1.4\n\x00\x01", 11)).value();
        QVERIFY(repo.addAttachment(a).ok());
        Room r;
        r.workshopId = p.workshopId;
        r.name = QStringLiteral("Saal 2");
        QVERIFY(repo.addRoom(r).ok());
    }
    const QString list = run(file, {QStringLiteral("list")}).second;
    const QString history = run(file, {QStringLiteral("history")}).second;
    const QString exported = run(file, {QStringLiteral("export")}).second;

    const QString url = freshDatabase(QStringLiteral("moved"));
    auto r = run(file, {QStringLiteral("move-to"), url});
    QVERIFY2(r.first == 0, qPrintable(r.second));
    QVERIFY(r.second.contains(QStringLiteral("attachment_content: 1")));
    QCOMPARE(run(url, {QStringLiteral("list")}).second, list);
    QCOMPARE(run(url, {QStringLiteral("history")}).second, history);
    QCOMPARE(run(url, {QStringLiteral("export")}).second, exported);
    QCOMPARE(run(url, {QStringLiteral("config"), QStringLiteral("public-url")}).second.trimmed(),
             QStringLiteral("https://webcasts.example.org/"));
    // New rows continue after the copied ids.
    {
        Database team(url);
        QVERIFY(team.open().ok());
        QVERIFY(WebcastRepository(team).addWorkshop(sampleWorkshop(QStringLiteral("new"))).ok());
    }
    // A second move into a database that has data is refused; nothing changes.
    const QString before = run(url, {QStringLiteral("list")}).second;
    r = run(file, {QStringLiteral("move-to"), url});
    QCOMPARE(r.first, 1);
    QVERIFY2(r.second.contains(QStringLiteral("not empty")), qPrintable(r.second));
    QCOMPARE(run(url, {QStringLiteral("list")}).second, before);
    // Only into a team database.
    QCOMPARE(run(file, {QStringLiteral("move-to"), dir.filePath(QStringLiteral("x.sqlite"))}).first,
             2);
}

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
