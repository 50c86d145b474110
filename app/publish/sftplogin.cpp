// Part of SftpTransport (see sftptransport.h): the connection, the host key
// check against OpenSSH's known_hosts, and the login (agent, key files,
// password or keyboard-interactive).
#include "app/publish/credentials.h"
#include "app/publish/knownhosts.h"
#include "app/publish/sftpinternal.h"
#include "app/publish/sftptransport.h"

#include <libssh2.h>

#include <QFileInfo>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

using sftpinternal::tr;

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
