#pragma once

#include "models/entities.h"

struct SiteSettings;

#include <QList>

// Whether a webcast may be put into a state, and if not, why and how to fix
// it. The GUI and the command line both ask here, so they obey the same rules.
struct StateAvailability
{
    bool allowed = true;
    QString reason; // "Needs a live stream URL."
    QString fix;    // "Enter it in the workshop's Live stream URL field."
};

namespace staterules {

StateAvailability forWorkshop(const Workshop &workshop, const QList<Presentation> &presentations,
                              WebcastState state);
StateAvailability forPresentation(const Presentation &presentation, const Workshop &workshop,
                                  WebcastState state);
// True when a presentation carries everything the Archive state needs.
bool hasArchivedWebcast(const Presentation &presentation);
// Archive also needs a way to play: the streaming server's rtsp base or its
// HTTP/HLS base. An Archive page that cannot play is a contradiction.
StateAvailability archivePlayable(const SiteSettings &settings);

} // namespace staterules
