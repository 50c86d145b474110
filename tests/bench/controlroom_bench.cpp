// Control room benchmark: what a wall of 1, 4 and 12 rooms costs while it
// runs as it does for a helper (each stream checked every 5 s, a picture
// every 12 s), and whether the window still answers at once.
//  - ours: CPU of this process (all its threads) and the memory it grew by,
//    over the run; checks and pictures made; input latency: an event posted
//    to the window every 20 ms, from posting to handling (median, p95, max);
//  - the reference in the same run: the same N streams watched the way a
//    wall of players would, one `ffmpeg -i rtsp://… -f null -` per room for
//    as long (CPU of those processes, their memory at the end).
// One gst-rtsp-server serves N test patterns on loopback (its own CPU is
// printed too: on two cores it shares the machine with us).
//
//   bench_controlroom [seconds] [--quick]   (default 60 s; --quick: 15 s)
#include "app/editing/editsession.h"
#include "app/stream/stillpicture.h"
#include "app/stream/streamhealth.h"
#include "tests/support/rtspserver.h"
#include "tests/support/testdatabase.h"
#include "ui/controlroom/controlroomwindow.h"
#include "ui/controlroom/roomtile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Resident memory of a process in MiB (VmRSS), 0 when it is gone.
double residentMiB(qint64 pid)
{
    QFile f(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line (11, 12 here).
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / 100.0;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

// Posted with the time it was posted; the window's filter says how late it came.
class ProbeEvent : public QEvent
{
public:
    static QEvent::Type kind()
    {
        static const int type = QEvent::registerEventType();
        return QEvent::Type(type);
    }
    explicit ProbeEvent(qint64 postedNs)
        : QEvent(kind())
        , posted(postedNs)
    {
    }
    qint64 posted;
};

class LatencyProbe : public QObject
{
public:
    explicit LatencyProbe(const QElapsedTimer &clock)
        : m_clock(clock)
    {
    }
    QList<double> delays;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() != ProbeEvent::kind())
            return QObject::event(e);
        delays.append(double(m_clock.nsecsElapsed() - static_cast<ProbeEvent *>(e)->posted) / 1e6);
        return true;
    }

private:
    const QElapsedTimer &m_clock;
};

struct Figures
{
    double cpu = 0;       // s
    double memoryMiB = 0; // grown by (ours) or in all (players)
    int checks = 0;
    int pictures = 0;
    QList<double> latency;
};

Figures runOurs(int rooms, int seconds, const RtspServer &server, const QStringList &mounts)
{
    TestDatabase data;
    EditSession session(*data.repo, QStringLiteral("bench"));
    const QTimeZone zone("Europe/Berlin");
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    Workshop w = sampleWorkshop(QStringLiteral("bench"));
    w.firstDay = w.lastDay = today;
    w.timeZone = QStringLiteral("Europe/Berlin");
    const qint64 id = data.repo->addWorkshop(w).value();
    QList<Room> list;
    for (int i = 0; i < rooms; ++i)
        list.append({0,
                     id,
                     QStringLiteral("Room %1").arg(i + 1),
                     {},
                     server.url(mounts.at(i % mounts.size())),
                     i});
    if (!data.repo->setRooms(id, list))
        qFatal("rooms");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < rooms; ++i) {
        Presentation p = samplePresentation(id, QStringLiteral("talk-%1").arg(i));
        p.room = QStringLiteral("Room %1").arg(i + 1);
        p.hasWebcast = true;
        p.startsAt = now.addSecs(-600);
        p.endsAt = now.addSecs(1800);
        if (!data.repo->addPresentation(p))
            qFatal("talk");
    }
    const double memoryBefore = residentMiB(0);
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    Figures f;
    {
        ControlRoomWindow window(session);
        window.resize(1366, 768);
        window.show();
        QElapsedTimer clock;
        clock.start();
        LatencyProbe probe(clock);
        QTimer poster;
        QObject::connect(&poster, &QTimer::timeout, [&] {
            QCoreApplication::postEvent(&probe, new ProbeEvent(clock.nsecsElapsed()));
        });
        poster.start(20);
        QEventLoop loop;
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        poster.stop();
        QCoreApplication::processEvents();
        f.latency = probe.delays;
        for (RoomTile *t : window.tiles()) {
            if (const StreamHealthMonitor *m = window.monitorFor(t->room().streamUrl))
                f.checks += m->checksDone();
            if (const StillPicture *s = window.stillFor(t->room().streamUrl))
                f.pictures += s->picturesTaken();
        }
        f.cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        f.memoryMiB = residentMiB(0) - memoryBefore;
        window.hide();
    }
    return f;
}

Figures runPlayers(int rooms, int seconds, const RtspServer &server, const QStringList &mounts)
{
    Figures f;
    QList<QProcess *> players;
    const double before = cpuSeconds(RUSAGE_CHILDREN);
    for (int i = 0; i < rooms; ++i) {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                  QStringLiteral("-rtsp_transport"), QStringLiteral("tcp"), QStringLiteral("-i"),
                  server.url(mounts.at(i % mounts.size())), QStringLiteral("-f"),
                  QStringLiteral("null"), QStringLiteral("-")});
        players.append(p);
    }
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    for (QProcess *p : players)
        f.memoryMiB += residentMiB(p->processId());
    for (QProcess *p : players) {
        p->terminate();
        if (!p->waitForFinished(5000)) {
            p->kill();
            p->waitForFinished(5000);
        }
        delete p;
    }
    f.cpu = cpuSeconds(RUSAGE_CHILDREN) - before;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int seconds = 60;
    for (const QString &a : app.arguments().mid(1)) {
        if (a == QLatin1String("--quick"))
            seconds = 15;
        else if (a.toInt() > 0)
            seconds = a.toInt();
    }
    QStringList mounts;
    for (int i = 1; i <= 12; ++i)
        mounts.append(QStringLiteral("/room-%1").arg(i));
    RtspServer server(mounts);
    if (!server.isRunning()) {
        std::fprintf(stderr, "the RTSP test server did not start\n");
        return 1;
    }
    std::printf("Control room, each room on its own RTSP test pattern (320x240 H.264), %d s per "
                "run, checks every 5 s, pictures every 12 s:\n\n",
                seconds);
    std::printf("%-6s | %-34s | %-26s | %-30s | %s\n", "rooms", "ours: CPU (of one core), memory",
                "checks, pictures", "input latency median/p95/max",
                "N ffmpeg players: CPU, memory");
    // Once unreported: the first window pays for loading styles, fonts and
    // FFmpeg's decoders, which is not what a room costs.
    runOurs(1, 3, server, mounts);
    for (int rooms : {1, 4, 12}) {
        const double serverBefore = processCpuSeconds(server.processId());
        const Figures ours = runOurs(rooms, seconds, server, mounts);
        const double serverCpu = processCpuSeconds(server.processId()) - serverBefore;
        const Figures players = runPlayers(rooms, seconds, server, mounts);
        std::printf("%-6d | %6.2f s (%5.2f%%), +%5.1f MiB     | %4d, %4d                 | "
                    "%5.2f / %5.2f / %6.2f ms      | %6.2f s (%5.1f%%), %6.1f MiB\n",
                    rooms, ours.cpu, ours.cpu * 100 / seconds, ours.memoryMiB, ours.checks,
                    ours.pictures, percentile(ours.latency, 0.5), percentile(ours.latency, 0.95),
                    percentile(ours.latency, 1.0), players.cpu, players.cpu * 100 / seconds,
                    players.memoryMiB);
        std::printf("       | per room: %.1f ms CPU per minute; the test server used %.2f s CPU "
                    "meanwhile\n",
                    ours.cpu * 1000 / rooms * 60 / seconds, serverCpu);
        std::printf("ratio controlroom_cpu_vs_players_%d %.3f\n", rooms,
                    players.cpu > 0 ? ours.cpu / players.cpu : -1);
        std::printf("ms controlroom_input_p95_%d %.2f\n", rooms, percentile(ours.latency, 0.95));
        std::fflush(stdout);
    }
    return 0;
}
