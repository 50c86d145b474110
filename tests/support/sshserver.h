#pragma once

// A real OpenSSH sshd on a free loopback port, in its own temporary folder,
// with its own host key, a client key that may log in as the current user,
// a known_hosts file that knows the host key, and an ssh config that keeps
// the user's own ~/.ssh out of the test. Stopped when the object goes away.

#include "tests/support/testtools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

class SshServer
{
public:
    SshServer()
    {
        m_port = testtools::freeLoopbackPort();
        keygen(path(QStringLiteral("hostkey")));
        keygen(path(QStringLiteral("id_client")));
        keygen(path(QStringLiteral("id_stranger")));
        QFile::copy(path(QStringLiteral("id_client.pub")), path(QStringLiteral("authorized_keys")));
        write(QStringLiteral("known_hosts"), knownHostsLine());
        write(QStringLiteral("ssh_config"), "Host *\n  BatchMode yes\n");
        writeConfig();
        if (geteuid() == 0)
            QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation folder
        start();
    }

    ~SshServer() { stop(); }

    // Stops, takes a fresh host key of `type` ("ed25519", "rsa"), and starts
    // again on the same port: the same address, another server. An RSA key
    // is offered as ssh-rsa only (OpenSSH turned that off by default; a
    // server that shows only RSA is exactly what these tests need).
    bool replaceHostKey(const QString &type)
    {
        stop();
        QFile::remove(path(QStringLiteral("hostkey")));
        QFile::remove(path(QStringLiteral("hostkey.pub")));
        keygen(path(QStringLiteral("hostkey")), type);
        m_hostKeyType = type;
        writeConfig();
        return start();
    }

    // Serves SFTP with `subsystem` and starts again: "internal-sftp" (the
    // default here: sshd itself, no shell) or a program such as Debian's
    // default /usr/lib/openssh/sftp-server, which sshd starts through the
    // user's login shell.
    bool useSftpSubsystem(const QString &subsystem)
    {
        stop();
        m_sftpSubsystem = subsystem;
        writeConfig();
        return start();
    }

    // Starts (again) on the same port.
    bool start()
    {
        m_running = false;
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(QStringLiteral("/usr/sbin/sshd"),
                        {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                         path(QStringLiteral("sshd_config"))});
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200)) {
                m_running = true;
                break;
            }
            QTest::qWait(50);
        }
        return m_running;
    }

    // Stops listening and ends every open session too, like a server that
    // goes away (sshd's own stop leaves sessions running).
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            QProcess::execute(QStringLiteral("pkill"),
                              {QStringLiteral("-TERM"), QStringLiteral("-P"),
                               QString::number(m_process.processId())});
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
        m_running = false;
    }

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString user() const
    {
        const passwd *pw = getpwuid(geteuid());
        return QString::fromLocal8Bit(pw->pw_name);
    }
    QUrl url(const QString &remoteFolder) const
    {
        QUrl u;
        u.setScheme(QStringLiteral("sftp"));
        u.setUserName(user());
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_port);
        u.setPath(remoteFolder);
        return u;
    }
    QByteArray knownHostsLine() const
    {
        QFile pub(path(QStringLiteral("hostkey.pub")));
        pub.open(QIODevice::ReadOnly);
        const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
        return "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + parts.value(0) + ' ' +
               parts.value(1) + '\n';
    }
    // What `ssh-keygen -l` prints for the host key: "SHA256:...".
    QString fingerprint() const
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-l"), QStringLiteral("-f"), path(QStringLiteral("hostkey.pub"))});
        p.waitForFinished();
        return QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
    }
    void write(const QString &name, const QByteArray &data) const
    {
        QFile f(path(name));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(data);
    }

private:
    void writeConfig()
    {
        QString extra;
        if (m_hostKeyType == QLatin1String("rsa"))
            extra = QStringLiteral("HostKeyAlgorithms ssh-rsa\n");
        write(QStringLiteral("sshd_config"),
              QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\n"
                             "AuthorizedKeysFile %4\nStrictModes no\nUsePAM no\n"
                             "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                             "PubkeyAuthentication yes\nPermitRootLogin prohibit-password\n"
                             "Subsystem sftp %5\nLogLevel ERROR\n%6")
                  .arg(m_port)
                  .arg(path(QStringLiteral("hostkey")), path(QStringLiteral("sshd.pid")),
                       path(QStringLiteral("authorized_keys")), m_sftpSubsystem, extra)
                  .toUtf8());
    }

    static void keygen(const QString &file, const QString &type = QStringLiteral("ed25519"))
    {
        QProcess p;
        QStringList args{QStringLiteral("-q"),
                         QStringLiteral("-t"),
                         type,
                         QStringLiteral("-N"),
                         QString(),
                         QStringLiteral("-f"),
                         file};
        if (type == QLatin1String("rsa"))
            args << QStringLiteral("-b") << QStringLiteral("2048");
        p.start(QStringLiteral("ssh-keygen"), args);
        p.waitForFinished(60000);
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_hostKeyType = QStringLiteral("ed25519");
    QString m_sftpSubsystem = QStringLiteral("internal-sftp");
};
