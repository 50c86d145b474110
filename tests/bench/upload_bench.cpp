// Archive upload benchmark: a 1 GiB file to a real sshd on loopback with
// webcast-admin's SFTP upload (as the app does it: expectUpload, open, then
// uploadFile; the bytes through OpenSSH's ssh into the server's tee and
// SHA-256, checked and renamed in place) and with OpenSSH's sftp, in the
// same run, at 0 ms and 20 ms RTT (userspace delay proxy); peak memory
// during ours. It also times a bare `ssh … 'tee | openssl dgst'` pipe
// (our path by hand, as a server runs it without widening the pipe sshd
// writes into, see SftpTransport::widenInput). Each is run three times, taking turns, and the
// medians are compared (single runs of the same build swung by 0.2 here).
//
// The server serves SFTP with internal-sftp (sshd itself, no shell), as the
// tests' sshd does; our bytes go through a command, which sshd starts
// through the login shell. At 0 ms it also compares against sftp on a
// server as Debian ships it (Subsystem /usr/lib/openssh/sftp-server, which
// starts through the login shell too).
//
//   bench_upload [MiB]   (default 1024)
#include "app/publish/sftptransport.h"
#include "tests/bench/delayproxy.h"
#include "tests/support/sshserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>

namespace {

qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return 0;
}

struct Figures
{
    double seconds = 0;
    bool ok = false;
};

Figures ours(const SshServer &ssh, quint16 port, const QString &file, const QString &remote,
             qint64 *peakRssKiB)
{
    SftpTransport::Options options;
    options.identity = ssh.path(QStringLiteral("id_client"));
    options.knownHosts = ssh.path(QStringLiteral("known_hosts"));
    options.sshConfig = ssh.path(QStringLiteral("ssh_config"));
    QUrl url = ssh.url(remote);
    url.setPort(port);
    std::atomic<qint64> peak{0};
    QElapsedTimer clock;
    clock.start();
    QFuture<Status> f = QtConcurrent::run([&] {
        SftpTransport sftp(url, options);
        sftp.expectUpload(QStringLiteral("bench.bin")); // as the app does
        if (Status s = sftp.open(); !s)
            return s;
        qint64 resumed = 0;
        return sftp.uploadFile(
            file, QStringLiteral("bench.bin"),
            [&](qint64, qint64) { peak = std::max(peak.load(), statusKiB("VmRSS:")); }, nullptr,
            &resumed);
    });
    f.waitForFinished(); // the delay proxy has a thread of its own: no busy loop here
    Figures r;
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    r.ok = f.result().ok();
    if (!r.ok)
        std::printf("  webcast-admin upload failed: %s\n", qPrintable(f.result().error()));
    *peakRssKiB = peak;
    return r;
}

Figures openssh(const SshServer &ssh, quint16 port, const QString &file, const QString &remote)
{
    QTemporaryDir dir;
    QFile batch(dir.filePath(QStringLiteral("batch")));
    batch.open(QIODevice::WriteOnly);
    batch.write("put " + QFile::encodeName(file) + ' ' + QFile::encodeName(remote) +
                "/openssh.bin\n");
    batch.close();
    QProcess sftp;
    QElapsedTimer clock;
    clock.start();
    sftp.start(QStringLiteral("sftp"),
               {QStringLiteral("-q"), QStringLiteral("-b"), batch.fileName(), QStringLiteral("-F"),
                ssh.path(QStringLiteral("ssh_config")), QStringLiteral("-i"),
                ssh.path(QStringLiteral("id_client")), QStringLiteral("-o"),
                QStringLiteral("UserKnownHostsFile=") + ssh.path(QStringLiteral("known_hosts")),
                QStringLiteral("-P"), QString::number(port),
                ssh.user() + QStringLiteral("@127.0.0.1")});
    sftp.waitForFinished(-1);
    Figures r;
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    r.ok = sftp.exitStatus() == QProcess::NormalExit && sftp.exitCode() == 0;
    if (!r.ok)
        std::printf("  sftp failed: %s\n", sftp.readAllStandardError().constData());
    return r;
}

// The floor for our path: OpenSSH's ssh piping the file into the same
// server-side tee + SHA-256, with the cipher the app asks for first.
Figures sshPipe(const SshServer &ssh, quint16 port, const QString &file, const QString &remote)
{
    QProcess p;
    p.setStandardInputFile(file);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral("ssh"),
            {QStringLiteral("-F"), ssh.path(QStringLiteral("ssh_config")), QStringLiteral("-i"),
             ssh.path(QStringLiteral("id_client")), QStringLiteral("-o"),
             QStringLiteral("UserKnownHostsFile=") + ssh.path(QStringLiteral("known_hosts")),
             QStringLiteral("-o"), QStringLiteral("Ciphers=^aes128-gcm@openssh.com"),
             QStringLiteral("-p"), QString::number(port), ssh.user() + QStringLiteral("@127.0.0.1"),
             QStringLiteral("tee ") + remote + QStringLiteral("/pipe.bin | openssl dgst -sha256")});
    p.waitForFinished(-1);
    Figures r;
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    QFile::remove(remote + QStringLiteral("/pipe.bin"));
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? std::max(1, atoi(argv[1])) : 1024;
    qunsetenv("SSH_AUTH_SOCK");
    SshServer ssh;
    if (!ssh.isRunning()) {
        std::fprintf(stderr, "sshd did not start\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("archive.bin"));
    {
        // Random bytes (SSH does not compress by default; neither tool gains).
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        auto *words = reinterpret_cast<quint32 *>(block.data());
        for (qint64 i = 0; i < mib; ++i) {
            QRandomGenerator::global()->fillRange(words, block.size() / 4);
            out.write(block);
        }
    }
    std::printf("upload of %lld MiB to sshd on loopback (remote on %s)\n", mib,
                qPrintable(dir.path()));
    constexpr int rounds = 3;
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    // One turn of ours, then sftp, into `remote`; each file goes again.
    auto turn = [&](quint16 port, const QString &remote, QList<double> &a, QList<double> &b,
                    qint64 *peak) {
        qint64 turnPeak = 0;
        a << ours(ssh, port, file, remote, &turnPeak).seconds;
        *peak = std::max(*peak, turnPeak);
        QFile::remove(remote + QStringLiteral("/bench.bin"));
        b << openssh(ssh, port, file, remote).seconds;
        QFile::remove(remote + QStringLiteral("/openssh.bin"));
    };
    for (int delay : {0, 10}) {
        DelayProxy proxy(ssh.port(), delay);
        QByteArray known = ssh.knownHostsLine();
        known.replace(QByteArray("]:" + QByteArray::number(ssh.port())),
                      QByteArray("]:" + QByteArray::number(proxy.port())));
        ssh.write(QStringLiteral("known_hosts"), ssh.knownHostsLine() + known);
        const quint16 port = delay == 0 ? ssh.port() : proxy.port();
        const QString remote = dir.filePath(QStringLiteral("remote-%1").arg(delay));
        QDir().mkpath(remote);
        const qint64 before = statusKiB("VmRSS:");
        qint64 peak = 0;
        QList<double> a, b, c;
        bool floorOk = true;
        for (int round = 0; round < rounds; ++round) {
            turn(port, remote, a, b, &peak);
            const Figures f = sshPipe(ssh, port, file, remote);
            c << f.seconds;
            floorOk = floorOk && f.ok;
        }
        const double ourTime = median(a), theirs = median(b), floor = median(c);
        const double mb = double(mib) * 1048576 / 1e6;
        std::printf("RTT %2d ms: webcast-admin %6.2f s (%6.1f MB/s, incl. server sha256 check), "
                    "OpenSSH sftp %6.2f s (%6.1f MB/s); time ratio webcast-admin / sftp = %.2f; "
                    "RSS %lld MiB before, peak %lld MiB during ours\n",
                    2 * delay, ourTime, mb / ourTime, theirs, mb / theirs, ourTime / theirs,
                    before / 1024, peak / 1024);
        std::printf("           (medians of %d runs each, taking turns: ours %.2f / %.2f / %.2f s, "
                    "sftp %.2f / %.2f / %.2f s)\n",
                    rounds, a.at(0), a.at(1), a.at(2), b.at(0), b.at(1), b.at(2));
        std::printf("           (OpenSSH ssh into the server's tee + sha256 by hand, its input "
                    "pipe as sshd makes it: %.2f s, %.2f x sftp)\n",
                    floor, floorOk ? floor / theirs : 0.0);
        std::printf("ratio upload_%dms %.2f\n", 2 * delay, ourTime / theirs);
        std::fflush(stdout);
    }
    // Against a server as Debian ships it: sftp-server starts through the
    // login shell, as our command does.
    const QString stock = QStringLiteral("/usr/lib/openssh/sftp-server");
    if (QFile::exists(stock) && ssh.useSftpSubsystem(stock)) {
        const QString remote = dir.filePath(QStringLiteral("remote-stock"));
        QDir().mkpath(remote);
        ssh.write(QStringLiteral("known_hosts"), ssh.knownHostsLine());
        QList<double> a, b;
        qint64 ignored = 0;
        for (int round = 0; round < rounds; ++round)
            turn(ssh.port(), remote, a, b, &ignored);
        std::printf("RTT  0 ms, server with Debian's default sftp-server (through the login "
                    "shell): webcast-admin %.2f s, OpenSSH sftp %.2f s; time ratio = %.2f\n",
                    median(a), median(b), median(a) / median(b));
        std::printf("ratio upload_0ms_stock_sftp_server %.2f\n", median(a) / median(b));
    }
    return 0;
}
