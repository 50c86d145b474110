#pragma once

#include <QByteArray>
#include <QString>

// The links to a stream that the public pages offer: the rtsp URL built from
// the streaming server's base, the webcast path and file name, and the small
// files desktop players open (QuickTime reference movie, .qtl, .m3u).
namespace streamlinks {

// base + path + file joined with exactly one slash between parts; each path
// segment percent-encoded. Empty when base or file is empty.
QString join(const QString &base, const QString &path, const QString &file);

// "RTSPtext\n<url>\n": what QuickTime opens as a reference movie.
QByteArray referenceMovie(const QString &url);
// QuickTime Media Link (XML).
QByteArray quickTimeMediaLink(const QString &url);
// An extended M3U playlist with one entry.
QByteArray m3uPlaylist(const QString &url, const QString &title);

} // namespace streamlinks
