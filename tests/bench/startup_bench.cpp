// Startup benchmark: builds a 500-workshop x 20-presentation database, then
// starts the real webcast-admin with --quit-when-ready several times and
// prints the time from process start to a painted, populated window, and
// the peak memory. A minimal Qt Widgets start (the same binary on an empty
// database) is measured beside it as the reference floor.
//
//   bench_startup PATH/TO/webcast-admin [runs]
#include "models/database.h"
#include "models/demodata.h"
#include "models/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Sample
{
    double wallMs = 0;
    double readyMs = 0;
    long peakKb = 0;
};

Sample runOnce(const QByteArray &binary, const QByteArray &database)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        if (const int devnull = open("/dev/null", O_WRONLY); devnull >= 0)
            dup2(devnull, STDERR_FILENO); // Qt's platform chatter
        close(fds[0]);
        execl(binary.constData(), binary.constData(), "--database", database.constData(),
              "--quit-when-ready", static_cast<char *>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    QByteArray output;
    char buffer[256];
    ssize_t n;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        output.append(buffer, n);
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Sample s;
    s.wallMs = double(timer.nsecsElapsed()) / 1e6;
    const int at = output.indexOf("ready-ms ");
    s.readyMs = at >= 0 ? output.mid(at + 9).trimmed().toDouble() : -1;
    s.peakKb = usage.ru_maxrss;
    return s;
}

Sample median(std::vector<Sample> v)
{
    auto mid = [&v](auto key) {
        std::sort(v.begin(), v.end(),
                  [key](const Sample &a, const Sample &b) { return key(a) < key(b); });
        return key(v[v.size() / 2]);
    };
    Sample m;
    m.wallMs = mid([](const Sample &s) { return s.wallMs; });
    m.readyMs = mid([](const Sample &s) { return s.readyMs; });
    m.peakKb = long(mid([](const Sample &s) { return double(s.peakKb); }));
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_startup PATH/TO/webcast-admin [runs]\n");
        return 2;
    }
    const QByteArray binary = argv[1];
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    QTemporaryDir dir;
    const QString bigPath = dir.filePath(QStringLiteral("big.sqlite"));
    const QString emptyPath = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        Database big(bigPath);
        if (!big.open()) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(bigPath));
            return 1;
        }
        WebcastRepository repo(big);
        QElapsedTimer fill;
        fill.start();
        const Status s = demodata::populateLarge(repo, 500, 20);
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        std::printf("built 500 workshops x 20 presentations in %.0f ms\n", double(fill.elapsed()));
        Database empty(emptyPath);
        if (!empty.open())
            return 1;
    }
    // The app's own settings (last workshop, window size) go to a fresh
    // folder, so every run starts alike and the user's are untouched.
    const QByteArray configHome = dir.filePath(QStringLiteral("config")).toLocal8Bit();
    qputenv("XDG_CONFIG_HOME", configHome);
    qputenv("XDG_RUNTIME_DIR", dir.path().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    auto measure = [&](const QString &path) {
        std::vector<Sample> samples;
        runOnce(binary, path.toLocal8Bit()); // warm the page cache
        for (int i = 0; i < runs; ++i)
            samples.push_back(runOnce(binary, path.toLocal8Bit()));
        return median(samples);
    };
    const Sample big = measure(bigPath);
    const Sample empty = measure(emptyPath);
    std::printf("platform %s, median of %d runs\n", qgetenv("QT_QPA_PLATFORM").constData(), runs);
    std::printf("%-34s %12s %12s %12s\n", "startup", "ready ms", "process ms", "peak RSS MiB");
    std::printf("%-34s %12.1f %12.1f %12.1f\n", "10,000-presentation database", big.readyMs,
                big.wallMs, big.peakKb / 1024.0);
    std::printf("%-34s %12.1f %12.1f %12.1f\n", "reference: empty database", empty.readyMs,
                empty.wallMs, empty.peakKb / 1024.0);
    std::printf("cost of the data: %+.1f ms to ready, %+.1f MiB\n", big.readyMs - empty.readyMs,
                (big.peakKb - empty.peakKb) / 1024.0);
    std::printf("ms startup_ready_10000_talks %.1f\nms startup_ready_empty %.1f\n", big.readyMs,
                empty.readyMs);
    return big.readyMs > 0 ? 0 : 1;
}
