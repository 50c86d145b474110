#pragma once

#include <QByteArray>
#include <QString>

struct Presentation;
struct SiteSettings;

// The links to a stream that the public pages offer: the rtsp URL built from
// the streaming server's base, the webcast path and file name, and the small
// files desktop players open (QuickTime reference movie, .qtl, .m3u).
namespace streamlinks {

// base + path + file joined with exactly one slash between parts; each path
// segment percent-encoded. Empty when base or file is empty.
QString join(const QString &base, const QString &path, const QString &file);

// Where a talk's archive plays. The one place this is worked out: the
// public pages, the check before Archive and the preview all use it.
struct ArchiveAddress
{
    QString rtsp;     // rtsp-base + path + file: reference movies, desktop players
    QString playback; // playback-base + path + file: the page's <video> (HTTP/HLS)
    bool isEmpty() const { return rtsp.isEmpty() && playback.isEmpty(); }
    // What a player opens: the rtsp address, else the HTTP form.
    QString forPlayers() const { return rtsp.isEmpty() ? playback : rtsp; }
};
// Empty parts where the talk has no archive yet (no webcast path and file)
// or the base is not set; a base with the wrong scheme (a typed mistake or
// worse) gives nothing rather than a link.
ArchiveAddress archiveAddress(const SiteSettings &settings, const Presentation &talk);

// "RTSPtext\n<url>\n": what QuickTime opens as a reference movie.
QByteArray referenceMovie(const QString &url);
// QuickTime Media Link (XML).
QByteArray quickTimeMediaLink(const QString &url);
// An extended M3U playlist with one entry.
QByteArray m3uPlaylist(const QString &url, const QString &title);

} // namespace streamlinks
