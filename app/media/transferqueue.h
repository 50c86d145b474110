#pragma once

#include "app/media/archiveupload.h"
#include "models/transferstore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class SiteSettingsStore;
class WebcastRepository;

// The transfers queue behind the window's dock: archive uploads run one at a
// time on a worker (check, prepare, upload with resume), with live progress,
// rate and time left; pause keeps the server's part for a resume, and the
// queue is in the database, so it survives closing the app. When a file is
// in place the presentation is pointed at it on this (the GUI) thread.
class TransferQueue : public QObject
{
    Q_OBJECT

public:
    struct Live
    {
        QString phase;   // "prepare" / "upload"
        double rate = 0; // bytes per second
        qint64 secondsLeft = -1;
    };

    TransferQueue(WebcastRepository &repository, SiteSettingsStore &settings,
                  QObject *parent = nullptr);
    ~TransferQueue() override;

    QList<Transfer> transfers() const { return m_transfers; }
    Live live(qint64 id) const { return m_live.value(id); }

    // Adds a file for a presentation and starts when it is its turn.
    Result<qint64> enqueue(qint64 presentationId, const QString &file, bool prepare = true);
    void pause(qint64 id);
    void resume(qint64 id);
    void cancel(qint64 id); // stops and forgets it (the server keeps its part)
    void removeFinished();
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void changed();
    // A file is in place and the presentation points at it: time to offer
    // the switch to Archive.
    void uploaded(qint64 transferId, qint64 presentationId);
    // The queue could not be kept in the database (it then lives only until
    // the window closes): in words.
    void error(const QString &message);

private:
    // Passes a failed write of the queue on as error().
    void kept(const Status &written);
    void reload();
    void startNext();
    void finished();
    Transfer *find(qint64 id);

    WebcastRepository &m_repository;
    SiteSettingsStore &m_settings;
    TransferStore m_store;
    QList<Transfer> m_transfers;
    QHash<qint64, Live> m_live;
    qint64 m_activeId = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_forget = false; // the active one was cancelled, not paused
    QFutureWatcher<Result<archiveupload::Outcome>> m_watcher;
    QElapsedTimer m_clock;
    qint64 m_startBytes = -1;
};
