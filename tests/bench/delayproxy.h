#pragma once

// A userspace TCP proxy on loopback that holds every chunk for `delayMs` in
// each direction, so a loopback connection behaves like one with an RTT of
// twice that (tc netem is not available on these machines). It runs in a
// thread of its own, so the benchmark's thread may block on a socket (libssh2
// does, closing a session) without stopping the traffic it waits for.

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

class DelayProxyWorker : public QObject
{
public:
    DelayProxyWorker(quint16 targetPort, int delayMs)
        : m_targetPort(targetPort)
        , m_delayMs(delayMs)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
                pipe(client, upstream);
                pipe(upstream, client);
                connect(client, &QTcpSocket::disconnected, upstream,
                        &QTcpSocket::disconnectFromHost);
                connect(upstream, &QTcpSocket::disconnected, client,
                        &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void pipe(QTcpSocket *from, QTcpSocket *to)
    {
        QPointer<QTcpSocket> target(to);
        connect(from, &QTcpSocket::readyRead, this, [this, from, target] {
            const QByteArray chunk = from->readAll();
            if (m_delayMs == 0) {
                if (target)
                    target->write(chunk);
                return;
            }
            QTimer::singleShot(m_delayMs, Qt::PreciseTimer, this, [target, chunk] {
                if (target)
                    target->write(chunk);
            });
        });
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    int m_delayMs;
};

class DelayProxy
{
public:
    DelayProxy(quint16 targetPort, int delayMs)
    {
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, targetPort, delayMs] {
                m_worker = new DelayProxyWorker(targetPort, delayMs);
                m_port = m_worker->port();
            },
            Qt::BlockingQueuedConnection);
    }
    ~DelayProxy()
    {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    DelayProxy(const DelayProxy &) = delete;
    DelayProxy &operator=(const DelayProxy &) = delete;
    quint16 port() const { return m_port; }

private:
    // Lives in the proxy's thread; calls queued to it run there.
    struct Anchor : QObject
    {
        explicit Anchor(QThread *thread) { moveToThread(thread); }
    };
    QThread m_thread;
    Anchor m_anchor{&m_thread};
    DelayProxyWorker *m_worker = nullptr;
    quint16 m_port = 0;
};
