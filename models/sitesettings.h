#pragma once

#include "models/result.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace sitesettings {
// sftp://user@host[:port]/path, http(s)://host/path or file:///path, with no
// password in it (passwords live in the keychain).
bool isValidTarget(const QString &url, QString *why = nullptr);
} // namespace sitesettings

class Database;

// How the public site is built and reached: stored in the database (table
// site_setting), so every machine that opens it renders the same site.
struct SiteSettings
{
    QString publicUrl;    // https://webcasts.example.org/ (links in feed, calendar)
    QString rtspBase;     // rtsp://stream.example.org/vod/
    QString playbackBase; // https://stream.example.org/vod/ (HTTP/HLS), optional
    QString player = QStringLiteral("html5"); // html5 | quicktime
    QString templateDir; // a folder whose files override the built-in templates
    // Where publishing sends the site and the archives: sftp://user@host:port/path,
    // https://host/path (WebDAV) or file:///path. Empty: a local folder.
    QString webTarget;
    QString streamingTarget;
    QString webIdentity;       // SSH key file for the web target (default: agent, ~/.ssh)
    QString streamingIdentity; // SSH key file for the streaming target
    QString knownHosts;        // OpenSSH known_hosts file (default ~/.ssh/known_hosts)
    // SHA-256 fingerprints (hex, space-separated) of TLS certificates the
    // user chose to trust although no known authority signed them.
    QString trustedCertificates;
    // Where an archive goes on the streaming target; empty: the default
    // "<workshop-slug>/<talk-slug>.<ext>" (also <talk-id>, <date>).
    QString archivePattern;

    bool operator==(const SiteSettings &o) const;
};

// Reads and writes SiteSettings by their command-line keys (public-url,
// rtsp-base, playback-base, player, template-dir, web-target,
// streaming-target, web-identity, streaming-identity, known-hosts,
// trusted-certificates, archive-pattern),
// validating each value. Passwords are never stored here.
class SiteSettingsStore : public QObject
{
    Q_OBJECT

public:
    explicit SiteSettingsStore(Database &database, QObject *parent = nullptr);

    static const QStringList &keys();
    SiteSettings load() const;
    QString value(const QString &key) const;
    // Empty `value` resets the key to its default.
    Status set(const QString &key, const QString &value);
    Status save(const SiteSettings &settings);

signals:
    void changed();

private:
    Database &m_db;
};

namespace sitesettings {
// "AB:CD:..." or "SHA256:abcd..." -> "abcd..." (lower-case hex).
QString normalizedFingerprint(const QString &text);
// A certificate the user trusts is trusted for one server only:
// "host:port=<sha256>", and ",any-name" when the user also accepted that
// the certificate names another host. Normalized ("AB:CD" -> "abcd", host
// in lower case); empty when `text` is not such an entry (with `why` set).
QString normalizedTrustEntry(const QString &text, QString *why = nullptr);
QString trustEntry(const QString &host, int port, const QString &sha256, bool anyName);
// The valid entries of the setting; older entries without a server (a bare
// fingerprint, trusted for every server) are dropped: asked again once.
QStringList trustedCertificates(const SiteSettings &settings);
constexpr char defaultArchivePattern[] = "<workshop-slug>/<talk-slug>.<ext>";
// Fills an archive pattern; empty when the result would not be a safe path
// inside the target (with `why` set).
QString expandArchivePattern(const QString &pattern, const QString &workshopSlug,
                             const QString &talkSlug, qint64 talkId, const QString &date,
                             const QString &ext, QString *why = nullptr);
} // namespace sitesettings
