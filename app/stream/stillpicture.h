#pragma once

#include "app/stream/streamcheck.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QThreadPool;

// A still picture of a live stream, refreshed every few seconds: one frame
// decoded on a worker (as `check-stream --decode` does) and scaled down, so
// a wall of twelve rooms costs twelve short decodes, not twelve players.
// Nothing runs while paused (a stream known to be down has no picture).
class StillPicture : public QObject
{
    Q_OBJECT

public:
    explicit StillPicture(QObject *parent = nullptr);
    ~StillPicture() override;

    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    void setInterval(int milliseconds);
    void setWidth(int pixels);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // The last picture (null until one was decoded) and when it came.
    QImage picture() const { return m_picture; }
    QDateTime takenAt() const { return m_takenAt; }
    // Why the last try gave no picture; empty after a success.
    QString reason() const { return m_reason; }
    int picturesTaken() const { return m_taken; }
    bool isBusy() const { return m_watcher.isRunning(); }

    // Decoding shares two threads at most: on two cores a wall of rooms
    // must leave one for the window.
    static QThreadPool *pool();

public slots:
    void takeNow();

signals:
    void changed();

private:
    void onFinished();

    QUrl m_url;
    int m_interval = 12000;
    int m_width = 480;
    bool m_paused = false;
    QImage m_picture;
    QDateTime m_takenAt;
    QString m_reason;
    int m_taken = 0;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;
    QTimer m_timer;
    QFutureWatcher<StreamCheck> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
