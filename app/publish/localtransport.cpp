#include "app/publish/localtransport.h"

#include "app/render/sitewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <cerrno>
#include <cstring>

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

LocalTransport::~LocalTransport() = default;

Status LocalTransport::open()
{
    m_root = std::make_unique<sitewriter::SafeFolder>(m_folder);
    if (Status s = m_root->open(true); !s) {
        m_root.reset();
        return s;
    }
    return {};
}

Status LocalTransport::put(const QString &path, const QByteArray &data, const QByteArray &)
{
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    if (!m_root)
        return Status::failure(tr("Not open."));
    return m_root->replace(path, data);
}

Result<std::optional<QByteArray>> LocalTransport::fetch(const QString &path)
{
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    const QString file = QDir(m_folder).filePath(path);
    const QFileInfo info(file);
    if (info.isSymLink())
        return Status::failure(tr("%1 is a link; it is not followed.").arg(file));
    if (!info.exists())
        return std::optional<QByteArray>();
    QFile in(file);
    if (info.size() > maximumFetch || !in.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(file, in.errorString()));
    return std::optional<QByteArray>(in.readAll());
}

Status LocalTransport::remove(const QString &path)
{
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    if (!m_root)
        return Status::failure(tr("Not open."));
    return m_root->remove(path);
}

Status LocalTransport::uploadFile(const QString &localPath, const QString &path,
                                  const UploadProgress &progress, const std::atomic_bool *cancel,
                                  qint64 *resumedFrom)
{
    if (resumedFrom)
        *resumedFrom = 0;
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    if (!m_root)
        return Status::failure(tr("Not open."));
    QFile in(localPath);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(localPath, in.errorString()));
    const qint64 total = in.size();
    bool cancelled = false;
    // Copied into a new temporary beside the target, renamed at the end.
    const Status s = m_root->replace(path, [&](int fd, QString *error) {
        QByteArray buffer(4 * 1024 * 1024, Qt::Uninitialized);
        qint64 done = 0;
        while (done < total) {
            if (cancel && *cancel) {
                cancelled = true;
                *error = tr("The upload was cancelled.");
                return false;
            }
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n <= 0) {
                *error = tr("Cannot read %1: %2").arg(localPath, in.errorString());
                return false;
            }
            for (qint64 written = 0; written < n;) {
                const ssize_t w = ::write(fd, buffer.constData() + written, size_t(n - written));
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0) {
                    *error = QString::fromLocal8Bit(std::strerror(errno));
                    return false;
                }
                written += w;
            }
            done += n;
            if (progress)
                progress(done, total);
        }
        return true;
    });
    if (cancelled)
        return Status::failure(tr("The upload was cancelled."));
    return s;
}
