#pragma once

#include <QImage>
#include <QString>
#include <QUrl>

#include <atomic>

class QThreadPool;

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
    QImage picture; // Depth::Picture: one decoded frame, scaled down
};

namespace streamcheck {

enum class Depth
{
    Open,    // RTSP DESCRIBE/SETUP/PLAY or the HLS playlist: cheap, for checks every few seconds
    Probe,   // also read packets until the streams are known
    Decode,  // also decode one picture
    Picture, // decode one whole picture (from a key frame) and keep it, scaled down
};

// Where background checks run: a pool that is never waited for, so a check
// stuck on a slow name lookup cannot delay closing a window or quitting.
QThreadPool *backgroundPool();

// `cancel`, when given, stops the check early (it then reports a timeout).
// With Depth::Picture the picture is at most `pictureWidth` pixels wide.
StreamCheck check(const QUrl &url, Depth depth = Depth::Probe, int timeoutMs = 5000,
                  const std::atomic_bool *cancel = nullptr, int pictureWidth = 480);

} // namespace streamcheck
