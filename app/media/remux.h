#pragma once

#include "models/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace media {

// Prepares a .mov/.mp4 for a streaming server without re-encoding: the index
// moves to the front (faststart) and RTP hint tracks are added (the mov
// muxer's rtphint), which QuickTime/Darwin-style servers need — the
// "hinting" staff used to do by hand. Writes `output` (through a temporary
// file beside it, renamed at the end); the input is never touched. The
// result is bit-exact for the same input, so an interrupted upload of it can
// resume. Blocking: call it from a worker thread. `progress` gets 0..1;
// `cancel` stops it and leaves nothing behind.
Status prepareForStreaming(const QString &input, const QString &output,
                           const std::function<void(double)> &progress = {},
                           const std::atomic_bool *cancel = nullptr);

} // namespace media
