#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

struct PublishTarget;

// What the user has to decide or type before a transport can log in; the
// window and the command line ask, then try again.
struct LoginNeed
{
    enum class Kind
    {
        None,
        HostKeyUnknown,       // SSH: compare the fingerprint, then accept
        Password,             // no password known for `account`
        PasswordRefused,      // the one offered was refused
        CertificateUntrusted, // TLS: not signed by a known authority
        OtherDatabase,        // another database publishes here: take it over?
    };
    Kind kind = Kind::None;
    QString key;               // credentials key, for the password kinds
    QString account;           // "ana@example.org", for people
    QString fingerprint;       // SSH host key or certificate
    QString detail;            // the certificate's problem in words
    QString server;            // TLS: "host:port" the certificate was shown for
    bool nameMismatch = false; // TLS: the certificate names another host
    bool isPassword() const { return kind == Kind::Password || kind == Kind::PasswordRefused; }
};

// Progress of one large upload: bytes in place so far of `total`.
using UploadProgress = std::function<void(qint64 done, qint64 total)>;

// Moves files to a target. Each put() replaces the file atomically: a reader
// sees the old file or the new one, never a part. Blocking calls, for a
// worker thread or the command line.
class Transport
{
public:
    virtual ~Transport() = default;
    virtual Status open() = 0;
    // A transport that keeps its connection between publishes says so here;
    // publishSite() then uses it as it is.
    virtual bool isOpen() const { return false; }
    // open() may run on another thread than the calls after it (the
    // transport holds no QObject of its own): the command line connects
    // while it renders.
    virtual bool opensOnAnotherThread() const { return false; }
    virtual Status put(const QString &path, const QByteArray &data, const QByteArray &mimeType) = 0;
    virtual Status remove(const QString &path) = 0;
    // A small file the target holds (the marker naming the database that
    // publishes there): its bytes, or no value when there is no such file.
    // Needs an open transport. At most `maximumFetch` bytes.
    virtual Result<std::optional<QByteArray>> fetch(const QString &path);
    static constexpr qint64 maximumFetch = 64 * 1024;
    // Some transports finish puts in batches (one server command renames many
    // files); after commit() every put so far is in place.
    virtual Status commit() { return {}; }
    // commit() in two halves, so the publisher packs the next batch (and
    // records the last) while the server puts this one in place: after
    // startCommit() the batch is on its way, finishCommit() says whether it
    // is in place. The publisher calls finishCommit() before the next
    // startCommit(). A transport that cannot split does all in the first.
    virtual Status startCommit() { return commit(); }
    virtual Status finishCommit() { return {}; }
    // A transport whose put() sends at once, to a name no reader sees, says
    // so: the publisher then checks the target's marker while the batch
    // travels, and discard() takes back every put since the last commit().
    virtual bool sendsPutsEarly() const { return false; }
    virtual void discard() {}
    // A transport whose batches run a script on the server (SFTP) can have
    // it check, before anything is put in place, that a small file still
    // holds the bytes this connection read: a later publish on the same
    // connection then need not read it again. guard() is false when the
    // transport cannot; guarded() is what it checks `path` against.
    virtual bool guard(const QString &path, const QByteArray &bytes)
    {
        Q_UNUSED(path);
        Q_UNUSED(bytes);
        return false;
    }
    virtual std::optional<QByteArray> guarded(const QString &path) const
    {
        Q_UNUSED(path);
        return std::nullopt;
    }
    // How many puts the publisher gathers before it calls commit().
    virtual int preferredBatchSize() const { return 256; }
    virtual void close() {}
    // Sends one large local file (an archive video) to `path`, reading it in
    // pieces (memory stays flat), into a temporary name that is verified
    // (size and SHA-256) and then renamed into place. Where the transport
    // can, an interrupted upload resumes from what the server already holds
    // once that part is checked to be the same bytes; `resumedFrom` says
    // where it started. Cancelling keeps the part for a later resume.
    virtual Status uploadFile(const QString &localPath, const QString &path,
                              const UploadProgress &progress, const std::atomic_bool *cancel,
                              qint64 *resumedFrom);
    // A hint before open(): an upload to `path` follows, so a transport may
    // start connecting for its bytes while open() logs in.
    virtual void expectUpload(const QString &path) { Q_UNUSED(path) }
    // A hint: a large publish follows (the whole site), so a transport may
    // set up its path for bulk while the site renders.
    virtual void expectManyFiles() {}
    // ... and that it is over: what was set up for it may go.
    virtual void endManyFiles() {}
    // After a failed open(): what the user could do about it, if anything.
    virtual LoginNeed loginNeed() const { return m_loginNeed; }
    // The key and account a password for this target is stored under
    // (credentials.h), without connecting; empty key: no passwords here.
    virtual LoginNeed passwordLogin() const { return {}; }
    // Which target this is ("web", "streaming"): picks the password
    // variable (credentials.h). Transport::create() sets it.
    void setRole(const QString &role) { m_role = role; }

protected:
    LoginNeed m_loginNeed;
    QString m_role = QStringLiteral("web");

public:
    // The transport for a target URL; never null.
    static std::unique_ptr<Transport> create(const PublishTarget &target);
};

// "text/html; charset=utf-8" for index.html, "video/quicktime" for .mov, ...
QByteArray contentTypeFor(const QString &path);
