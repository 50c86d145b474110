#include "ui/state/stateguard.h"

#include "app/render/streamlinks.h"
#include "app/stream/archivecheck.h"
#include "app/stream/streamhealth.h"
#include "models/repository.h"
#include "models/sitesettings.h"
#include "models/staterules.h"
#include "ui/dialogs/messagebox.h"

#include <QLocale>
#include <QProgressDialog>

StateGuard::StateGuard(WebcastRepository &repository, SiteSettingsStore &settings,
                       StreamHealthMonitor &health, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_settings(settings)
    , m_health(health)
    , m_check(new ArchiveCheck(this))
{
    connect(m_check, &ArchiveCheck::progress, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    connect(m_check, &ArchiveCheck::finished, this,
            [this](const QList<ArchiveCheck::Finding> &down, bool cancelled) {
                if (m_progress)
                    m_progress->deleteLater();
                if (cancelled || !m_pending)
                    return settle(false);
                if (down.isEmpty())
                    return settle(true);
                QStringList lines;
                for (const ArchiveCheck::Finding &f : down)
                    lines.append(
                        tr("• %1 (%2): %3")
                            .arg(f.item.title, f.item.url.toDisplayString(), f.result.reason));
                const QString text =
                    tr("The streaming server does not play %n archive(s):", nullptr,
                       int(lines.size())) +
                    QStringLiteral("\n\n") + lines.mid(0, 8).join(QLatin1Char('\n')) +
                    (lines.size() > 8 ? tr("\n… and %1 more").arg(lines.size() - 8) : QString()) +
                    QStringLiteral("\n\n") +
                    tr("Visitors would find a player that does not play. Switch to Archive "
                       "anyway?");
                settle(MessageBox::question(m_parent, tr("The archive does not answer"), text,
                                            QMessageBox::Yes | QMessageBox::No,
                                            QMessageBox::No) == QMessageBox::Yes);
            });
}

StateGuard::~StateGuard()
{
    m_check->cancel();
}

void StateGuard::settle(bool proceed)
{
    Answer answer = std::move(m_pending);
    m_pending = nullptr;
    if (answer)
        answer(proceed);
}

void StateGuard::confirm(QWidget *parent, SubjectKind kind, qint64 id, WebcastState to,
                         Answer answer, const StreamHealthMonitor *health)
{
    settle(false); // a question still open is dropped
    if (to == WebcastState::Live) {
        answer(confirmLive(parent, kind, id, health));
        return;
    }
    if (to != WebcastState::Archive) {
        answer(true);
        return;
    }
    m_pending = std::move(answer);
    confirmArchive(parent, kind, id);
}

bool StateGuard::confirmLive(QWidget *parent, SubjectKind kind, qint64 id,
                             const StreamHealthMonitor *health)
{
    const StreamHealthMonitor &monitor = health ? *health : m_health;
    if (monitor.url().isEmpty() || monitor.light() != StreamLight::Red)
        return true;
    if (!health) {
        // The window's monitor watches the selected workshop's stream; only
        // ask about it.
        qint64 workshopId = id;
        if (kind == SubjectKind::Presentation) {
            const std::optional<Presentation> p = m_repository.presentation(id);
            workshopId = p ? p->workshopId : 0;
        }
        const std::optional<Workshop> w = m_repository.workshop(workshopId);
        if (!w || QUrl(w->liveStreamUrl) != monitor.url())
            return true;
    }
    const QString checked =
        QLocale().toString(monitor.lastChecked().time(), QStringLiteral("HH:mm:ss"));
    const QString text =
        tr("The live stream is not answering: %1 (last checked %2).\n\n"
           "If you switch to Live now, the public page shows a player that does not play. "
           "Switch to Live anyway?")
            .arg(monitor.lastCheck().reason, checked);
    return MessageBox::question(parent, tr("The live stream is down"), text,
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

QList<QPair<QString, QUrl>> StateGuard::archiveAddresses(SubjectKind kind, qint64 id) const
{
    const SiteSettings settings = m_settings.load();
    QList<QPair<QString, QUrl>> result;
    QList<Presentation> talks;
    if (kind == SubjectKind::Presentation) {
        if (const std::optional<Presentation> p = m_repository.presentation(id))
            talks.append(*p);
    } else {
        talks = m_repository.presentations(id);
    }
    // What a player will open: the same address the page and the preview use.
    for (const Presentation &p : talks) {
        const QString url = streamlinks::archiveAddress(settings, p).forPlayers();
        if (!url.isEmpty())
            result.append({p.title, QUrl(url)});
    }
    return result;
}

void StateGuard::confirmArchive(QWidget *parent, SubjectKind kind, qint64 id)
{
    const QList<QPair<QString, QUrl>> addresses = archiveAddresses(kind, id);
    if (addresses.isEmpty())
        return settle(true); // nothing to check against
    QList<ArchiveCheck::Item> items;
    for (const auto &a : addresses)
        items.append({a.first, a.second});
    m_parent = parent;
    if (m_progress)
        m_progress->deleteLater();
    auto *progress =
        new QProgressDialog(tr("Checking that the archive answers on the streaming server…"),
                            tr("Cancel"), 0, int(items.size()), parent);
    progress->setObjectName(QStringLiteral("archiveCheckProgress"));
    progress->setWindowTitle(tr("Checking the archive"));
    progress->setMinimumDuration(300);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, m_check, &ArchiveCheck::cancel);
    m_progress = progress;
    m_check->start(items);
}
