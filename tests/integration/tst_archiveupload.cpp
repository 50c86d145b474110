// Archive uploads: real media made by ffmpeg in the test, probed and
// prepared through libavformat, checked with ffprobe, uploaded over SFTP to
// a real sshd with resume after a killed process and after the server went
// away.
#include "app/media/archivematch.h"
#include "app/media/archiveupload.h"
#include "app/media/mediaprobe.h"
#include "app/media/remux.h"
#include "app/publish/opensshcommand.h"
#include "app/publish/sftptransport.h"
#include "models/sitesettings.h"
#include "tests/bench/delayproxy.h"
#include "tests/support/sshserver.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testtools.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <functional>
#include <utility>

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

using testtools::ffmpeg;

QString ffprobe(const QString &file, const QString &entries)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
             entries, QStringLiteral("-of"), QStringLiteral("csv=p=0"), file});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void cut(const QString &from, const QString &to, qint64 bytes)
{
    QFile in(from), out(to);
    QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
    out.write(in.read(bytes));
}

// Waits with the event loop running (the delay proxy lives in it).
bool waitDone(QProcess &p, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
        QTest::qWait(20);
    return p.state() == QProcess::NotRunning;
}

#define REQUIRE_SERVER(server) QVERIFY2((server).isRunning(), "sshd did not start")

// Processes (the server's are ours: sshd runs here) that name `file`, but
// `except`: "pid command" lines.
QString serverProcessesOf(const QString &file, qint64 except = 0)
{
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-af"), QRegularExpression::escape(file)});
    pgrep.waitForFinished(5000);
    QStringList lines = QString::fromUtf8(pgrep.readAllStandardOutput())
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([except](const QString &l) {
        return l.section(QLatin1Char(' '), 0, 0).toLongLong() == except;
    });
    return lines.join(QLatin1Char('\n'));
}

// The address of `folder` on `ssh` reached through `proxy`, whose port
// known_hosts learns too (the same host key answers there).
QUrl throughProxy(SshServer &ssh, const DelayProxy &proxy, const QString &folder)
{
    QByteArray known = ssh.knownHostsLine();
    known.replace(QByteArray("]:" + QByteArray::number(ssh.port())),
                  QByteArray("]:" + QByteArray::number(proxy.port())));
    ssh.write(QStringLiteral("known_hosts"), ssh.knownHostsLine() + known);
    QUrl url = ssh.url(folder);
    url.setPort(proxy.port());
    return url;
}

// The command line on its own database, publishing archives to `ssh`.
struct UploadCli
{
    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    explicit UploadCli(const SshServer &ssh)
    {
        env.insert(QStringLiteral("WEBCAST_ADMIN_SSH_CONFIG"),
                   ssh.path(QStringLiteral("ssh_config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), data.filePath(QStringLiteral("cache")));
    }
    void start(QProcess &p, const QStringList &args)
    {
        p.setProcessEnvironment(env);
        p.start(
            qEnvironmentVariable("WEBCAST_ADMIN_BINARY"),
            QStringList{QStringLiteral("--database"), data.filePath(QStringLiteral("w.sqlite"))} +
                args);
    }
    std::pair<int, QString> run(const QStringList &args)
    {
        QProcess p;
        start(p, args);
        waitDone(p, 120000);
        return {p.exitCode(),
                QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }
    // The demo database, with `target` as its streaming server.
    bool configure(const SshServer &ssh, const QUrl &target)
    {
        return run({QStringLiteral("init"), QStringLiteral("--demo")}).first == 0 &&
               run({QStringLiteral("config"), QStringLiteral("streaming-target"),
                    target.toString()})
                       .first == 0 &&
               run({QStringLiteral("config"), QStringLiteral("streaming-identity"),
                    ssh.path(QStringLiteral("id_client"))})
                       .first == 0 &&
               run({QStringLiteral("config"), QStringLiteral("known-hosts"),
                    ssh.path(QStringLiteral("known_hosts"))})
                       .first == 0;
    }
};

// Logs in to the tests' sshd with its own files, never the user's.
SftpTransport::Options optionsFor(const SshServer &ssh)
{
    SftpTransport::Options options;
    options.identity = ssh.path(QStringLiteral("id_client"));
    options.knownHosts = ssh.path(QStringLiteral("known_hosts"));
    options.sshConfig = ssh.path(QStringLiteral("ssh_config"));
    return options;
}

} // namespace

class TestArchiveUpload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probe_readsRealMedia();
    void probe_refusesBrokenFiles_data();
    void probe_refusesBrokenFiles();
    void durationWarning_onlyWhenFarOff();
    void match_byNameAndDate();
    void archivePattern_isFilledAndKeptInside();
    void prepare_addsHintTracksAndFaststart_keepsInput_isRepeatable();
    void prepare_cancelLeavesNothing();
    void sftpUpload_resumesOnlyOverTheSameBytes_data();
    void sftpUpload_resumesOnlyOverTheSameBytes();
    void sftpUpload_fresh_hashedAhead_refusesAFileChangedMeanwhile_data();
    void sftpUpload_fresh_hashedAhead_refusesAFileChangedMeanwhile();
    void sftpUpload_expected_logsInBeforeOpen_evenForAHostAcceptedJustNow();
    void openSsh_trustsOnlyTheVerifiedHostKey();
    void openSsh_widenedInput_takesAFileWithoutCopy();
    void cli_upload_resumesAfterKillAndAfterServerLoss();
    void cli_upload_killedTenTimesAtRandom_thenFinishesCleanly();
    void cli_upload_killedWhileAnOldWriterHoldsThePart_leavesNoWaiterBehind();

private:
    QTemporaryDir m_dir;
    QString m_talk;  // H.264/AAC MP4, 3 s, index at the end (ffmpeg's default)
    QString m_large; // raw video in MOV, ~60 MB, for resume tests
};

void TestArchiveUpload::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(QFile::exists(qEnvironmentVariable("WEBCAST_ADMIN_BINARY")),
             "set WEBCAST_ADMIN_BINARY to the built webcast-admin");
    QStandardPaths::setTestModeEnabled(true); // prepared copies in a test cache
    m_talk = m_dir.filePath(QStringLiteral("talk.mp4"));
    QVERIFY(
        ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("testsrc=duration=3:size=320x240:rate=25"), QStringLiteral("-f"),
                QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=duration=3"),
                QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                QStringLiteral("ultrafast"), QStringLiteral("-c:a"), QStringLiteral("aac"),
                QStringLiteral("-shortest"), m_talk}));
    // MPEG-4 part 2 at a high bit rate: large, quick to make, playable.
    m_large = m_dir.filePath(QStringLiteral("large.mov"));
    QVERIFY(
        ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("testsrc=duration=12:size=640x360:rate=25"), QStringLiteral("-c:v"),
                QStringLiteral("mpeg4"), QStringLiteral("-b:v"), QStringLiteral("40M"),
                QStringLiteral("-minrate"), QStringLiteral("40M"), QStringLiteral("-maxrate"),
                QStringLiteral("40M"), QStringLiteral("-bufsize"), QStringLiteral("2M"), m_large}));
    QVERIFY(QFileInfo(m_large).size() > 50 * 1000 * 1000);
}

void TestArchiveUpload::probe_readsRealMedia()
{
    const Result<MediaInfo> info = media::probe(m_talk);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info.value().videoCodec, QStringLiteral("h264"));
    QCOMPARE(info.value().audioCodec, QStringLiteral("aac"));
    QCOMPARE(info.value().width, 320);
    QCOMPARE(info.value().height, 240);
    QVERIFY(qAbs(info.value().durationMs - 3000) < 200);
    QVERIFY(info.value().isMp4Family);
    QCOMPARE(info.value().size, QFileInfo(m_talk).size());
    QVERIFY2(info.value().summary().startsWith(QStringLiteral("MOV/MP4, 3 s, H264 320×240 + AAC")),
             qPrintable(info.value().summary()));
}

void TestArchiveUpload::probe_refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    const QString empty = m_dir.filePath(QStringLiteral("empty.mp4"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString text = m_dir.filePath(QStringLiteral("notes.mov"));
    QFile t(text);
    t.open(QIODevice::WriteOnly);
    t.write("These are my notes, not a video.\n");
    t.close();
    const QString sound = m_dir.filePath(QStringLiteral("sound.m4a"));
    ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=duration=1"), QStringLiteral("-c:a"), QStringLiteral("aac"),
            sound});
    // Index at the end, cut before it: nothing to read.
    const QString cutEnd = m_dir.filePath(QStringLiteral("cut-end.mp4"));
    cut(m_talk, cutEnd, QFileInfo(m_talk).size() / 2);
    // Index at the front (prepared), cut half-way: the index points past the end.
    const QString front = m_dir.filePath(QStringLiteral("front.mp4"));
    QVERIFY(media::prepareForStreaming(m_talk, front).ok());
    const QString cutFront = m_dir.filePath(QStringLiteral("cut-front.mp4"));
    cut(front, cutFront, QFileInfo(front).size() / 2);

    QTest::newRow("0 bytes") << empty << QStringLiteral("is empty (0 bytes)");
    QTest::newRow("text") << text << QStringLiteral("is not a video file");
    QTest::newRow("sound only") << sound
                                << QStringLiteral("has no video in it (found: sound only, aac)");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("gone.mp4"))
                             << QStringLiteral("does not exist");
    QTest::newRow("folder") << m_dir.path() << QStringLiteral("is not a file");
    QTest::newRow("truncated, index at the end") << cutEnd << QStringLiteral("damaged");
    QTest::newRow("truncated, index at the front") << cutFront << QStringLiteral("is truncated");
}

void TestArchiveUpload::probe_refusesBrokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const Result<MediaInfo> info = media::probe(file);
    QVERIFY(!info.ok());
    QVERIFY2(info.error().contains(says), qPrintable(info.error()));
}

void TestArchiveUpload::durationWarning_onlyWhenFarOff()
{
    MediaInfo info;
    info.durationMs = 12 * 60 * 1000;
    QCOMPARE(media::durationWarning(info, 60 * 60 * 1000),
             QStringLiteral("this file is 12 min, the talk was 60 min — right file?"));
    info.durationMs = 55 * 60 * 1000;
    QVERIFY(media::durationWarning(info, 60 * 60 * 1000).isEmpty());
    info.durationMs = 100 * 60 * 1000;
    QVERIFY(!media::durationWarning(info, 60 * 60 * 1000).isEmpty());
    QVERIFY(media::durationWarning(info, 0).isEmpty());
}

void TestArchiveUpload::match_byNameAndDate()
{
    const QDate mon(2026, 11, 23), tue(2026, 11, 24);
    const QList<archivematch::Candidate> talks{
        {1, QStringLiteral("welcome"), QStringLiteral("Welcome and goals"),
         QStringLiteral("Ana Ruiz"), mon},
        {2, QStringLiteral("gpu-ocean-models"), QStringLiteral("Ocean models on GPUs"),
         QStringLiteral("Li Wei"), mon},
        {3, QStringLiteral("ocean-panel"), QStringLiteral("Panel: the ocean"),
         QStringLiteral("Many"), tue},
    };
    using archivematch::bestMatch;
    QCOMPARE(bestMatch(QStringLiteral("gpu-ocean-models_FINAL.mov"), {}, talks), qint64(2));
    QCOMPARE(bestMatch(QStringLiteral("Ruiz welcome.mp4"), {}, talks), qint64(1));
    // "ocean" alone fits two talks: the date in the name decides.
    QCOMPARE(bestMatch(QStringLiteral("ocean 2026-11-24.mov"), {}, talks), qint64(3));
    QCOMPARE(bestMatch(QStringLiteral("ocean_20261123.mov"), {}, talks), qint64(2));
    // Nothing in common: no match, whatever the file's own date.
    QCOMPARE(bestMatch(QStringLiteral("IMG_0042.MOV"), mon, talks), qint64(0));
    QCOMPARE(bestMatch(QStringLiteral("final edit.mov"), {}, talks), qint64(0));
}

void TestArchiveUpload::archivePattern_isFilledAndKeptInside()
{
    using sitesettings::expandArchivePattern;
    const QString day = QStringLiteral("2026-11-24");
    QCOMPARE(expandArchivePattern({}, QStringLiteral("qm-2026"), QStringLiteral("keynote"), 7, day,
                                  QStringLiteral("mov")),
             QStringLiteral("qm-2026/keynote.mov"));
    QCOMPARE(expandArchivePattern(QStringLiteral("archive/<date>/<talk-id>-<talk-slug>.<ext>"),
                                  QStringLiteral("qm"), QStringLiteral("keynote"), 7, day,
                                  QStringLiteral("mp4")),
             QStringLiteral("archive/2026-11-24/7-keynote.mp4"));
    QString why;
    QVERIFY(expandArchivePattern(QStringLiteral("../<talk-slug>.<ext>"), QStringLiteral("w"),
                                 QStringLiteral("t"), 1, day, QStringLiteral("mov"), &why)
                .isEmpty());
    QVERIFY(why.contains(QStringLiteral("not a relative path")));
    QVERIFY(expandArchivePattern(QStringLiteral("/srv/<talk-slug>"), QStringLiteral("w"),
                                 QStringLiteral("t"), 1, day, QStringLiteral("mov"))
                .isEmpty());
    QVERIFY(expandArchivePattern(QStringLiteral("<speaker>/<talk-slug>"), QStringLiteral("w"),
                                 QStringLiteral("t"), 1, day, QStringLiteral("mov"))
                .isEmpty());
    // The setting refuses what would not name the talk or leave the target.
    TestDatabase t;
    SiteSettingsStore store(*t.db);
    QVERIFY(!store.set(QStringLiteral("archive-pattern"), QStringLiteral("<workshop-slug>.<ext>"))
                 .ok());
    QVERIFY(!store.set(QStringLiteral("archive-pattern"), QStringLiteral("a//<talk-slug>")).ok());
    QVERIFY(
        store.set(QStringLiteral("archive-pattern"), QStringLiteral("vod/<talk-id>.<ext>")).ok());
}

void TestArchiveUpload::prepare_addsHintTracksAndFaststart_keepsInput_isRepeatable()
{
    const QByteArray before = sha256Of(m_talk);
    const QString out = m_dir.filePath(QStringLiteral("prepared.mp4"));
    QList<double> seen;
    const Status s = media::prepareForStreaming(m_talk, out, [&](double f) { seen << f; });
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(sha256Of(m_talk), before); // the original is untouched
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.last(), 1.0);
    // Two RTP hint tracks beside video and audio, as ffprobe sees them.
    const QStringList tags = ffprobe(out, QStringLiteral("stream=codec_tag_string"))
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(tags.count(QStringLiteral("rtp ")), 2);
    QVERIFY(tags.contains(QStringLiteral("avc1")) && tags.contains(QStringLiteral("mp4a")));
    // Faststart: the index (moov) comes before the media data (mdat).
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(4 * 1024 * 1024);
    QVERIFY(head.indexOf("moov") >= 0 && head.indexOf("moov") < head.indexOf("mdat"));
    // It plays: ffmpeg decodes it to the end without an error.
    QVERIFY(ffmpeg({QStringLiteral("-i"), out, QStringLiteral("-f"), QStringLiteral("null"),
                    QStringLiteral("-")}));
    // Bit-exact: the same input gives the same bytes (so uploads can resume).
    const QString again = m_dir.filePath(QStringLiteral("prepared-again.mp4"));
    QVERIFY(media::prepareForStreaming(m_talk, again).ok());
    QCOMPARE(sha256Of(again), sha256Of(out));
}

void TestArchiveUpload::prepare_cancelLeavesNothing()
{
    const QString out = m_dir.filePath(QStringLiteral("cancelled.mp4"));
    std::atomic_bool cancel{true};
    const Status s = media::prepareForStreaming(m_talk, out, {}, &cancel);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
}

void TestArchiveUpload::sftpUpload_resumesOnlyOverTheSameBytes_data()
{
    QTest::addColumn<bool>("shell");
    QTest::addColumn<bool>("openssh");
    QTest::addColumn<bool>("counted");
    QTest::addColumn<int>("stripes");
    QTest::newRow("OpenSSH's ssh into tee + digest; the command checks and places it")
        << true << true << true << 1;
    QTest::newRow("OpenSSH's ssh in three stripes side by side, joined on the server")
        << true << true << true << 3;
    QTest::newRow("OpenSSH's ssh; no GNU dd: the client checks and places it")
        << true << true << false << 1;
    QTest::newRow("the session's own channel; the command checks and places it")
        << true << false << true << 1;
    QTest::newRow("the session's own channel; no GNU dd") << true << false << false << 1;
    QTest::newRow("SFTP writes + checksum afterwards") << false << false << false << 1;
}

void TestArchiveUpload::sftpUpload_resumesOnlyOverTheSameBytes()
{
    QFETCH(bool, shell);
    QFETCH(bool, openssh);
    QFETCH(bool, counted);
    QFETCH(int, stripes);
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    QTemporaryDir remote;
    SftpTransport::Options options = optionsFor(ssh);
    options.useShellUpload = shell;
    options.useOpenSsh = openssh;
    options.useByteCount = counted;
    // Stripes whatever the distance (here: loopback) and the size.
    options.uploadStripes = stripes;
    options.stripeMinBytes = 1024 * 1024;
    options.stripeMinRoundTripMs = 0;
    SftpTransport sftp(ssh.url(remote.path()), options);
    QVERIFY(sftp.open().ok());
    const QString part = remote.filePath(QStringLiteral("ws/.talk.mov.webcast-part"));
    const qint64 size = QFileInfo(m_large).size();

    // What an interrupted upload left: the first 10 MB, the same bytes.
    QVERIFY(QDir(remote.path()).mkpath(QStringLiteral("ws")));
    cut(m_large, part, 10 * 1000 * 1000);
    qint64 resumed = -1, lastDone = 0;
    Status s = sftp.uploadFile(
        m_large, QStringLiteral("ws/talk.mov"), [&](qint64 done, qint64) { lastDone = done; },
        nullptr, &resumed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(sftp.uploadedThroughOpenSsh(), openssh);
    QCOMPARE(sftp.lastUploadStripes(), stripes);
    QCOMPARE(resumed, qint64(10 * 1000 * 1000));
    QCOMPARE(lastDone, size);
    QCOMPARE(sha256Of(remote.filePath(QStringLiteral("ws/talk.mov"))), sha256Of(m_large));
    QVERIFY(!QFile::exists(part));

    // The same file again: it is in place with the same SHA-256, so nothing
    // is sent, and a part someone left beside it goes.
    cut(m_talk, part, 100000);
    s = sftp.uploadFile(m_large, QStringLiteral("ws/talk.mov"), {}, nullptr, &resumed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(resumed, size);
    QVERIFY(!QFile::exists(part));

    // A part with other bytes is not trusted: the upload starts from zero.
    const QString part2 = remote.filePath(QStringLiteral("ws/.talk2.mov.webcast-part"));
    cut(m_talk, part2, 100000);
    s = sftp.uploadFile(m_large, QStringLiteral("ws/talk2.mov"), {}, nullptr, &resumed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(resumed, qint64(0));
    QCOMPARE(sha256Of(remote.filePath(QStringLiteral("ws/talk2.mov"))), sha256Of(m_large));
    QVERIFY(!QFile::exists(part2));

    // Cancelled (paused): the part stays for the next time.
    std::atomic_bool cancel{false};
    s = sftp.uploadFile(
        m_large, QStringLiteral("ws/other.mov"),
        [&](qint64 done, qint64) {
            if (done > 0)
                cancel = true;
        },
        &cancel, &resumed);
    QVERIFY(!s.ok());
    QVERIFY(QFileInfo(remote.filePath(QStringLiteral("ws/.other.mov.webcast-part"))).size() > 0);
    QVERIFY(!QFile::exists(remote.filePath(QStringLiteral("ws/other.mov"))));
    s = sftp.uploadFile(m_large, QStringLiteral("ws/other.mov"), {}, nullptr, &resumed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(resumed > 0);
    QCOMPARE(sha256Of(remote.filePath(QStringLiteral("ws/other.mov"))), sha256Of(m_large));
    // Neither the part nor a stripe is left beside the files.
    QCOMPARE(QDir(remote.filePath(QStringLiteral("ws"))).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("other.mov"), QStringLiteral("talk.mov"),
                          QStringLiteral("talk2.mov")}));

    // Paths cannot leave the root.
    QVERIFY(!sftp.uploadFile(m_large, QStringLiteral("../escape.mov"), {}, nullptr, &resumed).ok());
}

void TestArchiveUpload::sftpUpload_fresh_hashedAhead_refusesAFileChangedMeanwhile_data()
{
    QTest::addColumn<bool>("openssh");
    QTest::addColumn<bool>("counted");
    QTest::newRow("OpenSSH's ssh; the command checks and places it") << true << true;
    QTest::newRow("OpenSSH's ssh; no GNU dd: the client checks and places it") << true << false;
    QTest::newRow("the session's own channel; the command checks and places it") << false << true;
}

// A file with no part on the server yet goes in one stream, and its digest
// is worked out on a thread of its own from the start (DigestAhead), apart
// from the bytes that are sent. A file that changes meanwhile must then be
// refused, never placed.
void TestArchiveUpload::sftpUpload_fresh_hashedAhead_refusesAFileChangedMeanwhile()
{
    QFETCH(bool, openssh);
    QFETCH(bool, counted);
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    QTemporaryDir remote;
    SftpTransport::Options options = optionsFor(ssh);
    options.useOpenSsh = openssh;
    options.useByteCount = counted;
    options.uploadStripes = 1;
    SftpTransport sftp(ssh.url(remote.path()), options);
    QVERIFY(sftp.open().ok());

    qint64 resumed = -1, lastDone = 0;
    Status s = sftp.uploadFile(
        m_large, QStringLiteral("ws/fresh.mov"), [&](qint64 done, qint64) { lastDone = done; },
        nullptr, &resumed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(sftp.lastUploadHashedAhead());
    QCOMPARE(resumed, qint64(0));
    QCOMPARE(lastDone, QFileInfo(m_large).size());
    QCOMPARE(sha256Of(remote.filePath(QStringLiteral("ws/fresh.mov"))), sha256Of(m_large));

    // A copy of the file uploaded as `name`, changed by `change` (its
    // path, its size) at the first progress call, once sending has begun.
    QTemporaryDir local;
    auto uploadChanged = [&](const QString &name,
                             const std::function<void(const QString &, qint64)> &change) {
        const QString copy = local.filePath(name);
        QFile::remove(copy);
        if (!QFile::copy(m_large, copy))
            return Status::failure(QStringLiteral("cannot copy"));
        bool changed = false;
        return sftp.uploadFile(
            copy, QStringLiteral("ws/") + name,
            [&](qint64, qint64 total) {
                if (!std::exchange(changed, true))
                    change(copy, total);
            },
            nullptr, &resumed);
    };

    // The file's end changes (same size): the digest worked out ahead is of
    // the old bytes (the first progress call waits long enough for it), the
    // server's of what arrived.
    s = uploadChanged(QStringLiteral("changing.mov"), [](const QString &copy, qint64 total) {
        QThread::msleep(300);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(total - 4096));
        f.write(QByteArray(4096, 'x'));
    });
    QVERIFY(sftp.lastUploadHashedAhead());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("does not match the file (checksum)")),
             qPrintable(s.error()));
    QVERIFY(!QFile::exists(remote.filePath(QStringLiteral("ws/changing.mov"))));
    QVERIFY(!QFile::exists(remote.filePath(QStringLiteral("ws/.changing.mov.webcast-part"))));

    // Sent again as it is now, it arrives whole.
    const QString changing = local.filePath(QStringLiteral("changing.mov"));
    s = sftp.uploadFile(changing, QStringLiteral("ws/changing.mov"), {}, nullptr, &resumed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(sha256Of(remote.filePath(QStringLiteral("ws/changing.mov"))), sha256Of(changing));

    // A file cut short: said, and nothing placed.
    s = uploadChanged(QStringLiteral("shrinking.mov"), [](const QString &copy, qint64 total) {
        QVERIFY(QFile::resize(copy, total / 2));
    });
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("ended before")) ||
                 s.error().contains(QStringLiteral("Cannot read")),
             qPrintable(s.error()));
    QVERIFY(!QFile::exists(remote.filePath(QStringLiteral("ws/shrinking.mov"))));
}

void TestArchiveUpload::sftpUpload_expected_logsInBeforeOpen_evenForAHostAcceptedJustNow()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    QTemporaryDir remote;
    SftpTransport::Options options = optionsFor(ssh);
    {
        // As the app does it: OpenSSH logs in while open() does.
        SftpTransport sftp(ssh.url(remote.path()), options);
        sftp.expectUpload(QStringLiteral("ws/talk.mov"));
        QVERIFY(sftp.open().ok());
        qint64 resumed = -1;
        const Status s =
            sftp.uploadFile(m_large, QStringLiteral("ws/talk.mov"), {}, nullptr, &resumed);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(sftp.uploadedThroughOpenSsh());
        QCOMPARE(sha256Of(remote.filePath(QStringLiteral("ws/talk.mov"))), sha256Of(m_large));
        // What the account can run came with the upload's command.
        QVERIFY(sftp.renamesAtomically());
        QVERIFY(sftp.streamsBatches());
        // Another file than the one expected still goes (pinned to the key).
        QVERIFY(
            sftp.uploadFile(m_talk, QStringLiteral("ws/other.mov"), {}, nullptr, &resumed).ok());
        QVERIFY(sftp.uploadedThroughOpenSsh());
        QCOMPARE(sha256Of(remote.filePath(QStringLiteral("ws/other.mov"))), sha256Of(m_talk));
    }
    {
        // A host nobody knew: the early ssh refuses it (it never trusts a
        // new key), the session shows the key and the user accepts it; the
        // bytes then go through ssh pinned to exactly that key.
        QTemporaryDir empty;
        options.knownHosts = empty.filePath(QStringLiteral("known_hosts"));
        options.acceptHostKey = ssh.fingerprint();
        SftpTransport sftp(ssh.url(remote.path()), options);
        sftp.expectUpload(QStringLiteral("ws/new.mov"));
        QVERIFY(sftp.open().ok());
        qint64 resumed = -1;
        const Status s =
            sftp.uploadFile(m_talk, QStringLiteral("ws/new.mov"), {}, nullptr, &resumed);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(sftp.uploadedThroughOpenSsh());
        QCOMPARE(sha256Of(remote.filePath(QStringLiteral("ws/new.mov"))), sha256Of(m_talk));
    }
    // Nothing is left beside the files.
    QCOMPARE(QDir(remote.filePath(QStringLiteral("ws"))).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("new.mov"), QStringLiteral("other.mov"),
                          QStringLiteral("talk.mov")}));
}

// The bytes of an upload go from the file into ssh's input by splice
// (writeFile), into a command whose input pipe is widened to 1 MiB.
void TestArchiveUpload::openSsh_widenedInput_takesAFileWithoutCopy()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    OpenSshCommand::Login login;
    login.host = QStringLiteral("127.0.0.1");
    login.port = ssh.port();
    login.user = ssh.user();
    login.sshConfig = ssh.path(QStringLiteral("ssh_config"));
    login.identity = ssh.path(QStringLiteral("id_client"));
    login.knownHosts = {ssh.path(QStringLiteral("known_hosts"))};
    login.timeoutSeconds = 10;
    // F_GETPIPE_SZ is 1032 on Linux.
    const QByteArray command = "echo webcast-ready" + SftpTransport::widenInput() +
                               "; perl -e 'print \"pipe \", fcntl(STDIN, 1032, 0), \"\\n\"'; cat";
    QFile file(m_large);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.read(400000);
    QCOMPARE(bytes.size(), 400000);
    {
        OpenSshCommand c(login, command);
        QVERIFY2(c.started("webcast-ready").ok(), "ssh did not start");
        // A range from the middle, in two goes, and a piece from a buffer.
        QVERIFY(c.writeFile(file.handle(), 1000, 200000).ok());
        QVERIFY(c.write("|", 1).ok());
        QVERIFY(c.writeFile(file.handle(), 201000, 100000).ok());
        int code = -1;
        QByteArray said;
        c.finish(&code, &said);
        QCOMPARE(code, 0);
        QVERIFY2(said.startsWith("pipe 1048576\n"), said.left(40).constData());
        QCOMPARE(said.mid(13), bytes.mid(1000, 200000) + '|' + bytes.mid(201000, 100000));
    }
    // Past the file's end: said, not sent short.
    {
        OpenSshCommand c(login, command);
        QVERIFY2(c.started("webcast-ready").ok(), "ssh did not start");
        const Status s = c.writeFile(file.handle(), file.size() - 10, 20);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("ended before")), qPrintable(s.error()));
    }
}

void TestArchiveUpload::openSsh_trustsOnlyTheVerifiedHostKey()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    auto keyOf = [&](const QString &file) {
        return QByteArray::fromBase64(testtools::readFile(ssh.path(file)).split(' ').value(1));
    };
    OpenSshCommand::Login login;
    login.host = QStringLiteral("127.0.0.1");
    login.port = ssh.port();
    login.user = ssh.user();
    login.sshConfig = ssh.path(QStringLiteral("ssh_config"));
    login.identity = ssh.path(QStringLiteral("id_client"));
    login.timeoutSeconds = 10;
    const QByteArray echo = "echo webcast-ready; cat";

    // The key the session verified: it logs in, and the bytes come back.
    login.hostKey = keyOf(QStringLiteral("hostkey.pub"));
    {
        OpenSshCommand command(login, echo);
        QVERIFY2(command.started("webcast-ready").ok(), "ssh did not start");
        QVERIFY(command.write("hello\n", 6).ok());
        int code = -1;
        QByteArray said;
        command.finish(&code, &said);
        QCOMPARE(code, 0);
        QCOMPARE(said, QByteArray("hello\n"));
    }
    // Any other key, even one the user's known_hosts would trust: refused
    // before anything is sent.
    login.hostKey = keyOf(QStringLiteral("id_stranger.pub"));
    {
        OpenSshCommand command(login, echo);
        const Status s = command.started("webcast-ready");
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("host key"), Qt::CaseInsensitive),
                 qPrintable(s.error()));
        QVERIFY(!command.write("x", 1).ok());
    }
    // Before the session: only what the known_hosts files say, never a new key.
    login.hostKey.clear();
    QTemporaryDir dir;
    const QString unknown = dir.filePath(QStringLiteral("known hosts"));
    testtools::writeFile(unknown, "");
    login.knownHosts = {unknown};
    {
        OpenSshCommand command(login, echo);
        QVERIFY(!command.started("webcast-ready").ok());
    }
    testtools::writeFile(unknown, ssh.knownHostsLine()); // a name with a space, too
    {
        OpenSshCommand command(login, echo);
        QVERIFY(command.started("webcast-ready").ok());
    }
    // A login it cannot make alone fails instead of asking (BatchMode).
    login.identity = ssh.path(QStringLiteral("id_stranger"));
    {
        OpenSshCommand command(login, echo);
        const Status s = command.started("webcast-ready");
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("Permission denied")), qPrintable(s.error()));
    }
}

void TestArchiveUpload::cli_upload_resumesAfterKillAndAfterServerLoss()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    // 10 ms each way, so the upload takes long enough to interrupt.
    DelayProxy proxy(ssh.port(), 10);
    QTemporaryDir remote;
    UploadCli seat(ssh);
    QVERIFY(seat.configure(ssh, throughProxy(ssh, proxy, remote.path())));
    auto start = [&](QProcess &p, const QStringList &args) {
        seat.start(p, args);
    };
    auto cli = [&](const QStringList &args) {
        return seat.run(args);
    };
    const QStringList upload{QStringLiteral("upload"),
                             QStringLiteral("climate-models-2026/welcome"), m_large,
                             QStringLiteral("--no-prepare")};
    const QString part =
        remote.filePath(QStringLiteral("climate-models-2026/.welcome.mov.webcast-part"));
    const QString final = remote.filePath(QStringLiteral("climate-models-2026/welcome.mov"));

    // 1. SIGKILL part-way.
    {
        QProcess p;
        start(p, upload);
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo(part).size() > 5 * 1000 * 1000,
                                  qPrintable(QString::fromUtf8(p.readAllStandardError())), 60000);
        p.kill();
        waitDone(p, 10000);
    }
    const qint64 afterKill = QFileInfo(part).size();
    QVERIFY(afterKill > 0 && afterKill < QFileInfo(m_large).size());
    QVERIFY(!QFile::exists(final));

    // 2. Started again; the server goes away part-way (sessions too).
    {
        QProcess p;
        start(p, upload);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > afterKill + 5 * 1000 * 1000, 60000);
        ssh.stop();
        QVERIFY(waitDone(p, 60000));
        QCOMPARE(p.exitCode(), 1);
        const QString said = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("webcast-admin: ")), qPrintable(said));
    }
    const qint64 afterLoss = QFileInfo(part).size();
    QVERIFY(afterLoss > afterKill);

    // 3. The server is back: the upload finishes from where it stopped.
    QVERIFY(ssh.start());
    const auto [code, said] = cli(upload);
    QVERIFY2(code == 0, qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Resumed at")), qPrintable(said));
    QCOMPARE(sha256Of(final), sha256Of(m_large));
    QVERIFY(!QFile::exists(part));
    // The talk points at it and can now go to Archive.
    QVERIFY2(cli({QStringLiteral("state"), QStringLiteral("climate-models-2026/welcome"),
                  QStringLiteral("archive")})
                     .first == 0,
             "the talk could not be switched to Archive");
}

void TestArchiveUpload::cli_upload_killedTenTimesAtRandom_thenFinishesCleanly()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    // 5 ms each way: an upload takes a few seconds, room for kills anywhere
    // (connecting, hashing, sending, checking, renaming).
    DelayProxy proxy(ssh.port(), 5);
    QTemporaryDir remote;
    UploadCli seat(ssh);
    QVERIFY(seat.configure(ssh, throughProxy(ssh, proxy, remote.path())));
    const QStringList upload{QStringLiteral("upload"),
                             QStringLiteral("climate-models-2026/welcome"), m_large,
                             QStringLiteral("--no-prepare")};

    // How long one undisturbed upload takes here, to spread the kills over.
    QElapsedTimer clock;
    clock.start();
    {
        UploadCli probe(ssh);
        QTemporaryDir elsewhere;
        QVERIFY(probe.configure(ssh, throughProxy(ssh, proxy, elsewhere.path())));
        clock.restart();
        QCOMPARE(probe.run(upload).first, 0);
    }
    const qint64 undisturbedMs = std::max<qint64>(clock.elapsed(), 500);
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("one upload: %lld ms; kill times from seed %u", undisturbedMs, seed);
    QRandomGenerator random(seed);
    for (int kill = 0; kill < 10; ++kill) {
        QProcess p;
        seat.start(p, upload);
        QTest::qWait(int(random.bounded(undisturbedMs)));
        p.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(waitDone(p, 10000));
    }
    const auto [code, said] = seat.run(upload);
    QVERIFY2(code == 0, qPrintable(said));
    const QString folder = remote.filePath(QStringLiteral("climate-models-2026"));
    QCOMPARE(sha256Of(folder + QStringLiteral("/welcome.mov")), sha256Of(m_large));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("welcome.mov")});
    // Nothing of the killed runs is left running on the server.
    QTRY_COMPARE_WITH_TIMEOUT(
        serverProcessesOf(folder + QStringLiteral("/.welcome.mov.webcast-part")), QString(), 15000);
}

void TestArchiveUpload::cli_upload_killedWhileAnOldWriterHoldsThePart_leavesNoWaiterBehind()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    QTemporaryDir remote;
    UploadCli seat(ssh);
    QVERIFY(seat.configure(ssh, ssh.url(remote.path())));
    const QStringList upload{QStringLiteral("upload"),
                             QStringLiteral("climate-models-2026/welcome"), m_large,
                             QStringLiteral("--no-prepare")};
    const QString folder = remote.filePath(QStringLiteral("climate-models-2026"));
    const QString part = folder + QStringLiteral("/.welcome.mov.webcast-part");
    QVERIFY(QDir().mkpath(folder));
    // What a dead client's writer looks like on the server: it still holds
    // the part's lock for a while (here 6 s) before its input runs dry.
    QProcess oldWriter;
    oldWriter.start(QStringLiteral("flock"), {part, QStringLiteral("sleep"), QStringLiteral("6")});
    QTRY_VERIFY(QFile::exists(part));
    // Three clients come and are killed while it writes.
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        seat.start(p, upload);
        QTest::qWait(700);
        p.kill();
        QVERIFY(waitDone(p, 10000));
    }
    // None of them left anything waiting on the server: a waiter would wake
    // up when the old writer is done and write into, empty or re-create a
    // part that by then belongs to another run. (A killed client's command
    // may still be starting, its login script running, on a busy machine:
    // it is given 2 s to see its input gone, well before the old writer
    // ends, which a waiter would wait for.)
    QTRY_COMPARE_WITH_TIMEOUT(serverProcessesOf(part, oldWriter.processId()), QString(), 2000);
    // The next run waits for the old writer, then uploads; nothing one of
    // the killed runs left on the server may empty or re-create the part
    // under it afterwards.
    const auto [code, said] = seat.run(upload);
    QVERIFY2(code == 0, qPrintable(said));
    QVERIFY(oldWriter.state() == QProcess::NotRunning || oldWriter.waitForFinished(10000));
    QTest::qWait(500);
    QCOMPARE(sha256Of(folder + QStringLiteral("/welcome.mov")), sha256Of(m_large));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("welcome.mov")});
    QCOMPARE(serverProcessesOf(part), QString());
}

QTEST_GUILESS_MAIN(TestArchiveUpload)
#include "tst_archiveupload.moc"
