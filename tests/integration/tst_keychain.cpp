// Passwords in a real Secret Service keychain (gnome-keyring in a private
// D-Bus session, see tests/support/with-keyring.sh), used by the command
// line and by the window to log in to a real nginx WebDAV server.
#include "app/publish/credentials.h"
#include "app/publish/publishservice.h"
#include "models/sitesettings.h"
#include "tests/support/nginxserver.h"
#include "tests/support/testdatabase.h"
#include "ui/dialogs/loginprompt.h"
#include "ui/publish/publishstatuswidget.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("WEBCAST_ADMIN_BINARY"), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("webcast-admin did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

#define REQUIRE_SERVER(server) QVERIFY2((server).isRunning(), "nginx did not start")

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void remember_persistsInTheKeychainAndForgetRemoves();
    void environmentVariable_comesFirst();
    void environmentVariable_isPerTarget();
    void cli_passwordSet_thenPublishLogsInWithoutAsking();
    void cli_withoutKeychain_saysSoAndPointsToTheVariable();
    void window_asksForThePassword_publishes_andStoresIt();
};

void TestKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/support/with-keyring.sh");
    qunsetenv("WEBCAST_ADMIN_PASSWORD");
}

void TestKeychain::remember_persistsInTheKeychainAndForgetRemoves()
{
    const QString key = credentials::keyFor(QStringLiteral("sftp"), QStringLiteral("ana"),
                                            QStringLiteral("Example.ORG"), 22);
    QCOMPARE(key, QStringLiteral("sftp://ana@example.org:22"));
    QVERIFY(credentials::lookup(key, QStringLiteral("web")).password.isEmpty());
    QVERIFY2(credentials::lookup(key, QStringLiteral("web")).keychainProblem.isEmpty(),
             qPrintable(credentials::lookup(key, QStringLiteral("web")).keychainProblem));
    const Status stored = credentials::remember(key, QStringLiteral("pässwörd 'x' \"y\""), true);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QVERIFY(credentials::forget(key, false).ok()); // the session copy only
    QCOMPARE(credentials::lookup(key, QStringLiteral("web")).password,
             QStringLiteral("pässwörd 'x' \"y\""));
    QVERIFY(credentials::forget(key, true).ok());
    QVERIFY(credentials::lookup(key, QStringLiteral("web")).password.isEmpty());
    // Forgetting what is not there is fine.
    QVERIFY(credentials::forget(key, true).ok());
}

void TestKeychain::environmentVariable_comesFirst()
{
    const QString key = QStringLiteral("https://bo@example.org:443");
    QVERIFY(credentials::remember(key, QStringLiteral("from keychain"), true).ok());
    qputenv("WEBCAST_ADMIN_PASSWORD", "from environment");
    QCOMPARE(credentials::lookup(key, QStringLiteral("web")).password,
             QStringLiteral("from environment"));
    qunsetenv("WEBCAST_ADMIN_PASSWORD");
    QCOMPARE(credentials::lookup(key, QStringLiteral("web")).password,
             QStringLiteral("from keychain"));
    QVERIFY(credentials::forget(key, true).ok());
}

void TestKeychain::environmentVariable_isPerTarget()
{
    // One variable is never offered to two servers: the old name counts for
    // the web target only, the streaming target has its own.
    const QString key = QStringLiteral("sftp://bo@stream.example.org:22");
    qputenv("WEBCAST_ADMIN_PASSWORD", "web only");
    QCOMPARE(credentials::lookup(key, QStringLiteral("web")).password, QStringLiteral("web only"));
    QVERIFY(credentials::lookup(key, QStringLiteral("streaming")).password.isEmpty());
    qunsetenv("WEBCAST_ADMIN_PASSWORD");
    qputenv("WEBCAST_ADMIN_PASSWORD_STREAMING", "streaming pw");
    qputenv("WEBCAST_ADMIN_PASSWORD_WEB", "web pw");
    QCOMPARE(credentials::lookup(key, QStringLiteral("streaming")).password,
             QStringLiteral("streaming pw"));
    QCOMPARE(credentials::lookup(key, QStringLiteral("web")).password, QStringLiteral("web pw"));
    qunsetenv("WEBCAST_ADMIN_PASSWORD_STREAMING");
    qunsetenv("WEBCAST_ADMIN_PASSWORD_WEB");
}

void TestKeychain::cli_passwordSet_thenPublishLogsInWithoutAsking()
{
    QTemporaryDir root, data;
    NginxServer nginx(root.path(), NginxServer::Options::withLogin(QStringLiteral("editor"),
                                                                   QStringLiteral("s3 cret")));
    REQUIRE_SERVER(nginx);
    const QString db = data.filePath(QStringLiteral("w.sqlite"));
    const QStringList base{QStringLiteral("--database"), db};
    QCOMPARE(cli(base + QStringList{QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QCOMPARE(cli(base + QStringList{QStringLiteral("config"), QStringLiteral("web-target"),
                                    nginx.davUrl(QStringLiteral("editor"))})
                 .exitCode,
             0);
    // No password anywhere, stdin not a terminal: a clear error, nothing sent.
    Run r = cli(base + QStringList{QStringLiteral("publish")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("asks for the password of editor@127.0.0.1")) &&
                 r.err.contains(QStringLiteral("webcast-admin password set web")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(root.filePath(QStringLiteral("index.html"))));

    r = cli(base + QStringList{QStringLiteral("password"), QStringLiteral("set")}, "s3 cret\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("editor@127.0.0.1")));
    QVERIFY(!r.out.contains(QStringLiteral("s3 cret")) &&
            !r.err.contains(QStringLiteral("s3 cret")));
    // Never in the database.
    QVERIFY(!readFile(db).contains("s3 cret"));

    r = cli(base + QStringList{QStringLiteral("publish")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readFile(root.filePath(QStringLiteral("index.html"))).contains("<html"));

    QCOMPARE(cli(base + QStringList{QStringLiteral("password"), QStringLiteral("forget"),
                                    QStringLiteral("web")})
                 .exitCode,
             0);
    QCOMPARE(cli(base + QStringList{QStringLiteral("state"), QStringLiteral("climate-models-2026"),
                                    QStringLiteral("concluded")})
                 .exitCode,
             0);
    r = cli(base + QStringList{QStringLiteral("publish")});
    QCOMPARE(r.exitCode, 1);
    // A folder target has no password to keep.
    QCOMPARE(cli(base + QStringList{QStringLiteral("password"), QStringLiteral("set"),
                                    QStringLiteral("streaming")},
                 "x\n")
                 .exitCode,
             2);
}

void TestKeychain::cli_withoutKeychain_saysSoAndPointsToTheVariable()
{
    QTemporaryDir data;
    const QString db = data.filePath(QStringLiteral("w.sqlite"));
    const QStringList base{QStringLiteral("--database"), db};
    QCOMPARE(cli(base + QStringList{QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(cli(base + QStringList{QStringLiteral("config"), QStringLiteral("web-target"),
                                    QStringLiteral("https://editor@127.0.0.1:9/dav/")})
                 .exitCode,
             0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + data.filePath(QStringLiteral("no-bus")));
    env.remove(QStringLiteral("DISPLAY"));
    const Run r = cli(base + QStringList{QStringLiteral("password"), QStringLiteral("set"),
                                         QStringLiteral("web")},
                      "pw\n", env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("could not be stored in the system keychain")) &&
                 r.err.contains(QStringLiteral("WEBCAST_ADMIN_PASSWORD")),
             qPrintable(r.err));
}

void TestKeychain::window_asksForThePassword_publishes_andStoresIt()
{
    QTemporaryDir root;
    NginxServer nginx(root.path(), NginxServer::Options::withLogin(QStringLiteral("editor"),
                                                                   QStringLiteral("right")));
    REQUIRE_SERVER(nginx);
    TestDatabase t;
    QVERIFY(demodata::populate(*t.repo).ok());
    SiteSettingsStore settings(*t.db);
    QVERIFY(
        settings.set(QStringLiteral("web-target"), nginx.davUrl(QStringLiteral("editor"))).ok());
    PublishService service(*t.repo, settings);
    // Connected before the widget's, so it sees each failure before the
    // widget answers it.
    QList<int> needs;
    connect(&service, &PublishService::statusChanged, this, [&] {
        if (service.status().loginNeed.kind != LoginNeed::Kind::None)
            needs << int(service.status().loginNeed.kind);
    });
    PublishStatusWidget widget(service, settings);
    widget.show();

    // First a wrong password: the widget asks again, saying it was refused.
    setNextPasswordAnswer(QStringLiteral("wrong"), false);
    setNextPasswordAnswer(QStringLiteral("right"), true);
    service.publishNow();
    QTRY_COMPARE_WITH_TIMEOUT(int(service.status().state), int(PublishService::State::Published),
                              20000);
    QVERIFY(readFile(root.filePath(QStringLiteral("index.html"))).contains("<html"));
    QCOMPARE(needs,
             (QList<int>{int(LoginNeed::Kind::Password), int(LoginNeed::Kind::PasswordRefused)}));
    // Remembered in the keychain (stored on a worker; give it a moment).
    const QString key = credentials::keyFor(QStringLiteral("http"), QStringLiteral("editor"),
                                            QStringLiteral("127.0.0.1"), nginx.port());
    QVERIFY(credentials::forget(key, false).ok());
    QTRY_COMPARE_WITH_TIMEOUT(credentials::lookup(key, QStringLiteral("web")).password,
                              QStringLiteral("right"), 10000);
    QVERIFY(credentials::forget(key, true).ok());
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
