#pragma once

#include "app/publish/publishtarget.h"
#include "app/publish/transport.h"
#include "app/render/siterenderer.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class SiteSettingsStore;
class WebcastRepository;

// Keeps the web target in step with the database: every change (a flip, an
// edit, new settings) asks for a publish. The first goes out at once (a lone
// click pays no waiting); what arrives while a publish is in flight is
// gathered and sent together right after it, on a worker thread. What is owed is kept in the
// database (PublishQueue), so closing the app or losing the network loses nothing: the next start,
// or Retry, sends it.
class PublishService : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Waiting,
        Publishing,
        Published,
        Failed
    };
    struct Status
    {
        State state = State::Idle;
        QDateTime lastPublished; // local time of the last success
        QString message;         // why it failed, in words
        QString target;          // where to, for people
        int sent = 0;            // files in the last publish
        LoginNeed loginNeed;     // what the user could provide for a failed login
    };

    PublishService(WebcastRepository &repository, SiteSettingsStore &settings,
                   QObject *parent = nullptr);
    ~PublishService() override;

    const Status &status() const { return m_status; }
    // Asks for a publish: at once, or right after the one in flight.
    void request();
    // Publishes now (Retry).
    void publishNow();
    // The user compared the fingerprint and trusts this server: publish again,
    // trusting the unknown host key only if it still has this fingerprint.
    void acceptHostKey(const QString &fingerprint);
    // Publishes even though another database published to the target last
    // (LoginNeed::Kind::OtherDatabase), which it then names this one.
    void takeOverTarget();
    // Gathers requests for this long before a publish starts (0, the
    // default: only what arrives in the same turn of the event loop).
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void statusChanged();

private:
    struct Outcome
    {
        QString error;
        int sent = 0;
        LoginNeed loginNeed;
        QStringList problems;
        std::shared_ptr<Transport> transport; // an SFTP connection worth keeping
    };
    void start();
    void finish();
    void setState(State state, const QString &message = {});
    void requestChange(const SiteChange &change);
    void queue();

    WebcastRepository &m_repository;
    SiteSettingsStore &m_settings;
    QTimer m_debounce;
    // One thread, kept: every publish runs on it, so a connection kept for
    // the next publish (a WebDAV manager has a home thread) is still usable.
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    Status m_status;
    QDateTime m_startedAt;
    bool m_again = false;
    QString m_acceptHostKey;
    bool m_takeOver = false;
    // What changed since the last publish; a flip re-renders only its pages.
    QList<SiteChange> m_changes;
    bool m_everything = true;
    std::shared_ptr<Transport> m_transport;
    QString m_transportUrl;
};
