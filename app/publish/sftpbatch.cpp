// Part of SftpTransport (see sftptransport.h): batches of files as one tar stream, renamed into
// place on the server.
#include "app/publish/opensshcommand.h"
#include "app/publish/sftpinternal.h"
#include "app/publish/sftptransport.h"

#include <archive.h>
#include <archive_entry.h>
#include <libssh2.h>
#include <libssh2_sftp.h>

#include <ctime>

using sftpinternal::tr;

namespace {

// Run by the server's perl in the batch's folder: puts each listed file in
// place with rename(2) (atomic, replaces an existing file), making parent
// folders as needed, in list order. The batch holds the n-th listed file as
// f/<n>, all in one folder, so unpacking makes no folders and nothing is left
// to remove but that one. A link where a folder or a file belongs is refused
// with its path (lstat), so nothing is written through it; in a folder made
// just now nothing can be a link, so its files are not asked. A batch with a
// guard ("<path>\0<bytes>") first checks that the file holds exactly those
// bytes and refuses the whole batch otherwise. Only core perl, no modules.
constexpr char renameScript[] = R"perl(
my $s = shift; my %made; my $n = 0;
if (open(my $g, '<', "$s/guard")) {
  local $/; my ($gp, $want) = split /\0/, <$g>, 2; my $have;
  if (!-l $gp and open(my $m, '<', $gp)) { $have = <$m>; }
  die "webcast-guard-changed: $gp\n" unless defined $have and $have eq $want;
}
local $/ = "\0";
open(my $l, '<', "$s/list") or die "cannot read the batch list: $!\n";
while (defined(my $p = <$l>)) {
  chomp $p; my @c = split m{/}, $p; pop @c; my $d = '.'; my $new = 0;
  for my $x (@c) {
    $d .= "/$x";
    if (exists $made{$d}) { $new = $made{$d}; next; }
    if (mkdir($d, 0755)) { $new = 1; }
    else {
      my $why = $!;
      die "refusing to write into $d: it is a link\n" if -l $d;
      die "cannot create $d: $why\n" unless -d _;
      $new = 0;
    }
    $made{$d} = $new;
  }
  die "refusing to replace $p: it is a link\n" if !$new and -l $p;
  rename("$s/f/" . $n++, $p) or die "cannot put $p in place: $!\n";
}
)perl";

// Past this a batch is sent before the publisher asks, to bound memory.
constexpr qsizetype streamFlushBytes = 64 * 1024 * 1024;

} // namespace

void SftpTransport::discardStream()
{
    if (m_archive) {
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    m_tar.clear();
    m_streamList.clear();
    m_streamNames.clear();
}

void SftpTransport::stopHelper()
{
    m_reply = Reply::None; // a batch on its way goes with its helper
    if (m_helper) {
        libssh2_channel_free(m_helper);
        m_helper = nullptr;
    }
    m_bulkHelper.reset();
}

static Status addTarEntry(struct archive *a, const QByteArray &name, const QByteArray &data)
{
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, name.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, data.size());
    archive_entry_set_mtime(entry, time(nullptr), 0);
    const bool ok = archive_write_header(a, entry) == ARCHIVE_OK &&
                    archive_write_data(a, data.constData(), size_t(data.size())) == data.size();
    archive_entry_free(entry);
    if (!ok)
        return Status::failure(QString::fromUtf8(archive_error_string(a)));
    return {};
}

static la_ssize_t appendToBuffer(struct archive *, void *buffer, const void *data, size_t size)
{
    static_cast<QByteArray *>(buffer)->append(static_cast<const char *>(data), qsizetype(size));
    return la_ssize_t(size);
}

Status SftpTransport::putStreamed(const QString &path, const QByteArray &data)
{
    if (!m_archive) {
        // zstd's fastest level: the 500 x 20 site's 81 MB of tar became
        // 1.1 MB in 75 ms, and the server unpacks it in a third of that. A
        // libarchive that cannot (built without libzstd: ARCHIVE_WARN, "using
        // an external program") sends plain tar, now and from then on.
        auto start = [this](bool zstd) {
            m_archive = archive_write_new();
            archive_write_set_format_pax_restricted(m_archive);
            if (zstd && (archive_write_add_filter_zstd(m_archive) != ARCHIVE_OK ||
                         archive_write_set_filter_option(m_archive, "zstd", "compression-level",
                                                         "1") != ARCHIVE_OK)) {
                archive_write_free(m_archive);
                m_archive = nullptr;
                return false;
            }
            archive_write_set_bytes_in_last_block(m_archive, 1);
            return true;
        };
        m_archiveZstd = m_canZstd && start(true);
        if (!m_archiveZstd) {
            m_canZstd = false;
            (void)start(false);
        }
        if (archive_write_open2(m_archive, &m_tar, nullptr, appendToBuffer, nullptr, nullptr) !=
            ARCHIVE_OK) {
            const Status s = Status::failure(QString::fromUtf8(archive_error_string(m_archive)));
            discardStream();
            return s;
        }
    }
    // The n-th listed file is f/<n>, listed once it is packed. Put twice in
    // one batch: tar keeps the later copy, renamed once.
    const QByteArray name = path.toUtf8();
    const int listed = m_streamNames.value(name, int(m_streamNames.size()));
    if (Status s = addTarEntry(m_archive, "f/" + QByteArray::number(listed), data); !s)
        return Status::failure(tr("Cannot pack %1: %2").arg(path, s.error()));
    if (listed == m_streamNames.size()) {
        m_streamNames.insert(name, listed);
        m_streamList += name + '\0';
    }
    // Bounds memory; committing early is harmless. Not while the batch
    // before is on its way: the publisher hears how that one went first.
    if (m_tar.size() >= streamFlushBytes && m_reply == Reply::None)
        return commit();
    return {};
}

QByteArray SftpTransport::batchScript(Packed packed)
{
    // Unpacks the batch ($d holds it) and renames its files into place.
    // -m -o: the files get the time they arrive and belong to the account,
    // without a call per file to say so (GNU, BSD and BusyBox tar alike).
    const QByteArray tar = "tar -x -m -o -f - -C \"$d\"";
    const QByteArray zstd = "zstd -d -q -c | " + tar;
    const QByteArray unpack = packed == Packed::Tar ? tar
                              : packed == Packed::Zstd
                                  ? zstd
                                  : "if [ \"$how\" = z ]; then " + zstd + "; else " + tar + "; fi";
    return unpack + " && perl -e " + shellQuote(renameScript) + " \"$d\"";
}

Status SftpTransport::startStream()
{
    if (!m_archive)
        return {};
    Status packed = m_guardPath.isEmpty() ? Status()
                                          : addTarEntry(m_archive, "guard",
                                                        m_guardPath.toUtf8() + '\0' + m_guardBytes);
    if (packed)
        packed = addTarEntry(m_archive, "list", m_streamList);
    const bool closed = packed && archive_write_close(m_archive) == ARCHIVE_OK;
    const QByteArray tar = std::move(m_tar);
    const bool zstd = m_archiveZstd;
    discardStream();
    if (!closed)
        return Status::failure(tr("Cannot pack the files to upload."));
    // The helper's answer is read in finishCommit(), so the next batch can
    // be packed while the server unpacks this one.
    if (m_canKeepHelper)
        return sendBatch(tar, zstd);
    // One command per batch. The batch unpacks into a fresh folder under
    // the root (same file system, so rename(2) is atomic), is renamed
    // into place in order, and the folder goes whatever happens.
    const QByteArray command =
        "set -e; cd " + shellQuote(m_root) +
        "; d=$(mktemp -d .webcast-upload.XXXXXX); trap 'rm -rf \"$d\"' EXIT; "
        "trap 'exit 1' HUP INT TERM PIPE; " +
        batchScript(zstd ? Packed::Zstd : Packed::Tar);
    int code = -1;
    QByteArray output;
    if (Status s = exec(command, &code, &output, tar); !s)
        return Status::failure(tr("Cannot upload the files: %1").arg(s.error()));
    return batchOutcome(code, output);
}

Status SftpTransport::batchOutcome(int code, const QByteArray &output)
{
    if (code != 0 && output.contains("webcast-guard-changed")) {
        // Read anew on the next connection, where the publisher says whose
        // it is now.
        const QString path = std::exchange(m_guardPath, {});
        m_guardBytes.clear();
        return Status::failure(tr("%1 on the server changed since this connection read it; "
                                  "nothing was put in place.")
                                   .arg(path));
    }
    if (code != 0) {
        const QByteArray why = output.trimmed().split('\n').value(0);
        return Status::failure(
            tr("The server could not put the uploaded files in place (exit %1): %2")
                .arg(code)
                .arg(why.isEmpty() ? tr("no reason given") : QString::fromUtf8(why)));
    }
    return {};
}

QByteArray SftpTransport::bulkHelperCommand() const
{
    // The same loop through ssh, saying first that it runs (and what the
    // account can run) before a login script's words, its input widened as
    // an upload's (widenInput()).
    return probeCommand() + widenInput() + "; " + helperCommand();
}

QByteArray SftpTransport::helperCommand() const
{
    // One shell loop per connection takes every batch: "<bytes>\n<tar>"
    // ("<bytes> z\n" when zstd packed it; the loop may start before this
    // side knows whether the server has zstd), answered by any messages and
    // "webcast-batch-end <status>". dd reads
    // exactly the batch; whatever tar leaves is drained, so the stream stays
    // in step even after a failure.
    return "cd " + shellQuote(m_root) +
           " || exit 1; while read -r size how; do "
           "d=$(mktemp -d .webcast-upload.XXXXXX) || d=; "
           "dd bs=65536 iflag=fullblock,count_bytes count=\"$size\" 2>/dev/null | "
           "{ if [ -n \"$d\" ]; then " +
           batchScript(Packed::AsSaid) +
           "; r=$?; else r=1; fi; cat >/dev/null; exit $r; } 2>&1; r=$?; "
           "[ -n \"$d\" ] && rm -rf \"$d\"; echo \"webcast-batch-end $r\"; done";
}

namespace {
constexpr char batchEndMarker[] = "webcast-batch-end ";
} // namespace

Status SftpTransport::sendBatch(const QByteArray &tar, bool zstd)
{
    // A login shell per command costs what the account's shell start-up
    // costs (a .bashrc can take 80 ms), so the helper is kept. Large batches
    // (a whole site) go to a second one run by OpenSSH's ssh, pinned to this
    // session's host key: libssh2 moved them at 60 MB/s, OpenSSH at 240.
    // A batch is sent only when the one before has been answered
    // (startCommit), so the two never overtake each other.
    const QByteArray header = QByteArray::number(tar.size()) + (zstd ? " z\n" : "\n");
    // A small one goes there too when that helper is up and this session's
    // is not: the marker a first publish puts before the site, say, whose
    // own helper would cost the server another login shell.
    const bool bulk = tar.size() >= bulkBatchBytes || (m_bulkHelper && !m_helper);
    if (bulk && !m_openSshFailed) {
        if (!m_bulkHelper)
            m_bulkHelper = openSshCommand(bulkHelperCommand());
        startOpenSsh(m_bulkHelper, bulkHelperCommand());
        if (m_bulkHelper) {
            Status s = m_bulkHelper->write(header.constData(), header.size());
            if (s)
                s = m_bulkHelper->write(tar.constData(), tar.size());
            if (!s) {
                m_bulkHelper.reset(); // the next batch starts another
                return Status::failure(tr("Cannot upload the files: %1").arg(s.error()));
            }
            ++m_bulkBatches;
            m_reply = Reply::Bulk;
            return {};
        }
    }
    if (!m_helper) {
        QString error;
        m_helper = startCommand(helperCommand(), &error);
        if (!m_helper)
            return Status::failure(tr("Cannot upload the files: %1").arg(error));
    }
    Status sent = writeToCommand(m_helper, header.constData(), header.size());
    if (sent)
        sent = writeToCommand(m_helper, tar.constData(), tar.size());
    if (!sent) {
        stopHelper();
        return Status::failure(tr("Cannot upload the files: %1").arg(sent.error()));
    }
    m_reply = Reply::Kept;
    return {};
}

Status SftpTransport::receiveBatchEnd(int *code, QByteArray *output)
{
    const Reply from = std::exchange(m_reply, Reply::None);
    QByteArray received;
    if (from == Reply::Bulk) {
        if (!m_bulkHelper)
            return Status::failure(
                tr("Cannot upload the files: %1").arg(tr("the server ended the upload helper")));
        if (Status s = m_bulkHelper->readLineWith(batchEndMarker, &received); !s) {
            m_bulkHelper.reset(); // the next batch starts another
            return Status::failure(tr("Cannot upload the files: %1").arg(s.error()));
        }
    } else {
        char buffer[4096];
        for (;;) {
            const qsizetype at = received.indexOf(batchEndMarker);
            if (at >= 0 && received.indexOf('\n', at) > at)
                break;
            const ssize_t n = libssh2_channel_read(m_helper, buffer, sizeof buffer);
            if (n > 0) {
                received.append(buffer, n);
                continue;
            }
            if (n == LIBSSH2_ERROR_EAGAIN)
                continue;
            // EOF or an error: the helper is gone; the next batch starts another.
            const QString why = n < 0 ? sessionError() : tr("the server ended the upload helper");
            stopHelper();
            return Status::failure(tr("Cannot upload the files: %1").arg(why));
        }
    }
    const qsizetype at = received.indexOf(batchEndMarker);
    const qsizetype end = received.indexOf('\n', at);
    const qsizetype skip = qsizetype(sizeof batchEndMarker) - 1;
    *code = received.mid(at + skip, end - at - skip).toInt();
    *output = received.left(at);
    return {};
}

bool SftpTransport::guard(const QString &path, const QByteArray &bytes)
{
    settleProbe();
    if (!m_canStream || !m_sftp)
        return false;
    m_guardPath = path;
    m_guardBytes = bytes;
    return true;
}

std::optional<QByteArray> SftpTransport::guarded(const QString &path) const
{
    if (m_guardPath.isEmpty() || path != m_guardPath)
        return std::nullopt;
    return m_guardBytes;
}

Status SftpTransport::commit()
{
    if (Status s = startCommit(); !s)
        return s;
    return finishCommit();
}

Status SftpTransport::finishCommit()
{
    if (m_reply == Reply::None)
        return {};
    int code = -1;
    QByteArray output;
    if (Status s = receiveBatchEnd(&code, &output); !s)
        return s;
    return batchOutcome(code, output);
}

Status SftpTransport::startCommit()
{
    // The batch before is answered first (the publisher does so itself):
    // batches never overtake one another.
    if (m_reply != Reply::None) {
        if (Status s = finishCommit(); !s) {
            discardStream();
            return s;
        }
    }
    settleProbe();
    if (m_canStream)
        return startStream();
    if (m_pendingRenames.isEmpty())
        return {};
    // One shell command renames the batch in order; each mv -f is an atomic
    // rename(2) on the server. libssh2 sends at most about 35 kB in one
    // packet, so a command stays under 30 kB.
    while (!m_pendingRenames.isEmpty()) {
        QByteArray command = "set -e";
        int taken = 0;
        while (taken < m_pendingRenames.size() && command.size() < 30000) {
            const auto &r = m_pendingRenames.at(taken++);
            // -T: a link to a folder at the target is replaced, never
            // entered.
            command += "; mv -fT -- " + shellQuote(r.first) + ' ' + shellQuote(r.second);
        }
        int code = -1;
        if (Status s = exec(command, &code); !s)
            return Status::failure(tr("Cannot put the uploaded files in place: %1").arg(s.error()));
        if (code != 0)
            return Status::failure(
                tr("Cannot put the uploaded files in place: the server's mv failed (exit %1).")
                    .arg(code));
        m_pendingRenames.remove(0, taken);
    }
    return {};
}
