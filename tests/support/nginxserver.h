#pragma once

// A real nginx on a free loopback port, in its own temporary folder, for
// tests: serves `root` at / and, when asked, WebDAV at /dav/ (same files),
// optionally behind Basic auth. Stopped when the object goes away.

#include "tests/support/testtools.h"

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
        bool tls = false;            // HTTPS with a fresh self-signed certificate
        // /dav/ answers every request with "307 <redirectTo><request uri>"
        // (a server that sends clients, and their passwords, elsewhere).
        QString redirectTo;
        bool recordAuthorization = false; // every Authorization header, in authorizationLog()
        QString certificateName = QStringLiteral("127.0.0.1"); // the certificate's CN (tls)

        // WebDAV behind Basic auth for `name` with `secret`.
        static Options withLogin(const QString &name, const QString &secret)
        {
            Options o;
            o.user = name;
            o.password = secret;
            return o;
        }
    };

    NginxServer(const QString &root, const Options &options)
        : m_root(root)
    {
        m_port = testtools::freeLoopbackPort();
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
            !options.redirectTo.isEmpty()
                ? QStringLiteral("location /dav/ { return 307 %1$request_uri; }")
                      .arg(options.redirectTo)
            : options.webdav
                ? QStringLiteral(
                      "location /dav/ { alias %1/; dav_methods PUT DELETE MKCOL COPY MOVE; "
                      "create_full_put_path on; dav_access user:rw group:r all:r; "
                      "client_max_body_size 0; %2 }")
                      .arg(root, auth)
                : QString();
        QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
        if (options.tls) {
            const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
            const QString key = m_dir.filePath(QStringLiteral("key.pem"));
            QProcess openssl;
            openssl.start(
                QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=") + options.certificateName});
            openssl.waitForFinished(30000);
            QProcess fingerprint;
            fingerprint.start(QStringLiteral("openssl"),
                              {QStringLiteral("x509"), QStringLiteral("-in"), cert,
                               QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                               QStringLiteral("-sha256")});
            fingerprint.waitForFinished(10000);
            // "sha256 Fingerprint=AB:CD:..." -> "abcd..."
            m_certificateSha256 = QString::fromLatin1(fingerprint.readAllStandardOutput())
                                      .section(QLatin1Char('='), 1)
                                      .trimmed()
                                      .remove(QLatin1Char(':'))
                                      .toLower();
            listen +=
                QStringLiteral(" ssl; ssl_certificate %1; ssl_certificate_key %2").arg(cert, key);
        }
        m_scheme = options.tls ? QStringLiteral("https") : QStringLiteral("http");
        QString logging = QStringLiteral("access_log off;");
        if (options.recordAuthorization)
            logging = QStringLiteral("log_format auth '[$http_authorization]'; access_log %1 auth;")
                          .arg(m_dir.filePath(QStringLiteral("authorization.log")));
        const QString conf =
            QStringLiteral(
                "%1 daemon off; worker_processes 1; pid %2/nginx.pid; error_log %2/error.log "
                "warn; events { worker_connections 64; } http { %3 "
                "client_body_temp_path %2/tmp; proxy_temp_path %2/tmp; fastcgi_temp_path %2/tmp; "
                "uwsgi_temp_path %2/tmp; scgi_temp_path %2/tmp; %7 server { listen %4; "
                "root %5; %6 } }")
                .arg(geteuid() == 0 ? QStringLiteral("user root root;") : QString(), m_dir.path(),
                     types, listen, root, dav, logging);
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
            QTcpSocket socket; // a TCP connect is enough: the TLS handshake comes later
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
    QString publicUrl() const { return m_scheme + QStringLiteral("://127.0.0.1:%1/").arg(m_port); }
    QString davUrl(const QString &user = {}) const
    {
        const QString login = user.isEmpty() ? QString() : user + QLatin1Char('@');
        return m_scheme + QStringLiteral("://") + login +
               QStringLiteral("127.0.0.1:%1/dav/").arg(m_port);
    }
    // "[Basic ZWRp…]" per request when recordAuthorization ("[]": none sent).
    QByteArray authorizationLog() const
    {
        QFile f(m_dir.filePath(QStringLiteral("authorization.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString origin() const { return m_scheme + QStringLiteral("://127.0.0.1:%1").arg(m_port); }
    // Of the self-signed certificate (tls), as lower-case hex.
    QString certificateSha256() const { return m_certificateSha256; }

private:
    QString m_root;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_scheme;
    QString m_certificateSha256;
};
