#pragma once

#include "app/publish/transport.h"

#include <memory>

namespace sitewriter {
class SafeFolder;
}

// A folder on this computer (or a mounted share): the default target.
// Links inside it are never followed (sitewriter::SafeFolder).
class LocalTransport : public Transport
{
public:
    explicit LocalTransport(QString folder);
    ~LocalTransport() override;
    Status open() override;
    Status put(const QString &path, const QByteArray &data, const QByteArray &mimeType) override;
    Status remove(const QString &path) override;
    Result<std::optional<QByteArray>> fetch(const QString &path) override;
    Status uploadFile(const QString &localPath, const QString &path, const UploadProgress &progress,
                      const std::atomic_bool *cancel, qint64 *resumedFrom) override;

private:
    QString m_folder;
    // Every write and removal goes through it: no link inside is followed.
    std::unique_ptr<sitewriter::SafeFolder> m_root;
};
