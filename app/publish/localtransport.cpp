#include "localtransport.h"

#include "render/sitewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
