#pragma once

// A userspace TCP proxy on loopback that holds every chunk for `delayMs` in
// each direction, so a loopback connection behaves like one with an RTT of
// twice that (tc netem is not available on these machines).

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

class DelayProxy : public QObject
{
public:
    DelayProxy(quint16 targetPort, int delayMs)
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
