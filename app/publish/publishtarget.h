#pragma once

#include "models/result.h"
#include "models/sitesettings.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// One place publishing sends files to: where, and how to log in.
struct PublishTarget
{
    enum class Role
    {
        Web,
        Streaming
    };
    Role role = Role::Web;
    QUrl url;                        // sftp://, http(s):// (WebDAV) or file://
    QString identity;                // SSH key file, optional
    QString knownHosts;              // OpenSSH known_hosts, optional
    QString acceptHostKey;           // SSH: the unknown host key the user saw and accepted
    bool takeOver = false;           // publish even though another database published here last
    bool acceptNewHostKey = false;   // SSH: any key of an unknown host (command line)
    QStringList trustedCertificates; // "host:port=<sha256>[,any-name]" (sitesettings.h)

    // "web" / "streaming": the manifest's and the command line's name.
    QString key() const;
    // Without user names or passwords, for messages and logs.
    QString displayUrl() const;
    // The target from the settings; a local folder under the app's data
    // folder when none is set, so publishing works before any server exists.
    static PublishTarget fromSettings(const SiteSettings &settings, Role role);
    static QString defaultFolder(Role role);
};
