// Runs the real webcast-admin binary as a script would, and checks exit
// codes, stdout and stderr.
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version_printsVersion();
    void help_listsCommands();
    void unknownCommand_isUsageError();
    void missingDatabase_saysHowToCreateOne();
    void initDemo_thenList_printsTabSeparatedLines();
    void initDemo_refusesNonEmptyDatabase();
    void state_exitCodes_data();
    void state_exitCodes();
    void exportImport_roundTrip();
    void import_badFileChangesNothing();
    void scheduleImport_printsTheChangesAndKeepsTheWork();
    void database_notSqliteIsRefused();
    void database_addressesAreRefusedNotTakenForFiles();
    void history_printsWhoChangedWhatWhen();
    void publish_toFolderIsIncrementalAndDryRunSendsNothing();
    void publish_toATargetOfAnotherDatabaseIsRefusedUntilTakenOver();
    void config_refusesBadValues();
    void docs_nameThePathsTheProgramUses();

private:
    Run run(const QStringList &args, const QHash<QString, QString> &extraEnv = {});
    QString m_binary;
    QTemporaryDir m_dir;
    QString m_demo;
};

Run TestCommandLine::run(const QStringList &args, const QHash<QString, QString> &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WEBCAST_ADMIN_DATABASE"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("HOME"), m_dir.path()); // never the user's own data
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(m_binary, args);
    if (!p.waitForFinished(60000))
        qFatal("webcast-admin did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCommandLine::initTestCase()
{
    m_binary = qEnvironmentVariable("WEBCAST_ADMIN_BINARY");
    QVERIFY2(QFile::exists(m_binary), "set WEBCAST_ADMIN_BINARY to the built webcast-admin");
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run r = run(
        {QStringLiteral("--database"), m_demo, QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 0);
}

void TestCommandLine::version_printsVersion()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("webcast-admin 0.")));
}

void TestCommandLine::help_listsCommands()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"init", "list", "state", "import", "export", "--database"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
}

void TestCommandLine::unknownCommand_isUsageError()
{
    Run r = run({QStringLiteral("--database"), m_demo, QStringLiteral("fly")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command")));
    r = run({QStringLiteral("--database"), m_demo, QStringLiteral("state"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
}

void TestCommandLine::missingDatabase_saysHowToCreateOne()
{
    const QString path = m_dir.filePath(QStringLiteral("nothing-here.sqlite"));
    const Run r = run({QStringLiteral("--database"), path, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("webcast-admin init")));
    QVERIFY(!QFile::exists(path));
}

void TestCommandLine::initDemo_thenList_printsTabSeparatedLines()
{
    const Run r = run({QStringLiteral("--database"), m_demo, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 15); // 3 workshops + 12 presentations
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        QCOMPARE(parts.size(), 3);
        QVERIFY(stateFromKey(parts.at(1)));
    }
    QVERIFY(r.out.contains(QStringLiteral("/moire-systems\tlive\tMoiré systems and flat bands")));
}

void TestCommandLine::initDemo_refusesNonEmptyDatabase()
{
    const Run r = run(
        {QStringLiteral("--database"), m_demo, QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("empty")));
}

void TestCommandLine::state_exitCodes_data()
{
    const QString year = QString::number(QDate::currentDate().year());
    const QString qm = QStringLiteral("quantum-materials-") + year;
    const QString climate = QStringLiteral("climate-models-") +
                            QString::number(QDate::currentDate().addDays(30).year());
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("workshop to concluded") << qm << "concluded" << 0 << "";
    QTest::newRow("workshop to live") << qm << "live" << 0 << "";
    QTest::newRow("talk to live") << qm + QStringLiteral("/arpes-probes") << "live" << 0 << "";
    QTest::newRow("talk to archive without file")
        << qm + QStringLiteral("/arpes-probes") << "archive" << 1 << "Needs an archived webcast";
    QTest::newRow("workshop live without url") << climate << "live" << 1 << "live stream URL";
    QTest::newRow("unknown workshop") << "no-such"
                                      << "live" << 1 << "no workshop";
    QTest::newRow("unknown talk") << qm + QStringLiteral("/no-such") << "live" << 1
                                  << "no presentation";
    QTest::newRow("unknown state") << qm << "on-air" << 2 << "unknown state";
    QTest::newRow("path in slug") << QStringLiteral("../etc") << "live" << 1 << "no workshop";
}

void TestCommandLine::state_exitCodes()
{
    QFETCH(QString, target);
    QFETCH(QString, state);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    const Run r =
        run({QStringLiteral("--database"), m_demo, QStringLiteral("state"), target, state});
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY(r.err.isEmpty());
        const Run list = run({QStringLiteral("--database"), m_demo, QStringLiteral("list")});
        QVERIFY(list.out.contains(target + QLatin1Char('\t') + state + QLatin1Char('\t')));
    } else {
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    }
}

void TestCommandLine::exportImport_roundTrip()
{
    const QString json = m_dir.filePath(QStringLiteral("all.json"));
    Run r = run({QStringLiteral("--database"), m_demo, QStringLiteral("export"),
                 QStringLiteral("--out"), json});
    QCOMPARE(r.exitCode, 0);
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(run({QStringLiteral("--database"), copy, QStringLiteral("init")}).exitCode, 0);
    r = run({QStringLiteral("--database"), copy, QStringLiteral("import"), json});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("3 new")));
    const Run a = run({QStringLiteral("--database"), m_demo, QStringLiteral("export")});
    const Run b = run({QStringLiteral("--database"), copy, QStringLiteral("export")});
    QCOMPARE(b.out, a.out);
}

void TestCommandLine::import_badFileChangesNothing()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"workshops":[{"slug":"ok-one","title":"Fine","first_day":"2026-01-01",
        "last_day":"2026-01-02","time_zone":"UTC"},{"slug":"BAD SLUG","title":"x",
        "first_day":"2026-01-01","last_day":"2026-01-02","time_zone":"UTC"}]})");
    f.close();
    const Run before = run({QStringLiteral("--database"), m_demo, QStringLiteral("export")});
    const Run r = run({QStringLiteral("--database"), m_demo, QStringLiteral("import"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("workshops[1] \"BAD SLUG\": slug:")), qPrintable(r.err));
    const Run after = run({QStringLiteral("--database"), m_demo, QStringLiteral("export")});
    QCOMPARE(after.out, before.out);
    const Run missing = run({QStringLiteral("--database"), m_demo, QStringLiteral("import"),
                             m_dir.filePath(QStringLiteral("absent.json"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("cannot read"), Qt::CaseInsensitive));

    // A record naming a file of this computer is refused, and nothing of it
    // reaches the database (so no publish can put it on the web).
    const QString hostile = m_dir.filePath(QStringLiteral("hostile.json"));
    QFile file(hostile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format_version": 1, "workshops": [{"slug": "leak", "title": "Leak",
        "first_day": "2026-06-01", "last_day": "2026-06-01", "time_zone": "UTC",
        "presentations": [{"slug": "t", "title": "T", "starts_at": "2026-06-01T09:00:00Z",
        "ends_at": "2026-06-01T10:00:00Z",
        "attachments": [{"label": "Slides", "file": "/etc/os-release.pdf"}]}]}]})");
    file.close();
    const Run leak = run({QStringLiteral("--database"), m_demo, QStringLiteral("import"), hostile});
    QCOMPARE(leak.exitCode, 1);
    QVERIFY2(leak.err.contains(QStringLiteral("attachments[0]: file:")), qPrintable(leak.err));
    QCOMPARE(run({QStringLiteral("--database"), m_demo, QStringLiteral("export")}).out, before.out);
}

void TestCommandLine::scheduleImport_printsTheChangesAndKeepsTheWork()
{
    const QString db = m_dir.filePath(QStringLiteral("schedule.sqlite"));
    const QString data = QStringLiteral(WEBCAST_TEST_DATA_DIR "/schedules/");
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("init")}).exitCode, 0);
    auto import = [&](const QString &file, const QStringList &more = {}) {
        return run(QStringList{QStringLiteral("--database"), db, QStringLiteral("schedule-import"),
                               data + file} +
                   more);
    };
    auto lastLine = [](const Run &r) {
        return r.out.trimmed().split(QLatin1Char('\n')).constLast();
    };
    Run r = import(QStringLiteral("frab-release1.xml"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lastLine(r), QStringLiteral("added 6, changed 0, removed 0, unchanged 0"));
    QVERIFY(r.out.contains(QStringLiteral("+ Late night session")));
    // The zone the file names contradicts one talk's offset: said, not hidden.
    QVERIFY2(r.err.contains(QStringLiteral("note:")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("state"),
                  QStringLiteral("wpd26/late-night-session"), QStringLiteral("concluded")})
                 .exitCode,
             0);

    // A dry run of the next release shows what would change and changes nothing.
    const Run before = run({QStringLiteral("--database"), db, QStringLiteral("export")});
    r = import(QStringLiteral("frab-release2.xml"), {QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lastLine(r), QStringLiteral("added 1, changed 2, removed 1, unchanged 3"));
    QVERIFY(r.out.contains(QStringLiteral("~ Quantum dots: room")));
    QVERIFY(r.err.contains(QStringLiteral("nothing was changed")));
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("export")}).out, before.out);

    // Without --workshop it goes to the workshop this file went into before.
    r = import(QStringLiteral("frab-release2.xml"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(lastLine(r), QStringLiteral("added 1, changed 2, removed 1, unchanged 3"));
    QVERIFY2(r.out.contains(QStringLiteral("- Late night session (kept and marked cancelled")),
             qPrintable(r.out));
    const Run list = run({QStringLiteral("--database"), db, QStringLiteral("list")});
    QVERIFY(list.out.contains(QStringLiteral("wpd26/late-night-session\tconcluded\t")));
    QVERIFY(list.out.contains(QStringLiteral("wpd26/opening\tupcoming\tOpening and welcome")));

    // Broken files, missing files and bad slugs change nothing.
    const Run now = run({QStringLiteral("--database"), db, QStringLiteral("export")});
    r = import(QStringLiteral("broken.xml"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("broken.xml, line 6")), qPrintable(r.err));
    QCOMPARE(import(QStringLiteral("absent.xml")).exitCode, 1);
    r = import(QStringLiteral("pretalx.json"),
               {QStringLiteral("--workshop"), QStringLiteral("No Slug")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("export")}).out, now.out);
    // --workshop belongs to schedule-import and schedule-export only.
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("list"),
                  QStringLiteral("--workshop"), QStringLiteral("x")})
                 .exitCode,
             2);

    // The schedule goes back out, to stdout or a file; wrong use is refused.
    auto exportAs = [&](const QStringList &more) {
        return run(
            QStringList{QStringLiteral("--database"), db, QStringLiteral("schedule-export")} +
            more);
    };
    r = exportAs({QStringLiteral("--workshop"), QStringLiteral("wpd26"), QStringLiteral("--format"),
                  QStringLiteral("frab-xml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("<?xml")));
    QVERIFY(r.out.contains(QStringLiteral("Opening and welcome")));
    const QString ics = m_dir.filePath(QStringLiteral("wpd26.ics"));
    r = exportAs({QStringLiteral("--workshop"), QStringLiteral("wpd26"), QStringLiteral("--format"),
                  QStringLiteral("ical"), QStringLiteral("--out"), ics});
    QCOMPARE(r.exitCode, 0);
    QFile written(ics);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
    r = exportAs({QStringLiteral("--workshop"), QStringLiteral("wpd26"), QStringLiteral("--format"),
                  QStringLiteral("pdf")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("frab-xml, c3voc-json, ical")), qPrintable(r.err));
    QCOMPARE(exportAs({QStringLiteral("--format"), QStringLiteral("ical")}).exitCode, 2);
    r = exportAs({QStringLiteral("--workshop"), QStringLiteral("nope"), QStringLiteral("--format"),
                  QStringLiteral("ical")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("nope")));
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("list"),
                  QStringLiteral("--format"), QStringLiteral("ical")})
                 .exitCode,
             2);
}

void TestCommandLine::database_addressesAreRefusedNotTakenForFiles()
{
    // A team database's address used to become a folder "postgresql:" here.
    // Nothing listens on port 1: the team database cannot be reached.
    const QString team = QStringLiteral("postgresql://helper:s3cret@127.0.0.1:1/webcasts");
    Run r = run({QStringLiteral("--database"), team, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot open the team database "
                                           "postgresql://helper@127.0.0.1:1/webcasts")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("s3cret")), qPrintable(r.err)); // never the password
    r = run({QStringLiteral("init")}, {{QStringLiteral("WEBCAST_ADMIN_DATABASE"), team}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFileInfo::exists(QStringLiteral("postgresql:")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("postgresql:"))));
    // The window asks whether to retry or open this computer's own
    // database (unanswered in a test run: it quits).
    r = run({QStringLiteral("--database"), team, QStringLiteral("--quit-when-ready")},
            {{QStringLiteral("WEBCAST_ADMIN_TEST_RUN"), QStringLiteral("1")},
             {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Retry, or Open the database on this computer")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("s3cret")));
    r = run({QStringLiteral("--database"), QStringLiteral("ftp://files.example.org/w.sqlite"),
             QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("ftp://")), qPrintable(r.err));
    r = run({QStringLiteral("--database"), team, QStringLiteral("paths")});
    QVERIFY(r.out.contains(QStringLiteral("database\tpostgresql://helper@127.0.0.1:1/webcasts")));
    QVERIFY(!r.out.contains(QStringLiteral("s3cret")));

    // A file:// address is a file; WEBCAST_ADMIN_DATABASE names it too.
    const QString file = m_dir.filePath(QStringLiteral("from-env.sqlite"));
    const QHash<QString, QString> env{
        {QStringLiteral("WEBCAST_ADMIN_DATABASE"), QUrl::fromLocalFile(file).toString()}};
    QCOMPARE(run({QStringLiteral("init")}, env).exitCode, 0);
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(run({QStringLiteral("list")}, env).exitCode, 0);
    QVERIFY(run({QStringLiteral("paths")}, env).out.contains(QStringLiteral("database\t") + file));
    // --database wins over the environment.
    QCOMPARE(run({QStringLiteral("--database"), m_demo, QStringLiteral("list")},
                 {{QStringLiteral("WEBCAST_ADMIN_DATABASE"), team}})
                 .exitCode,
             0);
}

void TestCommandLine::history_printsWhoChangedWhatWhen()
{
    const QString db = m_dir.filePath(QStringLiteral("history.sqlite"));
    QCOMPARE(
        run({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--demo")})
            .exitCode,
        0);
    const QStringList lines = run({QStringLiteral("--database"), db, QStringLiteral("list")})
                                  .out.split(QLatin1Char('\n'));
    QString talk;
    for (const QString &l : lines) {
        const QStringList f = l.split(QLatin1Char('\t'));
        if (f.size() == 3 && f.at(0).contains(QLatin1Char('/')) &&
            f.at(1) == QLatin1String("upcoming")) {
            talk = f.at(0);
            break;
        }
    }
    QVERIFY(!talk.isEmpty());
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("state"), talk,
                  QStringLiteral("concluded")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("state"), talk,
                  QStringLiteral("upcoming")})
                 .exitCode,
             0);
    Run r = run({QStringLiteral("--database"), db, QStringLiteral("history"), talk});
    QCOMPARE(r.exitCode, 0);
    const QStringList out = r.out.trimmed().split(QLatin1Char('\n'));
    // Two flips, and the talk's addition by init --demo (edits are audited).
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.last().split(QLatin1Char('\t')).value(3), QStringLiteral("add presentation"));
    // time, user, subject, what, from, to; newest first.
    const QStringList newest = out.first().split(QLatin1Char('\t'));
    QCOMPARE(newest.size(), 6);
    QVERIFY(QDateTime::fromString(newest.at(0), Qt::ISODate).isValid());
    QVERIFY(!newest.at(1).isEmpty());
    QCOMPARE(newest.mid(2), (QStringList{talk, QStringLiteral("state"), QStringLiteral("concluded"),
                                         QStringLiteral("upcoming")}));
    QCOMPARE(out.at(1).split(QLatin1Char('\t')).mid(4),
             (QStringList{QStringLiteral("upcoming"), QStringLiteral("concluded")}));
    // The workshop's history holds its talks'; --limit cuts it.
    const QString workshop = talk.section(QLatin1Char('/'), 0, 0);
    r = run({QStringLiteral("--database"), db, QStringLiteral("history"), workshop,
             QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 1);
    QVERIFY(run({QStringLiteral("--database"), db, QStringLiteral("history")})
                .out.contains(talk + QStringLiteral("\tstate\tconcluded\tupcoming")));
    // Wrong use.
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("history"),
                  QStringLiteral("--limit"), QStringLiteral("many")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("history"),
                  QStringLiteral("no-such-workshop")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("list"),
                  QStringLiteral("--limit"), QStringLiteral("2")})
                 .exitCode,
             2);
}

void TestCommandLine::database_notSqliteIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const Run r = run({QStringLiteral("--database"), path, QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(path));
    QCOMPARE(QFileInfo(path).size(), qint64(4096));
}

void TestCommandLine::publish_toFolderIsIncrementalAndDryRunSendsNothing()
{
    const QString db = m_dir.filePath(QStringLiteral("publish.sqlite"));
    const QString www = m_dir.filePath(QStringLiteral("www"));
    QCOMPARE(
        run({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--demo")})
            .exitCode,
        0);
    QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("config"),
                  QStringLiteral("web-target"), QUrl::fromLocalFile(www).toString()})
                 .exitCode,
             0);
    Run r = run(
        {QStringLiteral("--database"), db, QStringLiteral("publish"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("upload\tindex.html\t")));
    QVERIFY(!QFileInfo::exists(www + QStringLiteral("/index.html")));
    r = run({QStringLiteral("--database"), db, QStringLiteral("publish")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(www + QStringLiteral("/index.html")));
    r = run({QStringLiteral("--database"), db, QStringLiteral("publish")});
    QVERIFY2(r.out.contains(QStringLiteral("0 uploaded (0 bytes), 0 deleted")), qPrintable(r.out));
    r = run({QStringLiteral("--database"), db, QStringLiteral("publish"),
             QStringLiteral("--target"), QStringLiteral("moon")});
    QCOMPARE(r.exitCode, 2);
}

// A target remembers which database publishes to it: another database (a
// forgotten copy, the demo) is refused, naming both, until it takes over.
void TestCommandLine::publish_toATargetOfAnotherDatabaseIsRefusedUntilTakenOver()
{
    const QString www = m_dir.filePath(QStringLiteral("shared-www"));
    const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
    const QString copy = m_dir.filePath(QStringLiteral("laptop-copy.sqlite"));
    for (const QString &db : {first, copy}) {
        QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("init"),
                      QStringLiteral("--demo")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("--database"), db, QStringLiteral("config"),
                      QStringLiteral("web-target"), QUrl::fromLocalFile(www).toString()})
                     .exitCode,
                 0);
    }
    QCOMPARE(run({QStringLiteral("--database"), first, QStringLiteral("publish")}).exitCode, 0);
    QFile marker(www + QStringLiteral("/.webcast-admin-database"));
    QVERIFY(marker.open(QIODevice::ReadOnly));
    const QByteArray claimed = marker.readAll();
    marker.close();
    QVERIFY(claimed.contains("first.sqlite"));
    QVERIFY(!claimed.contains(m_dir.path().toUtf8())); // no local path on a public server
    const QByteArray index = [&www] {
        QFile f(www + QStringLiteral("/index.html"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    // The copy changes something and publishes: refused, nothing sent.
    QCOMPARE(run({QStringLiteral("--database"), copy, QStringLiteral("state"),
                  QStringLiteral("neural-computation-2025"), QStringLiteral("concluded")})
                 .exitCode,
             0);
    Run r = run({QStringLiteral("--database"), copy, QStringLiteral("publish")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("first.sqlite")) &&
                 r.err.contains(QStringLiteral("laptop-copy.sqlite")) &&
                 r.err.contains(QStringLiteral("--take-over")),
             qPrintable(r.err));
    QFile again(www + QStringLiteral("/index.html"));
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), index);
    // A broken marker is refused too, in words.
    QVERIFY(marker.open(QIODevice::WriteOnly | QIODevice::Truncate));
    marker.write("not json");
    marker.close();
    r = run({QStringLiteral("--database"), copy, QStringLiteral("publish")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be read")), qPrintable(r.err));
    // Taken over on purpose: it publishes, and now the first is refused.
    r = run({QStringLiteral("--database"), copy, QStringLiteral("publish"),
             QStringLiteral("--take-over")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The first takes it back although nothing changed in it: all of its
    // site is sent again (the target held the copy's).
    r = run({QStringLiteral("--database"), first, QStringLiteral("publish"),
             QStringLiteral("--take-over")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral(" 0 unchanged")), qPrintable(r.out));
    QFile back(www + QStringLiteral("/index.html"));
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), index);
    QCOMPARE(run({QStringLiteral("--database"), copy, QStringLiteral("state"),
                  QStringLiteral("neural-computation-2025"), QStringLiteral("upcoming")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("--database"), copy, QStringLiteral("publish")}).exitCode, 1);
    QCOMPARE(run({QStringLiteral("--database"), copy, QStringLiteral("config"),
                  QStringLiteral("colour")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("--database"), copy, QStringLiteral("list"),
                  QStringLiteral("--take-over")})
                 .exitCode,
             2);
}

void TestCommandLine::config_refusesBadValues()
{
    const QStringList base{QStringLiteral("--database"), m_demo, QStringLiteral("config")};
    QCOMPARE(run(base + QStringList{QStringLiteral("player"), QStringLiteral("flash")}).exitCode,
             1);
    QCOMPARE(
        run(base + QStringList{QStringLiteral("rtsp-base"), QStringLiteral("http://x/")}).exitCode,
        1);
    const Run secret =
        run(base + QStringList{QStringLiteral("web-target"), QStringLiteral("sftp://u:pw@h/x")});
    QCOMPARE(secret.exitCode, 1);
    QVERIFY(secret.err.contains(QStringLiteral("password")));
    QCOMPARE(run(base + QStringList{QStringLiteral("colour"), QStringLiteral("red")}).exitCode, 2);
    QCOMPARE(run(base + QStringList{QStringLiteral("public-url"),
                                    QStringLiteral("https://webcasts.example.org/")})
                 .exitCode,
             0);
    const Run list = run(base);
    QVERIFY(list.out.contains(QStringLiteral("public-url\thttps://webcasts.example.org/\n")));
}

void TestCommandLine::docs_nameThePathsTheProgramUses()
{
    // What the program itself says, for a user with a fresh home and no
    // XDG settings: the paths as a person reads them, with ~.
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char *v : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        env.remove(QString::fromLatin1(v));
    p.setProcessEnvironment(env);
    p.start(m_binary, {QStringLiteral("paths")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QHash<QString, QString> actual; // what -> ~/path
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QString path = line.section(QLatin1Char('\t'), 1);
        QVERIFY2(path.startsWith(home.path()), qPrintable(line));
        actual.insert(line.section(QLatin1Char('\t'), 0, 0),
                      QStringLiteral("~") + path.mid(home.path().size()));
    }
    QVERIFY(actual.contains(QStringLiteral("database")));
    QVERIFY(actual.contains(QStringLiteral("web-folder")));

    // Every path under the user's data, settings or cache that the README,
    // the man page or the user guide names is one of those, a folder above
    // one, or a file inside a folder one names. The build folders the
    // scripts make (~/.cache/webcast-admin/<checkout>-<hash>/) are not the
    // program's.
    const QString source = QStringLiteral(WEBCAST_TEST_DATA_DIR "/../..");
    static const QRegularExpression named(
        QStringLiteral(R"(~/\.(?:local/share|config|cache)/webcast-admin[^\s`'"),\]|*]*)"));
    QHash<QString, QStringList> mentions; // document -> paths
    for (const QString &doc :
         {QStringLiteral("README.md"), QStringLiteral("packaging/webcast-admin.1"),
          QStringLiteral("resources/doc/user-guide.md")}) {
        QFile f(source + QLatin1Char('/') + doc);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(doc));
        const QString text = QString::fromUtf8(f.readAll()).remove(QStringLiteral("\\"));
        for (auto it = named.globalMatch(text); it.hasNext();) {
            QString path = it.next().captured(0);
            while (path.endsWith(QLatin1Char('.')) || path.endsWith(QLatin1Char(':')))
                path.chop(1);
            if (path.contains(QLatin1Char('<')))
                continue; // the scripts' build folders
            bool known = false;
            for (const QString &real : std::as_const(actual))
                known = known || path == real || real.startsWith(path + QLatin1Char('/')) ||
                        path.startsWith(real + QLatin1Char('/'));
            QVERIFY2(known, qPrintable(doc + QStringLiteral(" names ") + path +
                                       QStringLiteral(", which the program does not use")));
            mentions[doc] << path;
        }
    }
    QVERIFY2(mentions.value(QStringLiteral("README.md"))
                 .contains(actual.value(QStringLiteral("database"))),
             "the README does not say where the database is");
    QVERIFY2(mentions.value(QStringLiteral("README.md"))
                 .contains(actual.value(QStringLiteral("web-folder"))),
             "the README does not say where the demo publishes");
    QVERIFY2(mentions.value(QStringLiteral("packaging/webcast-admin.1"))
                 .contains(actual.value(QStringLiteral("database"))),
             "the man page does not say where the database is");
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
