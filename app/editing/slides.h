#pragma once

#include "entities.h"
#include "result.h"

class WebcastRepository;

// A talk's slides (PDF, PowerPoint, Keynote, OpenDocument). A copy is kept
// with the app's data, because the original may leave with the speaker on a
// USB stick; the copy is published with the talk's page.
namespace slides {

// Copies `file` and adds it to the talk; refused with the reason when the
// file is missing, empty or not a slide format.
Result<qint64> add(WebcastRepository &repository, qint64 presentationId, const QString &file);
// Takes the slides off the talk (the next publish removes them from the web
// server) and deletes the kept copy.
Status remove(WebcastRepository &repository, const Attachment &attachment);
// "Keynote slides, 2.4 MB" for lists.
QString describe(const Attachment &attachment);

} // namespace slides
