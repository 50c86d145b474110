#pragma once

#include "entities.h"

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

} // namespace staterules
