#pragma once

#include "app/media/mediaprobe.h"
#include "models/result.h"

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

// Where the file goes and what the talk is, read from the database first
// (on the database's thread) so the rest can run on any thread.
struct Job
{
    qint64 presentationId = 0;
    QString workshopSlug;
    QString talkSlug;
    qint64 scheduledMs = 0;
    QString date; // the talk's day, yyyy-MM-dd, in the workshop's time zone
    QString file;
    bool prepare = true;
};
Result<Job> describe(const WebcastRepository &repository, qint64 presentationId,
                     const QString &file, bool prepare);

// Check, prepare and upload: no database, any thread.
Result<Outcome> send(const SiteSettings &settings, const Job &job, const Events &events = {},
                     const std::atomic_bool *cancel = nullptr);

// Points the presentation at the uploaded file and ticks "has webcast".
Status apply(WebcastRepository &repository, qint64 presentationId, const QString &remotePath);

// All three, for the command line.
Result<Outcome> run(WebcastRepository &repository, const SiteSettings &settings,
                    qint64 presentationId, const QString &file, bool prepare,
                    const Events &events = {}, const std::atomic_bool *cancel = nullptr);

} // namespace archiveupload
