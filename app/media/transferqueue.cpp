#include "app/media/transferqueue.h"

#include "models/repository.h"
#include "models/sitesettings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

TransferQueue::TransferQueue(WebcastRepository &repository, SiteSettingsStore &settings,
                             QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_settings(settings)
    , m_store(repository.database())
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TransferQueue::finished);
    kept(m_store.requeueActive()); // nothing runs before we start it
    reload();
    // Whatever was waiting when the app closed goes on now.
    QMetaObject::invokeMethod(this, &TransferQueue::startNext, Qt::QueuedConnection);
}

void TransferQueue::kept(const Status &written)
{
    if (!written)
        emit error(tr("The transfers could not be kept in the database: %1").arg(written.error()));
}

TransferQueue::~TransferQueue()
{
    if (m_cancel)
        *m_cancel = true; // paused: the server keeps the part, the row stays queued
    m_watcher.waitForFinished();
}

void TransferQueue::reload()
{
    m_transfers = m_store.all();
    emit changed();
}

Transfer *TransferQueue::find(qint64 id)
{
    for (Transfer &t : m_transfers)
        if (t.id == id)
            return &t;
    return nullptr;
}

Result<qint64> TransferQueue::enqueue(qint64 presentationId, const QString &file, bool prepare)
{
    const Result<qint64> id = m_store.add(presentationId, file, prepare);
    if (!id)
        return id;
    reload();
    startNext();
    return id;
}

void TransferQueue::pause(qint64 id)
{
    Transfer *t = find(id);
    if (!t || (t->state != Transfer::State::Queued && t->state != Transfer::State::Active))
        return;
    if (id == m_activeId && m_cancel) {
        *m_cancel = true; // finished() records it as paused
        return;
    }
    t->state = Transfer::State::Paused;
    kept(m_store.save(*t));
    emit changed();
}

void TransferQueue::resume(qint64 id)
{
    Transfer *t = find(id);
    if (!t || (t->state != Transfer::State::Paused && t->state != Transfer::State::Failed))
        return;
    t->state = Transfer::State::Queued;
    t->message.clear();
    kept(m_store.save(*t));
    emit changed();
    startNext();
}

void TransferQueue::cancel(qint64 id)
{
    if (id == m_activeId && m_cancel) {
        m_forget = true;
        *m_cancel = true;
        return;
    }
    kept(m_store.remove(id));
    m_live.remove(id);
    reload();
}

void TransferQueue::removeFinished()
{
    for (const Transfer &t : std::as_const(m_transfers))
        if (t.state == Transfer::State::Done)
            kept(m_store.remove(t.id));
    reload();
}

void TransferQueue::startNext()
{
    // One at a time, until finished() has taken the last one's result: the
    // watcher says "not running" a moment before its finished signal is
    // delivered, and a second job started then would take the watcher over
    // and leave the first one "active" for ever.
    if (m_activeId != 0 || m_watcher.isRunning())
        return;
    Transfer *next = nullptr;
    for (Transfer &t : m_transfers)
        if (t.state == Transfer::State::Queued) {
            next = &t;
            break;
        }
    if (!next)
        return;
    const Result<archiveupload::Job> job =
        archiveupload::describe(m_repository, next->presentationId, next->file, next->prepare);
    if (!job) {
        next->state = Transfer::State::Failed;
        next->message = job.error();
        kept(m_store.save(*next));
        emit changed();
        QMetaObject::invokeMethod(this, &TransferQueue::startNext, Qt::QueuedConnection);
        return;
    }
    next->state = Transfer::State::Active;
    next->message.clear();
    kept(m_store.save(*next));
    m_activeId = next->id;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_forget = false;
    m_startBytes = -1;
    m_live[m_activeId] = Live{QStringLiteral("prepare"), 0, -1};
    emit changed();

    // Progress comes from the worker; it is passed to this thread at most
    // ten times a second.
    QPointer<TransferQueue> self(this);
    const qint64 id = m_activeId;
    auto lastReport = std::make_shared<QElapsedTimer>();
    lastReport->start();
    archiveupload::Events events;
    events.progress = [self, id, lastReport](const QString &phase, qint64 done, qint64 total) {
        if (done < total && lastReport->elapsed() < 100)
            return;
        lastReport->restart();
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, phase, done, total] {
                if (!self)
                    return;
                Transfer *t = self->find(id);
                if (!t)
                    return;
                Live &live = self->m_live[id];
                live.phase = phase;
                if (phase == QLatin1String("upload")) {
                    if (self->m_startBytes < 0) {
                        self->m_startBytes = done;
                        self->m_clock.start();
                    }
                    t->bytesDone = done;
                    t->bytesTotal = total;
                    const double seconds = double(self->m_clock.nsecsElapsed()) / 1e9;
                    if (seconds > 0.3) {
                        live.rate = double(done - self->m_startBytes) / seconds;
                        live.secondsLeft =
                            live.rate > 0 ? qint64(double(total - done) / live.rate) : -1;
                    }
                } else {
                    t->bytesDone = done;
                    t->bytesTotal = total;
                }
                emit self->changed();
            },
            Qt::QueuedConnection);
    };
    events.warning = [self, id](const QString &message) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, message] {
                if (Transfer *t = self ? self->find(id) : nullptr) {
                    t->message = message;
                    emit self->changed();
                }
            },
            Qt::QueuedConnection);
    };
    const SiteSettings settings = m_settings.load();
    m_watcher.setFuture(QtConcurrent::run([settings, job = job.value(), events, cancel = m_cancel] {
        return archiveupload::send(settings, job, events, cancel.get());
    }));
}

void TransferQueue::finished()
{
    const Result<archiveupload::Outcome> outcome = m_watcher.result();
    const qint64 id = m_activeId;
    const bool stopped = m_cancel && *m_cancel;
    m_activeId = 0;
    m_cancel.reset();
    m_live.remove(id);
    Transfer *t = find(id);
    if (!t) {
        startNext();
        return;
    }
    if (m_forget) {
        kept(m_store.remove(id));
        reload();
        startNext();
        return;
    }
    bool done = false;
    if (outcome) {
        const Status applied =
            archiveupload::apply(m_repository, t->presentationId, outcome.value().remotePath);
        t->remotePath = outcome.value().remotePath;
        t->bytesDone = t->bytesTotal = outcome.value().bytes;
        t->state = applied ? Transfer::State::Done : Transfer::State::Failed;
        t->message =
            applied ? tr("In place at %1").arg(outcome.value().remotePath) : applied.error();
        done = applied.ok();
    } else if (stopped) {
        t->state = Transfer::State::Paused;
        t->message = tr("Paused; resumes where it stopped.");
    } else {
        t->state = Transfer::State::Failed;
        t->message = outcome.error();
    }
    kept(m_store.save(*t));
    const qint64 presentationId = t->presentationId;
    emit changed();
    if (done)
        emit uploaded(id, presentationId);
    startNext();
}
