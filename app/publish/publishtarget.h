#pragma once

#include "result.h"
#include "sitesettings.h"

#include <QString>
#include <QUrl>

#include <memory>

// One place publishing sends files to: where, and how to log in.
struct PublishTarget
{
    enum class Role
    {
        Web,
        Streaming
    };
    Role role = Role::Web;
    QUrl url;                      // sftp://, http(s):// (WebDAV) or file://
    QString identity;              // SSH key file, optional
    QString knownHosts;            // OpenSSH known_hosts, optional
    bool acceptNewHostKey = false; // the user accepted an unknown SSH host key

    // "web" / "streaming": the manifest's and the command line's name.
    QString key() const;
    // Without user names or passwords, for messages and logs.
    QString displayUrl() const;
    // The target from the settings; a local folder under the app's data
    // folder when none is set, so publishing works before any server exists.
    static PublishTarget fromSettings(const SiteSettings &settings, Role role);
    static QString defaultFolder(Role role);
};

// Moves files to a target. Each put() replaces the file atomically: a reader
// sees the old file or the new one, never a part. Blocking calls, for a
// worker thread or the command line.
class Transport
{
public:
    virtual ~Transport() = default;
    virtual Status open() = 0;
    // A transport that keeps its connection between publishes says so here;
    // publishSite() then uses it as it is.
    virtual bool isOpen() const { return false; }
    virtual Status put(const QString &path, const QByteArray &data, const QByteArray &mimeType) = 0;
    virtual Status remove(const QString &path) = 0;
    // Some transports finish puts in batches (one server command renames many
    // files); after commit() every put so far is in place.
    virtual Status commit() { return {}; }
    // How many puts the publisher gathers before it calls commit().
    virtual int preferredBatchSize() const { return 256; }
    virtual void close() {}

    // The transport for a target URL; never null.
    static std::unique_ptr<Transport> create(const PublishTarget &target);
};

// "text/html; charset=utf-8" for index.html, "video/quicktime" for .mov, ...
QByteArray contentTypeFor(const QString &path);
