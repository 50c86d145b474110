#include "app/publish/knownhosts.h"

#include <libssh2.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KnownHosts", text);
}

struct KeyType
{
    const char *method;
    int knownHostMask;
    int hostKeyType;
};

// OpenSSH's order of HostKeyAlgorithms, limited to what libssh2 1.10 can
// verify (it has no rsa-sha2-*; DSA is left out on purpose).
const KeyType keyTypes[] = {
    {"ssh-ed25519", LIBSSH2_KNOWNHOST_KEY_ED25519, LIBSSH2_HOSTKEY_TYPE_ED25519},
    {"ecdsa-sha2-nistp256", LIBSSH2_KNOWNHOST_KEY_ECDSA_256, LIBSSH2_HOSTKEY_TYPE_ECDSA_256},
    {"ecdsa-sha2-nistp384", LIBSSH2_KNOWNHOST_KEY_ECDSA_384, LIBSSH2_HOSTKEY_TYPE_ECDSA_384},
    {"ecdsa-sha2-nistp521", LIBSSH2_KNOWNHOST_KEY_ECDSA_521, LIBSSH2_HOSTKEY_TYPE_ECDSA_521},
    {"ssh-rsa", LIBSSH2_KNOWNHOST_KEY_SSHRSA, LIBSSH2_HOSTKEY_TYPE_RSA},
};

int knownHostMaskFor(int hostKeyType)
{
    for (const KeyType &t : keyTypes) {
        if (t.hostKeyType == hostKeyType)
            return t.knownHostMask;
    }
    return LIBSSH2_KNOWNHOST_KEY_UNKNOWN;
}

// OpenSSH writes "[host]:port" for every port but 22.
QByteArray nameFor(const QByteArray &host, int port)
{
    return port == 22 ? host : QByteArray('[' + host + "]:" + QByteArray::number(port));
}

} // namespace

KnownHosts::KnownHosts(_LIBSSH2_SESSION *session, const QStringList &files)
    : m_hosts(libssh2_knownhost_init(session))
{
    // Line by line: libssh2_knownhost_readfile stops at the first line it
    // cannot parse (a marker, a key type it does not know), and every host
    // after it would look new.
    for (const QString &file : files) {
        QFile in(file);
        if (!m_hosts || !in.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = in.readAll().split('\n');
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            if (line.startsWith("@revoked")) {
                // "@revoked <hosts> <type> <key>": refused for every host.
                const QList<QByteArray> fields = line.simplified().split(' ');
                if (fields.size() >= 4)
                    m_revoked << QByteArray::fromBase64(fields.at(3));
                continue;
            }
            if (line.startsWith('@'))
                continue; // @cert-authority: certificates are not used here
            libssh2_knownhost_readline(m_hosts, line.constData(), size_t(line.size()),
                                       LIBSSH2_KNOWNHOST_FILE_OPENSSH);
        }
    }
}

KnownHosts::~KnownHosts()
{
    if (m_hosts)
        libssh2_knownhost_free(m_hosts);
}

QList<KnownHosts::Key> KnownHosts::keysFor(const QByteArray &host, int port) const
{
    QList<Key> keys;
    if (!m_hosts)
        return keys;
    // libssh2 has no lookup by name (names may be hashed), but its check
    // with a key that cannot match answers "mismatch" exactly when a line of
    // that type exists for the host, and hands that line back.
    static const char probe[] = "not-a-key";
    for (const KeyType &t : keyTypes) {
        libssh2_knownhost *entry = nullptr;
        const int rc = libssh2_knownhost_checkp(
            m_hosts, host.constData(), port, probe, sizeof probe - 1,
            LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | t.knownHostMask, &entry);
        if (rc != LIBSSH2_KNOWNHOST_CHECK_MISMATCH || !entry)
            continue;
        keys.append({t.method, fingerprint(QByteArray::fromBase64(QByteArray(entry->key)))});
    }
    return keys;
}

KnownHosts::Check KnownHosts::check(const QByteArray &host, int port, const char *key,
                                    size_t keyLength, int keyType) const
{
    if (m_revoked.contains(QByteArray(key, qsizetype(keyLength))))
        return Check::Revoked;
    if (!m_hosts)
        return Check::NotFound;
    const int mask = knownHostMaskFor(keyType);
    if (mask == LIBSSH2_KNOWNHOST_KEY_UNKNOWN)
        return Check::NotFound;
    const int rc = libssh2_knownhost_checkp(
        m_hosts, host.constData(), port, key, keyLength,
        LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | mask, nullptr);
    switch (rc) {
    case LIBSSH2_KNOWNHOST_CHECK_MATCH:
        return Check::Match;
    case LIBSSH2_KNOWNHOST_CHECK_MISMATCH:
        return Check::Mismatch;
    default:
        return Check::NotFound;
    }
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    QByteArray b64 = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256).toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

Status KnownHosts::append(_LIBSSH2_SESSION *session, const QString &file, const QByteArray &host,
                          int port, const char *key, size_t keyLength, int keyType, bool hashed)
{
    const int mask = knownHostMaskFor(keyType);
    if (mask == LIBSSH2_KNOWNHOST_KEY_UNKNOWN)
        return Status::failure(tr("The server's key is of a type that cannot be saved."));
    // The line comes from libssh2 (a collection holding just this host), so
    // its format is OpenSSH's; only that line is added to the file.
    LIBSSH2_KNOWNHOSTS *one = libssh2_knownhost_init(session);
    if (!one)
        return Status::failure(tr("Cannot save the accepted host key to %1.").arg(file));
    const QByteArray name = nameFor(host, port);
    libssh2_knownhost *entry = nullptr;
    int rc;
    if (hashed) {
        unsigned char salt[20];
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestLength = 0;
        RAND_bytes(salt, sizeof salt);
        HMAC(EVP_sha1(), salt, sizeof salt,
             reinterpret_cast<const unsigned char *>(name.constData()), size_t(name.size()), digest,
             &digestLength);
        const QByteArray saltB64 =
            QByteArray(reinterpret_cast<const char *>(salt), sizeof salt).toBase64();
        const QByteArray hashB64 =
            QByteArray(reinterpret_cast<const char *>(digest), int(digestLength)).toBase64();
        rc = libssh2_knownhost_addc(
            one, hashB64.constData(), saltB64.constData(), key, keyLength, nullptr, 0,
            LIBSSH2_KNOWNHOST_TYPE_SHA1 | LIBSSH2_KNOWNHOST_KEYENC_RAW | mask, &entry);
    } else {
        rc = libssh2_knownhost_addc(
            one, name.constData(), nullptr, key, keyLength, nullptr, 0,
            LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | mask, &entry);
    }
    QByteArray line(16384, '\0');
    size_t length = 0;
    if (rc == 0 && entry)
        rc = libssh2_knownhost_writeline(one, entry, line.data(), size_t(line.size()), &length,
                                         LIBSSH2_KNOWNHOST_FILE_OPENSSH);
    libssh2_knownhost_free(one);
    if (rc != 0 || length == 0)
        return Status::failure(tr("Cannot save the accepted host key to %1.").arg(file));
    line.truncate(qsizetype(length));
    if (!line.endsWith('\n'))
        line += '\n';

    const QFileInfo info(file);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir() && ::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 &&
        !QDir().mkpath(folder))
        return Status::failure(tr("Cannot create the folder %1 for %2.").arg(folder, file));
    const int fd =
        ::open(QFile::encodeName(file).constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Status::failure(tr("Cannot save the accepted host key to %1: %2")
                                   .arg(file, QString::fromLocal8Bit(std::strerror(errno))));
    // A last line without its newline gets one first, or the new line
    // would be glued to it.
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        char last = '\n';
        if (::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
            line.prepend('\n');
    }
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    const int saved = errno;
    ::close(fd);
    if (written != ssize_t(line.size()))
        return Status::failure(tr("Cannot save the accepted host key to %1: %2")
                                   .arg(file, QString::fromLocal8Bit(std::strerror(saved))));
    return {};
}
