#pragma once

#include "app/publish/transport.h"

#include <QFile>
#include <QSet>
#include <QUrl>

#include <sys/types.h>

#include <memory>
#include <vector>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_SFTP;
struct _LIBSSH2_CHANNEL;
struct archive;
class OpenSshCommand;

// SFTP through libssh2 (pipelined writes, OpenSSH known_hosts, agent, key
// files). Host aliases, port, user and key files come from `ssh -G`, exactly
// as OpenSSH itself would resolve them.
//
// Three ways to put a batch of files in place, best first:
// - Streamed batch (the account has a shell with tar and perl, as every
//   Debian server has): the batch goes as one tar stream (libarchive) into a
//   fresh folder beside the files, and one perl process renames each file
//   into place with rename(2), in order: a few round trips instead of
//   several per file, and no process per file. With GNU dd on the server one
//   shell loop per connection takes every batch (no login shell per batch).
// - Shell without tar/perl: each file is uploaded over SFTP to a temporary
//   name in its folder, then `mv -f` over an exec channel renames the batch.
// - No shell: SFTP v3 servers refuse a rename onto an existing file and
//   libssh2 1.10 has no posix-rename, so the old file is removed and the new
//   one renamed in at once; the longest such gap is kept for the caller.
class SftpTransport : public Transport
{
public:
    struct Options
    {
        QString identity;   // private key file; empty: agent, then ssh -G's files
        QString knownHosts; // empty: ssh -G's UserKnownHostsFile
        QString sshConfig;  // passed to ssh -G as -F; empty: the user's own
        // An unknown host is trusted when it shows exactly this key (the
        // fingerprint the user saw and accepted, "SHA256:…").
        QString acceptHostKey;
        // Any key of a host not known at all (the command line's
        // --accept-new-host-key, OpenSSH's StrictHostKeyChecking=accept-new).
        bool acceptNewHostKey = false;
        bool useShellRename = true; // tests turn it off to measure the fallback
        bool useStream = true;      // tests turn it off to test mv -f
        bool useHelper = true;      // tests turn it off to test one command per batch
        bool useShellUpload = true; // large files through tee + digest (else SFTP + read back)
        // ... and those bytes through OpenSSH's own ssh when it logs in
        // alone (opensshcommand.h); else over this session's channel.
        bool useOpenSsh = true;
        // ... counted with GNU dd, so the command checks and places the
        // file itself (tests turn it off to test servers without GNU dd).
        bool useByteCount = true;
        // Batches go zstd-compressed where the server has zstd (tests turn it
        // off to test plain tar): a site's tar is mostly headers, padding and
        // markup, a twentieth of it or less compressed.
        bool useCompression = true;
        // Far away (a round trip of at least stripeMinRoundTripMs) a file of
        // at least stripeMinBytes goes in this many stripes side by side
        // (see uploadThroughShell); 1: never.
        int uploadStripes = 2;
        qint64 stripeMinBytes = 32 * 1024 * 1024;
        double stripeMinRoundTripMs = 4;
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
    bool opensOnAnotherThread() const override { return true; }
    Status put(const QString &path, const QByteArray &data, const QByteArray &mimeType) override;
    Status remove(const QString &path) override;
    Result<std::optional<QByteArray>> fetch(const QString &path) override;
    Status commit() override;
    // The batch is sent in startCommit(); finishCommit() reads the server's
    // answer, so the publisher packs the next batch meanwhile.
    Status startCommit() override;
    Status finishCommit() override;
    // Drops the batch packed since the last commit (nothing of it was sent).
    void discard() override { discardStream(); }
    void close() override;
    // Streamed batches carry the guard; the server's script refuses the
    // batch, moving nothing, when the file holds anything else.
    bool guard(const QString &path, const QByteArray &bytes) override;
    std::optional<QByteArray> guarded(const QString &path) const override;

    LoginNeed passwordLogin() const override;
    // Starts OpenSSH's connection for the upload's bytes (trusting the same
    // known_hosts files) while open() logs in.
    void expectUpload(const QString &path) override;
    // Starts OpenSSH's connection for large batches (see sendBatch).
    void expectManyFiles() override;
    void endManyFiles() override;
    Status uploadFile(const QString &localPath, const QString &path, const UploadProgress &progress,
                      const std::atomic_bool *cancel, qint64 *resumedFrom) override;

    HostKey hostKeyStatus() const { return m_hostKey; }
    // As OpenSSH prints it: "SHA256:" + unpadded base64.
    QString hostKeyFingerprint() const { return m_fingerprint; }
    bool renamesAtomically() const
    {
        settleProbe();
        return m_canExec;
    }
    bool streamsBatches() const
    {
        settleProbe();
        return m_canStream;
    }
    // One helper process on the server takes every batch (GNU dd there).
    bool keepsHelper() const
    {
        settleProbe();
        return m_canKeepHelper;
    }
    int preferredBatchSize() const override { return streamsBatches() ? 4096 : 256; }
    // The last upload's bytes went through OpenSSH's ssh (opensshcommand.h).
    bool uploadedThroughOpenSsh() const { return m_uploadedThroughOpenSsh; }
    // In how many stripes the last upload went (see uploadThroughShell).
    int lastUploadStripes() const { return m_uploadStripes; }
    // The last upload's digest was worked out ahead (see DigestAhead).
    bool lastUploadHashedAhead() const { return m_uploadHashedAhead; }
    // Shell ("; ...") that widens the input pipe sshd hands a command to
    // 1 MiB where it can: every command that takes bulk bytes runs it.
    static QByteArray widenInput();
    // How many batches went through OpenSSH's ssh (see sendBatch).
    int batchesThroughOpenSsh() const { return m_bulkBatches; }
    // Batches go zstd-compressed (the server has zstd).
    bool compressesBatches() const
    {
        settleProbe();
        return m_canZstd;
    }
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
        bool hashKnownHosts = false;
    };
    Resolved resolve() const;
    static LoginNeed loginFor(const Resolved &r);
    Status connectSocket(const Resolved &r);
    // Socket, session and handshake; `hostKeyMethods` limits the key types.
    Status startSession(const Resolved &r, const QByteArray &hostKeyMethods);
    Status connectAndCheckHostKey(const Resolved &r);
    Status checkHostKey(const Resolved &r);
    QString presentedFingerprint() const;
    Status authenticate(const Resolved &r);
    Status makeDirectories(const QByteArray &dir);
    // Every folder from the root down to `dir` is a real folder (lstat).
    Status checkFolders(const QByteArray &dir);
    // SHA-256 (hex) of the first `length` bytes of a remote file: sha256sum
    // on the server when there is a shell, else read back over SFTP.
    Result<QByteArray> remoteSha256(const QByteArray &file, qint64 length);
    Status replaceWith(const QByteArray &temp, const QByteArray &target);
    // Size and checksum of the server's part, then renamed into place (a
    // part that does not match is removed).
    Status finishUpload(const QString &path, const QByteArray &part, const QByteArray &target,
                        qint64 total, const QByteArray &remoteDigest,
                        const QByteArray &localDigest);
    class DigestAhead; // sftpupload.cpp
    Status uploadThroughShell(QFile &in, const QString &path, const QByteArray &part,
                              const QByteArray &target, qint64 offset, qint64 seen, qint64 total,
                              const UploadProgress &progress, const std::atomic_bool *cancel,
                              qint64 *resumedFrom, bool *busy,
                              std::unique_ptr<OpenSshCommand> early, DigestAhead *ahead);
    // The command that appends an upload's bytes to its part and hashes
    // them; it reads "webcast-go <expected size> <empty first>" first.
    static QByteArray appendCommand(const QByteArray &part, const QByteArray &target);
    static QByteArray stripeCommand(const QByteArray &stripe);
    struct Stripe; // sftpupload.cpp
    // The stripes after the first of the bytes from `offset`, each with its
    // ssh started; none when one channel is enough.
    std::vector<std::unique_ptr<Stripe>> stripes(const QByteArray &part, qint64 offset,
                                                 qint64 total);
    // What the account can run (m_canExec and the rest): the probe open()
    // started, read now. When an upload was expected, open() sent none: the
    // upload's own command says it as it starts (a login shell less).
    void settleProbe() const;
    void applyProbe(const QByteArray &said);
    static QByteArray probeCommand();
    // An upload's part and final name on the server.
    QByteArray uploadTarget(const QString &path) const { return m_root + '/' + path.toUtf8(); }
    static QByteArray partOf(const QByteArray &target);
    // `command` through OpenSSH's ssh, started at once: pinned to the host
    // key the session verified, or before open() trusting the same
    // known_hosts files; null where that cannot be (a password login, no
    // ssh, or it failed before).
    std::unique_ptr<OpenSshCommand> openSshCommand(const QByteArray &command) const;
    // Waits until `ssh` runs; one started before open() that could not log
    // in is tried once more pinned; null (and no more tries on this
    // transport) when it cannot.
    void startOpenSsh(std::unique_ptr<OpenSshCommand> &ssh, const QByteArray &command);
    // The file at `target` is already exactly `in` (size, then SHA-256;
    // the local one from `ahead` when there is one).
    Result<bool> holdsAlready(QFile &in, const QByteArray &target, qint64 total,
                              DigestAhead *ahead);
    void removeStalePart(const QByteArray &part);
    // Runs a command over an exec channel, feeding it `input` then EOF.
    Status exec(const QByteArray &command, int *exitCode, QByteArray *output = nullptr,
                const QByteArray &input = {});
    _LIBSSH2_CHANNEL *startCommand(const QByteArray &command, QString *error);
    Status writeToCommand(_LIBSSH2_CHANNEL *channel, const char *data, qsizetype size);
    void finishCommand(_LIBSSH2_CHANNEL *channel, int *exitCode, QByteArray *output);
    Status putStreamed(const QString &path, const QByteArray &data);
    Status startStream();
    void discardStream();
    // How a batch's bytes are unpacked: as they are, through zstd, or as
    // the helper loop's header line says ("<bytes> z" for zstd).
    enum class Packed
    {
        Tar,
        Zstd,
        AsSaid
    };
    static QByteArray batchScript(Packed packed);
    Status sendBatch(const QByteArray &tar, bool zstd);
    Status receiveBatchEnd(int *code, QByteArray *output);
    Status batchOutcome(int code, const QByteArray &output);
    QByteArray helperCommand() const;
    QByteArray bulkHelperCommand() const;
    // Batches this large go through OpenSSH's ssh (see sendBatch).
    static constexpr qsizetype bulkBatchBytes = 1024 * 1024;
    void stopHelper();
    QString sftpError() const;
    static void answerPrompts(const char *name, int nameLength, const char *instruction,
                              int instructionLength, int count,
                              const struct _LIBSSH2_USERAUTH_KBDINT_PROMPT *prompts,
                              struct _LIBSSH2_USERAUTH_KBDINT_RESPONSE *responses, void **abstract);
    QString sessionError() const;

    QUrl m_url;
    Options m_options;
    int m_socket = -1;
    _LIBSSH2_SESSION *m_session = nullptr;
    _LIBSSH2_SFTP *m_sftp = nullptr;
    QByteArray m_root;
    QSet<QByteArray> m_knownDirs;
    QList<QPair<QByteArray, QByteArray>> m_pendingRenames; // temp, target
    QByteArray m_password;                                 // only while logging in
    bool m_canExec = false;
    bool m_canStream = false;
    bool m_canKeepHelper = false;
    struct archive *m_archive = nullptr; // the pending batch as tar (libarchive)
    QByteArray m_tar;
    _LIBSSH2_CHANNEL *m_helper = nullptr;         // the shell loop that takes batches
    std::unique_ptr<OpenSshCommand> m_bulkHelper; // ... the large ones, through ssh
    // Which helper has a batch whose answer is not read yet.
    enum class Reply
    {
        None,
        Kept,
        Bulk
    };
    Reply m_reply = Reply::None;
    int m_bulkBatches = 0;
    QByteArray m_streamList;              // NUL-separated paths, in put order
    QHash<QByteArray, int> m_streamNames; // path -> its place in the list
    QString m_guardPath;                  // see guard()
    QByteArray m_guardBytes;
    HostKey m_hostKey = HostKey::NotChecked;
    QByteArray m_hostKeyBlob;     // the verified key, SSH wire form
    bool m_loggedInAlone = false; // by key or agent: ssh can log in the same way
    QString m_loginIdentity;      // the key file that did; empty: the agent
    bool m_openSshFailed = false;
    bool m_hasGnuDd = false;             // dd counts bytes (iflag=count_bytes)
    bool m_canZstd = false;              // batches may go zstd-compressed
    bool m_archiveZstd = false;          // the pending batch is
    _LIBSSH2_CHANNEL *m_probe = nullptr; // open()'s, not read yet
    bool m_probePending = false;         // none sent yet (an upload's says it)
    QString m_expectedUpload;            // expectUpload()'s path, and its command
    std::unique_ptr<OpenSshCommand> m_expectedCommand;
    bool m_uploadedThroughOpenSsh = false;
    int m_uploadStripes = 1;
    bool m_uploadHashedAhead = false;
    std::vector<std::unique_ptr<OpenSshCommand>> m_earlyStripes; // started by uploadFile()
    double m_roundTripMs = 0;                                    // measured by uploadFile()
    QString m_fingerprint;
    qint64 m_longestGapUs = 0;
};
