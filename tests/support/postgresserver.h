#pragma once

// A real PostgreSQL (Debian's postgresql package) on a free loopback port, in
// its own temporary folder, for tests: initdb with trust authentication, one
// empty database, stopped and removed when the object goes away. Run as
// root (CI), the server runs as the postgres user (initdb refuses root).

#include "tests/support/testtools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

class PostgresServer
{
public:
    explicit PostgresServer(const QString &database = QStringLiteral("webcasts"))
        : m_database(database)
    {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            m_error = QStringLiteral("PostgreSQL is not installed (Debian package postgresql)");
            return;
        }
        // As root, the folder (data, socket, log) belongs to the server's user.
        if (geteuid() == 0) {
            const passwd *pw = getpwnam("postgres");
            if (!pw ||
                chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
                return;
            }
        }
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_port = testtools::freeLoopbackPort();
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--no-sync")}))
            return;
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                  QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                      .arg(m_port)
                      .arg(m_dir.path()),
                  QStringLiteral("-w"), QStringLiteral("start")}))
            return;
        m_started = true;
        if (!psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(m_database)))
            return;
        m_ok = true;
    }

    ~PostgresServer()
    {
        if (m_started)
            run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                                           QStringLiteral("immediate"), QStringLiteral("stop")});
    }

    bool ok() const { return m_ok; }
    const QString &error() const { return m_error; }
    int port() const { return m_port; }
    // Where initdb, pg_ctl and pgbench are.
    const QString &binDirectory() const { return m_bin; }
    // postgresql://postgres@127.0.0.1:PORT/DATABASE
    QString url(const QString &user = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(user)
            .arg(m_port)
            .arg(m_database);
    }
    // One statement through psql as the superuser (or `user`); false (with
    // error()) on failure.
    bool psql(const QString &database, const QString &statement,
              const QString &user = QStringLiteral("postgres"))
    {
        return run(QStringLiteral("psql"),
                   {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), user, QStringLiteral("-d"),
                    database, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-qAt"), QStringLiteral("-c"), statement},
                   /*asServer=*/false);
    }
    const QString &lastOutput() const { return m_output; }

private:
    static QString binDir()
    {
        const QStringList versions =
            QDir(QStringLiteral("/usr/lib/postgresql"))
                .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &v : versions) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        return {};
    }

    bool run(const QString &tool, const QStringList &arguments, bool asServer = true)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (asServer && geteuid() == 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), program} +
                        arguments);
        else
            p.start(tool == QLatin1String("psql") ? QStringLiteral("psql") : program, arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            m_error = tool + QStringLiteral(": ") + QString::fromUtf8(p.readAll());
            QFile log(m_dir.filePath(QStringLiteral("server.log")));
            if (log.open(QIODevice::ReadOnly))
                m_error += QStringLiteral("\nserver log:\n") + QString::fromUtf8(log.readAll());
            return false;
        }
        m_output = QString::fromUtf8(p.readAll());
        return true;
    }

    QTemporaryDir m_dir;
    QString m_database;
    QString m_bin;
    QString m_data;
    QString m_error;
    QString m_output;
    int m_port = 0;
    bool m_started = false;
    bool m_ok = false;
};
