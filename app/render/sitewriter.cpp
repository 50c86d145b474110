#include "sitewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace sitewriter {
namespace {

const QString manifestName = QStringLiteral(".webcast-admin-manifest");

QString tr(const char *text)
{
    return QCoreApplication::translate("SiteWriter", text);
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

Result<WriteSummary> write(const RenderedSite &site, const QString &folder)
{
    QDir root(folder);
    if (!root.mkpath(QStringLiteral(".")))
        return Status::failure(tr("Cannot create the folder %1.").arg(folder));
    const QString canonicalRoot = QFileInfo(root.absolutePath()).canonicalFilePath();
    WriteSummary summary;
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        const QString &path = it.key();
        if (!isSafeRelativePath(path) || path == manifestName)
            return Status::failure(tr("Refusing to write the unsafe path \"%1\".").arg(path));
        const QString target = root.filePath(path);
        const QFileInfo info(target);
        if (!root.mkpath(QFileInfo(path).path()))
            return Status::failure(tr("Cannot create the folder for %1.").arg(target));
        // A symlink inside the folder must not carry a write outside it.
        const QString parent = QFileInfo(info.absolutePath()).canonicalFilePath();
        if (!parent.startsWith(canonicalRoot) || info.isSymLink())
            return Status::failure(
                tr("Refusing to write %1: it leads outside %2.").arg(target, folder));
        if (info.isFile() && info.size() == it.value().size()) {
            QFile existing(target);
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == it.value()) {
                ++summary.unchanged;
                continue;
            }
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() ||
            !file.commit())
            return Status::failure(tr("Cannot write %1: %2").arg(target, file.errorString()));
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
    QSaveFile manifest(root.filePath(manifestName));
    if (!manifest.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1").arg(manifest.fileName()));
    manifest.write(site.keys().join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!manifest.commit())
        return Status::failure(tr("Cannot write %1").arg(manifest.fileName()));
    return summary;
}

} // namespace sitewriter
