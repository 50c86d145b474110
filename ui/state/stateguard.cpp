#include "stateguard.h"

#include "dialogs/messagebox.h"
#include "render/streamlinks.h"
#include "repository.h"
#include "sitesettings.h"
#include "staterules.h"
#include "stream/streamhealth.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>
#include <memory>

StateGuard::StateGuard(WebcastRepository &repository, SiteSettingsStore &settings,
                       StreamHealthMonitor &health, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_settings(settings)
    , m_health(health)
{
}

bool StateGuard::confirm(QWidget *parent, SubjectKind kind, qint64 id, WebcastState to)
{
    if (to == WebcastState::Live)
        return confirmLive(parent, kind, id);
    if (to == WebcastState::Archive)
        return confirmArchive(parent, kind, id);
    return true;
}

bool StateGuard::confirmLive(QWidget *parent, SubjectKind kind, qint64 id)
{
    if (m_health.url().isEmpty() || m_health.light() != StreamLight::Red)
        return true;
    // The monitor watches the selected workshop's stream; only ask about it.
    qint64 workshopId = id;
    if (kind == SubjectKind::Presentation) {
        const std::optional<Presentation> p = m_repository.presentation(id);
        workshopId = p ? p->workshopId : 0;
    }
    const std::optional<Workshop> w = m_repository.workshop(workshopId);
    if (!w || QUrl(w->liveStreamUrl) != m_health.url())
        return true;
    const QString checked =
        QLocale().toString(m_health.lastChecked().time(), QStringLiteral("HH:mm:ss"));
    const QString text =
        tr("The live stream is not answering: %1 (last checked %2).\n\n"
           "If you switch to Live now, the public page shows a player that does not play. "
           "Switch to Live anyway?")
            .arg(m_health.lastCheck().reason, checked);
    return MessageBox::question(parent, tr("The live stream is down"), text,
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

QList<QPair<QString, QUrl>> StateGuard::archiveAddresses(SubjectKind kind, qint64 id) const
{
    const SiteSettings settings = m_settings.load();
    QList<QPair<QString, QUrl>> result;
    if (settings.rtspBase.isEmpty())
        return result;
    QList<Presentation> talks;
    if (kind == SubjectKind::Presentation) {
        if (const std::optional<Presentation> p = m_repository.presentation(id))
            talks.append(*p);
    } else {
        talks = m_repository.presentations(id);
    }
    for (const Presentation &p : talks) {
        if (!staterules::hasArchivedWebcast(p))
            continue;
        const QString url = streamlinks::join(settings.rtspBase, p.webcastPath, p.webcastFilename);
        if (!url.isEmpty())
            result.append({p.title, QUrl(url)});
    }
    return result;
}

bool StateGuard::confirmArchive(QWidget *parent, SubjectKind kind, qint64 id)
{
    const QList<QPair<QString, QUrl>> addresses = archiveAddresses(kind, id);
    if (addresses.isEmpty())
        return true; // nothing to check against (no streaming base set)

    // Every address at once, each bounded by the timeout; cancel stops them.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    const int timeout = m_archiveTimeout;
    QList<QUrl> urls;
    for (const auto &a : addresses)
        urls.append(a.second);
    QThreadPool pool;
    pool.setMaxThreadCount(qBound(1, int(urls.size()), 8));
    QFutureWatcher<StreamCheck> watcher;
    QProgressDialog progress(tr("Checking that the archive answers on the streaming server…"),
                             tr("Cancel"), 0, int(urls.size()), parent);
    progress.setWindowTitle(tr("Checking the archive"));
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::WindowModal);
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<StreamCheck>::progressValueChanged, &progress,
            &QProgressDialog::setValue);
    connect(&watcher, &QFutureWatcher<StreamCheck>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancel->store(true);
        loop.quit();
    });
    watcher.setFuture(QtConcurrent::mapped(&pool, urls, [cancel, timeout](const QUrl &url) {
        return streamcheck::check(url, streamcheck::Depth::Open, timeout, cancel.get());
    }));
    if (!watcher.isFinished())
        loop.exec();
    const bool cancelled = cancel->load();
    watcher.waitForFinished();
    progress.reset();
    if (cancelled)
        return false;

    QStringList down;
    for (int i = 0; i < urls.size(); ++i) {
        const StreamCheck r = watcher.resultAt(i);
        if (!r.up)
            down.append(tr("• %1 (%2): %3")
                            .arg(addresses.at(i).first, urls.at(i).toDisplayString(), r.reason));
    }
    if (down.isEmpty())
        return true;
    const QString text =
        tr("The streaming server does not play %n archive(s):", nullptr, int(down.size())) +
        QStringLiteral("\n\n") + down.mid(0, 8).join(QLatin1Char('\n')) +
        (down.size() > 8 ? tr("\n… and %1 more").arg(down.size() - 8) : QString()) +
        QStringLiteral("\n\n") +
        tr("Visitors would find a player that does not play. Switch to Archive anyway?");
    return MessageBox::question(parent, tr("The archive does not answer"), text,
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}
