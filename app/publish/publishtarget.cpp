#include "app/publish/publishtarget.h"

#include <QDir>
#include <QStandardPaths>

QString PublishTarget::key() const
{
    return role == Role::Web ? QStringLiteral("web") : QStringLiteral("streaming");
}

QString PublishTarget::displayUrl() const
{
    return url.toDisplayString(QUrl::RemovePassword);
}

QString PublishTarget::defaultFolder(Role role)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(role == Role::Web ? QStringLiteral("published/web")
                                    : QStringLiteral("published/streaming"));
}

PublishTarget PublishTarget::fromSettings(const SiteSettings &settings, Role role)
{
    PublishTarget t;
    t.role = role;
    const QString url = role == Role::Web ? settings.webTarget : settings.streamingTarget;
    t.url = url.isEmpty() ? QUrl::fromLocalFile(defaultFolder(role)) : QUrl(url);
    t.identity = role == Role::Web ? settings.webIdentity : settings.streamingIdentity;
    t.knownHosts = settings.knownHosts;
    t.trustedCertificates = sitesettings::trustedCertificates(settings);
    return t;
}
