#include "models/teamlistener.h"

#include "models/database.h"
#include "models/repository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString channel = QStringLiteral("webcast_change");

} // namespace

TeamListener::TeamListener(WebcastRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
    if (!repository.database().isPostgres())
        return;
    // Twice a second: a dropped connection is noticed within half a second,
    // and the check's round trip also reads any notification the driver's
    // socket watch missed (after a reconnect it sometimes does), so a
    // change reaches the window within a second whatever happens.
    m_health.setInterval(500);
    connect(&m_health, &QTimer::timeout, this, &TeamListener::check);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TeamListener::reconnect);
    // Notifications that arrive together (an import of a thousand talks)
    // are applied together, after the event loop has read them all.
    m_batch.setSingleShot(true);
    m_batch.setInterval(0);
    connect(&m_batch, &QTimer::timeout, this, &TeamListener::applyPending);
    listen();
    m_generation = repository.database().generation();
    const auto [edit, state] = m_repository.lastHistoryIds();
    m_lastEdit = edit;
    m_lastState = state;
    m_health.start();
}

TeamListener::~TeamListener()
{
    if (m_listening) {
        if (QSqlDriver *driver = m_repository.database().connection().driver())
            driver->unsubscribeFromNotification(channel);
    }
}

void TeamListener::listen()
{
    QSqlDriver *driver = m_repository.database().connection().driver();
    if (!driver)
        return;
    disconnect(driver, nullptr, this, nullptr);
    m_listening = driver->subscribeToNotification(channel);
    connect(driver, &QSqlDriver::notification, this, &TeamListener::onNotification);
}

void TeamListener::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                  const QVariant &payload)
{
    // This seat's own writes have told its views already.
    if (name != channel || source == QSqlDriver::SelfSource)
        return;
    m_pending << payload.toString();
    m_batch.start();
}

void TeamListener::applyPending()
{
    const QStringList pending = std::exchange(m_pending, {});
    if (pending.size() > 200) {
        // A whole import: reloading everything is quicker than row by row.
        emit m_repository.dataReset();
        emit remoteChangesApplied(int(pending.size()));
        return;
    }
    QSet<QString> seen;
    for (const QString &line : pending) {
        if (seen.contains(line))
            continue;
        seen.insert(line);
        // table action id version parent
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() < 5)
            continue;
        const qint64 id = f.at(2).toLongLong();
        if (f.at(0) == QLatin1String("state_history")) {
            m_repository.announceRemoteHistory(id);
            m_lastState = std::max(m_lastState, id);
        } else {
            m_repository.announceRemoteChange(f.at(0), f.at(1), id, f.at(4).toLongLong());
        }
    }
    emit remoteChangesApplied(int(pending.size()));
}

void TeamListener::checkNow()
{
    if (m_retry.isActive()) {
        m_retry.stop();
        reconnect();
    } else {
        check();
    }
}

void TeamListener::check()
{
    // One round trip that proves the connection and says how far the
    // history goes (where to catch up from if the connection drops).
    Database &db = m_repository.database();
    QSqlQuery q(db.connection());
    const bool ok = q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM edit_history), "
                                          "(SELECT COALESCE(MAX(id), 0) FROM state_history)")) &&
                    q.next();
    if (ok && db.generation() == m_generation) {
        // Edits are announced by notification; the check only moves the
        // mark (unless notifications are still waiting to be applied).
        if (m_pending.isEmpty()) {
            m_lastEdit = q.value(0).toLongLong();
            m_lastState = q.value(1).toLongLong();
        }
        return;
    }
    m_health.stop();
    m_connected = false;
    m_listening = false;
    const QString why = ok ? tr("the server closed the connection")
                           : q.lastError().text().trimmed().section(QLatin1Char('\n'), 0, 0);
    emit connectionChanged(false, tr("Team database: reconnecting… (%1)").arg(why));
    if (ok) {
        // The connection is already open again (Database::connection()).
        resume();
        return;
    }
    m_backoffMs = 500;
    m_retry.start(m_backoffMs);
}

void TeamListener::reconnect()
{
    Database &db = m_repository.database();
    m_repository.forgetPreparedStatements();
    if (Status s = db.reconnect(); !s) {
        m_backoffMs = std::min(m_backoffMs * 2, 8000);
        emit connectionChanged(false, tr("Team database: reconnecting… (%1)")
                                          .arg(s.error().section(QLatin1Char('\n'), 0, 0)));
        m_retry.start(m_backoffMs);
        return;
    }
    resume();
}

void TeamListener::resume()
{
    m_generation = m_repository.database().generation();
    listen();
    catchUp();
    m_connected = true;
    emit connectionChanged(true, tr("Team database: connected again"));
    m_health.start();
}

void TeamListener::catchUp()
{
    // What the other seats wrote while this one was away, row by row (or
    // everything, when it was a lot).
    const QList<EditRecord> edits = m_repository.editsSince(m_lastEdit);
    const QList<StateChange> flips = m_repository.stateChangesSince(m_lastState);
    if (edits.size() > 200) {
        emit m_repository.dataReset();
    } else {
        QSet<QString> seen;
        for (const EditRecord &e : edits) {
            const QString key =
                e.table + QLatin1Char(' ') + e.action + QLatin1Char(' ') + QString::number(e.rowId);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            qint64 parent = e.workshopId;
            if (e.table == QLatin1String("attachment"))
                parent = 0; // a talk's slides: its editor reloads them when opened
            m_repository.announceRemoteChange(e.table, e.action, e.rowId, parent);
        }
        for (const StateChange &c : flips)
            emit m_repository.historyAdded(c);
    }
    if (!edits.isEmpty())
        m_lastEdit = edits.last().id;
    if (!flips.isEmpty())
        m_lastState = flips.last().id;
    emit remoteChangesApplied(int(edits.size() + flips.size()));
}
