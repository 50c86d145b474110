// Stream checks against real servers on loopback: a live H.264 test pattern
// from gst-rtsp-server, and HLS made by ffmpeg and served by nginx.
#include "app/stream/streamcheck.h"
#include "tests/support/nginxserver.h"
#include "tests/support/rtspserver.h"
#include "tests/support/testtools.h"

#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run cli(const QStringList &args, QString program = {})
{
    if (program.isEmpty())
        program = qEnvironmentVariable("WEBCAST_ADMIN_BINARY");
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

class TestStreamCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rtsp_upDownAndUpAgain();
    void rtsp_wrongMount_saysNoStream();
    void hls_fromNginx();
    void notAStreamAddress_isRefused();
    void cli_exitCodeSaysUpOrDown();
    void cli_installed_loadsFfmpegFromItsLibFolder_andSaysWhenItIsMissing();

private:
    QTemporaryDir m_www;
};

void TestStreamCheck::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("WEBCAST_ADMIN_BINARY")),
             "set WEBCAST_ADMIN_BINARY to the built webcast-admin");
    // A short HLS stream, as a streaming server would publish it.
    QVERIFY(QDir(m_www.path()).mkpath(QStringLiteral("hls")));
    QVERIFY(testtools::makeTestHls(m_www.filePath(QStringLiteral("hls/live.m3u8")), 4));
}

void TestStreamCheck::rtsp_upDownAndUpAgain()
{
    RtspServer server;
    QVERIFY2(server.isRunning(), "the RTSP test server did not start");
    StreamCheck r = streamcheck::check(QUrl(server.url()), streamcheck::Depth::Decode);
    QVERIFY2(r.up, qPrintable(r.reason));
    QVERIFY2(r.details.startsWith(QStringLiteral("h264 320×240")), qPrintable(r.details));
    QVERIFY(r.details.contains(QStringLiteral("decoded")));
    qInfo("RTSP up, one picture decoded, in %lld ms", r.milliseconds);

    server.stop();
    r = streamcheck::check(QUrl(server.url()));
    QVERIFY(!r.up);
    QVERIFY2(r.reason.contains(QStringLiteral("refused the connection")), qPrintable(r.reason));
    QVERIFY(r.milliseconds < 5000); // a refusal is known at once, not at the timeout

    QVERIFY(server.start());
    r = streamcheck::check(QUrl(server.url()));
    QVERIFY2(r.up, qPrintable(r.reason));
}

void TestStreamCheck::rtsp_wrongMount_saysNoStream()
{
    RtspServer server;
    QVERIFY2(server.isRunning(), "the RTSP test server did not start");
    const StreamCheck r = streamcheck::check(QUrl(server.url(QStringLiteral("/nothing"))));
    QVERIFY(!r.up);
    QVERIFY2(r.reason.contains(QStringLiteral("no stream at this address")), qPrintable(r.reason));
}

void TestStreamCheck::hls_fromNginx()
{
    NginxServer::Options options;
    options.webdav = false;
    NginxServer nginx(m_www.path(), options);
    QVERIFY2(nginx.isRunning(), "nginx did not start");
    StreamCheck r = streamcheck::check(QUrl(nginx.publicUrl() + QStringLiteral("hls/live.m3u8")),
                                       streamcheck::Depth::Decode);
    QVERIFY2(r.up, qPrintable(r.reason));
    QVERIFY2(r.details.startsWith(QStringLiteral("h264 320×240")), qPrintable(r.details));
    r = streamcheck::check(QUrl(nginx.publicUrl() + QStringLiteral("hls/missing.m3u8")));
    QVERIFY(!r.up);
    QVERIFY2(r.reason.contains(QStringLiteral("no stream at this address")), qPrintable(r.reason));
}

void TestStreamCheck::notAStreamAddress_isRefused()
{
    StreamCheck r = streamcheck::check(QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!r.up);
    QVERIFY(r.reason.contains(QStringLiteral("not a stream address")));
    r = streamcheck::check(QUrl(QStringLiteral("javascript:alert(1)")));
    QVERIFY(!r.up);
    r = streamcheck::check(QUrl(QStringLiteral("rtsp://no-such-host.invalid/live")));
    QVERIFY(!r.up);
    QVERIFY2(r.reason.contains(QStringLiteral("is unknown")), qPrintable(r.reason));
}

void TestStreamCheck::cli_exitCodeSaysUpOrDown()
{
    RtspServer server;
    QVERIFY2(server.isRunning(), "the RTSP test server did not start");
    Run r = cli({QStringLiteral("check-stream"), server.url(), QStringLiteral("--decode")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("up: h264")), qPrintable(r.out));
    server.stop();
    r = cli({QStringLiteral("check-stream"), server.url()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("down: the server refused the connection")),
             qPrintable(r.out));
    QCOMPARE(cli({QStringLiteral("check-stream")}).exitCode, 2);
}

void TestStreamCheck::cli_installed_loadsFfmpegFromItsLibFolder_andSaysWhenItIsMissing()
{
    // As installed: <prefix>/bin/webcast-admin and, only once the second
    // part arrives, <prefix>/lib/webcast-admin/libwebcast-admin-ffmpeg.so.
    const QString built = qEnvironmentVariable("WEBCAST_ADMIN_BINARY");
    const QString module =
        QFileInfo(built).absolutePath() + QStringLiteral("/libwebcast-admin-ffmpeg.so");
    QVERIFY2(QFile::exists(module), qPrintable(module));
    QTemporaryDir prefix;
    QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
    QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("lib/webcast-admin")));
    const QString program = prefix.filePath(QStringLiteral("bin/webcast-admin"));
    QVERIFY(QFile::copy(built, program));
    RtspServer server;
    QVERIFY2(server.isRunning(), "the RTSP test server did not start");

    // Without the module: a clear sentence instead of a crash, and the
    // parts of the program that need no video still run.
    Run r = cli({QStringLiteral("check-stream"), server.url()}, program);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("down: Video support is missing")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("lib/webcast-admin/libwebcast-admin-ffmpeg.so")),
             qPrintable(r.out));
    QCOMPARE(cli({QStringLiteral("--version")}, program).exitCode, 0);

    // With it, found beside bin/ as the package installs it.
    QVERIFY(QFile::copy(
        module, prefix.filePath(QStringLiteral("lib/webcast-admin/libwebcast-admin-ffmpeg.so"))));
    r = cli({QStringLiteral("check-stream"), server.url()}, program);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("up: h264")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestStreamCheck)
#include "tst_streamcheck.moc"
