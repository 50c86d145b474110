#pragma once

#include "app/stream/streamcheck.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

// The light beside the Live button.
enum class StreamLight
{
    Unknown, // not checked yet (or no stream address)
    Green,   // the last check found the stream up
    Amber,   // up but slow to answer, or one failed check after it was up
    Red,     // down: two checks in a row failed, or it never answered
};

// Keeps checking one stream address in the background, every few seconds,
// on its own thread (one check at a time; a check never blocks the window),
// and says what the light should show. After a first failure it checks
// again sooner, so a stopped server turns the light red within
// interval + retryInterval + 2 × timeout; a stream that stays down is then
// checked at the normal interval.
class StreamHealthMonitor : public QObject
{
    Q_OBJECT

public:
    explicit StreamHealthMonitor(QObject *parent = nullptr);
    ~StreamHealthMonitor() override;

    // An empty address stops checking (the light becomes Unknown).
    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    void setInterval(int milliseconds);
    void setRetryInterval(int milliseconds);
    void setTimeout(int milliseconds);
    // An answer slower than this makes the light amber.
    void setSlowThreshold(int milliseconds);

    StreamLight light() const { return m_light; }
    // "Stream up (h264 1280×720), 84 ms" / "Stream down: the server refused …"
    QString summary() const;
    const StreamCheck &lastCheck() const { return m_last; }
    QDateTime lastChecked() const { return m_lastChecked; }
    bool isChecking() const { return m_watcher.isRunning(); }
    int checksDone() const { return m_checks; }

    // No checks while paused (the light shows Unknown); resuming checks at once.
    void setPaused(bool paused);

    // Checks at once; with `decode` it also decodes a picture (slower).
    void checkNow(bool decode = false);

signals:
    // After every check, and when the address changes.
    void changed();

private:
    void startCheck(streamcheck::Depth depth);
    void onFinished();
    void schedule(int milliseconds);

    QUrl m_url;
    int m_interval = 5000;
    int m_retryInterval = 1500;
    int m_timeout = 4000;
    int m_slowThreshold = 2000;
    StreamLight m_light = StreamLight::Unknown;
    StreamCheck m_last;
    QDateTime m_lastChecked;
    int m_failuresInRow = 0;
    bool m_wasUp = false;
    bool m_pendingDecode = false;
    bool m_paused = false;
    int m_checks = 0;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    QTimer m_timer;
    QFutureWatcher<StreamCheck> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

QString streamLightName(StreamLight light);
