#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

class WebcastRepository;

// Keeps a window in step with the other seats on a team database. Every
// write on the database notifies "webcast_change" (a trigger; see
// postgres-9.sql) with "table action id version parent"; this listens on
// the window's own connection and turns other seats' notifications into the
// repository's usual signals, so the item models update just those rows
// (selection, scroll and open editors stay).
//
// Qt's driver says nothing when the server connection drops and does not
// listen again after it reconnects. So a cheap check runs twice a second
// (it also reads how far the history goes); when it fails, the connection is
// opened again with back-off (0.5 s doubling to 8 s), listening starts
// again, and what changed meanwhile is read from the history tables and
// announced. The status goes to connectionChanged().
class TeamListener : public QObject
{
    Q_OBJECT

public:
    // Does nothing on a database file (one seat).
    explicit TeamListener(WebcastRepository &repository, QObject *parent = nullptr);
    ~TeamListener() override;

    bool isListening() const { return m_listening; }
    bool isConnected() const { return m_connected; }
    // Checks now instead of at the next tick (tests).
    void checkNow();

signals:
    // connected false: "Team database: reconnecting…" with the reason.
    void connectionChanged(bool connected, const QString &message);
    // After another seat's changes were applied to the repository's signals.
    void remoteChangesApplied(int count);

private:
    void listen();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void applyPending();
    void check();
    void reconnect();
    void catchUp();
    void resume();

    WebcastRepository &m_repository;
    QTimer m_health;
    QTimer m_retry;
    QTimer m_batch;
    QStringList m_pending;
    qint64 m_lastEdit = 0;
    qint64 m_lastState = 0;
    int m_generation = 0; // the database connection's, when listening began
    int m_backoffMs = 500;
    bool m_listening = false;
    bool m_connected = true;
};
