#include "app/stream/streamhealth.h"

#include <QCoreApplication>
#include <QtConcurrent>

StreamHealthMonitor::StreamHealthMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { startCheck(streamcheck::Depth::Open); });
    connect(&m_watcher, &QFutureWatcher<StreamCheck>::finished, this,
            &StreamHealthMonitor::onFinished);
}

StreamHealthMonitor::~StreamHealthMonitor()
{
    // A check in flight stops at its next network wait; nobody waits for it.
    if (m_cancel)
        m_cancel->store(true);
}

void StreamHealthMonitor::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    m_url = url;
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_light = StreamLight::Unknown;
    m_last = {};
    m_lastChecked = {};
    m_failuresInRow = 0;
    m_wasUp = false;
    m_timer.stop();
    emit changed();
    if (!m_url.isEmpty())
        schedule(0);
}

void StreamHealthMonitor::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_timer.stop();
    ++m_generation; // an answer in flight no longer counts
    if (m_cancel)
        m_cancel->store(true);
    m_light = StreamLight::Unknown;
    m_failuresInRow = 0;
    m_wasUp = false;
    emit changed();
    if (!m_paused)
        schedule(0);
}

void StreamHealthMonitor::setInterval(int milliseconds)
{
    m_interval = qMax(100, milliseconds);
}

void StreamHealthMonitor::setRetryInterval(int milliseconds)
{
    m_retryInterval = qMax(100, milliseconds);
}

void StreamHealthMonitor::setTimeout(int milliseconds)
{
    m_timeout = qMax(100, milliseconds);
}

void StreamHealthMonitor::setSlowThreshold(int milliseconds)
{
    m_slowThreshold = milliseconds;
}

void StreamHealthMonitor::checkNow(bool decode)
{
    if (m_url.isEmpty() || m_paused)
        return;
    if (m_watcher.isRunning()) {
        // Runs as soon as the current one ends.
        m_pendingDecode = m_pendingDecode || decode;
        m_timer.stop();
        return;
    }
    startCheck(decode ? streamcheck::Depth::Decode : streamcheck::Depth::Open);
}

void StreamHealthMonitor::schedule(int milliseconds)
{
    if (m_url.isEmpty() || m_paused || m_watcher.isRunning())
        return;
    m_timer.start(milliseconds);
}

void StreamHealthMonitor::startCheck(streamcheck::Depth depth)
{
    if (m_url.isEmpty() || m_paused || m_watcher.isRunning())
        return;
    m_timer.stop();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_runningGeneration = m_generation;
    const QUrl url = m_url;
    const int timeout = depth == streamcheck::Depth::Decode ? m_timeout * 2 : m_timeout;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher.setFuture(
        QtConcurrent::run(streamcheck::backgroundPool(), [url, depth, timeout, cancel] {
            return streamcheck::check(url, depth, timeout, cancel.get());
        }));
}

void StreamHealthMonitor::onFinished()
{
    const StreamCheck result = m_watcher.result();
    if (m_runningGeneration != m_generation) {
        // The address changed while this ran: its answer is about another stream.
        schedule(0);
        return;
    }
    ++m_checks;
    m_last = result;
    m_lastChecked = QDateTime::currentDateTime();
    if (result.up) {
        m_failuresInRow = 0;
        m_wasUp = true;
        m_light = result.milliseconds > m_slowThreshold ? StreamLight::Amber : StreamLight::Green;
    } else {
        ++m_failuresInRow;
        m_light = (m_wasUp && m_failuresInRow < 2) ? StreamLight::Amber : StreamLight::Red;
    }
    emit changed();
    if (m_pendingDecode) {
        m_pendingDecode = false;
        startCheck(streamcheck::Depth::Decode);
        return;
    }
    // One quick second look confirms a failure; a stream that stays down is
    // then checked at the normal pace, not hammered.
    schedule(m_failuresInRow == 1 ? qMin(m_retryInterval, m_interval) : m_interval);
}

QString StreamHealthMonitor::summary() const
{
    if (m_url.isEmpty())
        return tr("No live stream address");
    switch (m_light) {
    case StreamLight::Unknown:
        return tr("Checking the stream…");
    case StreamLight::Green:
        return tr("Stream up (%1), answered in %2 ms").arg(m_last.details).arg(m_last.milliseconds);
    case StreamLight::Amber:
        if (m_last.up)
            return tr("Stream up but slow: answered in %1 ms").arg(m_last.milliseconds);
        return tr("Stream did not answer once: %1 (checking again)").arg(m_last.reason);
    case StreamLight::Red:
        return tr("Stream down: %1").arg(m_last.reason);
    }
    return {};
}

QString streamLightName(StreamLight light)
{
    switch (light) {
    case StreamLight::Green:
        return QCoreApplication::translate("StreamLight", "green");
    case StreamLight::Amber:
        return QCoreApplication::translate("StreamLight", "amber");
    case StreamLight::Red:
        return QCoreApplication::translate("StreamLight", "red");
    case StreamLight::Unknown:
        break;
    }
    return QCoreApplication::translate("StreamLight", "grey");
}
