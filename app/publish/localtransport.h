#pragma once

#include "publishtarget.h"

// A folder on this computer (or a mounted share): the default target.
class LocalTransport : public Transport
{
public:
    explicit LocalTransport(QString folder);
    Status open() override;
    Status put(const QString &path, const QByteArray &data, const QByteArray &mimeType) override;
    Status remove(const QString &path) override;
    Status uploadFile(const QString &localPath, const QString &path, const UploadProgress &progress,
                      const std::atomic_bool *cancel, qint64 *resumedFrom) override;

private:
    QString m_folder;
    QByteArray m_root; // canonical, encoded
};
