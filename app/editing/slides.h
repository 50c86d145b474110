#pragma once

#include "models/entities.h"
#include "models/result.h"

class WebcastRepository;

// A talk's slides (PDF, PowerPoint, Keynote, OpenDocument). Their bytes are
// kept in the database, because the original may leave with the speaker on a
// USB stick, and because only what was added on purpose may be published
// (never a file some record merely names); the kept copy is published with
// the talk's page.
namespace slides {

// Slides larger than this are refused (a talk's slides, not a video).
constexpr qint64 maximumBytes = Attachment::maximumSize;

// Reads a slide file for adding (EditSession::addSlides); refused with the
// reason when the file is missing, empty, too large or not a slide format.
Result<QByteArray> read(const QString &file);
// "Keynote slides, 2.4 MB" for lists.
QString describe(const Attachment &attachment);

// At start: slides from before schema 7 named a file; the copies earlier
// versions kept in their own folder are taken into the database (and only
// those: a path anywhere else is never read). With `dropUnused`, bytes
// nothing refers to go too (only where no undo step could need them: the
// window's start). Returns how many slides are still without bytes (they
// are not published, and the editor says so).
int tidy(WebcastRepository &repository, bool dropUnused);

} // namespace slides
