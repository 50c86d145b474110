#pragma once

#include "app/schedule/schedule.h"
#include "models/entities.h"

class WebcastRepository;

// What a (re-)import of a schedule into a workshop does, shown before it is
// done, and then done in one batch. Talks are matched by the source's
// identity (Presentation::sourceKey). Applying keeps each talk's id, slug
// (public addresses stay the same when the source renames its slug), webcast
// state, archive fields, slides and history; a talk the source dropped is
// deleted only when no webcast work hangs on it, else kept and marked
// cancelled. Talks typed by hand (no source identity) are left alone.
struct ScheduleChange
{
    enum class Kind
    {
        Added,
        Changed,
        Removed,
        Unchanged
    };
    Kind kind = Kind::Unchanged;
    QString key;
    QString title;
    qint64 presentationId = 0; // an existing talk's
    QStringList fields;        // changed: "time", "room", "title", "speakers", "summary"
    QString keptBecause;       // removed but kept (cancelled): why
    ScheduleEvent event;       // the source's talk (not for Removed)
};

struct ScheduleDiff
{
    QList<ScheduleChange> changes; // added, changed, removed, unchanged; by start
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
    bool newWorkshop = false;
    // What the comparison had to assume, in words (identities that changed
    // wholesale and were matched on title and start instead).
    QStringList notes;
    // "added A, changed C, removed R, unchanged U"
    QString summaryLine() const;
};

namespace scheduleimport {

// Compares the schedule with the talks of the workshop `slug` (none when it
// does not exist yet: everything is added).
ScheduleDiff diff(const WebcastRepository &repository, const ScheduleDocument &schedule,
                  const QString &workshopSlug);

// Applies it in one batch (all or nothing): the workshop (made when the slug
// is new), its rooms (a room's live stream is kept), its talks; `source` is
// remembered for "update from source". Returns the workshop's id.
Result<qint64> apply(WebcastRepository &repository, const ScheduleDocument &schedule,
                     const QString &workshopSlug, const QString &source);

// The talk as the source has it, in this program's fields (Markdown or HTML
// descriptions become the summary; HTML as plain text).
Presentation toPresentation(const ScheduleEvent &event);

// Where a schedule comes from, as remembered for "update from source": an
// address as given (without a password), a file by its absolute path.
QString sourceOf(const QString &fileOrUrl);
// The workshop a source was imported into before; empty when none.
QString workshopFor(const WebcastRepository &repository, const QString &source);
// A slug for a new workshop from the conference's acronym or title; may be
// empty.
QString suggestedSlug(const ScheduleDocument &schedule);

// Reads a schedule from a file or an http(s) address; an address that fails
// (404, timeout, untrusted certificate) or a file that is not a schedule is
// refused with which. Blocking (a worker thread or the command line).
Result<ScheduleDocument> load(const QString &fileOrUrl, int timeoutMs = 30000);

} // namespace scheduleimport
