#pragma once

#include "publishtarget.h"

#include <QSet>
#include <QUrl>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_SFTP;

// SFTP through libssh2 (pipelined writes, OpenSSH known_hosts, agent, key
// files). Host aliases, port, user and key files come from `ssh -G`, exactly
// as OpenSSH itself would resolve them.
//
// Replacing a file: upload to a temporary name in the same folder, then
// `mv -f` over an exec channel when the account has a shell (atomic rename
// on the server). SFTP v3 servers refuse a rename onto an existing file and
// libssh2 1.10 has no posix-rename, so without a shell the old file is
// removed and the new one renamed in at once; the longest such gap is kept
// for the caller to report.
class SftpTransport : public Transport
{
public:
    struct Options
    {
        QString identity;   // private key file; empty: agent, then ssh -G's files
        QString knownHosts; // empty: ssh -G's UserKnownHostsFile
        QString sshConfig;  // passed to ssh -G as -F; empty: the user's own
        bool acceptNewHostKey = false;
        bool useShellRename = true; // tests turn it off to measure the fallback
        int timeoutSeconds = 30;
    };
    enum class HostKey
    {
        NotChecked,
        Known,
        Unknown,
        Changed
    };

    SftpTransport(QUrl url, Options options);
    ~SftpTransport() override;
    Status open() override;
    bool isOpen() const override { return m_sftp != nullptr; }
    Status put(const QString &path, const QByteArray &data, const QByteArray &mimeType) override;
    Status remove(const QString &path) override;
    Status commit() override;
    void close() override;

    HostKey hostKeyStatus() const { return m_hostKey; }
    // As OpenSSH prints it: "SHA256:" + unpadded base64.
    QString hostKeyFingerprint() const { return m_fingerprint; }
    bool renamesAtomically() const { return m_canExec; }
    // The longest time a file was missing during a replace (fallback only).
    qint64 longestGapMicroseconds() const { return m_longestGapUs; }

    // Exposed for tests: single-quoted for a POSIX shell.
    static QByteArray shellQuote(const QByteArray &text);

private:
    struct Resolved
    {
        QString host;
        int port = 22;
        QString user;
        QStringList identities;
        QStringList knownHosts;
    };
    Resolved resolve() const;
    Status connectSocket(const Resolved &r);
    Status checkHostKey(const Resolved &r);
    Status authenticate(const Resolved &r);
    Status makeDirectories(const QByteArray &dir);
    Status exec(const QByteArray &command, int *exitCode);
    QString sftpError() const;
    QString sessionError() const;

    QUrl m_url;
    Options m_options;
    int m_socket = -1;
    _LIBSSH2_SESSION *m_session = nullptr;
    _LIBSSH2_SFTP *m_sftp = nullptr;
    QByteArray m_root;
    QSet<QByteArray> m_knownDirs;
    QList<QPair<QByteArray, QByteArray>> m_pendingRenames; // temp, target
    bool m_canExec = false;
    HostKey m_hostKey = HostKey::NotChecked;
    QString m_fingerprint;
    qint64 m_longestGapUs = 0;
};
