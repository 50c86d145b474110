// Part of SftpTransport (see sftptransport.h): large files (archives) with resume and verification.
#include "app/publish/sftpinternal.h"
#include "app/publish/sftptransport.h"

#include "app/core/sha256.h"
#include "app/publish/opensshcommand.h"
#include "app/render/sitewriter.h"

#include <libssh2.h>
#include <libssh2_sftp.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <cerrno>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>
#include <QThread>

#include <QtConcurrent/QtConcurrentRun>
#include <functional>

using sftpinternal::tr;
using sftpinternal::writeChunk;

namespace {

enum class Sent
{
    All,
    Paused,
    ReadFailed,
    SendFailed
};

// A command's output holds its error stream too: the digest is the line
// that starts with 64 lowercase hex digits, wherever it is; empty if none.
QByteArray digestIn(const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n')) {
        const QByteArray digest = line.left(64);
        if (digest.size() == 64 && std::all_of(digest.begin(), digest.end(), [](char c) {
                return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            }))
            return digest;
    }
    return {};
}

// Reads `in` from its position to `total` in pieces and hands each to
// `send`; while one piece is sent, a worker hashes it into `hash` (SHA-256
// costs about as much as sending on loopback; none when null, for bytes a
// DigestAhead hashes) and the next is read into the other buffer. `done`
// counts bytes in place; `error` says what failed.
Sent sendInPieces(QFile &in, qint64 &done, qint64 total, Sha256 *hash,
                  const std::function<Status(const char *data, qint64 size)> &send,
                  const UploadProgress &progress, const std::atomic_bool *cancel, QString *error)
{
    QByteArray pieces[2] = {QByteArray(int(writeChunk), Qt::Uninitialized),
                            QByteArray(int(writeChunk), Qt::Uninitialized)};
    QFuture<void> hashing;
    int current = 0;
    if (progress)
        progress(done, total);
    while (done < total) {
        if (cancel && *cancel) {
            hashing.waitForFinished();
            return Sent::Paused;
        }
        QByteArray &piece = pieces[current];
        const qint64 n = in.read(piece.data(), std::min<qint64>(piece.size(), total - done));
        if (n <= 0) {
            hashing.waitForFinished();
            *error = in.errorString();
            return Sent::ReadFailed;
        }
        hashing.waitForFinished(); // the previous piece; its buffer is read next time
        if (hash)
            hashing = QtConcurrent::run(
                [hash, data = piece.constData(), n] { hash->addData(QByteArrayView(data, n)); });
        if (Status s = send(piece.constData(), n); !s) {
            hashing.waitForFinished();
            *error = s.error();
            return Sent::SendFailed;
        }
        done += n;
        current ^= 1;
        if (progress)
            progress(done, total);
    }
    hashing.waitForFinished();
    return Sent::All;
}

// As sendInPieces, for bytes hashed elsewhere that ssh takes straight from
// the file (OpenSshCommand::writeFile): nothing is read here.
Sent spliceInPieces(QFile &in, qint64 &done, qint64 total, OpenSshCommand &ssh,
                    const UploadProgress &progress, const std::atomic_bool *cancel, QString *error)
{
    if (progress)
        progress(done, total);
    while (done < total) {
        if (cancel && *cancel)
            return Sent::Paused;
        const qint64 n = std::min<qint64>(writeChunk, total - done);
        if (Status s = ssh.writeFile(in.handle(), done, n); !s) {
            *error = s.error();
            return Sent::SendFailed;
        }
        done += n;
        if (progress)
            progress(done, total);
    }
    return Sent::All;
}

} // namespace

// The SHA-256 of a file's first `length` bytes, worked out on a thread of
// its own from the moment an upload starts: while its ssh logs in (a key
// exchange, a login shell) the client's cores are mostly idle, and on two
// cores at 0 ms the sending is CPU-bound, so the hash is better done before.
// It reads the file the upload opened (its own descriptor of it, so a file
// put in its place meanwhile is not read) with pread: a mapping would end
// the program with SIGBUS should the file shrink, or the disk fail,
// meanwhile. The bytes sent are read apart, so a file that changes
// meanwhile makes the server's digest of what arrived differ, and the
// upload is refused.
class SftpTransport::DigestAhead
{
public:
    DigestAhead(int fd, qint64 length)
        : m_fd(::dup(fd))
        , m_length(length)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~DigestAhead()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    // Waits for it; empty when the file could not be read whole.
    QByteArray result()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_digest;
    }

private:
    void run()
    {
        if (m_fd < 0)
            return;
        Sha256 hash;
        QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
        for (qint64 done = 0; done < m_length;) {
            if (m_stop)
                return;
            const ssize_t n =
                ::pread(m_fd, buffer.data(),
                        size_t(std::min<qint64>(buffer.size(), m_length - done)), off_t(done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return; // shorter than it was, or unreadable
            hash.addData(QByteArrayView(buffer.constData(), n));
            done += n;
        }
        m_digest = hash.hexResult();
    }

    const int m_fd;
    const qint64 m_length;
    std::atomic_bool m_stop{false};
    QByteArray m_digest;
    std::thread m_thread;
};

Result<QByteArray> SftpTransport::remoteSha256(const QByteArray &file, qint64 length)
{
    settleProbe();
    if (m_canExec) {
        int code = -1;
        QByteArray out;
        // OpenSSL's digest uses the CPU's SHA extensions (several times
        // coreutils' speed); sha256sum where it is missing. Both print
        // "<hex> <name>".
        const QByteArray source =
            "head -c " + QByteArray::number(length) + " -- " + shellQuote(file) + " | ";
        const QByteArray command = "if command -v openssl >/dev/null 2>&1; then " + source +
                                   "openssl dgst -sha256 -r; else " + source + "sha256sum; fi";
        if (Status s = exec(command, &code, &out); s && code == 0) {
            if (const QByteArray digest = digestIn(out); !digest.isEmpty())
                return digest;
        }
    }
    LIBSSH2_SFTP_HANDLE *handle =
        libssh2_sftp_open_ex(m_sftp, file.constData(), unsigned(file.size()), LIBSSH2_FXF_READ, 0,
                             LIBSSH2_SFTP_OPENFILE);
    if (!handle)
        return Status::failure(sftpError());
    Sha256 hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = libssh2_sftp_read(handle, buffer.data(),
                                            size_t(std::min<qint64>(buffer.size(), length - done)));
        if (n <= 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
    }
    libssh2_sftp_close(handle);
    if (done != length)
        return Status::failure(tr("the server's copy is shorter than expected"));
    return hash.hexResult();
}

Status SftpTransport::uploadFile(const QString &localPath, const QString &path,
                                 const UploadProgress &progress, const std::atomic_bool *cancel,
                                 qint64 *resumedFrom)
{
    if (resumedFrom)
        *resumedFrom = 0;
    m_uploadHashedAhead = false;
    if (!m_sftp)
        return Status::failure(tr("Not connected."));
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    QFile in(localPath);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(localPath, in.errorString()));
    const qint64 total = in.size();
    const QByteArray target = uploadTarget(path);
    const int slash = target.lastIndexOf('/');
    const QByteArray part = partOf(target);
    // OpenSSH's ssh for the bytes: started by expectUpload() before open(),
    // else now, so it logs in while this session looks at what the server
    // holds. Its command waits for our first line.
    if (!m_expectedCommand || m_expectedUpload != path) {
        m_expectedCommand.reset();
        settleProbe();
        if (m_canExec && m_options.useShellUpload)
            m_expectedCommand = openSshCommand(appendCommand(part, target));
        m_expectedUpload = path;
    }
    // Whatever happens next, the command is not kept for another upload.
    const auto forget = qScopeGuard([this] {
        m_expectedCommand.reset();
        m_earlyStripes.clear();
    });
    if (Status s = makeDirectories(target.left(slash)); !s)
        return s;

    // One request, one answer: how far the server is (for stripes()).
    LIBSSH2_SFTP_ATTRIBUTES partAttrs;
    QElapsedTimer roundTrip;
    roundTrip.start();
    const int partState = libssh2_sftp_stat_ex(m_sftp, part.constData(), unsigned(part.size()),
                                               LIBSSH2_SFTP_LSTAT, &partAttrs);
    m_roundTripMs = double(roundTrip.nsecsElapsed()) / 1e6;
    // Stripes log in while the server is looked at (see stripes()).
    const bool striped = m_options.useShellUpload && m_options.uploadStripes > 1 &&
                         total >= m_options.stripeMinBytes &&
                         m_roundTripMs >= m_options.stripeMinRoundTripMs;
    if (striped) {
        for (int i = 2; i <= m_options.uploadStripes; ++i)
            if (auto ssh = openSshCommand(stripeCommand(part + '.' + QByteArray::number(i))))
                m_earlyStripes.push_back(std::move(ssh));
    }
    // No part yet (the usual case) and one stream: the whole file's digest
    // is worked out meanwhile (see DigestAhead).
    std::unique_ptr<DigestAhead> ahead;
    if (m_options.useShellUpload && !striped && partState != 0 && total > 0)
        ahead = std::make_unique<DigestAhead>(in.handle(), total);
    if (partState == 0 && !LIBSSH2_SFTP_S_ISREG(partAttrs.permissions))
        return Status::failure(tr("Refusing to write %1 on the server: it is not a plain file.")
                                   .arg(QString::fromUtf8(part)));

    Sha256 whole;
    QByteArray buffer(int(writeChunk), Qt::Uninitialized);
    // Where to go on: the end of the server's part when its bytes are ours.
    // `seen` is how long the part was when we looked (the shell writer
    // checks that it still is).
    qint64 seen = 0;
    auto resumePoint = [&]() -> qint64 {
        whole.reset();
        in.seek(0);
        seen = 0;
        LIBSSH2_SFTP_ATTRIBUTES attrs;
        if (libssh2_sftp_stat_ex(m_sftp, part.constData(), unsigned(part.size()),
                                 LIBSSH2_SFTP_LSTAT, &attrs) != 0 ||
            !(attrs.flags & LIBSSH2_SFTP_ATTR_SIZE) || attrs.filesize == 0)
            return 0;
        seen = qint64(attrs.filesize);
        if (seen > total)
            return 0;
        const qint64 there = seen;
        Sha256 prefix;
        qint64 read = 0;
        while (read < there) {
            const qint64 n = in.read(buffer.data(), std::min<qint64>(buffer.size(), there - read));
            if (n <= 0)
                break;
            prefix.addData(QByteArrayView(buffer.constData(), n));
            whole.addData(QByteArrayView(buffer.constData(), n));
            read += n;
        }
        // A check that could not be made (a busy server) is tried once more
        // before a part of perhaps gigabytes is thrown away.
        Result<QByteArray> remote = remoteSha256(part, there);
        if (!remote)
            remote = remoteSha256(part, there);
        if (read == there && remote && remote.value() == prefix.hexResult())
            return there;
        whole.reset();
        in.seek(0);
        return 0;
    };
    // Killed after the part was put in place: the file there already holds
    // exactly these bytes, so there is nothing to send again.
    if (Result<bool> there = holdsAlready(in, target, total, ahead.get()); there && there.value()) {
        if (resumedFrom)
            *resumedFrom = total;
        if (progress)
            progress(total, total);
        removeStalePart(part);
        return {};
    }
    // What the account can run: the upload's command says it as it starts
    // (the looks above went on meanwhile).
    settleProbe();
    if (!m_canExec)
        ahead.reset(); // no shell: SFTP writes, hashed beside (below)
    if (m_canExec && m_options.useShellUpload) {
        // A writer left by a client that died (killed, laptop closed) ends
        // on its own once its input is gone: it holds the part's lock until
        // then. Wait for it, looking again at what it left, for a while.
        QDeadlineTimer patience(std::chrono::seconds(m_options.timeoutSeconds * 2));
        for (;;) {
            bool busy = false;
            const qint64 offset = resumePoint();
            const Status s =
                uploadThroughShell(in, path, part, target, offset, seen, total, progress, cancel,
                                   resumedFrom, &busy, std::move(m_expectedCommand), ahead.get());
            if (!busy)
                return s;
            if (patience.hasExpired() || (cancel && *cancel))
                return Status::failure(
                    tr("Another upload of %1 is still writing on the server; try again when it "
                       "has finished.")
                        .arg(path));
            QThread::msleep(200);
        }
    }
    const qint64 offset = resumePoint();
    const unsigned long flags =
        LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | (offset == 0 ? LIBSSH2_FXF_TRUNC : 0);
    LIBSSH2_SFTP_HANDLE *handle = libssh2_sftp_open_ex(
        m_sftp, part.constData(), unsigned(part.size()), flags, 0644, LIBSSH2_SFTP_OPENFILE);
    if (!handle)
        return Status::failure(tr("Cannot upload %1: %2").arg(path, sftpError()));
    libssh2_sftp_seek64(handle, libssh2_uint64_t(offset));
    if (resumedFrom)
        *resumedFrom = offset;
    qint64 done = offset;
    QString error;
    const Sent sent = sendInPieces(
        in, done, total, &whole,
        [&](const char *data, qint64 size) -> Status {
            for (qint64 written = 0; written < size;) {
                const ssize_t w =
                    libssh2_sftp_write(handle, data + written, size_t(size - written));
                if (w < 0)
                    return Status::failure(sftpError());
                written += w;
            }
            return {};
        },
        progress, cancel, &error);
    if (sent != Sent::All) {
        libssh2_sftp_close(handle); // what arrived stays for a resume
        if (sent == Sent::Paused)
            return Status::failure(
                tr("The upload of %1 was paused; it resumes from here next time.").arg(path));
        if (sent == Sent::ReadFailed)
            return Status::failure(tr("Cannot read %1: %2").arg(localPath, error));
        return Status::failure(tr("The upload of %1 stopped at %2: %3")
                                   .arg(path, QLocale().formattedDataSize(done), error));
    }
    libssh2_sftp_fsync(handle); // fsync@openssh.com where offered
    if (libssh2_sftp_close(handle) != 0)
        return Status::failure(tr("Cannot finish %1: %2").arg(path, sftpError()));
    // Verified before anyone can see it: size and checksum of the server's copy.
    const Result<QByteArray> remote = remoteSha256(part, total);
    return finishUpload(path, part, target, total, remote ? remote.value() : QByteArray(),
                        whole.hexResult());
}

Status SftpTransport::finishUpload(const QString &path, const QByteArray &part,
                                   const QByteArray &target, qint64 total,
                                   const QByteArray &remoteDigest, const QByteArray &localDigest)
{
    LIBSSH2_SFTP_ATTRIBUTES attrs;
    if (libssh2_sftp_stat_ex(m_sftp, part.constData(), unsigned(part.size()), LIBSSH2_SFTP_STAT,
                             &attrs) != 0 ||
        qint64(attrs.filesize) != total)
        return Status::failure(tr("The server's copy of %1 has the wrong size.").arg(path));
    if (digestIn(remoteDigest) != localDigest) {
        libssh2_sftp_unlink_ex(m_sftp, part.constData(), unsigned(part.size()));
        return Status::failure(
            tr("The server's copy of %1 does not match the file (checksum); it was removed. "
               "Upload it again.")
                .arg(path));
    }
    if (Status s = replaceWith(part, target); !s)
        return Status::failure(tr("Cannot put %1 in place: %2").arg(path, s.error()));
    return {};
}

Result<bool> SftpTransport::holdsAlready(QFile &in, const QByteArray &target, qint64 total,
                                         DigestAhead *ahead)
{
    LIBSSH2_SFTP_ATTRIBUTES attrs;
    if (libssh2_sftp_stat_ex(m_sftp, target.constData(), unsigned(target.size()),
                             LIBSSH2_SFTP_LSTAT, &attrs) != 0 ||
        !LIBSSH2_SFTP_S_ISREG(attrs.permissions) || qint64(attrs.filesize) != total || total == 0)
        return false;
    const Result<QByteArray> remote = remoteSha256(target, total);
    if (!remote)
        return remote.status();
    // The file's digest, worked out meanwhile when an upload started one.
    QByteArray local = ahead ? ahead->result() : QByteArray();
    if (local.isEmpty()) {
        Sha256 hash;
        QByteArray buffer(int(writeChunk), Qt::Uninitialized);
        in.seek(0);
        for (qint64 n; (n = in.read(buffer.data(), buffer.size())) > 0;)
            hash.addData(QByteArrayView(buffer.constData(), n));
        in.seek(0);
        local = hash.hexResult();
    }
    return remote.value() == local;
}

void SftpTransport::removeStalePart(const QByteArray &part)
{
    // Only when no writer holds it (flock -n), and never through a link.
    // (A glob that matches nothing stays as it is, and does not exist.)
    int code = -1;
    const QByteArray quoted = shellQuote(part);
    settleProbe();
    if (!m_canExec)
        return;
    // Tried twice: a part is large, and a server too busy to answer the
    // first time should not keep it.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt > 0)
            QThread::msleep(200);
        // The part, and the stripes a striped run left beside it.
        const Status s = exec("r=0; for f in " + quoted + ' ' + quoted +
                                  ".[0-9]; do [ ! -e \"$f\" ] || { [ -f \"$f\" ] && "
                                  "[ ! -L \"$f\" ] && exec 9<\"$f\" && flock -n 9 && "
                                  "rm -f -- \"$f\"; } || r=1; done; exit $r",
                              &code);
        if (s && code == 0)
            return;
    }
}

QByteArray SftpTransport::partOf(const QByteArray &target)
{
    // The part file's name is fixed, so a later run finds what arrived.
    const int slash = target.lastIndexOf('/');
    return target.left(slash + 1) + '.' + target.mid(slash + 1) + ".webcast-part";
}

QByteArray SftpTransport::widenInput()
{
    // The pipe sshd writes the bytes into holds 64 KiB; when it is full,
    // sshd stops reading the connection, and the client's window stalls.
    // Made 1 MiB (Linux's F_SETPIPE_SZ, 1031; the most an unprivileged
    // process may ask), a 256 MiB upload at 0 ms RTT took 0.9-1.0 s instead
    // of 1.2-1.4 s here. Nothing happens where there is no perl, the input
    // is not a pipe, or the system has no such call (and `|| :` keeps a
    // login script's `set -e` from ending the command then).
    return "; perl -e 'fcntl(STDIN, 1031, 1048576)' 2>/dev/null || :";
}

QByteArray SftpTransport::appendCommand(const QByteArray &part, const QByteArray &target)
{
    // The server writes the part and hashes what arrives in the same pass
    // (tee into the digest), so checking the copy costs no second read of a
    // large file; the part before the resume point was checked already.
    //
    // It says it runs and what the account can run (probeCommand(); "counted"
    // where GNU dd can take an exact byte count), then waits for the
    // client's first line:
    // "webcast-go <size> <empty> <count>". A command whose client died
    // before sending it finds its input empty and touches nothing.
    //
    // One writer at a time, and nothing left waiting: it takes the part's
    // lock without waiting (flock -n) and refuses at once when a writer of
    // an earlier run still holds it (75), or when the part is no longer
    // <size> bytes long, as this resume expects (76); the client then looks
    // again. A waiter that outlived its client could otherwise wake up later
    // and write into, truncate or re-create a part that was moved meanwhile.
    // A part that is not ours (other bytes; <empty> is 1) is emptied under
    // the lock before a start from zero; otherwise it is only appended to.
    // On refusal it still reads everything (so the client's writes end and
    // the reason arrives) and exits 75, 76 or 77.
    //
    // Counted (<count> bytes, not "-"): the client's line after the bytes,
    // "webcast-sha <digest> <total>", lets the command itself check the
    // digest and the part's size and rename it into place, still under the
    // lock: no further command, and no round trip. A client gone before
    // that line leaves the part for a resume (79); other bytes than the
    // client's remove it (80). Otherwise the client checks and renames.
    const QByteArray p = shellQuote(part);
    return probeCommand() + widenInput() +
           "; read -r go seen empty count && [ \"$go\" = webcast-go ] || exit 78; "
           "case $seen in ''|*[!0-9]*) exit 78;; esac; "
           "case $empty in 0|1) ;; *) exit 78;; esac; "
           "case $count in -) ;; ''|*[!0-9]*) exit 78;; esac; "
           "[ -L " +
           p +
           " ] && { echo 'the part is a link'; cat >/dev/null; exit 77; }; "
           "exec 9>>" +
           p +
           " || { cat >/dev/null; exit 77; }; "
           "flock -n 9 || { cat >/dev/null; exit 75; }; "
           "size=$(stat -c %s -- " +
           p +
           "); [ \"$size\" = \"$seen\" ] || { echo \"webcast-size $size\"; cat >/dev/null; "
           "exit 76; }; "
           "if [ \"$empty\" = 1 ]; then : >" +
           p +
           " || { cat >/dev/null; exit 77; }; fi; "
           "digest() { if command -v openssl >/dev/null 2>&1; then openssl dgst -sha256 -r; "
           "else sha256sum; fi; }; "
           "if [ \"$count\" = - ]; then tee -a -- " +
           p +
           " | digest; exit; fi; "
           "sum=$(dd bs=1048576 iflag=fullblock,count_bytes count=\"$count\" 2>/dev/null | "
           "tee -a -- " +
           p +
           " | digest) || exit 77; sum=${sum%% *}; "
           "read -r word expected total stripes && [ \"$word\" = webcast-sha ] || exit 79; "
           "case $stripes in ''|*[!0-9]*) stripes=1;; esac; "
           "[ \"$expected\" = \"$sum\" ] || { rm -f -- " +
           p +
           "; echo \"webcast-digest $sum\"; exit 80; }; "
           // The other stripes, each checked by its own command, in order.
           "i=2; while [ \"$i\" -le $((${stripes:-1})) ]; do s=" +
           p +
           ".$i; { [ -f \"$s\" ] && [ ! -L \"$s\" ] && exec 8<\"$s\" && flock 8 && "
           "cat -- \"$s\" >>" +
           p +
           "; } || { echo \"webcast-stripe $i\"; exit 83; }; i=$((i+1)); done; "
           "size=$(stat -c %s -- " +
           p +
           "); [ \"$size\" = \"$total\" ] || { echo \"webcast-size $size\"; exit 81; }; "
           "mv -fT -- " +
           p + ' ' + shellQuote(target) + " || exit 82; rm -f -- " + p +
           ".[0-9]; echo \"webcast-placed $sum\"";
}

QByteArray SftpTransport::stripeCommand(const QByteArray &stripe)
{
    // One more stripe of a large upload beside the part (see
    // uploadThroughShell): under its own lock, emptied, exactly <count>
    // bytes appended and hashed, checked against the client's digest; the
    // part's command appends it once all are checked. A stripe is not
    // resumed: only the part's bytes are.
    const QByteArray p = shellQuote(stripe);
    return probeCommand() + widenInput() +
           "; read -r go count && [ \"$go\" = webcast-go ] || exit 78; "
           "case $count in ''|*[!0-9]*) exit 78;; esac; "
           "[ -L " +
           p +
           " ] && { echo 'the stripe is a link'; cat >/dev/null; exit 77; }; "
           "exec 9>>" +
           p +
           " || { cat >/dev/null; exit 77; }; "
           "flock -n 9 || { cat >/dev/null; exit 75; }; "
           ": >" +
           p +
           " || { cat >/dev/null; exit 77; }; "
           "digest() { if command -v openssl >/dev/null 2>&1; then openssl dgst -sha256 -r; "
           "else sha256sum; fi; }; "
           "sum=$(dd bs=1048576 iflag=fullblock,count_bytes count=\"$count\" 2>/dev/null | "
           "tee -a -- " +
           p +
           " | digest) || exit 77; sum=${sum%% *}; "
           "read -r word expected && [ \"$word\" = webcast-sha ] || exit 79; "
           "[ \"$expected\" = \"$sum\" ] || { rm -f -- " +
           p +
           "; echo \"webcast-digest $sum\"; exit 80; }; "
           "[ \"$(stat -c %s -- " +
           p + ")\" = \"$count\" ] || exit 81; echo \"webcast-stripe-ok $sum\"";
}

void SftpTransport::expectUpload(const QString &path)
{
    m_expectedCommand.reset();
    m_expectedUpload.clear();
    if (!m_options.useShellUpload || !sitewriter::isSafeRelativePath(path))
        return;
    const QByteArray target = uploadTarget(path);
    m_expectedCommand = openSshCommand(appendCommand(partOf(target), target));
    m_expectedUpload = path;
}

// One more stripe of a large upload: its own ssh, file handle, digest and
// thread (see uploadThroughShell).
struct SftpTransport::Stripe
{
    std::unique_ptr<OpenSshCommand> ssh;
    qint64 from = 0;
    qint64 to = 0;
    Status status;

    void start(const QString &file, const std::atomic_bool *cancel, std::atomic<qint64> *sent)
    {
        thread = std::thread([this, file, cancel, sent] {
            Status s = run(file, cancel, sent);
            const std::lock_guard<std::mutex> lock(mutex);
            status = std::move(s);
            ended = true;
            changed.notify_all();
        });
    }
    // True once it ended.
    bool waitFor(int msecs)
    {
        std::unique_lock<std::mutex> lock(mutex);
        if (!changed.wait_for(lock, std::chrono::milliseconds(msecs), [this] { return ended; }))
            return false;
        lock.unlock();
        if (thread.joinable())
            thread.join();
        return true;
    }
    ~Stripe()
    {
        if (thread.joinable())
            thread.join();
    }

private:
    Status run(const QString &file, const std::atomic_bool *cancel, std::atomic<qint64> *sent)
    {
        if (Status s = ssh->started("webcast-ready"); !s)
            return s;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly) || !in.seek(from))
            return Status::failure(
                QCoreApplication::translate("SftpTransport", "Cannot read %1: %2")
                    .arg(file, in.errorString()));
        const QByteArray go = "webcast-go " + QByteArray::number(to - from) + '\n';
        if (Status s = ssh->write(go.constData(), go.size()); !s)
            return s;
        // The same loop as the part's: read, hash beside, send.
        Sha256 hash;
        qint64 done = from, reported = from;
        QString error;
        const Sent result = sendInPieces(
            in, done, to, &hash,
            [this](const char *data, qint64 size) { return ssh->write(data, size); },
            [&](qint64 now, qint64) {
                *sent += now - reported;
                reported = now;
            },
            cancel, &error);
        if (result == Sent::Paused) {
            int ignored = -1;
            ssh->finish(&ignored, nullptr);
            return Status::failure(QCoreApplication::translate("SftpTransport", "paused"));
        }
        if (result != Sent::All)
            return Status::failure(error);
        const QByteArray trailer = "webcast-sha " + hash.hexResult() + '\n';
        if (Status s = ssh->write(trailer.constData(), trailer.size()); !s)
            return s;
        int code = -1;
        QByteArray said;
        ssh->finish(&code, &said);
        if (code == 0 && said.contains("webcast-stripe-ok"))
            return {};
        return Status::failure(
            QCoreApplication::translate("SftpTransport",
                                        "a stripe of the file did not arrive whole (exit %1): %2")
                .arg(code)
                .arg(QString::fromUtf8(said.trimmed())));
    }

    std::thread thread;
    std::mutex mutex;
    std::condition_variable changed;
    bool ended = false;
};

std::vector<std::unique_ptr<SftpTransport::Stripe>>
SftpTransport::stripes(const QByteArray &part, qint64 offset, qint64 total)
{
    std::vector<std::unique_ptr<Stripe>> out;
    const int n = m_options.uploadStripes;
    if (n < 2 || total - offset < m_options.stripeMinBytes ||
        m_roundTripMs < m_options.stripeMinRoundTripMs)
        return out;
    // Borders on whole MiB; the first stripe is the part's own.
    constexpr qint64 align = 1024 * 1024;
    QList<qint64> borders{offset};
    for (int i = 1; i < n; ++i)
        borders << (offset + (total - offset) * i / n) / align * align;
    borders << total;
    for (int i = 1; i <= n; ++i)
        if (borders[i] <= borders[i - 1])
            return out;
    for (int i = 1; i < n; ++i) {
        auto stripe = std::make_unique<Stripe>();
        stripe->from = borders[i];
        stripe->to = borders[i + 1];
        if (size_t(i) <= m_earlyStripes.size())
            stripe->ssh = std::move(m_earlyStripes[size_t(i - 1)]);
        else
            stripe->ssh = openSshCommand(stripeCommand(part + '.' + QByteArray::number(i + 1)));
        if (!stripe->ssh)
            return {};
        out.push_back(std::move(stripe));
    }
    return out;
}

Status SftpTransport::uploadThroughShell(QFile &in, const QString &path, const QByteArray &part,
                                         const QByteArray &target, qint64 offset, qint64 seen,
                                         qint64 total, const UploadProgress &progress,
                                         const std::atomic_bool *cancel, qint64 *resumedFrom,
                                         bool *busy, std::unique_ptr<OpenSshCommand> early,
                                         DigestAhead *ahead)
{
    const QByteArray command = appendCommand(part, target);
    // The bytes go through OpenSSH's ssh where it can log in alone, else
    // through this session's own channel (about a third of the speed).
    std::unique_ptr<OpenSshCommand> ssh = early ? std::move(early) : openSshCommand(command);
    startOpenSsh(ssh, command);
    QString error;
    LIBSSH2_CHANNEL *channel = nullptr;
    if (!ssh) {
        channel = startCommand(command, &error);
        if (!channel)
            return Status::failure(tr("Cannot upload %1: %2").arg(path, error));
    }
    m_uploadedThroughOpenSsh = ssh != nullptr;
    auto write = [&](const char *data, qint64 size) {
        return ssh ? ssh->write(data, size) : writeToCommand(channel, data, size);
    };
    auto finish = [&](int *code, QByteArray *out) {
        if (ssh)
            ssh->finish(code, out);
        else
            finishCommand(channel, code, out);
    };
    // Left as it is: the server keeps what arrived, for a resume.
    auto drop = [&] {
        if (ssh)
            ssh.reset();
        else
            libssh2_channel_free(channel);
    };
    // The command checks and places the file itself where dd counts bytes.
    const bool counted =
        m_options.useByteCount &&
        (ssh ? ssh->readyLine().trimmed().split(' ').contains("counted") : m_hasGnuDd);
    // Far away, one SSH channel is held back by its window (2 MiB in
    // flight: 100 MB/s at 20 ms); a large file then goes in stripes side by
    // side, each through its own ssh, joined on the server (stripes()).
    std::vector<std::unique_ptr<Stripe>> others =
        ssh && counted ? stripes(part, offset, total) : std::vector<std::unique_ptr<Stripe>>();
    const qint64 end = others.empty() ? total : others.front()->from;
    m_uploadStripes = int(others.size()) + 1;
    const QByteArray go = "webcast-go " + QByteArray::number(seen) +
                          (offset < seen ? " 1 " : " 0 ") +
                          (counted ? QByteArray::number(end - offset) : QByteArray("-")) + '\n';
    if (Status s = write(go.constData(), go.size()); !s) {
        drop();
        return Status::failure(tr("Cannot upload %1: %2").arg(path, s.error()));
    }
    if (resumedFrom)
        *resumedFrom = offset;
    std::atomic<qint64> elsewhere{0}; // bytes the other stripes sent
    for (const std::unique_ptr<Stripe> &stripe : others)
        stripe->start(in.fileName(), cancel, &elsewhere);
    const UploadProgress allProgress = [&](qint64 done, qint64) {
        if (progress)
            progress(done + elsewhere.load(), total);
    };
    qint64 done = offset;
    // The digest of the bytes this command appends: worked out ahead when
    // they are the whole file, else beside the sending.
    const bool hashedAhead = ahead && offset == 0 && end == total;
    m_uploadHashedAhead = hashedAhead;
    Sha256 appended;
    // Nothing to read here when it is hashed ahead and ssh takes it: the
    // bytes go from the file to ssh's input without passing through here.
    Sent sent = hashedAhead && ssh
                    ? spliceInPieces(in, done, end, *ssh, allProgress, cancel, &error)
                    : sendInPieces(in, done, end, hashedAhead ? nullptr : &appended, write,
                                   allProgress, cancel, &error);
    // The other stripes end (or stop at a cancel) on their own.
    for (const std::unique_ptr<Stripe> &stripe : others) {
        while (!stripe->waitFor(200))
            allProgress(done, total);
        if (sent == Sent::All && !stripe->status) {
            sent = Sent::SendFailed;
            error = stripe->status.error();
        }
    }
    done += elsewhere.load();
    if (sent == Sent::Paused || (cancel && *cancel)) {
        // The server writes what it has and ends, so the part is whole and
        // unlocked for the resume.
        int ignored = -1;
        finish(&ignored, nullptr);
        return Status::failure(
            tr("The upload of %1 was paused; it resumes from here next time.").arg(path));
    }
    if (sent != Sent::All) {
        drop();
        if (sent == Sent::ReadFailed)
            return Status::failure(tr("Cannot read %1: %2").arg(in.fileName(), error));
        return Status::failure(tr("The upload of %1 stopped at %2: %3")
                                   .arg(path, QLocale().formattedDataSize(done), error));
    }
    const QByteArray digest = hashedAhead ? ahead->result() : appended.hexResult();
    if (digest.isEmpty()) {
        drop();
        return Status::failure(
            tr("Cannot read %1: %2").arg(in.fileName(), tr("it changed while it was sent")));
    }
    if (progress)
        progress(total, total);
    if (counted) {
        const QByteArray trailer = "webcast-sha " + digest + ' ' + QByteArray::number(total) + ' ' +
                                   QByteArray::number(others.size() + 1) + '\n';
        if (Status s = write(trailer.constData(), trailer.size()); !s) {
            drop();
            return Status::failure(
                tr("The upload of %1 stopped at its end: %2").arg(path, s.error()));
        }
    }
    int code = -1;
    QByteArray out;
    finish(&code, &out);
    // The channel's output holds the ready line (and what a login script
    // printed before it).
    if (const qsizetype ready = out.indexOf("webcast-ready"); ready >= 0)
        out.remove(0, out.indexOf('\n', ready) + 1);
    const QString said = QString::fromUtf8(out.trimmed());
    if (code == 76 || code == 75) {
        *busy = true; // the caller looks again at what the server holds
        return Status::failure(
            tr("The server's part of %1 changed while resuming (expected %2 bytes, %3).")
                .arg(path)
                .arg(offset)
                .arg(said));
    }
    if (code == 77)
        return Status::failure(tr("Cannot write the server's part of %1: %2").arg(path, said));
    if (counted) {
        if (code == 0 && out.contains(QByteArray("webcast-placed " + digest)))
            return {};
        if (code == 80)
            return Status::failure(
                tr("The server's copy of %1 does not match the file (checksum); it was removed. "
                   "Upload it again.")
                    .arg(path));
        if (code == 81)
            return Status::failure(tr("The server's copy of %1 has the wrong size.").arg(path));
        if (code == 82)
            return Status::failure(tr("Cannot put %1 in place: %2").arg(path, said));
    } else if (code == 0 && !digestIn(out).isEmpty()) {
        return finishUpload(path, part, target, total, out, digest);
    }
    return Status::failure(
        said.isEmpty()
            ? tr("The server could not write %1 (exit %2).").arg(path).arg(code)
            : tr("The server could not write %1 (exit %2): %3.").arg(path).arg(code).arg(said));
}
