#pragma once

#include "result.h"

#include <QObject>
#include <QString>
#include <QStringList>

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

    bool operator==(const SiteSettings &o) const;
};

// Reads and writes SiteSettings by their command-line keys (public-url,
// rtsp-base, playback-base, player, template-dir), validating each value.
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
