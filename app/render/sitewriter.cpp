#include "app/render/sitewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QRandomGenerator>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sitewriter {
namespace {

const QString manifestName = QStringLiteral(".webcast-admin-manifest");

QString tr(const char *text)
{
    return QCoreApplication::translate("sitewriter", text);
}

QStringList readManifest(const QDir &root)
{
    QFile f(root.filePath(manifestName));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

namespace {

bool writeAll(int fd, const QByteArray &data, QString *error)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        done += n;
    }
    return true;
}

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

SafeFolder::SafeFolder(QString path)
    : m_path(std::move(path))
{
}

SafeFolder::~SafeFolder()
{
    closeCache();
    if (m_root >= 0)
        ::close(m_root);
}

void SafeFolder::closeCache()
{
    for (int fd : std::as_const(m_folders))
        ::close(fd);
    m_folders.clear();
}

Status SafeFolder::open(bool create)
{
    if (create && !QDir().mkpath(m_path))
        return Status::failure(tr("Cannot create the folder %1.").arg(m_path));
    m_root = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_root < 0)
        return Status::failure(tr("Cannot open the folder %1: %2").arg(m_path, lastError()));
    return {};
}

int SafeFolder::folderOf(const QString &path, bool create, QString *error)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return m_root;
    const QString dir = path.left(slash);
    if (const auto known = m_folders.constFind(dir); known != m_folders.cend())
        return *known;
    if (m_folders.size() >= 64)
        closeCache();
    // One step at a time, never through a link: from the nearest folder on
    // the way that is open already (a talk's folder from its workshop's),
    // else from the root.
    int fd = m_root;
    QString walked;
    for (int cut = int(dir.lastIndexOf(QLatin1Char('/'))); cut > 0;
         cut = int(dir.lastIndexOf(QLatin1Char('/'), cut - 1))) {
        if (const auto near = m_folders.constFind(dir.left(cut)); near != m_folders.cend()) {
            fd = *near;
            walked = near.key();
            break;
        }
    }
    const int start = fd;
    const QStringList parts = QStringView(dir)
                                  .mid(walked.isEmpty() ? 0 : walked.size() + 1)
                                  .toString()
                                  .split(QLatin1Char('/'));
    for (const QString &part : parts) {
        walked += (walked.isEmpty() ? QString() : QStringLiteral("/")) + part;
        const QByteArray name = QFile::encodeName(part);
        int next = ::openat(fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0 && errno == ENOENT && create) {
            if (::mkdirat(fd, name.constData(), 0755) != 0 && errno != EEXIST) {
                m_lastErrno = errno;
                *error = tr("Cannot create the folder %1: %2")
                             .arg(m_path + QLatin1Char('/') + walked, lastError());
                if (fd != start)
                    ::close(fd);
                return -1;
            }
            next = ::openat(fd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (next < 0) {
            m_lastErrno = errno;
            const bool notAFolder = errno == ELOOP || errno == ENOTDIR;
            *error = notAFolder ? tr("Refusing to use %1: it is not a folder (a link or a file).")
                                      .arg(m_path + QLatin1Char('/') + walked)
                                : tr("Cannot use the folder %1: %2")
                                      .arg(m_path + QLatin1Char('/') + walked, lastError());
            if (fd != start)
                ::close(fd);
            return -1;
        }
        if (fd != start)
            ::close(fd);
        fd = next;
    }
    m_folders.insert(dir, fd);
    return fd;
}

Status SafeFolder::replace(const QString &path, const Filler &fill)
{
    QString error;
    const int dir = folderOf(path, true, &error);
    if (dir < 0)
        return Status::failure(error);
    const QByteArray name = QFile::encodeName(path.section(QLatin1Char('/'), -1));
    struct stat st;
    if (::fstatat(dir, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISREG(st.st_mode))
        return Status::failure(tr("Refusing to replace %1: it is not a plain file.")
                                   .arg(m_path + QLatin1Char('/') + path));
    // A fresh name each time, created exclusively: whatever someone left
    // at a temporary name (a link to ~/.bashrc) is never opened.
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 16; ++attempt) {
        temp = '.' + name + '.' +
               QByteArray::number(QRandomGenerator::global()->generate64() % 2176782336u, 36) +
               ".webcast-tmp";
        fd = ::openat(dir, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                      0644);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return Status::failure(
            tr("Cannot write %1: %2").arg(m_path + QLatin1Char('/') + path, lastError()));
    bool ok = fill(fd, &error);
    if (::close(fd) != 0 && ok) {
        error = lastError();
        ok = false;
    }
    if (ok && ::renameat(dir, temp.constData(), dir, name.constData()) != 0) {
        error = lastError();
        ok = false;
    }
    if (!ok) {
        ::unlinkat(dir, temp.constData(), 0);
        return Status::failure(
            tr("Cannot write %1: %2").arg(m_path + QLatin1Char('/') + path, error));
    }
    return {};
}

Status SafeFolder::replace(const QString &path, const QByteArray &data)
{
    return replace(path, [&data](int fd, QString *error) { return writeAll(fd, data, error); });
}

Status SafeFolder::create(const QString &path, const QByteArray &data)
{
    QString error;
    const int dir = folderOf(path, true, &error);
    if (dir < 0)
        return Status::failure(error);
    const QByteArray name = QFile::encodeName(path.section(QLatin1Char('/'), -1));
    const int fd =
        ::openat(dir, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    bool ok = fd >= 0 && writeAll(fd, data, &error);
    if (fd < 0)
        error = lastError();
    if (fd >= 0 && ::close(fd) != 0 && ok) {
        error = lastError();
        ok = false;
    }
    if (!ok)
        return Status::failure(
            tr("Cannot write %1: %2").arg(m_path + QLatin1Char('/') + path, error));
    return {};
}

bool SafeFolder::holds(const QString &path, const QByteArray &data)
{
    QString error;
    const int dir = folderOf(path, false, &error);
    if (dir < 0)
        return false;
    const QByteArray name = QFile::encodeName(path.section(QLatin1Char('/'), -1));
    const int fd = ::openat(dir, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == data.size();
    if (same && !data.isEmpty()) {
        QByteArray existing(data.size(), Qt::Uninitialized);
        qsizetype done = 0;
        while (done < existing.size()) {
            const ssize_t n = ::read(fd, existing.data() + done, size_t(existing.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            done += n;
        }
        same = done == existing.size() && existing == data;
    }
    ::close(fd);
    return same;
}

Status SafeFolder::remove(const QString &path, bool *removed)
{
    if (removed)
        *removed = false;
    QString error;
    const int dir = folderOf(path, false, &error);
    if (dir < 0) {
        if (m_lastErrno == ENOENT)
            return {}; // its folder is gone already
        return Status::failure(error);
    }
    const QByteArray name = QFile::encodeName(path.section(QLatin1Char('/'), -1));
    struct stat st;
    if (::fstatat(dir, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return {}; // already gone
    if (!S_ISREG(st.st_mode))
        return Status::failure(tr("Refusing to remove %1: it is not a plain file.")
                                   .arg(m_path + QLatin1Char('/') + path));
    if (::unlinkat(dir, name.constData(), 0) != 0)
        return Status::failure(
            tr("Cannot remove %1: %2").arg(m_path + QLatin1Char('/') + path, lastError()));
    if (removed)
        *removed = true;
    return {};
}

namespace {

QByteArray manifestOf(const RenderedSite &site)
{
    return site.keys().join(QLatin1Char('\n')).toUtf8() + '\n';
}

// A new or empty folder: build the whole site beside it and rename it into
// place in one step. Readers see no site, then the whole site; and each file
// is made once instead of written and renamed.
Result<WriteSummary> writeFresh(const RenderedSite &site, const QString &folder)
{
    const QFileInfo info(folder);
    const QString parent = info.absolutePath();
    // Leftovers of an interrupted run: real folders only, never a link.
    const QString prefix = QLatin1Char('.') + info.fileName() + QStringLiteral(".webcast-new");
    const QStringList leftovers =
        QDir(parent).entryList({prefix + QLatin1Char('*')},
                               QDir::Dirs | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot);
    for (const QString &old : leftovers)
        QDir(parent + QLatin1Char('/') + old).removeRecursively();
    if (!QDir().mkpath(parent))
        return Status::failure(tr("Cannot create the folder %1.").arg(parent));
    QByteArray staging = QFile::encodeName(parent + QLatin1Char('/') + prefix) + ".XXXXXX";
    if (!::mkdtemp(staging.data()))
        return Status::failure(tr("Cannot create a folder beside %1: %2").arg(folder, lastError()));
    QDir stagingDir(QFile::decodeName(staging));
    ::chmod(staging.constData(), 0755); // mkdtemp makes 0700; the site is public
    WriteSummary summary;
    {
        // Each file is its own system calls, most of the time in the
        // kernel: a large site is made by a few threads, each on a run of
        // neighbouring paths (so each keeps its folders open) with a
        // SafeFolder of its own.
        using It = RenderedSite::const_iterator;
        const QString stagingPath = stagingDir.absolutePath();
        auto createRun = [&stagingPath](It from, It to) -> Status {
            SafeFolder root(stagingPath);
            Status s = root.open(false);
            for (It it = from; s && it != to; ++it)
                s = root.create(it.key(), it.value());
            return s;
        };
        const qsizetype runs =
            site.size() < 4000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
        QList<QFuture<Status>> parts;
        It from = site.cbegin();
        for (qsizetype i = 0; i < runs; ++i) {
            const It to = i + 1 == runs ? site.cend() : std::next(from, site.size() / runs);
            if (i + 1 == runs)
                parts.append(QtFuture::makeReadyFuture(createRun(from, to)));
            else
                parts.append(QtConcurrent::run(createRun, from, to));
            from = to;
        }
        Status s;
        for (QFuture<Status> &part : parts) {
            const Status done = part.result();
            if (s && !done)
                s = done;
        }
        if (s) {
            summary.written = int(site.size());
            SafeFolder root(stagingPath);
            s = root.open(false);
            if (s)
                s = root.create(manifestName, manifestOf(site));
        }
        if (!s) {
            stagingDir.removeRecursively();
            return s;
        }
    }
    QDir().rmdir(folder); // empty, or absent
    if (std::rename(staging.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) !=
        0) {
        const QString why = lastError();
        stagingDir.removeRecursively();
        return Status::failure(tr("Cannot move the site into %1: %2").arg(folder, why));
    }
    return summary;
}

} // namespace

Result<WriteSummary> write(const RenderedSite &site, const QString &folder)
{
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        if (!isSafeRelativePath(it.key()) || it.key() == manifestName)
            return Status::failure(tr("Refusing to write the unsafe path \"%1\".").arg(it.key()));
    }
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists() || (folderInfo.isDir() && !folderInfo.isSymLink() &&
                                 QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden |
                                                      QDir::System | QDir::NoDotAndDotDot)))
        return writeFresh(site, folder);

    SafeFolder root(folder);
    if (Status s = root.open(false); !s)
        return s;
    WriteSummary summary;
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        if (root.holds(it.key(), it.value())) {
            ++summary.unchanged;
            continue;
        }
        if (Status s = root.replace(it.key(), it.value()); !s)
            return s;
        ++summary.written;
    }

    // Remove what an earlier write made and this site no longer has; a link
    // planted on the way is left alone, and nothing behind it is touched.
    const QStringList previous = readManifest(QDir(folder));
    for (const QString &path : previous) {
        if (site.contains(path) || !isSafeRelativePath(path) || path == manifestName)
            continue;
        bool removed = false;
        (void)root.remove(path, &removed);
        summary.removed += removed ? 1 : 0;
    }
    if (Status s = root.replace(manifestName, manifestOf(site)); !s)
        return s;
    return summary;
}

} // namespace sitewriter
