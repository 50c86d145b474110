// SftpTransport (see sftptransport.h): setting up and closing, and the
// files. The login is in sftplogin.cpp, commands in sftpshell.cpp, batches
// in sftpbatch.cpp, uploads in sftpupload.cpp.
#include "app/publish/sftptransport.h"
#include "app/publish/sftpinternal.h"

#include "app/publish/opensshcommand.h"
#include "app/render/sitewriter.h"

#include <libssh2.h>
#include <libssh2_sftp.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace {

using sftpinternal::tr;
using sftpinternal::writeChunk;

// ssh and libssh2 take "~" from the passwd entry, not $HOME.
QString expandHome(QString path)
{
    if (path.startsWith(QLatin1String("~/"))) {
        const passwd *pw = getpwuid(geteuid());
        const QString home =
            pw && pw->pw_dir ? QString::fromLocal8Bit(pw->pw_dir) : QDir::homePath();
        path = home + path.mid(1);
    }
    return path;
}

struct LibraryInit
{
    LibraryInit() { libssh2_init(0); }
    ~LibraryInit() { libssh2_exit(); }
};

} // namespace

SftpTransport::SftpTransport(QUrl url, Options options)
    : m_url(std::move(url))
    , m_options(std::move(options))
    , m_root(m_url.path().toUtf8())
{
    static LibraryInit init;
    while (m_root.size() > 1 && m_root.endsWith('/'))
        m_root.chop(1);
}

SftpTransport::~SftpTransport()
{
    close();
}

QByteArray SftpTransport::shellQuote(const QByteArray &text)
{
    QByteArray out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + '\'';
}

SftpTransport::Resolved SftpTransport::resolve() const
{
    Resolved r;
    r.host = m_url.host();
    r.port = m_url.port(22);
    r.user = m_url.userName();
    // `ssh -G` resolves aliases, HostName, Port, User, IdentityFile and
    // UserKnownHostsFile exactly as OpenSSH would.
    QStringList args{QStringLiteral("-G")};
    if (!m_options.sshConfig.isEmpty())
        args << QStringLiteral("-F") << m_options.sshConfig;
    if (m_url.port() > 0)
        args << QStringLiteral("-p") << QString::number(m_url.port());
    if (!r.user.isEmpty())
        args << QStringLiteral("-l") << r.user;
    args << QStringLiteral("--") << m_url.host();
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), args);
    if (ssh.waitForFinished(5000) && ssh.exitCode() == 0) {
        const QStringList lines = QString::fromLocal8Bit(ssh.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QString key = line.section(QLatin1Char(' '), 0, 0);
            const QString value = line.section(QLatin1Char(' '), 1);
            if (key == QLatin1String("hostname"))
                r.host = value;
            else if (key == QLatin1String("port"))
                r.port = value.toInt();
            else if (key == QLatin1String("user"))
                r.user = value;
            else if (key == QLatin1String("identityfile"))
                r.identities << expandHome(value);
            else if (key == QLatin1String("hashknownhosts"))
                r.hashKnownHosts = value == QLatin1String("yes");
            else if (key == QLatin1String("userknownhostsfile"))
                for (const QString &f : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    r.knownHosts << expandHome(f);
        }
    }
    if (r.user.isEmpty()) {
        const passwd *pw = getpwuid(geteuid());
        r.user = pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
    }
    if (!m_options.identity.isEmpty())
        r.identities = {m_options.identity};
    if (!m_options.knownHosts.isEmpty())
        r.knownHosts = {m_options.knownHosts};
    if (r.knownHosts.isEmpty())
        r.knownHosts << expandHome(QStringLiteral("~/.ssh/known_hosts"));
    return r;
}

QString SftpTransport::sessionError() const
{
    char *message = nullptr;
    libssh2_session_last_error(m_session, &message, nullptr, 0);
    return message ? QString::fromLocal8Bit(message) : tr("unknown error");
}

QString SftpTransport::sftpError() const
{
    const unsigned long code = m_sftp ? libssh2_sftp_last_error(m_sftp) : 0;
    switch (code) {
    case LIBSSH2_FX_NO_SUCH_FILE:
    case LIBSSH2_FX_NO_SUCH_PATH:
        return tr("no such file or folder");
    case LIBSSH2_FX_PERMISSION_DENIED:
        return tr("permission denied");
    case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
    case LIBSSH2_FX_QUOTA_EXCEEDED:
        return tr("the server's disk is full");
    case 0:
        return sessionError();
    default:
        return tr("SFTP error %1 (%2)").arg(code).arg(sessionError());
    }
}

Status SftpTransport::open()
{
    // A bulk helper started before open() (expectManyFiles) logs in
    // meanwhile; one pinned to an earlier session's key goes with it.
    std::unique_ptr<OpenSshCommand> early =
        m_bulkHelper && !m_bulkHelper->pinned() ? std::move(m_bulkHelper) : nullptr;
    close();
    m_bulkHelper = std::move(early);
    const Resolved r = resolve();
    m_loginNeed = {};
    if (Status s = connectAndCheckHostKey(r); !s) {
        close();
        return s;
    }
    if (Status s = authenticate(r); !s) {
        close();
        return s;
    }
    // What the account can run: read when first needed (settleProbe), so
    // the server's shell starts (a login script may take a while) while
    // the SFTP session is set up and open() returns. A command started
    // before open() for an upload or a large publish says it instead, and no
    // probe is sent.
    m_canExec = m_canStream = m_canKeepHelper = m_hasGnuDd = m_canZstd = false;
    m_probePending = false;
    if (m_options.useShellRename) {
        if (m_expectedCommand || m_bulkHelper) {
            m_probePending = true;
        } else {
            QString error;
            m_probe = startCommand(probeCommand(), &error);
        }
    }
    m_sftp = libssh2_sftp_init(m_session);
    if (!m_sftp) {
        const Status s = Status::failure(
            tr("The server %1 does not offer SFTP: %2").arg(r.host, sessionError()));
        close();
        return s;
    }
    m_knownDirs.clear();
    return makeDirectories(m_root);
}

void SftpTransport::close()
{
    if (m_probe) {
        libssh2_channel_free(m_probe);
        m_probe = nullptr;
    }
    m_probePending = false;
    m_pendingRenames.clear();
    m_guardPath.clear();
    m_guardBytes.clear();
    discardStream();
    stopHelper();
    if (m_sftp) {
        libssh2_sftp_shutdown(m_sftp);
        m_sftp = nullptr;
    }
    if (m_session) {
        libssh2_session_disconnect(m_session, "done");
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
}

Status SftpTransport::makeDirectories(const QByteArray &dir)
{
    if (dir.isEmpty() || m_knownDirs.contains(dir))
        return {};
    // Inside the target every step is checked from the root down with
    // lstat: a link there is refused, never written through. The root and
    // the folders above it may be links: the user named them.
    const bool inside = dir.size() > m_root.size() && dir.startsWith(QByteArray(m_root + '/'));
    const int slash = dir.lastIndexOf('/');
    if (inside)
        if (Status s = makeDirectories(dir.left(slash)); !s)
            return s;
    const int how = inside ? LIBSSH2_SFTP_LSTAT : LIBSSH2_SFTP_STAT;
    LIBSSH2_SFTP_ATTRIBUTES attrs;
    if (libssh2_sftp_stat_ex(m_sftp, dir.constData(), unsigned(dir.size()), how, &attrs) == 0) {
        if (LIBSSH2_SFTP_S_ISLNK(attrs.permissions))
            return Status::failure(tr("Refusing to write into %1 on the server: it is a link.")
                                       .arg(QString::fromUtf8(dir)));
        if (!LIBSSH2_SFTP_S_ISDIR(attrs.permissions))
            return Status::failure(
                tr("%1 on the server is not a folder.").arg(QString::fromUtf8(dir)));
        m_knownDirs.insert(dir);
        return {};
    }
    if (!inside && slash > 0)
        if (Status s = makeDirectories(dir.left(slash)); !s)
            return s;
    if (libssh2_sftp_mkdir_ex(m_sftp, dir.constData(), unsigned(dir.size()), 0755) != 0 &&
        (libssh2_sftp_stat_ex(m_sftp, dir.constData(), unsigned(dir.size()), how, &attrs) != 0 ||
         !LIBSSH2_SFTP_S_ISDIR(attrs.permissions)))
        return Status::failure(tr("Cannot create the folder %1 on the server: %2")
                                   .arg(QString::fromUtf8(dir), sftpError()));
    m_knownDirs.insert(dir);
    return {};
}

Status SftpTransport::checkFolders(const QByteArray &dir)
{
    if (dir.size() <= m_root.size() || m_knownDirs.contains(dir))
        return {};
    const int slash = dir.lastIndexOf('/');
    if (Status s = checkFolders(dir.left(slash)); !s)
        return s;
    LIBSSH2_SFTP_ATTRIBUTES attrs;
    if (libssh2_sftp_stat_ex(m_sftp, dir.constData(), unsigned(dir.size()), LIBSSH2_SFTP_LSTAT,
                             &attrs) != 0)
        return {}; // not there: nothing under it to remove
    if (!LIBSSH2_SFTP_S_ISDIR(attrs.permissions))
        return Status::failure(tr("Refusing to remove anything under %1 on the server: it is a "
                                  "link or a file, not a folder.")
                                   .arg(QString::fromUtf8(dir)));
    m_knownDirs.insert(dir);
    return {};
}

Status SftpTransport::put(const QString &path, const QByteArray &data, const QByteArray &)
{
    if (!m_sftp)
        return Status::failure(tr("Not connected."));
    settleProbe();
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    if (m_canStream)
        return putStreamed(path, data);
    const QByteArray target = m_root + '/' + path.toUtf8();
    const int slash = target.lastIndexOf('/');
    if (Status s = makeDirectories(target.left(slash)); !s)
        return s;
    // A fresh name, created exclusively: whatever waits at a temporary name
    // (a link to the account's .bashrc) is never opened.
    QByteArray temp;
    LIBSSH2_SFTP_HANDLE *file = nullptr;
    for (int attempt = 0; !file && attempt < 8; ++attempt) {
        temp = target.left(slash + 1) + '.' + target.mid(slash + 1) + '.' +
               QByteArray::number(QRandomGenerator::global()->generate64() % 2176782336u, 36) +
               ".webcast-tmp";
        file = libssh2_sftp_open_ex(m_sftp, temp.constData(), unsigned(temp.size()),
                                    LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_EXCL, 0644,
                                    LIBSSH2_SFTP_OPENFILE);
        if (!file && libssh2_sftp_last_error(m_sftp) != LIBSSH2_FX_FILE_ALREADY_EXISTS &&
            libssh2_sftp_last_error(m_sftp) != LIBSSH2_FX_FAILURE)
            break;
    }
    if (!file)
        return Status::failure(tr("Cannot upload %1: %2").arg(path, sftpError()));
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = libssh2_sftp_write(file, data.constData() + done,
                                             size_t(std::min(writeChunk, data.size() - done)));
        if (n < 0) {
            const QString why = sftpError();
            libssh2_sftp_close(file);
            libssh2_sftp_unlink_ex(m_sftp, temp.constData(), unsigned(temp.size()));
            return Status::failure(tr("Cannot upload %1: %2").arg(path, why));
        }
        done += n;
    }
    if (libssh2_sftp_close(file) != 0)
        return Status::failure(tr("Cannot finish %1: %2").arg(path, sftpError()));

    if (m_canExec) {
        // Renamed with the rest of the batch in commit(): one server command
        // for many files instead of one each.
        m_pendingRenames.append({temp, target});
        return {};
    }
    if (Status s = replaceWith(temp, target); !s)
        return Status::failure(tr("Cannot put %1 in place: %2").arg(path, s.error()));
    return {};
}

Status SftpTransport::replaceWith(const QByteArray &temp, const QByteArray &target)
{
    settleProbe();
    if (m_canExec) {
        int code = -1;
        if (Status s = exec("mv -fT -- " + shellQuote(temp) + ' ' + shellQuote(target), &code);
            !s || code != 0)
            return Status::failure(s ? tr("the server's mv failed (exit %1)").arg(code)
                                     : s.error());
        return {};
    }
    // Without a shell: a plain rename works when nothing is in the way;
    // otherwise remove the old file and rename at once (the gap is kept).
    if (libssh2_sftp_rename_ex(m_sftp, temp.constData(), unsigned(temp.size()), target.constData(),
                               unsigned(target.size()),
                               LIBSSH2_SFTP_RENAME_OVERWRITE | LIBSSH2_SFTP_RENAME_ATOMIC |
                                   LIBSSH2_SFTP_RENAME_NATIVE) == 0)
        return {};
    QElapsedTimer gap;
    gap.start();
    libssh2_sftp_unlink_ex(m_sftp, target.constData(), unsigned(target.size()));
    const int rc =
        libssh2_sftp_rename_ex(m_sftp, temp.constData(), unsigned(temp.size()), target.constData(),
                               unsigned(target.size()), LIBSSH2_SFTP_RENAME_OVERWRITE);
    m_longestGapUs = std::max(m_longestGapUs, gap.nsecsElapsed() / 1000);
    if (rc != 0)
        return Status::failure(sftpError());
    return {};
}

Result<std::optional<QByteArray>> SftpTransport::fetch(const QString &path)
{
    if (!m_sftp)
        return Status::failure(tr("Not connected."));
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    const QByteArray file = m_root + '/' + path.toUtf8();
    LIBSSH2_SFTP_HANDLE *handle =
        libssh2_sftp_open_ex(m_sftp, file.constData(), unsigned(file.size()), LIBSSH2_FXF_READ, 0,
                             LIBSSH2_SFTP_OPENFILE);
    if (!handle) {
        if (libssh2_sftp_last_error(m_sftp) == LIBSSH2_FX_NO_SUCH_FILE)
            return std::optional<QByteArray>();
        return Status::failure(tr("Cannot read %1: %2").arg(path, sftpError()));
    }
    QByteArray data;
    QByteArray buffer(16 * 1024, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = libssh2_sftp_read(handle, buffer.data(), size_t(buffer.size()));
        if (n < 0) {
            const QString why = sftpError();
            libssh2_sftp_close(handle);
            return Status::failure(tr("Cannot read %1: %2").arg(path, why));
        }
        if (n == 0)
            break;
        data.append(buffer.constData(), n);
        if (data.size() > maximumFetch) {
            libssh2_sftp_close(handle);
            return Status::failure(tr("%1 on the server is larger than expected.").arg(path));
        }
    }
    libssh2_sftp_close(handle);
    return std::optional<QByteArray>(data);
}

Status SftpTransport::remove(const QString &path)
{
    if (!m_sftp)
        return Status::failure(tr("Not connected."));
    settleProbe();
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    const QByteArray target = m_root + '/' + path.toUtf8();
    // Never through a link: every folder on the way must be a real one.
    const int slash = target.lastIndexOf('/');
    if (Status s = checkFolders(target.left(slash)); !s)
        return s;
    LIBSSH2_SFTP_ATTRIBUTES attrs;
    if (libssh2_sftp_stat_ex(m_sftp, target.constData(), unsigned(target.size()),
                             LIBSSH2_SFTP_LSTAT, &attrs) != 0)
        return {}; // already gone
    if (!LIBSSH2_SFTP_S_ISREG(attrs.permissions))
        return Status::failure(
            tr("Refusing to remove %1 on the server: it is not a plain file.").arg(path));
    if (libssh2_sftp_unlink_ex(m_sftp, target.constData(), unsigned(target.size())) != 0 &&
        libssh2_sftp_last_error(m_sftp) != LIBSSH2_FX_NO_SUCH_FILE)
        return Status::failure(tr("Cannot remove %1: %2").arg(path, sftpError()));
    return {};
}
