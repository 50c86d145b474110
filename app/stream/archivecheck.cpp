#include "app/stream/archivecheck.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

ArchiveCheck::ArchiveCheck(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<StreamCheck>::progressValueChanged, this,
            [this](int value) { emit progress(value, int(m_items.size())); });
    connect(&m_watcher, &QFutureWatcher<StreamCheck>::finished, this, &ArchiveCheck::done);
}

ArchiveCheck::~ArchiveCheck()
{
    // The checks run on the background pool, which is never waited for; they
    // hold their own copy of the cancel flag, so they may end after us.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.disconnect(this);
}

void ArchiveCheck::start(const QList<Item> &items, int timeoutMs)
{
    cancel(); // a check still running is not reported (the watcher moves on)
    m_items = items;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QList<QUrl> urls;
    for (const Item &item : items)
        urls.append(item.url);
    emit progress(0, int(items.size()));
    m_watcher.setFuture(QtConcurrent::mapped(
        streamcheck::backgroundPool(), urls, [cancel = m_cancel, timeoutMs](const QUrl &url) {
            return streamcheck::check(url, streamcheck::Depth::Open, timeoutMs, cancel.get());
        }));
}

void ArchiveCheck::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ArchiveCheck::done()
{
    const bool cancelled = m_cancel && m_cancel->load();
    QList<Finding> down;
    if (!cancelled) {
        for (int i = 0; i < m_items.size() && i < m_watcher.future().resultCount(); ++i) {
            const StreamCheck r = m_watcher.resultAt(i);
            if (!r.up)
                down.append({m_items.at(i), r});
        }
    }
    emit finished(down, cancelled);
}
