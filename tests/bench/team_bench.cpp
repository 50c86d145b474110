// Team database benchmark, against a real PostgreSQL started here (as the
// tests do). Prints:
//   1. notify -> row updated: a flip on one seat until the other seat's
//      schedule model shows it (TeamListener), median and p95 of 200;
//      reference: a bare NOTIFY's round trip between two connections;
//   2. sustained flips per second with four seats (teamflipper processes,
//      250 flips each, every flip with its history row under the row lock);
//      reference: pgbench running the same transaction with four clients;
//   3. window start (--quit-when-ready) on 500 workshops x 20 talks, on
//      PostgreSQL and on the same data in SQLite (goal: within 2x).
//
//   bench_team PATH/TO/webcast-admin [runs]
#include "models/database.h"
#include "models/databasemove.h"
#include "models/demodata.h"
#include "models/presentationtreemodel.h"
#include "models/repository.h"
#include "models/teamlistener.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// Waits until `done` says so, or `ms` passed; returns the elapsed ms.
template <typename Done> double waitFor(Done done, int ms = 5000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return double(t.nsecsElapsed()) / 1e6;
}

void notifyLatency(PostgresServer &server, const QString &url)
{
    Q_UNUSED(server);
    Database a(url), b(url);
    if (!a.open() || !b.open())
        return;
    WebcastRepository ra(a), rb(b);
    const qint64 wid = ra.addWorkshop(sampleWorkshop(QStringLiteral("latency"))).value();
    QList<qint64> talks;
    for (int i = 0; i < 4; ++i) {
        Presentation p = samplePresentation(wid, QStringLiteral("talk-%1").arg(i));
        p.startsAt = p.startsAt.addSecs(3600 * i);
        p.endsAt = p.startsAt.addSecs(3000);
        talks << ra.addPresentation(p).value();
    }
    TeamListener listener(rb);
    PresentationTreeModel model(rb);
    model.setWorkshop(wid);
    std::vector<double> ours, bare;
    for (int i = 0; i < 200; ++i) {
        const qint64 id = talks.at(i % talks.size());
        const WebcastState to = ra.presentation(id)->state == WebcastState::Upcoming
                                    ? WebcastState::Concluded
                                    : WebcastState::Upcoming;
        QElapsedTimer t;
        t.start();
        (void)ra.setPresentationState(id, to, QStringLiteral("bench"));
        waitFor([&] {
            return model.data(model.indexOfPresentation(id), PresentationTreeModel::StateRole)
                       .toInt() == int(to);
        });
        ours.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    // The floor: NOTIFY on one connection, heard on the other's driver.
    QSqlDriver *driver = b.connection().driver();
    driver->subscribeToNotification(QStringLiteral("bench_ping"));
    int heard = 0;
    QObject::connect(driver, &QSqlDriver::notification, driver, [&heard](const QString &name) {
        heard += name == QLatin1String("bench_ping");
    });
    for (int i = 0; i < 200; ++i) {
        const int before = heard;
        QElapsedTimer t;
        t.start();
        QSqlQuery(a.connection()).exec(QStringLiteral("NOTIFY bench_ping"));
        waitFor([&] { return heard > before; });
        bare.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    driver->unsubscribeFromNotification(QStringLiteral("bench_ping"));
    std::printf("\n1. notify -> row updated in the other seat's schedule (200 flips)\n");
    std::printf("%-44s %10s %10s\n", "", "median ms", "p95 ms");
    std::printf("%-44s %10.2f %10.2f\n", "flip written -> other window's row updated",
                percentile(ours, 0.5), percentile(ours, 0.95));
    std::printf("%-44s %10.2f %10.2f\n", "reference: bare NOTIFY round trip", percentile(bare, 0.5),
                percentile(bare, 0.95));
    std::printf("ms notify_row_updated_median %.2f\nms notify_row_updated_p95 %.2f\n",
                percentile(ours, 0.5), percentile(ours, 0.95));
}

void sustainedFlips(PostgresServer &server, const QString &url, const QString &database,
                    const QString &flipper)
{
    Database db(url);
    if (!db.open())
        return;
    WebcastRepository repo(db);
    const qint64 wid = repo.addWorkshop(sampleWorkshop(QStringLiteral("flips"))).value();
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << QString::number(
            repo.addPresentation(samplePresentation(wid, QStringLiteral("t-%1").arg(i))).value());
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QProcess>> seats;
    for (int i = 0; i < 4; ++i) {
        seats.push_back(std::make_unique<QProcess>());
        seats.back()->start(flipper, QStringList{url, QStringLiteral("250")} + ids);
    }
    double longest = 0;
    int tries = 0;
    for (auto &seat : seats) {
        seat->waitForFinished(300000);
        const QStringList f =
            QString::fromUtf8(seat->readAllStandardOutput()).split(QLatin1Char(' '));
        tries += f.value(3).toInt();
        longest = std::max(longest, f.value(5).toDouble());
    }
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    // pgbench: the same transaction, four clients, 250 each.
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("flip.sql"));
    QFile f(script);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral(
                "\\set id random(%1, %2)\n"
                "BEGIN;\n"
                "SELECT webcast_state FROM presentation WHERE id = :id FOR UPDATE;\n"
                "UPDATE presentation SET webcast_state = CASE WHEN webcast_state = 'upcoming' "
                "THEN 'concluded' ELSE 'upcoming' END, row_version = row_version + 1 WHERE id = "
                ":id;\n"
                "INSERT INTO state_history (subject_kind, subject_id, subject_label, from_state, "
                "to_state, changed_by, changed_at, event) VALUES ('presentation', :id, 'x', "
                "'upcoming', 'concluded', 'bench', '2026-01-01T00:00:00.000Z', 'change');\n"
                "END;\n")
                .arg(ids.first(), ids.last())
                .toUtf8());
    f.close();
    QProcess bench;
    bench.setProcessChannelMode(QProcess::MergedChannels);
    bench.start(QFileInfo(server.binDirectory() + QStringLiteral("/pgbench")).filePath(),
                {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("4"),
                 QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-t"),
                 QStringLiteral("250"), QStringLiteral("-f"), script, QStringLiteral("-h"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(server.port()),
                 QStringLiteral("-U"), QStringLiteral("postgres"), database});
    bench.waitForFinished(300000);
    const QString out = QString::fromUtf8(bench.readAll());
    double tps = -1;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("tps = ")))
            tps = line.mid(6).section(QLatin1Char(' '), 0, 0).toDouble();
    }
    const double ours = 1000.0 / (longest / 1000.0);
    std::printf("\n2. sustained flips with four seats (4 x 250, each with its history row)\n");
    std::printf("%-44s %10.0f flips/s (%d tries, %.0f ms of flipping, %.0f ms with "
                "process starts)\n",
                "four webcast-admin seats", ours, tries, longest, wallMs);
    std::printf("%-44s %10.0f flips/s\n", "reference: pgbench, same transaction", tps);
    std::printf("ratio team_flips_vs_pgbench %.2f\n", tps > 0 ? tps / ours : -1);
}

double startMs(const QByteArray &binary, const QString &database)
{
    std::vector<double> v;
    for (int i = 0; i < 6; ++i) {
        QProcess p;
        p.start(QString::fromLocal8Bit(binary),
                {QStringLiteral("--database"), database, QStringLiteral("--quit-when-ready")});
        p.waitForFinished(120000);
        const QByteArray out = p.readAllStandardOutput();
        const int at = out.indexOf("ready-ms ");
        if (i > 0) // the first warms the caches
            v.push_back(at >= 0 ? out.mid(at + 9).trimmed().toDouble() : -1);
    }
    return percentile(v, 0.5);
}

void windowStart(const QByteArray &binary, const QString &url)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big.sqlite"));
    {
        Database big(file);
        if (!big.open())
            return;
        WebcastRepository repo(big);
        if (!demodata::populateLarge(repo, 500, 20))
            return;
        Database team(url);
        if (!team.open())
            return;
        if (!databasemove::copy(big, team)) {
            std::fprintf(stderr, "move-to failed\n");
            return;
        }
    }
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", dir.path().toLocal8Bit());
    if (qgetenv("QT_QPA_PLATFORM").isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const double sqlite = startMs(binary, file);
    const double postgres = startMs(binary, url);
    std::printf("\n3. window start, 500 workshops x 20 talks (median of 5, ready to paint)\n");
    std::printf("%-44s %10.1f ms\n", "team database (PostgreSQL, loopback)", postgres);
    std::printf("%-44s %10.1f ms\n", "reference: the same data in SQLite", sqlite);
    std::printf("ratio start_postgres_vs_sqlite %.2f\n", sqlite > 0 ? postgres / sqlite : -1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_team PATH/TO/webcast-admin\n");
        return 2;
    }
    const QByteArray binary = argv[1];
    const QString flipper = QFileInfo(QString::fromLocal8Bit(binary))
                                .dir()
                                .filePath(QStringLiteral("tests/teamflipper"));
    PostgresServer server(QStringLiteral("latency"));
    if (!server.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }
    const QString base = QStringLiteral("postgresql://postgres@127.0.0.1:%1/").arg(server.port());
    for (const char *name : {"flips", "start"})
        server.psql(QStringLiteral("postgres"),
                    QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(name)));
    std::printf("PostgreSQL on loopback, %s\n", qPrintable(server.binDirectory()));
    notifyLatency(server, base + QStringLiteral("latency"));
    sustainedFlips(server, base + QStringLiteral("flips"), QStringLiteral("flips"), flipper);
    windowStart(binary, base + QStringLiteral("start"));
    return 0;
}
