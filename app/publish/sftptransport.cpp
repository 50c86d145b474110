#include "app/publish/sftptransport.h"
#include "app/publish/sftpinternal.h"

#include "app/publish/credentials.h"
#include "app/publish/knownhosts.h"
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

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
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

Status SftpTransport::connectSocket(const Resolved &r)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray host = r.host.toUtf8();
    const QByteArray port = QByteArray::number(r.port);
    if (getaddrinfo(host.constData(), port.constData(), &hints, &found) != 0 || !found)
        return Status::failure(tr("The server %1 could not be found.").arg(r.host));
    QString lastError;
    for (addrinfo *a = found; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        // Connect with a time limit, then go back to blocking for libssh2.
        const int flags = fcntl(fd, F_GETFL);
        fcntl(fd, F_SETFL, flags | O_NONBLOCK);
        int rc = ::connect(fd, a->ai_addr, a->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            rc = ::poll(&p, 1, m_options.timeoutSeconds * 1000) == 1 ? 0 : -1;
            int soError = 0;
            socklen_t len = sizeof soError;
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
            if (rc == 0 && soError != 0) {
                errno = soError;
                rc = -1;
            } else if (rc != 0) {
                errno = ETIMEDOUT;
            }
        }
        if (rc == 0) {
            fcntl(fd, F_SETFL, flags);
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            m_socket = fd;
            break;
        }
        lastError = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
    }
    freeaddrinfo(found);
    if (m_socket < 0)
        return Status::failure(
            tr("Cannot connect to %1 port %2: %3").arg(r.host).arg(r.port).arg(lastError));
    return {};
}

Status SftpTransport::startSession(const Resolved &r, const QByteArray &hostKeyMethods)
{
    if (Status s = connectSocket(r); !s)
        return s;
    m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, this);
    libssh2_session_set_blocking(m_session, 1);
    libssh2_session_set_timeout(m_session, m_options.timeoutSeconds * 1000L);
    if (!hostKeyMethods.isEmpty())
        libssh2_session_method_pref(m_session, LIBSSH2_METHOD_HOSTKEY, hostKeyMethods.constData());
    if (libssh2_session_handshake(m_session, m_socket) != 0)
        return Status::failure(
            tr("The SSH handshake with %1 failed: %2").arg(r.host, sessionError()));
    return {};
}

QString SftpTransport::presentedFingerprint() const
{
    size_t keyLength = 0;
    int keyType = 0;
    const char *key = libssh2_session_hostkey(m_session, &keyLength, &keyType);
    return key ? KnownHosts::fingerprint(QByteArray(key, qsizetype(keyLength))) : QString();
}

Status SftpTransport::connectAndCheckHostKey(const Resolved &r)
{
    // Known key types are read before the handshake, so the server is asked
    // for exactly those (see knownhosts.h).
    LIBSSH2_SESSION *reader = libssh2_session_init();
    QList<KnownHosts::Key> known;
    {
        const KnownHosts hosts(reader, r.knownHosts);
        known = hosts.keysFor(r.host.toUtf8(), r.port);
    }
    libssh2_session_free(reader);
    QByteArrayList methods;
    for (const KnownHosts::Key &k : std::as_const(known))
        methods << k.method;
    const Status started = startSession(r, methods.join(','));
    if (started.ok())
        return checkHostKey(r);
    if (known.isEmpty())
        return started;
    // It offers none of the key types we know it by: find out which key it
    // does show, and refuse that like a changed key.
    close();
    if (!startSession(r, {}).ok())
        return started;
    m_fingerprint = presentedFingerprint();
    QStringList knownPrints;
    for (const KnownHosts::Key &k : std::as_const(known))
        knownPrints << QString::fromLatin1(k.method) + QLatin1Char(' ') + k.fingerprint;
    m_hostKey = HostKey::Changed;
    return Status::failure(
        tr("WARNING: %1 now shows another kind of host key (%2) than the one it is known by "
           "(%3). Someone may be intercepting the connection. Nothing was sent and nothing was "
           "saved. If the server was really reinstalled, remove its old line from %4 first.")
            .arg(r.host, m_fingerprint, knownPrints.join(QStringLiteral(", ")),
                 r.knownHosts.first()));
}

Status SftpTransport::checkHostKey(const Resolved &r)
{
    size_t keyLength = 0;
    int keyType = 0;
    const char *key = libssh2_session_hostkey(m_session, &keyLength, &keyType);
    if (!key)
        return Status::failure(tr("The server sent no host key."));
    m_hostKeyBlob = QByteArray(key, qsizetype(keyLength));
    m_fingerprint = KnownHosts::fingerprint(QByteArray(key, qsizetype(keyLength)));
    const QByteArray host = r.host.toUtf8();
    KnownHosts::Check check;
    {
        const KnownHosts hosts(m_session, r.knownHosts);
        check = hosts.check(host, r.port, key, keyLength, keyType);
    }
    if (check == KnownHosts::Check::Match) {
        m_hostKey = HostKey::Known;
        return {};
    }
    if (check == KnownHosts::Check::Revoked) {
        m_hostKey = HostKey::Changed;
        return Status::failure(tr("WARNING: %1 shows the key %2, which %3 marks as revoked. "
                                  "Nothing was sent.")
                                   .arg(r.host, m_fingerprint, r.knownHosts.first()));
    }
    if (check == KnownHosts::Check::Mismatch) {
        m_hostKey = HostKey::Changed;
        return Status::failure(
            tr("WARNING: the host key of %1 has CHANGED (now %2). Someone may be intercepting the "
               "connection, or the server was reinstalled. Nothing was sent. If the change is "
               "expected, remove the old key from %3 first.")
                .arg(r.host, m_fingerprint, r.knownHosts.first()));
    }
    // A new host. Only the very key the user saw and accepted is stored: a
    // server that shows another one on this connection is refused.
    const QString &accepted = m_options.acceptHostKey;
    if (!accepted.isEmpty() && accepted != m_fingerprint) {
        m_hostKey = HostKey::Changed;
        return Status::failure(
            tr("WARNING: %1 showed the key %2 when you accepted it, and now shows %3. Someone may "
               "be intercepting the connection. Nothing was sent and nothing was saved.")
                .arg(r.host, accepted, m_fingerprint));
    }
    if (accepted.isEmpty() && !m_options.acceptNewHostKey) {
        m_hostKey = HostKey::Unknown;
        m_loginNeed.kind = LoginNeed::Kind::HostKeyUnknown;
        m_loginNeed.account = r.host;
        m_loginNeed.fingerprint = m_fingerprint;
        return Status::failure(
            tr("The server %1 is not known yet; its key fingerprint is %2. Compare it with the "
               "one the server's administrator gives you, then accept it.")
                .arg(r.host, m_fingerprint));
    }
    // Accepted: one line is added to the user's known_hosts, as OpenSSH does.
    if (Status s = KnownHosts::append(m_session, r.knownHosts.first(), host, r.port, key, keyLength,
                                      keyType, r.hashKnownHosts);
        !s)
        return s;
    m_hostKey = HostKey::Known;
    return {};
}

LoginNeed SftpTransport::loginFor(const Resolved &r)
{
    LoginNeed login;
    login.kind = LoginNeed::Kind::Password;
    login.key = credentials::keyFor(QStringLiteral("sftp"), r.user, r.host, r.port);
    login.account = r.user + QLatin1Char('@') + r.host;
    return login;
}

LoginNeed SftpTransport::passwordLogin() const
{
    return loginFor(resolve());
}

Status SftpTransport::authenticate(const Resolved &r)
{
    const QByteArray user = r.user.toUtf8();
    const char *methods = libssh2_userauth_list(m_session, user.constData(), unsigned(user.size()));
    m_loggedInAlone = false;
    m_loginIdentity.clear();
    if (!methods && libssh2_userauth_authenticated(m_session)) {
        m_loggedInAlone = true;
        return {};
    }
    const QByteArray passphrase = qgetenv("WEBCAST_ADMIN_KEY_PASSPHRASE");
    // Key files named for this target come first, then the agent, then
    // OpenSSH's own key files, then a password.
    if (m_options.identity.isEmpty() && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        LIBSSH2_AGENT *agent = libssh2_agent_init(m_session);
        if (agent && libssh2_agent_connect(agent) == 0 &&
            libssh2_agent_list_identities(agent) == 0) {
            libssh2_agent_publickey *identity = nullptr, *previous = nullptr;
            while (libssh2_agent_get_identity(agent, &identity, previous) == 0) {
                if (libssh2_agent_userauth(agent, user.constData(), identity) == 0) {
                    libssh2_agent_disconnect(agent);
                    libssh2_agent_free(agent);
                    m_loggedInAlone = true;
                    return {};
                }
                previous = identity;
            }
        }
        if (agent) {
            libssh2_agent_disconnect(agent);
            libssh2_agent_free(agent);
        }
    }
    for (const QString &file : r.identities) {
        if (!QFileInfo::exists(file))
            continue;
        const QByteArray key = QFile::encodeName(file);
        const QString pub = file + QStringLiteral(".pub");
        const QByteArray pubKey = QFile::encodeName(pub);
        if (libssh2_userauth_publickey_fromfile_ex(
                m_session, user.constData(), unsigned(user.size()),
                QFileInfo::exists(pub) ? pubKey.constData() : nullptr, key.constData(),
                passphrase.isEmpty() ? nullptr : passphrase.constData()) == 0) {
            // A passphrase from the environment is ours alone: ssh would
            // have to ask for it.
            m_loggedInAlone = passphrase.isEmpty();
            m_loginIdentity = file;
            return {};
        }
    }
    // A password: from the environment, this session or the keychain
    // (credentials.h); when none is known, the caller asks the user.
    const bool byPassword = methods && std::strstr(methods, "password");
    const bool byKeyboard = methods && std::strstr(methods, "keyboard-interactive");
    if (byPassword || byKeyboard) {
        const LoginNeed login = loginFor(r);
        m_loginNeed.key = login.key;
        m_loginNeed.account = login.account;
        const credentials::Lookup known = credentials::lookup(m_loginNeed.key, m_role);
        if (known.password.isEmpty()) {
            m_loginNeed.kind = LoginNeed::Kind::Password;
            return Status::failure(
                tr("The server %1 asks for the password of %2.").arg(r.host, r.user));
        }
        m_password = known.password.toUtf8();
        const bool in = (byPassword &&
                         libssh2_userauth_password_ex(m_session, user.constData(),
                                                      unsigned(user.size()), m_password.constData(),
                                                      unsigned(m_password.size()), nullptr) == 0) ||
                        (byKeyboard && libssh2_userauth_keyboard_interactive_ex(
                                           m_session, user.constData(), unsigned(user.size()),
                                           &SftpTransport::answerPrompts) == 0);
        m_password.fill('\0');
        m_password.clear();
        if (in)
            return {};
        m_loginNeed.kind = LoginNeed::Kind::PasswordRefused;
        return Status::failure(tr("The server %1 refused the password of %2.").arg(r.host, r.user));
    }
    return Status::failure(
        tr("The server %1 refused the login as %2 (tried: %3). Add your key "
           "to the server's authorized_keys, or set a key file for this "
           "target.")
            .arg(r.host, r.user, methods ? QString::fromLatin1(methods) : tr("nothing")));
}

void SftpTransport::answerPrompts(const char *, int, const char *, int, int count,
                                  const LIBSSH2_USERAUTH_KBDINT_PROMPT *,
                                  LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses, void **abstract)
{
    // Every prompt of a keyboard-interactive login gets the password (what
    // OpenSSH's PAM "Password:" prompt asks for).
    const auto *self = static_cast<const SftpTransport *>(*abstract);
    for (int i = 0; i < count; ++i) {
        responses[i].text = static_cast<char *>(std::malloc(size_t(self->m_password.size())));
        if (!responses[i].text) {
            responses[i].length = 0;
            continue;
        }
        std::memcpy(responses[i].text, self->m_password.constData(),
                    size_t(self->m_password.size()));
        responses[i].length = unsigned(self->m_password.size());
    }
}

_LIBSSH2_CHANNEL *SftpTransport::startCommand(const QByteArray &command, QString *error)
{
    LIBSSH2_CHANNEL *channel = libssh2_channel_open_session(m_session);
    if (!channel) {
        *error = sessionError();
        return nullptr;
    }
    if (libssh2_channel_exec(channel, command.constData()) != 0) {
        *error = sessionError();
        libssh2_channel_free(channel);
        return nullptr;
    }
    return channel;
}

Status SftpTransport::writeToCommand(_LIBSSH2_CHANNEL *channel, const char *data, qsizetype size)
{
    qsizetype sent = 0;
    while (sent < size) {
        const ssize_t n =
            libssh2_channel_write(channel, data + sent, size_t(std::min(writeChunk, size - sent)));
        if (n < 0)
            return Status::failure(sessionError());
        sent += n;
    }
    return {};
}

void SftpTransport::finishCommand(_LIBSSH2_CHANNEL *channel, int *exitCode, QByteArray *output)
{
    // EOF on the command's input: a forced sftp-server (no shell) ends here
    // instead of waiting for a request.
    libssh2_channel_send_eof(channel);
    char buffer[4096];
    for (;;) {
        const ssize_t n = libssh2_channel_read(channel, buffer, sizeof buffer);
        const ssize_t e = libssh2_channel_read_stderr(channel, buffer, sizeof buffer);
        if (output && n > 0)
            output->append(buffer, n);
        if (output && e > 0)
            output->append(buffer, e);
        if (n <= 0 && e <= 0 && libssh2_channel_eof(channel))
            break;
        if (n < 0 && n != LIBSSH2_ERROR_EAGAIN)
            break;
    }
    libssh2_channel_close(channel);
    libssh2_channel_wait_closed(channel);
    *exitCode = libssh2_channel_get_exit_status(channel);
    libssh2_channel_free(channel);
}

Status SftpTransport::exec(const QByteArray &command, int *exitCode, QByteArray *output,
                           const QByteArray &input)
{
    QString error;
    LIBSSH2_CHANNEL *channel = startCommand(command, &error);
    if (!channel) {
        // Rare (a busy server); said in the log, since callers may go on
        // without the command's answer.
        qWarning("webcast-admin: a command on the server could not start: %s", qPrintable(error));
        return Status::failure(error);
    }
    if (Status s = writeToCommand(channel, input.constData(), input.size()); !s) {
        libssh2_channel_free(channel);
        return s;
    }
    finishCommand(channel, exitCode, output);
    return {};
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
    m_canExec = m_canStream = m_canKeepHelper = m_hasGnuDd = false;
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

std::unique_ptr<OpenSshCommand> SftpTransport::openSshCommand(const QByteArray &command) const
{
    if (!m_options.useOpenSsh || !m_options.useShellRename || m_openSshFailed ||
        !OpenSshCommand::available())
        return nullptr;
    OpenSshCommand::Login login;
    // As the user wrote it: ssh resolves it as `ssh -G` does for the session.
    login.host = m_url.host();
    login.port = m_url.port();
    login.user = m_url.userName();
    login.sshConfig = m_options.sshConfig;
    login.timeoutSeconds = m_options.timeoutSeconds;
    if (isOpen()) {
        if (!m_loggedInAlone || m_hostKeyBlob.isEmpty())
            return nullptr; // a password: ssh would have to ask
        login.identity = m_loginIdentity;
        login.hostKey = m_hostKeyBlob;
    } else {
        // Before open(): trusting the same known_hosts files the session
        // checks (a host not known yet waits for the session and the user).
        login.identity = m_options.identity;
        login.knownHosts = resolve().knownHosts;
    }
    return std::make_unique<OpenSshCommand>(login, command);
}

void SftpTransport::startOpenSsh(std::unique_ptr<OpenSshCommand> &ssh, const QByteArray &command)
{
    // One started before open() that could not log in gets a second chance
    // pinned to the key the session verified (a host accepted just now).
    for (int attempt = 0; ssh; ++attempt) {
        const Status s = ssh->started("webcast-ready");
        if (s)
            return;
        const bool again = attempt == 0 && !ssh->pinned() && isOpen();
        ssh = again ? openSshCommand(command) : nullptr;
        if (!again) {
            qWarning("webcast-admin: OpenSSH's ssh could not log in (%s); the bytes go over the "
                     "session's own connection instead.",
                     qPrintable(s.error()));
            m_openSshFailed = true;
        }
    }
}

void SftpTransport::expectManyFiles()
{
    if (!m_bulkHelper)
        m_bulkHelper = openSshCommand(bulkHelperCommand());
}

void SftpTransport::endManyFiles()
{
    // A kept connection holds no second one to the server between clicks;
    // the next large publish starts it again.
    m_bulkHelper.reset();
}

QByteArray SftpTransport::probeCommand()
{
    // A shell (for mv -f), tar and perl (for streamed batches), GNU dd (an
    // exact byte count: one helper takes batch after batch, an upload's
    // command places its file itself). A forced sftp-server prints nothing.
    return "printf webcast-ready; command -v tar >/dev/null 2>&1 && "
           "command -v perl >/dev/null 2>&1 && printf ' stream'; "
           "dd iflag=fullblock,count_bytes count=0 </dev/null >/dev/null 2>&1 && printf ' "
           "counted'; "
           "echo";
}

void SftpTransport::applyProbe(const QByteArray &said)
{
    // Its own line: a login script may print something before it.
    QList<QByteArray> words;
    for (const QByteArray &line : said.split('\n'))
        if (line.startsWith("webcast-ready"))
            words = line.trimmed().split(' ');
    m_canExec = words.value(0) == "webcast-ready";
    m_canStream = m_canExec && m_options.useStream && words.contains("stream");
    m_hasGnuDd = m_canExec && words.contains("counted");
    m_canKeepHelper = m_canStream && m_options.useHelper && m_hasGnuDd;
}

void SftpTransport::settleProbe() const
{
    auto *self = const_cast<SftpTransport *>(this);
    if (m_probe) {
        int code = -1;
        QByteArray out;
        self->finishCommand(m_probe, &code, &out);
        self->m_probe = nullptr;
        self->applyProbe(out);
    }
    if (!m_probePending)
        return;
    self->m_probePending = false;
    for (OpenSshCommand *early : {m_expectedCommand.get(), m_bulkHelper.get()}) {
        if (early && early->started("webcast-ready")) {
            self->applyProbe(early->readyLine());
            return;
        }
    }
    int code = -1;
    QByteArray out;
    if (self->exec(probeCommand(), &code, &out))
        self->applyProbe(out);
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
