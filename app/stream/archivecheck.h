#pragma once

#include "app/stream/streamcheck.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>

// Do these archives answer on the streaming server? Asked before a talk or a
// workshop goes to Archive: every address at once on the background pool
// (each bounded by a timeout), with progress, and cancellable. The window
// shows the progress and the answer; this only finds out.
class ArchiveCheck : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QString title; // the talk, for people
        QUrl url;      // what a player opens (streamlinks::archiveAddress)
    };
    struct Finding
    {
        Item item;
        StreamCheck result;
    };

    explicit ArchiveCheck(QObject *parent = nullptr);
    ~ArchiveCheck() override;

    // Starts checking (a check still running is cancelled first).
    void start(const QList<Item> &items, int timeoutMs = 5000);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progress(int done, int total);
    // The archives that do not answer (empty: all do); `cancelled` when
    // cancel() came first, and then nothing is known.
    void finished(const QList<ArchiveCheck::Finding> &down, bool cancelled);

private:
    void done();

    QList<Item> m_items;
    QFutureWatcher<StreamCheck> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
