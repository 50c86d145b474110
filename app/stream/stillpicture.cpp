#include "app/stream/stillpicture.h"

#include <QThreadPool>
#include <QtConcurrent>

StillPicture::StillPicture(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StillPicture::takeNow);
    connect(&m_watcher, &QFutureWatcher<StreamCheck>::finished, this, &StillPicture::onFinished);
}

StillPicture::~StillPicture()
{
    if (m_cancel)
        m_cancel->store(true);
}

QThreadPool *StillPicture::pool()
{
    // Never deleted: deleting a pool waits for its threads.
    static QThreadPool *p = [] {
        auto *pool = new QThreadPool;
        pool->setMaxThreadCount(2);
        pool->setExpiryTimeout(30000);
        return pool;
    }();
    return p;
}

void StillPicture::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    m_url = url;
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_picture = {};
    m_takenAt = {};
    m_reason.clear();
    m_timer.stop();
    emit changed();
    if (!m_paused && !m_url.isEmpty())
        m_timer.start(0);
}

void StillPicture::setInterval(int milliseconds)
{
    m_interval = qMax(500, milliseconds);
}

void StillPicture::setWidth(int pixels)
{
    m_width = qMax(64, pixels);
}

void StillPicture::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_timer.stop();
    if (!m_paused)
        m_timer.start(0);
}

void StillPicture::takeNow()
{
    if (m_url.isEmpty() || m_paused || m_watcher.isRunning())
        return;
    m_timer.stop();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_runningGeneration = m_generation;
    const QUrl url = m_url;
    const int width = m_width;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(pool(), [url, width, cancel] {
        return streamcheck::check(url, streamcheck::Depth::Picture, 8000, cancel.get(), width);
    }));
}

void StillPicture::onFinished()
{
    const StreamCheck result = m_watcher.result();
    if (m_runningGeneration != m_generation) {
        // About an address this no longer shows.
        if (!m_paused && !m_url.isEmpty())
            m_timer.start(0);
        return;
    }
    if (result.up && !result.picture.isNull()) {
        m_picture = result.picture;
        m_takenAt = QDateTime::currentDateTime();
        m_reason.clear();
        ++m_taken;
    } else {
        m_reason = result.reason;
    }
    emit changed();
    if (!m_paused)
        m_timer.start(m_interval);
}
