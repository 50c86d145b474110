#include "app/publish/transport.h"

#include "app/publish/localtransport.h"
#include "app/publish/publishtarget.h"
#include "app/publish/sftptransport.h"
#include "app/publish/webdavtransport.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// Stands in for a target whose kind is not available in this build, so the
// caller gets an error instead of a crash.
class UnsupportedTransport : public Transport
{
public:
    explicit UnsupportedTransport(QString why)
        : m_why(std::move(why))
    {
    }
    Status open() override { return Status::failure(m_why); }
    Status put(const QString &, const QByteArray &, const QByteArray &) override
    {
        return Status::failure(m_why);
    }
    Status remove(const QString &) override { return Status::failure(m_why); }

private:
    QString m_why;
};

} // namespace

Status Transport::uploadFile(const QString &, const QString &, const UploadProgress &,
                             const std::atomic_bool *, qint64 *)
{
    return Status::failure(QCoreApplication::translate(
        "Transport", "This kind of target cannot take archive uploads yet; use an sftp:// or "
                     "file:/// streaming target."));
}

Result<std::optional<QByteArray>> Transport::fetch(const QString &)
{
    return Status::failure(
        QCoreApplication::translate("Transport", "This kind of target cannot be read."));
}

std::unique_ptr<Transport> Transport::create(const PublishTarget &target)
{
    std::unique_ptr<Transport> transport;
    const QString scheme = target.url.scheme().toLower();
    if (scheme == QLatin1String("file")) {
        transport = std::make_unique<LocalTransport>(target.url.toLocalFile());
    } else if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        transport = std::make_unique<WebDavTransport>(target.url, target.trustedCertificates);
    } else if (scheme == QLatin1String("sftp")) {
        SftpTransport::Options options;
        options.identity = target.identity;
        options.knownHosts = target.knownHosts;
        options.sshConfig = qEnvironmentVariable("WEBCAST_ADMIN_SSH_CONFIG");
        options.acceptHostKey = target.acceptHostKey;
        options.acceptNewHostKey = target.acceptNewHostKey;
        transport = std::make_unique<SftpTransport>(target.url, options);
    } else {
        transport = std::make_unique<UnsupportedTransport>(
            QCoreApplication::translate("Transport", "Publishing over %1 is not available yet.")
                .arg(scheme));
    }
    transport->setRole(target.key());
    return transport;
}

QByteArray contentTypeFor(const QString &path)
{
    // Once per file of a publish: the suffix is looked at in place, without
    // QString::section's list of all the sections.
    static const std::pair<QLatin1String, QByteArray> types[] = {
        {QLatin1String("html"), QByteArrayLiteral("text/html; charset=utf-8")},
        {QLatin1String("css"), QByteArrayLiteral("text/css; charset=utf-8")},
        {QLatin1String("json"), QByteArrayLiteral("application/json")},
        {QLatin1String("xml"), QByteArrayLiteral("application/rss+xml")},
        {QLatin1String("ics"), QByteArrayLiteral("text/calendar; charset=utf-8")},
        {QLatin1String("mov"), QByteArrayLiteral("video/quicktime")},
        {QLatin1String("mp4"), QByteArrayLiteral("video/mp4")},
        {QLatin1String("qtl"), QByteArrayLiteral("application/x-quicktime-media-link")},
        {QLatin1String("m3u"), QByteArrayLiteral("audio/x-mpegurl")},
        {QLatin1String("pdf"), QByteArrayLiteral("application/pdf")},
    };
    const QStringView suffix = QStringView(path).mid(path.lastIndexOf(QLatin1Char('.')) + 1);
    for (const auto &[name, type] : types) {
        if (suffix.compare(name, Qt::CaseInsensitive) == 0)
            return type;
    }
    return QByteArrayLiteral("application/octet-stream");
}
