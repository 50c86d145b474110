#pragma once

// A real nginx on a free loopback port, in its own temporary folder, for
// tests: serves `root` at / and, when asked, WebDAV at /dav/ (same files),
// optionally behind Basic auth. Stopped when the object goes away.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class NginxServer
{
public:
    struct Options
    {
        bool webdav = true;
        QString user; // Basic auth for /dav/ when set
        QString password;
        bool movAsTextPlain = false; // a misconfigured server, for verification tests
    };

    NginxServer(const QString &root, const Options &options)
        : m_root(root)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        QDir(m_dir.path()).mkpath(QStringLiteral("tmp"));
        QString auth;
        if (!options.user.isEmpty()) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("passwd"), QStringLiteral("-apr1"), options.password});
            openssl.waitForFinished();
            QFile htpasswd(m_dir.filePath(QStringLiteral("htpasswd")));
            htpasswd.open(QIODevice::WriteOnly);
            htpasswd.write(options.user.toUtf8() + ':' + openssl.readAllStandardOutput());
            htpasswd.close();
            auth = QStringLiteral("auth_basic \"webcast\"; auth_basic_user_file %1;")
                       .arg(htpasswd.fileName());
        }
        const QString types =
            options.movAsTextPlain
                ? QStringLiteral("types { text/html html; text/plain mov; application/json json; }")
                : QStringLiteral("include /etc/nginx/mime.types; types { "
                                 "application/x-quicktime-media-link qtl; audio/x-mpegurl m3u; "
                                 "text/calendar ics; }");
        const QString dav =
            options.webdav
                ? QStringLiteral(
                      "location /dav/ { alias %1/; dav_methods PUT DELETE MKCOL COPY MOVE; "
                      "create_full_put_path on; dav_access user:rw group:r all:r; "
                      "client_max_body_size 0; %2 }")
                      .arg(root, auth)
                : QString();
        const QString conf =
            QStringLiteral(
                "%1 daemon off; worker_processes 1; pid %2/nginx.pid; error_log %2/error.log "
                "warn; events { worker_connections 64; } http { %3 access_log off; "
                "client_body_temp_path %2/tmp; proxy_temp_path %2/tmp; fastcgi_temp_path %2/tmp; "
                "uwsgi_temp_path %2/tmp; scgi_temp_path %2/tmp; server { listen 127.0.0.1:%4; "
                "root %5; %6 } }")
                .arg(geteuid() == 0 ? QStringLiteral("user root root;") : QString(), m_dir.path(),
                     types)
                .arg(m_port)
                .arg(root, dav);
        QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
        file.open(QIODevice::WriteOnly);
        file.write(conf.toUtf8());
        file.close();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("/usr/sbin/nginx"), {QStringLiteral("-c"), file.fileName(),
                                                            QStringLiteral("-p"), m_dir.path()});
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
    }

    ~NginxServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    QString publicUrl() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_port); }
    QString davUrl(const QString &user = {}) const
    {
        const QString login = user.isEmpty() ? QString() : user + QLatin1Char('@');
        return QStringLiteral("http://") + login + QStringLiteral("127.0.0.1:%1/dav/").arg(m_port);
    }

private:
    QString m_root;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_running = false;
};
