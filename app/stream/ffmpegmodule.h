#pragma once

// FFmpeg's libraries bring 89 shared libraries of their own (codecs, GPU and
// X11 support, ...) that nothing else here needs. Linked into the program,
// every start paid for loading them: about half of a short command such as
// a publish with nothing to do. Only three things use FFmpeg — probing a
// video, preparing it for streaming, and checking a stream — so they live
// in a module of their own (libwebcast-admin-ffmpeg.so), loaded the first
// time one of them is called.

#include "app/media/mediaprobe.h"
#include "app/stream/streamcheck.h"
#include "models/result.h"

#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

struct FfmpegModule
{
    // A module of another build is refused (same size, same build stamp).
    qsizetype size = sizeof(FfmpegModule);
    const char *build = nullptr;
    Result<MediaInfo> (*probe)(const QString &path) = nullptr;
    Status (*prepareForStreaming)(const QString &input, const QString &output,
                                  const std::function<void(double)> &progress,
                                  const std::atomic_bool *cancel) = nullptr;
    StreamCheck (*check)(const QUrl &url, streamcheck::Depth depth, int timeoutMs,
                         const std::atomic_bool *cancel, int pictureWidth) = nullptr;
};

namespace ffmpegmodule {

// Loaded once, from beside the program in the build folder or from
// <prefix>/lib/webcast-admin when installed; null (and why, in `error`)
// when it cannot be.
const FfmpegModule *get(QString *error = nullptr);

// What the program was built as; the module must say the same.
const char *buildStamp();

} // namespace ffmpegmodule

// Inside the module (media::probe, media::prepareForStreaming and
// streamcheck::check call these through it).
namespace media {
Result<MediaInfo> probeWithFfmpeg(const QString &path);
Status prepareWithFfmpeg(const QString &input, const QString &output,
                         const std::function<void(double)> &progress,
                         const std::atomic_bool *cancel);
} // namespace media
namespace streamcheck {
StreamCheck checkWithFfmpeg(const QUrl &url, Depth depth, int timeoutMs,
                            const std::atomic_bool *cancel, int pictureWidth);
} // namespace streamcheck
