// The preview dock plays what the helpers are about to publish, against real
// servers on loopback: frames must arrive (counted through the video
// widget's QVideoSink) from gst-rtsp-server, from HLS served by nginx and
// from a local file; failures must say why in words.
#include "models/sitesettings.h"
#include "tests/support/nginxserver.h"
#include "tests/support/rtspserver.h"
#include "tests/support/screenshot.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testtools.h"
#include "ui/preview/previewdock.h"

#include <QAudioOutput>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <QVideoFrame>
#include <QVideoSink>

class TestStreamPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rtsp_framesArrive();
    void hls_framesArrive();
    void file_framesArriveAndCanBeSought();
    void liveAndArchiveButtons_playTheSelectedSubjects();
    void refusedStream_saysWhyInWords();
    void missingFile_saysSo();

private:
    // Waits for `frames` frames; the first one switches the dock to video.
    bool waitForFrames(int frames, int timeoutMs);

    QTemporaryDir m_media;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SiteSettingsStore> m_settings;
    std::unique_ptr<QMainWindow> m_window;
    PreviewDock *m_dock = nullptr;
};

void TestStreamPreview::initTestCase()
{
    QVERIFY(QDir(m_media.path()).mkpath(QStringLiteral("hls")));
    QVERIFY(testtools::makeTestHls(m_media.filePath(QStringLiteral("hls/live.m3u8")), 6));
    QVERIFY(testtools::makeTestVideo(m_media.filePath(QStringLiteral("talk.mp4")), 8,
                                     QStringLiteral("320x240"), true));
}

void TestStreamPreview::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_settings = std::make_unique<SiteSettingsStore>(*m_db->db);
    m_window = std::make_unique<QMainWindow>();
    m_dock = new PreviewDock(*m_db->repo, *m_settings, m_window.get());
    m_dock->setStallTimeouts(4000, 4000);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestStreamPreview::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
}

bool TestStreamPreview::waitForFrames(int frames, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (m_dock->framesShown() < frames && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (m_dock->framesShown() < frames)
        qWarning("frames: %d, status: %s, message: %s", m_dock->framesShown(),
                 qPrintable(m_dock->statusText()), qPrintable(m_dock->messageText()));
    return m_dock->framesShown() >= frames;
}

void TestStreamPreview::rtsp_framesArrive()
{
    RtspServer server;
    QVERIFY2(server.isRunning(), "the RTSP test server did not start");
    m_dock->playUrl(QUrl(server.url()), QStringLiteral("Test pattern"));
    QVERIFY(m_dock->messageText().contains(QStringLiteral("Connecting")));
    QVERIFY(waitForFrames(25, 20000));
    QVERIFY(m_dock->isShowingVideo());
    const QVideoFrame frame = m_dock->videoSink()->videoFrame();
    QCOMPARE(frame.size(), QSize(320, 240));
    qInfo("RTSP: first frame after %lld ms", m_dock->firstFrameMilliseconds());
    testtools::screenshotIfAsked(QStringLiteral("preview-rtsp.png"));
    // Stop says so and Play starts again.
    QTest::mouseClick(m_dock->findChild<QToolButton *>(QStringLiteral("previewStopButton")),
                      Qt::LeftButton);
    QVERIFY(m_dock->messageText().contains(QStringLiteral("Stopped")));
    QTest::mouseClick(m_dock->findChild<QToolButton *>(QStringLiteral("previewPlayButton")),
                      Qt::LeftButton);
    QVERIFY(waitForFrames(5, 20000));
}

void TestStreamPreview::hls_framesArrive()
{
    NginxServer nginx(m_media.path(), {});
    QVERIFY(nginx.isRunning());
    m_dock->playUrl(QUrl(nginx.publicUrl() + QStringLiteral("hls/live.m3u8")),
                    QStringLiteral("HLS"));
    QVERIFY(waitForFrames(25, 20000));
    QCOMPARE(m_dock->videoSink()->videoFrame().size(), QSize(320, 240));
    qInfo("HLS: first frame after %lld ms", m_dock->firstFrameMilliseconds());
}

void TestStreamPreview::file_framesArriveAndCanBeSought()
{
    m_dock->playFile(m_media.filePath(QStringLiteral("talk.mp4")));
    QVERIFY(waitForFrames(10, 15000));
    qInfo("file: first frame after %lld ms", m_dock->firstFrameMilliseconds());
    testtools::screenshotIfAsked(QStringLiteral("preview-file.png"));
    auto *position = m_dock->findChild<QSlider *>(QStringLiteral("previewPosition"));
    QTRY_VERIFY(position->isEnabled()); // a recording can be sought
    QCOMPARE(position->maximum(), 8);
    m_dock->player()->setPosition(7000);
    QTRY_COMPARE_WITH_TIMEOUT(m_dock->statusText(), QStringLiteral("End of the recording"), 10000);
    // Mute and volume reach the audio output.
    auto *mute = m_dock->findChild<QToolButton *>(QStringLiteral("previewMuteButton"));
    QTest::mouseClick(mute, Qt::LeftButton);
    QVERIFY(m_dock->player()->audioOutput()->isMuted());
    m_dock->findChild<QSlider *>(QStringLiteral("previewVolume"))->setValue(30);
    QCOMPARE(qRound(m_dock->player()->audioOutput()->volume() * 100), 30);
}

void TestStreamPreview::liveAndArchiveButtons_playTheSelectedSubjects()
{
    RtspServer server(QStringLiteral("/vod/talk"));
    QVERIFY(server.isRunning());
    Workshop w = sampleWorkshop();
    w.liveStreamUrl = server.url();
    const qint64 wid = m_db->repo->addWorkshop(w).value();
    Presentation p = samplePresentation(wid);
    const qint64 pid = m_db->repo->addPresentation(p).value();
    auto *live = m_dock->findChild<QToolButton *>(QStringLiteral("previewLiveButton"));
    auto *archive = m_dock->findChild<QToolButton *>(QStringLiteral("previewArchiveButton"));

    m_dock->setSubject(wid, pid);
    QVERIFY(live->isEnabled());
    QVERIFY(!archive->isEnabled()); // no archive yet: the tooltip says so
    QVERIFY2(archive->toolTip().contains(QStringLiteral("no archive")),
             qPrintable(archive->toolTip()));

    // The archive at the rtsp address its reference movie points at.
    p = *m_db->repo->presentation(pid);
    p.hasWebcast = true;
    p.webcastPath = QStringLiteral("vod");
    p.webcastFilename = QStringLiteral("talk");
    QVERIFY(m_db->repo->updatePresentation(p).ok());
    QVERIFY(m_settings
                ->set(QStringLiteral("rtsp-base"),
                      QStringLiteral("rtsp://127.0.0.1:%1/").arg(server.port()))
                .ok());
    m_dock->setSubject(wid, pid);
    QVERIFY(archive->isEnabled());
    QTest::mouseClick(archive, Qt::LeftButton);
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("previewSource"))
                ->text()
                .contains(QStringLiteral("Archive of")));
    QVERIFY(waitForFrames(5, 20000));

    QTest::mouseClick(live, Qt::LeftButton);
    QVERIFY(m_dock->findChild<QLabel *>(QStringLiteral("previewSource"))
                ->text()
                .contains(QStringLiteral("Live stream of")));
    QVERIFY(waitForFrames(5, 20000));
}

void TestStreamPreview::refusedStream_saysWhyInWords()
{
    const quint16 port = testtools::freeLoopbackPort(); // nothing listens there
    m_dock->playUrl(QUrl(QStringLiteral("rtsp://127.0.0.1:%1/live").arg(port)),
                    QStringLiteral("Nothing"));
    // Never a black box: the player's error, then the stream check's reason.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_dock->messageText().contains(QStringLiteral("refused the connection")), 20000);
    QVERIFY(!m_dock->isShowingVideo());
    QCOMPARE(m_dock->framesShown(), 0);
}

void TestStreamPreview::missingFile_saysSo()
{
    m_dock->playFile(m_media.filePath(QStringLiteral("gone.mp4")));
    QVERIFY2(m_dock->messageText().contains(QStringLiteral("does not exist")),
             qPrintable(m_dock->messageText()));
    // A file that is not a video: the player refuses it in words.
    QFile junk(m_media.filePath(QStringLiteral("junk.mp4")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    m_dock->playFile(junk.fileName());
    QTRY_VERIFY_WITH_TIMEOUT(m_dock->messageText().contains(QStringLiteral("cannot be played")) ||
                                 m_dock->messageText().contains(QStringLiteral("No picture")),
                             15000);
    QCOMPARE(m_dock->framesShown(), 0);
}

QTEST_MAIN(TestStreamPreview)
#include "tst_streampreview.moc"
