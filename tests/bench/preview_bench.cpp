// Stream preview benchmark, same servers and same GStreamer in one run:
//  1. time to first frame for RTSP (gst-rtsp-server test pattern), HLS
//     (ffmpeg-made, served by nginx) and a local MP4: the preview dock
//     (QMediaPlayer -> QVideoSink) against gst-play-1.0 (fakevideosink; its
//     own debug log's timestamp of the first frame reaching the sink);
//  2. what the background health check costs: CPU of this process while the
//     monitor checks the RTSP stream every 5 s for 60 s, against ffprobe
//     run as often (the usual script for "is the stream up?").
//
//   bench_preview [runs]   (default 7; QT_QPA_PLATFORM=offscreen is fine)
#include "app/stream/streamhealth.h"
#include "models/sitesettings.h"
#include "tests/support/nginxserver.h"
#include "tests/support/rtspserver.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testtools.h"
#include "ui/preview/previewdock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

QString range(const QList<double> &v)
{
    if (v.isEmpty())
        return QStringLiteral("n/a");
    return QStringLiteral("median %1 ms (%2-%3)")
        .arg(median(v), 0, 'f', 0)
        .arg(*std::min_element(v.begin(), v.end()), 0, 'f', 0)
        .arg(*std::max_element(v.begin(), v.end()), 0, 'f', 0);
}

// Ours: a fresh preview dock (new player, new pipeline) in the window, from
// play to the first frame in its video sink.
double oursFirstFrame(QMainWindow &window, WebcastRepository &repo, SiteSettingsStore &settings,
                      const QUrl &url)
{
    auto *dock = new PreviewDock(repo, settings, &window);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    double ms = -1;
    QObject::connect(dock, &PreviewDock::firstFrame, dock,
                     [&] { ms = double(clock.nsecsElapsed()) / 1e6; });
    clock.start();
    dock->playUrl(url, QStringLiteral("bench"));
    while (ms < 0 && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    delete dock;
    return ms;
}

// gst-play-1.0: from its playbin starting towards PAUSED (play pressed; about
// 12 ms after gst_init here) to the first buffer its video sink prerolls or
// renders, both from GStreamer's own debug log.
double gstPlayFirstFrame(const QUrl &url)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GST_DEBUG"), QStringLiteral("basesink:5,GST_STATES:4"));
    env.insert(QStringLiteral("GST_DEBUG_NO_COLOR"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("gst-play-1.0"),
            {QStringLiteral("--no-interactive"), QStringLiteral("--videosink=fakevideosink"),
             QStringLiteral("--audiosink=fakesink"), url.toString()});
    static const QRegularExpression stamp(QStringLiteral(R"(^(\d+):(\d+):(\d+\.\d+) )"));
    static const QRegularExpression start(
        QStringLiteral(R"(<playbin> child '\w+' is changing state asynchronously to PAUSED)"));
    static const QRegularExpression first(
        QStringLiteral(R"(<sink> (preroll buffer|rendering object))"));
    double startMs = -1;
    QByteArray pending;
    QElapsedTimer clock;
    clock.start();
    double ms = -1;
    while (ms < 0 && clock.elapsed() < 20000 && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        pending += p.readAll();
        int nl;
        while (ms < 0 && (nl = int(pending.indexOf('\n'))) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            const QRegularExpressionMatch t = stamp.match(line);
            if (!t.hasMatch())
                continue;
            const double at = (t.captured(1).toDouble() * 3600 + t.captured(2).toDouble() * 60 +
                               t.captured(3).toDouble()) *
                              1000;
            if (startMs < 0 && start.match(line).hasMatch())
                startMs = at;
            else if (startMs >= 0 && first.match(line).hasMatch())
                ms = at - startMs;
        }
    }
    p.kill();
    p.waitForFinished(3000);
    return ms;
}

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 7;
    const int seconds = argc > 2 ? qMax(10, atoi(argv[2])) : 60; // of health checks

    QTemporaryDir media;
    QDir(media.path()).mkpath(QStringLiteral("hls"));
    if (!testtools::makeTestHls(media.filePath(QStringLiteral("hls/live.m3u8")), 10) ||
        !testtools::makeTestVideo(media.filePath(QStringLiteral("talk.mp4")), 10,
                                  QStringLiteral("1280x720"), true)) {
        std::fprintf(stderr, "ffmpeg could not make the test media\n");
        return 1;
    }
    RtspServer rtsp;
    NginxServer nginx(media.path(), {});
    if (!rtsp.isRunning() || !nginx.isRunning()) {
        std::fprintf(stderr, "the RTSP test server or nginx did not start\n");
        return 1;
    }
    struct Source
    {
        QString name;
        const char *key; // for the machine-readable line
        QUrl url;
    };
    const QList<Source> sources{
        {QStringLiteral("RTSP (gst-rtsp-server, H.264 320x240)"), "rtsp", QUrl(rtsp.url())},
        {QStringLiteral("HLS (nginx, H.264 320x240, 1 s segments)"), "hls",
         QUrl(nginx.publicUrl() + QStringLiteral("hls/live.m3u8"))},
        {QStringLiteral("local MP4 (H.264 1280x720 + AAC)"), "mp4",
         QUrl::fromLocalFile(media.filePath(QStringLiteral("talk.mp4")))}};

    TestDatabase db;
    SiteSettingsStore settings(*db.db);
    QMainWindow window;
    window.resize(900, 600);
    window.show();

    std::printf("Time to first frame, %d runs each, same servers, alternating:\n", runs);
    QByteArray lines;
    for (const auto &[name, key, url] : sources) {
        QList<double> ours, gst;
        for (int i = 0; i < runs; ++i) {
            if (const double ms = oursFirstFrame(window, *db.repo, settings, url); ms >= 0)
                ours.append(ms);
            if (const double ms = gstPlayFirstFrame(url); ms >= 0)
                gst.append(ms);
        }
        std::printf("  %-44s webcast-admin %s   gst-play-1.0 %s\n", qPrintable(name),
                    qPrintable(range(ours)), qPrintable(range(gst)));
        if (!ours.isEmpty() && !gst.isEmpty())
            lines += QByteArray("ms preview_first_frame_") + key + ' ' +
                     QByteArray::number(median(ours), 'f', 0) + "\nratio preview_first_frame_" +
                     key + "_vs_gst_play " +
                     QByteArray::number(median(ours) / median(gst), 'f', 2) + '\n';
    }
    std::printf("%s", lines.constData());
    std::fflush(stdout);

    // Health check cost while idle: this process only runs the monitor.
    const int interval = 5000;
    StreamHealthMonitor monitor;
    monitor.setInterval(interval);
    QElapsedTimer clock;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    clock.start();
    monitor.setUrl(QUrl(rtsp.url()));
    QEventLoop idle;
    QTimer::singleShot(seconds * 1000, &idle, &QEventLoop::quit);
    idle.exec();
    const double ourCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    const int checks = monitor.checksDone();
    const StreamLight light = monitor.light();
    monitor.setUrl(QUrl());

    const double childBefore = cpuSeconds(RUSAGE_CHILDREN);
    for (int i = 0; i < checks; ++i) {
        QProcess ffprobe;
        ffprobe.start(QStringLiteral("ffprobe"),
                      {QStringLiteral("-v"), QStringLiteral("error"),
                       QStringLiteral("-rtsp_transport"), QStringLiteral("tcp"),
                       QStringLiteral("-show_entries"), QStringLiteral("stream=codec_name"),
                       rtsp.url()});
        ffprobe.waitForFinished(15000);
    }
    const double ffprobeCpu = cpuSeconds(RUSAGE_CHILDREN) - childBefore;
    std::printf("\nHealth check, RTSP every %d s for %d s (%d checks, light %s):\n"
                "  webcast-admin monitor: %.3f s CPU = %.1f ms per check, %.2f%% of one core\n"
                "  ffprobe, as many runs: %.3f s CPU = %.1f ms per check\n",
                interval / 1000, seconds, checks, qPrintable(streamLightName(light)), ourCpu,
                checks ? ourCpu * 1000 / checks : 0.0, ourCpu * 100 / seconds, ffprobeCpu,
                checks ? ffprobeCpu * 1000 / checks : 0.0);
    if (checks > 0 && ffprobeCpu > 0)
        std::printf("ratio health_check_cpu_vs_ffprobe %.2f\n", ourCpu / ffprobeCpu);
    return 0;
}
