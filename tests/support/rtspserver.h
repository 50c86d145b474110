#pragma once

// The test RTSP server (rtsp-test-server.cpp) on a free loopback port, serving
// a live H.264 test pattern at rtsp://127.0.0.1:<port>/live (or another
// mount). Stopped (and startable again on the same port) like the other test
// servers.

#include "tests/support/testtools.h"

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class RtspServer
{
public:
    explicit RtspServer(const QString &mount = QStringLiteral("/live"))
        : RtspServer(QStringList{mount})
    {
    }
    // Several mounts on one server, each with its own test pattern.
    // `perClient`: a pipeline per client instead of one shared per mount
    // (see rtsp-test-server.cpp), for tests that check many times at once.
    enum class Sharing
    {
        Shared,
        PerClient
    };
    explicit RtspServer(const QStringList &mounts, Sharing sharing = Sharing::Shared)
        : m_mount(mounts.value(0))
        , m_mounts(mounts)
        , m_sharing(sharing)
    {
        m_port = testtools::freeLoopbackPort();
        start();
    }
    ~RtspServer() { stop(); }

    bool start()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(WEBCAST_RTSP_TEST_SERVER),
                        (m_sharing == Sharing::PerClient
                             ? QStringList{QStringLiteral("--per-client")}
                             : QStringList()) +
                            QStringList{QString::number(m_port)} + m_mounts);
        m_running = m_process.waitForReadyRead(10000) &&
                    m_process.readAllStandardOutput().contains("ready");
        return m_running;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        m_running = false;
    }
    bool isRunning() const { return m_running; }
    // Still serving (not crashed or killed since it started).
    bool isAlive() const { return m_process.state() == QProcess::Running; }
    QString exitDescription() const
    {
        return QStringLiteral("exit status %1, code %2, error %3")
            .arg(int(m_process.exitStatus()))
            .arg(m_process.exitCode())
            .arg(m_process.errorString());
    }
    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); }
    QString url() const { return url(m_mount); }
    QString url(const QString &mount) const
    {
        return QStringLiteral("rtsp://127.0.0.1:%1%2").arg(m_port).arg(mount);
    }

private:
    QString m_mount;
    QStringList m_mounts;
    Sharing m_sharing = Sharing::Shared;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_running = false;
};
