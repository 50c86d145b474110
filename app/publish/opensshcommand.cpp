#include "app/publish/opensshcommand.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

// The name the pinned key is filed under (ssh's HostKeyAlias): only this
// one line is read, whatever the user's known_hosts say about the host.
const QString alias = QStringLiteral("webcast-admin-verified-host");

// The most an unprivileged process may give a pipe (fs/pipe-max-size).
constexpr int pipeSize = 1024 * 1024;

// Writing to a pipe whose reader died raises SIGPIPE, which would end the
// whole program: blocked in this thread while it writes, and a pending one
// taken away before the mask is restored.
class SigpipeBlocked
{
public:
    SigpipeBlocked()
    {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_old);
    }
    ~SigpipeBlocked()
    {
        sigset_t pending;
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE) && !sigismember(&m_old, SIGPIPE)) {
            const timespec now{0, 0};
            while (sigtimedwait(&m_pipe, nullptr, &now) < 0 && errno == EINTR) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }

private:
    sigset_t m_pipe;
    sigset_t m_old;
};

QString program()
{
    return QStandardPaths::findExecutable(QStringLiteral("ssh"));
}

// A key in SSH wire form starts with its type: uint32 length, then the name.
QByteArray keyType(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const auto *b = reinterpret_cast<const unsigned char *>(blob.constData());
    const quint32 length =
        (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
    if (length == 0 || length > 64 || qsizetype(length) > blob.size() - 4)
        return {};
    const QByteArray name = blob.mid(4, qsizetype(length));
    for (char c : name)
        if (!(QChar::isLetterOrNumber(uchar(c)) || c == '-' || c == '@' || c == '.'))
            return {};
    return name;
}

} // namespace

bool OpenSshCommand::available()
{
    return !program().isEmpty();
}

QStringList OpenSshCommand::arguments(const Login &login, const QString &knownHostsFile,
                                      const QByteArray &command)
{
    // ssh_config quotes a file name with spaces in double quotes.
    auto quoted = [](const QString &file) {
        return file.contains(QLatin1Char(' ')) ? QLatin1Char('"') + file + QLatin1Char('"') : file;
    };
    QStringList trusted;
    if (login.hostKey.isEmpty())
        for (const QString &file : login.knownHosts)
            trusted << quoted(file);
    else
        trusted << quoted(knownHostsFile);
    const QString timeout = QString::number(std::max(1, login.timeoutSeconds));
    QStringList args;
    if (!login.sshConfig.isEmpty())
        args << QStringLiteral("-F") << login.sshConfig;
    if (login.port > 0)
        args << QStringLiteral("-p") << QString::number(login.port);
    if (!login.user.isEmpty())
        args << QStringLiteral("-l") << login.user;
    const QStringList options{
        // Never a question: a login it cannot make alone fails at once.
        QStringLiteral("BatchMode=yes"),
        // Only keys the session trusts too, never a new one.
        QStringLiteral("StrictHostKeyChecking=yes"),
        QStringLiteral("UserKnownHostsFile=") + trusted.join(QLatin1Char(' ')),
        QStringLiteral("GlobalKnownHostsFile=/dev/null"),
        QStringLiteral("CheckHostIP=no"),
        QStringLiteral("UpdateHostKeys=no"),
        // Its own connection, carrying nothing but the command's bytes.
        QStringLiteral("ControlMaster=no"),
        QStringLiteral("ControlPath=none"),
        QStringLiteral("ForwardAgent=no"),
        QStringLiteral("ForwardX11=no"),
        QStringLiteral("ClearAllForwardings=yes"),
        QStringLiteral("PermitLocalCommand=no"),
        QStringLiteral("RequestTTY=no"),
        QStringLiteral("Compression=no"), // archives are compressed video
        // AES-GCM first: with AES-NI the cheapest cipher on both ends.
        QStringLiteral("Ciphers=^aes128-gcm@openssh.com,aes256-gcm@openssh.com"),
        // Curve25519 first, as the libssh2 session's own key exchange: OpenSSH
        // 9's default, sntrup761x25519, costs about 90 ms of CPU on each end
        // per login here (a quarter of an upload's start). The bytes it
        // carries are the public site and archives.
        QStringLiteral("KexAlgorithms=^curve25519-sha256,curve25519-sha256@libssh.org"),
        QStringLiteral("ConnectTimeout=") + timeout,
        // A server that stops answering ends the command (about 3 timeouts).
        QStringLiteral("ServerAliveInterval=") + timeout,
        QStringLiteral("ServerAliveCountMax=3"),
        QStringLiteral("LogLevel=ERROR"),
    };
    for (const QString &o : options)
        args << QStringLiteral("-o") << o;
    if (!login.hostKey.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("HostKeyAlias=") + alias;
    if (!login.identity.isEmpty())
        args << QStringLiteral("-i") << login.identity << QStringLiteral("-o")
             << QStringLiteral("IdentitiesOnly=yes");
    args << QStringLiteral("--") << login.host << QString::fromUtf8(command);
    return args;
}

OpenSshCommand::OpenSshCommand(const Login &login, const QByteArray &command)
    : m_login(login)
    , m_knownHosts(QDir::tempPath() + QStringLiteral("/webcast-admin-host-XXXXXX"))
{
    if (pinned()) {
        const QByteArray type = keyType(login.hostKey);
        if (type.isEmpty() || !m_knownHosts.open()) {
            m_startError = tr("The server's host key is not known to this connection.");
            return;
        }
        m_knownHosts.write(alias.toUtf8() + ' ' + type + ' ' + login.hostKey.toBase64() + '\n');
        m_knownHosts.flush();
    } else if (login.knownHosts.isEmpty()) {
        m_startError = tr("The server's host key is not known to this connection.");
        return;
    }
    const QString ssh = program();
    if (ssh.isEmpty()) {
        m_startError = tr("ssh (OpenSSH's client) is not installed.");
        return;
    }
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0)
        return;
    if (pipe2(out, O_CLOEXEC) != 0) {
        ::close(in[0]);
        ::close(in[1]);
        return;
    }
    fcntl(in[1], F_SETPIPE_SZ, pipeSize); // fewer wake-ups on both sides
    QList<QByteArray> args{QFile::encodeName(ssh)};
    for (const QString &a : arguments(login, m_knownHosts.fileName(), command))
        args << a.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    // fork and exec by hand (posix_spawn cannot): ssh ends with this
    // program (PR_SET_PDEATHSIG), as a libssh2 connection does, so a killed
    // upload leaves nothing running that could still deliver bytes later.
    // Between fork and exec only async-signal-safe calls.
    const pid_t parent = getpid();
    sigset_t none;
    sigemptyset(&none);
    const pid_t child = fork();
    if (child == 0) {
        if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent)
            _exit(127);
        if (dup2(in[0], 0) < 0 || dup2(out[1], 1) < 0 || dup2(out[1], 2) < 0)
            _exit(127);
        for (int fd = 0; fd < 3; ++fd)
            fcntl(fd, F_SETFD, 0); // a dup2 onto itself keeps close-on-exec
        // Nothing else of ours (the session's socket among them) stays open.
        syscall(SYS_close_range, 3U, ~0U, 0U);
        // Default signals and an empty mask, whatever this thread had.
        signal(SIGPIPE, SIG_DFL);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        execve(argv[0], argv.data(), environ);
        _exit(127);
    }
    const int rc = child < 0 ? errno : 0;
    m_pid = child;
    ::close(in[0]);
    ::close(out[1]);
    if (rc != 0) {
        m_pid = -1;
        m_startError = tr("ssh could not start: %1").arg(QString::fromLocal8Bit(strerror(rc)));
        ::close(in[1]);
        ::close(out[0]);
        return;
    }
    m_input = in[1];
    m_output = out[0];
    fcntl(m_input, F_SETFL, fcntl(m_input, F_GETFL) | O_NONBLOCK);
    fcntl(m_output, F_SETFL, fcntl(m_output, F_GETFL) | O_NONBLOCK);
}

OpenSshCommand::~OpenSshCommand()
{
    // Not started yet (never used): nothing on the server to finish.
    // Running: EOF first, so the command ends cleanly with what arrived.
    if (m_pid > 0 && m_status < 0) {
        if (m_ready) {
            closeInput();
            reap(QDeadlineTimer(std::chrono::seconds(m_login.timeoutSeconds)));
        } else {
            reap(QDeadlineTimer(0));
        }
    }
    closeInput();
    if (m_output >= 0)
        ::close(m_output);
}

void OpenSshCommand::closeInput()
{
    if (m_input >= 0)
        ::close(m_input);
    m_input = -1;
}

bool OpenSshCommand::running()
{
    if (m_pid <= 0 || m_status >= 0)
        return false;
    int status = 0;
    const pid_t r = waitpid(m_pid, &status, WNOHANG);
    if (r == m_pid || (r < 0 && errno == ECHILD)) {
        m_status = r == m_pid ? status : 0;
        m_lost = r != m_pid; // reaped elsewhere: its exit is not ours to know
        return false;
    }
    return true;
}

void OpenSshCommand::reap(const QDeadlineTimer &patience)
{
    // Its output is drained meanwhile, so it never blocks writing it.
    while (running() && !patience.hasExpired())
        readOutput(int(std::min<qint64>(patience.remainingTime(), 100)));
    if (!running())
        return;
    ::kill(m_pid, SIGTERM);
    QDeadlineTimer grace(std::chrono::seconds(2));
    while (running() && !grace.hasExpired())
        readOutput(50);
    if (running()) {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_status = status;
    }
}

bool OpenSshCommand::readOutput(int msecs)
{
    if (m_output < 0)
        return false;
    pollfd p{m_output, POLLIN, 0};
    if (poll(&p, 1, std::max(0, msecs)) <= 0)
        return true;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(m_output, buffer, sizeof buffer);
        if (n > 0) {
            // Enough to say what went wrong; a chatty login script cannot
            // fill memory.
            if (m_said.size() < 1024 * 1024)
                m_said.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return true;
        ::close(m_output); // 0: it closed its output
        m_output = -1;
        return false;
    }
}

QString OpenSshCommand::failure(const QString &fallback) const
{
    if (!m_startError.isEmpty())
        return m_startError;
    const QString text = QString::fromUtf8(m_said.trimmed()).section(QLatin1Char('\n'), -3);
    if (!text.isEmpty())
        return text;
    if (!fallback.isEmpty())
        return fallback;
    if (m_status >= 0 && WIFEXITED(m_status))
        return tr("ssh ended (exit %1)").arg(WEXITSTATUS(m_status));
    return tr("ssh ended");
}

Status OpenSshCommand::started(const QByteArray &ready)
{
    if (m_ready)
        return {};
    if (m_pid <= 0)
        return Status::failure(failure(tr("ssh could not start.")));
    // The handshake, the login and the shell's start; each bounded by ssh.
    QDeadlineTimer deadline(std::chrono::seconds(m_login.timeoutSeconds * 3));
    for (;;) {
        // A line of its own (what a login script printed comes before it).
        for (qsizetype at = 0, end; (end = m_said.indexOf('\n', at)) >= 0; at = end + 1) {
            if (m_said.mid(at, ready.size()) == ready) {
                m_readyLine = m_said.mid(at, end - at);
                m_said.remove(0, end + 1);
                m_ready = true;
                return {};
            }
        }
        if (deadline.hasExpired())
            break;
        if (!readOutput(int(std::min<qint64>(deadline.remainingTime(), 1000))))
            break; // it ended
    }
    reap(QDeadlineTimer(0));
    return Status::failure(failure(tr("ssh did not log in in time.")));
}

Status OpenSshCommand::write(const char *data, qint64 size)
{
    if (!m_ready || m_input < 0)
        return Status::failure(failure());
    const SigpipeBlocked blocked;
    // Bytes that leave at all keep it going; a whole timeout without any
    // is a server that stopped reading.
    QDeadlineTimer stalled(std::chrono::seconds(m_login.timeoutSeconds));
    while (size > 0) {
        const ssize_t n = ::write(m_input, data, size_t(size));
        if (n > 0) {
            data += n;
            size -= n;
            stalled.setRemainingTime(std::chrono::seconds(m_login.timeoutSeconds));
            continue;
        }
        if (Status s = waitForRoom(n < 0 ? errno : EAGAIN, stalled); !s)
            return s;
    }
    return {};
}

Status OpenSshCommand::waitForRoom(int error, const QDeadlineTimer &stalled)
{
    if (error == EINTR)
        return {};
    if (error != EAGAIN) {
        closeInput(); // EPIPE: ssh ended
        reap(QDeadlineTimer(std::chrono::seconds(5)));
        return Status::failure(failure());
    }
    if (stalled.hasExpired())
        return Status::failure(tr("The server stopped taking data."));
    // Room in the pipe, or something said (drained so ssh never blocks).
    pollfd p[2] = {{m_input, POLLOUT, 0}, {m_output, POLLIN, 0}};
    if (poll(p, m_output >= 0 ? 2 : 1, 1000) > 0 && (p[1].revents & (POLLIN | POLLHUP)))
        readOutput(0);
    return {};
}

Status OpenSshCommand::writeFile(int fd, qint64 offset, qint64 size)
{
    if (!m_ready || m_input < 0)
        return Status::failure(failure());
    const SigpipeBlocked blocked;
    QDeadlineTimer stalled(std::chrono::seconds(m_login.timeoutSeconds));
    loff_t from = offset;
    QByteArray buffer;
    while (size > 0) {
        ssize_t n = -1;
        if (m_canSplice) {
            n = ::splice(fd, &from, m_input, nullptr, size_t(std::min<qint64>(size, pipeSize)),
                         SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
            if (n < 0 && (errno == EINVAL || errno == ENOSYS))
                m_canSplice = false; // this file system cannot: through a buffer
        }
        if (!m_canSplice) {
            buffer.resize(qsizetype(std::min<qint64>(size, pipeSize)));
            const ssize_t got = ::pread(fd, buffer.data(), size_t(buffer.size()), from);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                return Status::failure(tr("The file ended before all of it was sent."));
            if (Status s = write(buffer.constData(), got); !s)
                return s;
            from += got;
            size -= got;
            continue;
        }
        if (n > 0) {
            size -= n;
            stalled.setRemainingTime(std::chrono::seconds(m_login.timeoutSeconds));
            continue;
        }
        if (n == 0)
            return Status::failure(tr("The file ended before all of it was sent."));
        if (Status s = waitForRoom(errno, stalled); !s)
            return s;
    }
    return {};
}

Status OpenSshCommand::readLineWith(const QByteArray &marker, QByteArray *received)
{
    QDeadlineTimer stalled(std::chrono::seconds(m_login.timeoutSeconds));
    for (;;) {
        if (const qsizetype at = m_said.indexOf(marker); at >= 0) {
            if (const qsizetype end = m_said.indexOf('\n', at); end >= 0) {
                *received = m_said.left(end + 1);
                m_said.remove(0, end + 1);
                return {};
            }
        }
        if (stalled.hasExpired())
            return Status::failure(tr("The server stopped answering."));
        const qsizetype before = m_said.size();
        if (!readOutput(1000)) {
            reap(QDeadlineTimer(std::chrono::seconds(5)));
            return Status::failure(failure());
        }
        if (m_said.size() > before)
            stalled.setRemainingTime(std::chrono::seconds(m_login.timeoutSeconds));
    }
}

void OpenSshCommand::finish(int *exitCode, QByteArray *output)
{
    *exitCode = -1;
    closeInput(); // EOF: the server writes what it has and ends
    if (m_pid > 0 && m_status < 0) {
        // Its output ends when it does.
        QDeadlineTimer patience(std::chrono::seconds(m_login.timeoutSeconds));
        while (m_output >= 0 && !patience.hasExpired())
            readOutput(int(std::min<qint64>(patience.remainingTime(), 1000)));
        reap(patience);
    }
    if (m_status >= 0 && !m_lost && WIFEXITED(m_status))
        *exitCode = WEXITSTATUS(m_status);
    if (output)
        *output = m_said;
}
