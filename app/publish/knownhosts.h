#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_KNOWNHOSTS;

// The SSH host keys a user trusts, read from OpenSSH known_hosts files
// through libssh2 (plain and hashed names, [host]:port).
//
// A host is known by every key type it has a line for. Before the handshake
// the transport asks only for those types (as OpenSSH orders its
// HostKeyAlgorithms for a known host), so a server that suddenly offers
// another type is not mistaken for a new host: that is refused like a
// changed key.
class KnownHosts
{
public:
    KnownHosts(_LIBSSH2_SESSION *session, const QStringList &files);
    ~KnownHosts();
    KnownHosts(const KnownHosts &) = delete;
    KnownHosts &operator=(const KnownHosts &) = delete;

    struct Key
    {
        QByteArray method;   // "ssh-ed25519", the handshake's name for the type
        QString fingerprint; // "SHA256:…" as OpenSSH prints it
    };
    // The key types known for host:port, best first (OpenSSH's order).
    QList<Key> keysFor(const QByteArray &host, int port) const;

    enum class Check
    {
        Match,
        Mismatch, // a key of this type is known and it is another one
        Revoked,  // the key is marked @revoked
        NotFound
    };
    // `keyType` is libssh2's LIBSSH2_HOSTKEY_TYPE_*.
    Check check(const QByteArray &host, int port, const char *key, size_t keyLength,
                int keyType) const;

    // "SHA256:" + unpadded base64 of the key blob.
    static QString fingerprint(const QByteArray &keyBlob);
    // Appends one line for host:port to `file` (creating it, and its folder
    // with mode 0700, when missing); never rewrites what is there. With
    // `hashed` the name is written as OpenSSH's HashKnownHosts does.
    static Status append(_LIBSSH2_SESSION *session, const QString &file, const QByteArray &host,
                         int port, const char *key, size_t keyLength, int keyType, bool hashed);

private:
    _LIBSSH2_KNOWNHOSTS *m_hosts = nullptr;
    QList<QByteArray> m_revoked; // key blobs
};
