#include "localtransport.h"

#include "render/sitewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LocalTransport", text);
}

} // namespace

LocalTransport::LocalTransport(QString folder)
    : m_folder(std::move(folder))
{
}

Status LocalTransport::open()
{
    if (!QDir().mkpath(m_folder))
        return Status::failure(tr("Cannot create the folder %1.").arg(m_folder));
    m_root = QFile::encodeName(QFileInfo(m_folder).canonicalFilePath());
    return {};
}

Status LocalTransport::put(const QString &path, const QByteArray &data, const QByteArray &)
{
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    // Make each folder on the way, refusing links that could lead elsewhere.
    QByteArray dir = m_root;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (int i = 0; i + 1 < parts.size(); ++i) {
        dir += '/' + QFile::encodeName(parts.at(i));
        QString error;
        if (!sitewriter::makeDirectory(dir, &error))
            return Status::failure(
                tr("Cannot use the folder %1: %2").arg(QFile::decodeName(dir), error));
    }
    const QByteArray target = m_root + '/' + QFile::encodeName(path);
    struct stat st;
    if (::lstat(target.constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return Status::failure(
            tr("Refusing to replace %1: it is not a plain file.").arg(QFile::decodeName(target)));
    QString error;
    if (!sitewriter::replaceFile(target, data, &error))
        return Status::failure(tr("Cannot write %1: %2").arg(QFile::decodeName(target), error));
    return {};
}

Status LocalTransport::remove(const QString &path)
{
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    const QByteArray target = m_root + '/' + QFile::encodeName(path);
    struct stat st;
    if (::lstat(target.constData(), &st) != 0)
        return {}; // already gone
    if (!S_ISREG(st.st_mode))
        return Status::failure(
            tr("Refusing to remove %1: it is not a plain file.").arg(QFile::decodeName(target)));
    if (::unlink(target.constData()) != 0)
        return Status::failure(tr("Cannot remove %1.").arg(QFile::decodeName(target)));
    return {};
}

Status LocalTransport::uploadFile(const QString &localPath, const QString &path,
                                  const UploadProgress &progress, const std::atomic_bool *cancel,
                                  qint64 *resumedFrom)
{
    if (resumedFrom)
        *resumedFrom = 0;
    // The folders on the way, checked as put() does, with an empty file
    // that the copy then replaces.
    if (Status s = put(path, QByteArray(), QByteArray()); !s)
        return s;
    const QString target = QFile::decodeName(m_root) + QLatin1Char('/') + path;
    QFile in(localPath);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(localPath, in.errorString()));
    QSaveFile out(target); // a temporary beside it, renamed at commit()
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(target, out.errorString()));
    const qint64 total = in.size();
    qint64 done = 0;
    QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
    while (done < total) {
        if (cancel && *cancel) {
            out.cancelWriting();
            return Status::failure(tr("The upload was cancelled."));
        }
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n <= 0 || out.write(buffer.constData(), n) != n) {
            out.cancelWriting();
            return Status::failure(tr("Cannot copy %1 to %2.").arg(localPath, target));
        }
        done += n;
        if (progress)
            progress(done, total);
    }
    if (!out.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(target, out.errorString()));
    return {};
}
