#pragma once

#include "mediaprobe.h"
#include "result.h"

#include <QString>

#include <atomic>
#include <functional>

class WebcastRepository;
struct SiteSettings;

// Everything staff used to do by hand after a workshop week, for one video
// and one presentation: check the file (libavformat), prepare it for
// streaming (faststart + RTP hints, no re-encoding), upload it to the
// streaming target at "<workshop-slug>/<talk-slug>.<ext>" with resume and
// verification, then fill in the presentation's webcast path and file name
// and tick "has webcast". Switching to Archive stays the user's one click.
// Blocking: the command line calls it directly; the window from a worker
// (the repository part needs the calling thread's database connection).
namespace archiveupload {

struct Events
{
    // phase: "prepare" or "upload"; bytes (or per-mille for prepare)
    std::function<void(const QString &phase, qint64 done, qint64 total)> progress;
    std::function<void(const QString &message)> warning; // e.g. the length looks wrong
};

struct Outcome
{
    MediaInfo media;
    QString remotePath; // relative to the streaming target's root
    qint64 resumedFrom = 0;
    qint64 bytes = 0;
};

// Where a presentation's archive goes on the streaming target.
QString remotePathFor(const QString &workshopSlug, const QString &talkSlug, const QString &file);

Result<Outcome> run(WebcastRepository &repository, const SiteSettings &settings,
                    qint64 presentationId, const QString &file, bool prepare,
                    const Events &events = {}, const std::atomic_bool *cancel = nullptr);

} // namespace archiveupload
