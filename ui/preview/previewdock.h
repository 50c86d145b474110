#pragma once

#include "app/stream/streamcheck.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>

class QAudioOutput;
class QLabel;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoFrame;
class QVideoSink;
class QVideoWidget;
class SiteSettingsStore;
class WebcastRepository;

// Plays a stream locally before the world sees it: the selected workshop's
// live stream (RTSP or HLS), the selected talk's archive (the rtsp address
// its reference movie points at, or its HTTP form) or a local file. Until
// the first picture arrives, and whenever playing fails or stalls, it says
// what is happening in words instead of showing a black box; on a network
// failure it asks the stream check for the reason.
class PreviewDock : public QDockWidget
{
    Q_OBJECT

public:
    PreviewDock(WebcastRepository &repository, SiteSettingsStore &settings,
                QWidget *parent = nullptr);
    ~PreviewDock() override;

    // What the Live and Archive buttons play.
    void setSubject(qint64 workshopId, qint64 presentationId);

    void playLive();
    void playArchive();
    void playFile(const QString &path);
    // Asks for a video file on this computer and plays it.
    void chooseFile();
    void playUrl(const QUrl &url, const QString &title);
    void stop();

    // Tests and benchmarks (null until something was played).
    QMediaPlayer *player() const { return m_player; }
    QVideoSink *videoSink() const;
    int framesShown() const { return m_frames; }
    qint64 firstFrameMilliseconds() const { return m_firstFrameMs; }
    QString statusText() const;
    QString messageText() const;
    bool isShowingVideo() const;
    void setStallTimeouts(int firstFrameMs, int stallMs);

    static QString describeTime(qint64 milliseconds);

signals:
    void firstFrame(qint64 milliseconds);

private:
    void ensurePlayer();
    void updateButtons();
    void showMessage(const QString &text);
    void setStatus(const QString &text);
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString &text);
    void onFrame(const QVideoFrame &frame);
    void onStalled();
    void explainFailure(const QString &prefix);
    void toggleFullScreen();
    QUrl archiveUrl(QString *why) const;

    WebcastRepository &m_repository;
    SiteSettingsStore &m_settings;
    qint64 m_workshopId = 0;
    qint64 m_presentationId = 0;
    QUrl m_current;
    QString m_title;

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
    QStackedWidget *m_screen;
    QLabel *m_message;
    QLabel *m_sourceLabel;
    QLabel *m_status;
    QToolButton *m_liveButton;
    QToolButton *m_archiveButton;
    QToolButton *m_fileButton;
    QToolButton *m_playButton;
    QToolButton *m_stopButton;
    QSlider *m_position;
    QLabel *m_time;
    QToolButton *m_muteButton;
    QSlider *m_volume;
    QToolButton *m_fullScreenButton;

    int m_frames = 0;
    qint64 m_firstFrameMs = -1;
    QElapsedTimer m_sinceStart;
    QTimer m_watchdog;
    int m_firstFrameTimeout = 10000;
    int m_stallTimeout = 6000;
    bool m_errorShown = false;
    QFutureWatcher<StreamCheck> m_explain;
    QString m_explainPrefix;
};
