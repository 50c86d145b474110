#include "sitewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

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

// Writes `data` beside `target` and renames it over the target: readers see
// the old file or the new one, never half of one. Plain POSIX calls, as few
// as possible: on some systems each file system call is the main cost. No
// fsync per file: a local folder can be rendered again.
bool replaceFile(const QByteArray &target, const QByteArray &data, QString *error)
{
    const int slash = target.lastIndexOf('/');
    const QByteArray temp = target.left(slash + 1) + '.' + target.mid(slash + 1) + ".webcast-tmp";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            ::unlink(temp.constData());
            return false;
        }
        done += n;
    }
    if (::close(fd) != 0 || std::rename(temp.constData(), target.constData()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(temp.constData());
        return false;
    }
    return true;
}

// Makes `dir` (parents already made) unless it exists as a real folder; a
// symlink there is refused, so no write can be carried outside the root.
bool makeDirectory(const QByteArray &dir, QString *error)
{
    if (::mkdir(dir.constData(), 0755) == 0)
        return true;
    struct stat st;
    if (errno == EEXIST && ::lstat(dir.constData(), &st) == 0 && S_ISDIR(st.st_mode))
        return true;
    *error = errno == EEXIST ? QStringLiteral("it is not a folder (a link or a file)")
                             : QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

// Writes a file that does not exist yet, in a folder no reader sees yet.
bool createFile(const QByteArray &target, const QByteArray &data, QString *error)
{
    const int fd = ::open(target.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    bool ok = fd >= 0;
    qsizetype done = 0;
    while (ok && done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        done += ok ? n : 0;
    }
    if (fd >= 0 && ::close(fd) != 0)
        ok = false;
    if (!ok)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    return ok;
}

Status makeDirectories(const RenderedSite &site, const QByteArray &rootPath, const QDir &root)
{
    // Every folder on the way to every file, parents before children.
    QSet<QString> dirSet;
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        const QString &path = it.key();
        for (int slash = path.indexOf(QLatin1Char('/')); slash > 0;
             slash = path.indexOf(QLatin1Char('/'), slash + 1))
            dirSet.insert(path.left(slash));
    }
    QStringList dirs(dirSet.cbegin(), dirSet.cend());
    std::sort(dirs.begin(), dirs.end());
    for (const QString &dir : std::as_const(dirs)) {
        QString error;
        if (!makeDirectory(rootPath + '/' + QFile::encodeName(dir), &error))
            return Status::failure(
                tr("Cannot use the folder %1: %2").arg(root.filePath(dir), error));
    }
    return {};
}

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
    const QString staging = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                            QStringLiteral(".webcast-new");
    QDir(staging).removeRecursively(); // a leftover from an interrupted run
    QDir root(staging);
    if (!root.mkpath(QStringLiteral(".")))
        return Status::failure(tr("Cannot create the folder %1.").arg(staging));
    const QByteArray rootPath = QFile::encodeName(root.absolutePath());
    if (Status s = makeDirectories(site, rootPath, root); !s)
        return s;
    WriteSummary summary;
    QString error;
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        if (!createFile(rootPath + '/' + QFile::encodeName(it.key()), it.value(), &error)) {
            root.removeRecursively();
            return Status::failure(tr("Cannot write %1: %2").arg(root.filePath(it.key()), error));
        }
        ++summary.written;
    }
    if (!createFile(rootPath + '/' + QFile::encodeName(manifestName), manifestOf(site), &error)) {
        root.removeRecursively();
        return Status::failure(tr("Cannot write the manifest: %1").arg(error));
    }
    QDir().rmdir(folder); // empty, or absent
    if (std::rename(rootPath.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) !=
        0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        root.removeRecursively();
        return Status::failure(tr("Cannot move the site into %1: %2").arg(folder, why));
    }
    return summary;
}

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

    QDir root(folder);
    const QByteArray rootPath =
        QFile::encodeName(QFileInfo(root.absolutePath()).canonicalFilePath());
    if (Status s = makeDirectories(site, rootPath, root); !s)
        return s;

    WriteSummary summary;
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        const QByteArray target = rootPath + '/' + QFile::encodeName(it.key());
        const QByteArray &data = it.value();
        struct stat st;
        if (::lstat(target.constData(), &st) == 0) {
            if (S_ISLNK(st.st_mode) || !S_ISREG(st.st_mode))
                return Status::failure(tr("Refusing to write %1: it is not a plain file.")
                                           .arg(QFile::decodeName(target)));
            if (st.st_size == data.size()) {
                QFile existing(QFile::decodeName(target));
                if (existing.open(QIODevice::ReadOnly) && existing.readAll() == data) {
                    ++summary.unchanged;
                    continue;
                }
            }
        }
        QString error;
        if (!replaceFile(target, data, &error))
            return Status::failure(tr("Cannot write %1: %2").arg(QFile::decodeName(target), error));
        ++summary.written;
    }

    // Remove what an earlier write made and this site no longer has.
    const QStringList previous = readManifest(root);
    for (const QString &path : previous) {
        if (site.contains(path) || !isSafeRelativePath(path))
            continue;
        if (QFile::remove(root.filePath(path)))
            ++summary.removed;
    }
    QString error;
    if (!replaceFile(rootPath + '/' + QFile::encodeName(manifestName), manifestOf(site), &error))
        return Status::failure(tr("Cannot write %1: %2").arg(root.filePath(manifestName), error));
    return summary;
}

} // namespace sitewriter
