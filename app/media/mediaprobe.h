#pragma once

#include "models/result.h"

#include <QString>

// What FFmpeg's libavformat finds in a video file, for staff to check before
// an archive is uploaded.
struct MediaInfo
{
    QString container;  // "mov,mp4,m4a,3gp,3g2,mj2" as libavformat names it
    QString videoCodec; // "h264"
    QString audioCodec; // "aac"; empty without sound
    int width = 0;
    int height = 0;
    qint64 durationMs = 0;
    qint64 size = 0;          // bytes
    bool isMp4Family = false; // can be prepared with faststart and RTP hints

    // "MP4, 12 min 3 s, H264 1280×720 + AAC, 1.2 GB"
    QString summary() const;
};

namespace media {

// Refuses, saying what is wrong: a missing, empty, unreadable, truncated or
// damaged file, or one without a video stream.
Result<MediaInfo> probe(const QString &path);

// "this file is 12 min, the talk was 60 min — right file?" when the length
// is far from the scheduled one (under half or over one and a half); empty
// when it looks right or no length was scheduled.
QString durationWarning(const MediaInfo &info, qint64 scheduledMs);

} // namespace media
