// Publishing benchmark, against a real sshd and nginx on loopback:
//  1. click -> page served: a state flip goes through PublishService (render,
//     plan, SFTP or WebDAV, atomic rename) and nginx serves the new master
//     page; at 0 ms and 20 ms RTT (userspace delay proxy), median of flips.
//  2. first publish and republish with nothing changed, 500 x 20 site: time
//     and bytes sent, beside rsync -a over the same ssh in the same run.
//
//   WEBCAST_ADMIN_BINARY=build/webcast-admin bench_publish [flips] [--no-large|--large-only]
#include "app/publish/publisher.h"
#include "app/publish/publishservice.h"
#include "app/publish/sftptransport.h"
#include "app/render/siterenderer.h"
#include "app/render/sitesnapshot.h"
#include "models/database.h"
#include "models/demodata.h"
#include "models/repository.h"
#include "models/sitesettings.h"
#include "tests/bench/delayproxy.h"
#include "tests/support/nginxserver.h"
#include "tests/support/sshserver.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

// A benchmark that cannot set itself up stops with the reason.
void must(const Status &s)
{
    if (!s) {
        std::fprintf(stderr, "bench_publish: %s\n", qPrintable(s.error()));
        std::exit(1);
    }
}

QByteArray fetch(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Cache-Control", "no-cache");
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        // A reader that asks every half millisecond, not a busy loop that
        // would take a core from the publisher on a two-core machine.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        QThread::usleep(500);
    }
    return true;
}

SiteSettings sftpSettings(const SshServer &ssh, quint16 port, const QString &remote,
                          const QString &publicUrl)
{
    SiteSettings s;
    s.publicUrl = publicUrl;
    s.rtspBase = QStringLiteral("rtsp://stream.example.org/vod/");
    QUrl url = ssh.url(remote);
    url.setPort(port);
    s.webTarget = url.toString();
    s.webIdentity = ssh.path(QStringLiteral("id_client"));
    s.knownHosts = ssh.path(QStringLiteral("known_hosts"));
    return s;
}

// Flips the running workshop `flips` times through PublishService and times
// each until nginx serves the new master page. `settings` says where to.
void measureFlips(const char *how, const char *name, int delayMs, int flips, const QString &folder,
                  const NginxServer &nginx, SiteSettings settings)
{
    Database db(folder + QStringLiteral("/demo.sqlite"));
    must(db.open());
    WebcastRepository repo(db);
    must(demodata::populate(repo));
    SiteSettingsStore store(db);
    settings.publicUrl = nginx.publicUrl();
    settings.rtspBase = QStringLiteral("rtsp://stream.example.org/vod/");
    must(store.save(settings));
    PublishService service(repo, store); // as the window has it: a change goes out at once
    service.publishNow();
    if (!waitFor([&] { return service.status().state == PublishService::State::Published; },
                 60000)) {
        std::printf("first publish failed: %s\n", qPrintable(service.status().message));
        return;
    }
    const Workshop w = repo.workshops().at(1); // the running workshop
    const QUrl page(nginx.publicUrl() + SiteRenderer::workshopDir(w) +
                    QStringLiteral("index.html"));
    QNetworkAccessManager network;
    QList<double> times;
    int files = 0;
    for (int i = 0; i < flips; ++i) {
        const WebcastState to = i % 2 ? WebcastState::Live : WebcastState::Concluded;
        const QByteArray marker = "state-block state-" + stateKey(to).toUtf8();
        QElapsedTimer clock;
        clock.start();
        must(repo.setWorkshopState(w.id, to, QStringLiteral("bench"))); // what a click does
        if (!waitFor([&] { return fetch(network, page).contains(marker); }, 30000)) {
            std::printf("flip %d never showed up\n", i);
            return;
        }
        times << double(clock.nsecsElapsed()) / 1e6;
        waitFor([&] { return !service.isBusy(); }, 30000);
        files = service.status().sent;
    }
    std::printf("click -> served, %-6s RTT %3d ms: median %7.1f ms, min %7.1f, max %7.1f over %d "
                "flips (%d files per flip, as the window publishes: at once)\n",
                how, 2 * delayMs, median(times), *std::min_element(times.begin(), times.end()),
                *std::max_element(times.begin(), times.end()), flips, files);
    std::printf("ms %s_%dms %.1f\n", name, 2 * delayMs, median(times));
    std::fflush(stdout);
}

void clickToServed(SshServer &ssh, int delayMs, int flips)
{
    QTemporaryDir dir;
    const QString remote = dir.filePath(QStringLiteral("www"));
    QDir().mkpath(remote);
    NginxServer::Options plain;
    plain.webdav = false;
    NginxServer nginx(remote, plain);
    DelayProxy proxy(ssh.port(), delayMs);
    // The proxy's port must be known too.
    QByteArray known = ssh.knownHostsLine();
    known.replace(QByteArray("]:" + QByteArray::number(ssh.port())),
                  QByteArray("]:" + QByteArray::number(proxy.port())));
    ssh.write(QStringLiteral("known_hosts"), ssh.knownHostsLine() + known);
    measureFlips("SFTP", "click_window_sftp", delayMs, flips, dir.path(), nginx,
                 sftpSettings(ssh, proxy.port(), remote, QString()));
}

// The same over WebDAV: PUT + MOVE through the delay proxy to nginx's
// WebDAV location; the page is then fetched from nginx directly.
void clickToServedWebDav(int delayMs, int flips)
{
    QTemporaryDir dir;
    const QString remote = dir.filePath(QStringLiteral("www"));
    QDir().mkpath(remote);
    NginxServer nginx(remote, {});
    DelayProxy proxy(nginx.port(), delayMs);
    SiteSettings settings;
    settings.webTarget = QStringLiteral("http://127.0.0.1:%1/dav/").arg(proxy.port());
    measureFlips("WebDAV", "click_webdav", delayMs, flips, dir.path(), nginx, settings);
}

// The first publish and rsync's first copy, three times each, taking turns
// (this machine's speed drifts within minutes) into fresh folders; the
// medians are compared. Then a republish with nothing changed.
void republishNothingChanged(SshServer &ssh)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("big.sqlite")));
    must(db.open());
    WebcastRepository repo(db);
    must(demodata::populateLarge(repo, 500, 20));
    SiteSettingsStore store(db);
    // Each folder is a new target (the manifest is kept per address).
    auto target = [&](int round) {
        const QString remote = dir.filePath(QStringLiteral("www-%1").arg(round));
        QDir().mkpath(remote);
        must(store.save(sftpSettings(ssh, ssh.port(), remote, QString())));
        return remote;
    };
    // The command line, as a script or cron job would run it.
    auto publishOnce = [&](QByteArray *output, const QStringList &extra = {}) {
        QElapsedTimer t;
        t.start();
        QProcess cli;
        cli.start(
            QString::fromLocal8Bit(qgetenv("WEBCAST_ADMIN_BINARY")),
            QStringList{QStringLiteral("--database"), db.filePath(), QStringLiteral("publish")} +
                extra);
        cli.waitForFinished(-1);
        *output = cli.readAllStandardOutput() + cli.readAllStandardError();
        return double(t.nsecsElapsed()) / 1e9;
    };
    QByteArray firstOutput, againOutput, dryOutput;
    // Rendering and planning alone (what the first publish costs before a
    // byte is sent): a dry run.
    (void)target(0);
    const double drySeconds = publishOnce(&dryOutput, {QStringLiteral("--dry-run")});
    const QString sshCommand =
        QStringLiteral("ssh -F %1 -i %2 -o UserKnownHostsFile=%3 -p %4")
            .arg(ssh.path(QStringLiteral("ssh_config")), ssh.path(QStringLiteral("id_client")),
                 ssh.path(QStringLiteral("known_hosts")))
            .arg(ssh.port());
    const bool haveRsync = !QStandardPaths::findExecutable(QStringLiteral("rsync")).isEmpty();
    // rsync copies the tree the first publish left (the same 41,504 files).
    const QString local = dir.filePath(QStringLiteral("local"));
    auto rsyncOnce = [&](const QString &to, QByteArray *stats) {
        QElapsedTimer t;
        t.start();
        QProcess rsync;
        rsync.start(QStringLiteral("rsync"),
                    {QStringLiteral("-a"), QStringLiteral("--delete"), QStringLiteral("--stats"),
                     QStringLiteral("-e"), sshCommand, local + QLatin1Char('/'),
                     ssh.user() + QStringLiteral("@127.0.0.1:") + to + QLatin1Char('/')});
        rsync.waitForFinished(-1);
        *stats = rsync.readAllStandardOutput();
        return double(t.nsecsElapsed()) / 1e9;
    };
    QList<double> ours, theirs;
    QByteArray stats;
    QString remote;
    for (int round = 0; round < 3; ++round) {
        remote = target(round);
        ours.append(publishOnce(&firstOutput));
        if (!haveRsync)
            continue;
        if (round == 0) {
            QDir().mkpath(local);
            QProcess copy;
            copy.start(QStringLiteral("cp"),
                       {QStringLiteral("-a"), remote + QStringLiteral("/."), local});
            copy.waitForFinished(-1);
        }
        const QString to = dir.filePath(QStringLiteral("www-rsync-%1").arg(round));
        QDir().mkpath(to);
        theirs.append(rsyncOnce(to, &stats));
    }
    const double againSeconds = publishOnce(&againOutput);
    const double firstSeconds = median(ours);

    if (!haveRsync) {
        std::printf("\n500 x 20 site: webcast-admin publish first %.2f s, again %.2f s; rsync is "
                    "not installed (packaging/install-deps.sh --test installs it), so no "
                    "reference\n",
                    firstSeconds, againSeconds);
        return;
    }
    const double rsyncFirst = median(theirs);
    const double rsyncAgain =
        rsyncOnce(dir.filePath(QStringLiteral("www-rsync-2")), &stats); // nothing new
    QByteArray sent;
    for (const QByteArray &line : stats.split('\n'))
        if (line.startsWith("Total bytes sent"))
            sent = line.mid(line.indexOf(':') + 1).trimmed();
    auto runs = [](const QList<double> &times) {
        QStringList all;
        for (double t : times)
            all << QString::number(t, 'f', 2);
        return all.join(QStringLiteral(", ")).toUtf8();
    };
    std::printf("\n500 x 20 site over SFTP to the same sshd (first copies: median of three, "
                "taking turns):\n");
    std::printf("  webcast-admin publish --dry-run  %7.2f s (render, hash, plan; nothing sent)\n",
                drySeconds);
    std::printf("  webcast-admin publish, first     %7.2f s (%s): %s", firstSeconds,
                runs(ours).constData(), firstOutput.constData());
    std::printf("  webcast-admin publish, again     %7.2f s: %s", againSeconds,
                againOutput.constData());
    std::printf("  rsync -a over ssh, first copy    %7.2f s (%s)\n", rsyncFirst,
                runs(theirs).constData());
    std::printf("  rsync -a over ssh, nothing new   %7.2f s, %s bytes sent (file list)\n",
                rsyncAgain, sent.constData());
    std::printf("  ratio first publish: webcast-admin / rsync = %.2f (%.2f without rendering)\n",
                firstSeconds / rsyncFirst, (firstSeconds - drySeconds) / rsyncFirst);
    std::printf("  ratio nothing changed: webcast-admin / rsync = %.2f\n",
                againSeconds / rsyncAgain);
    std::printf("ratio publish_first %.2f\nratio publish_first_without_render %.2f\n"
                "ratio publish_nochange %.2f\n",
                firstSeconds / rsyncFirst, (firstSeconds - drySeconds) / rsyncFirst,
                againSeconds / rsyncAgain);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int flips = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    qunsetenv("SSH_AUTH_SOCK");
    SshServer ssh;
    if (!ssh.isRunning()) {
        std::fprintf(stderr, "sshd did not start\n");
        return 1;
    }
    qputenv("WEBCAST_ADMIN_SSH_CONFIG", ssh.path(QStringLiteral("ssh_config")).toLocal8Bit());
    if (!QCoreApplication::arguments().contains(QStringLiteral("--large-only"))) {
        clickToServed(ssh, 0, flips);
        clickToServed(ssh, 10, flips);
        clickToServedWebDav(0, flips);
        clickToServedWebDav(10, flips);
    }
    if (!QCoreApplication::arguments().contains(QStringLiteral("--no-large")))
        republishNothingChanged(ssh);
    return 0;
}
