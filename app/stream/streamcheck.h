#pragma once

#include <QString>
#include <QUrl>

// Is a stream really up? Opens it the way a player would, through FFmpeg's
// libavformat: for RTSP that is OPTIONS/DESCRIBE/SETUP/PLAY, for HLS the
// playlist and its first segment; on demand it also decodes one video frame.
// Blocking, bounded by `timeoutMs`: call it from a worker or the command line.
struct StreamCheck
{
    bool up = false;
    QString reason;  // in plain words when down: "the server refused the connection"
    QString details; // when up: "h264 320×240"
    qint64 milliseconds = 0;
};

namespace streamcheck {

StreamCheck check(const QUrl &url, bool decode = false, int timeoutMs = 5000);

} // namespace streamcheck
