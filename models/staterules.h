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
// rooms: the workshop's, for Live (a talk in a room with a stream of its
// own goes live on that one).
StateAvailability forPresentation(const Presentation &presentation, const Workshop &workshop,
                                  WebcastState state, const QList<Room> &rooms = {});
// Where a talk goes live: its room's stream when the room has one, the
// workshop's otherwise. Empty when neither has one.
QString liveStreamFor(const Presentation &presentation, const Workshop &workshop,
                      const QList<Room> &rooms);
// The room of that name, if the workshop has it.
const Room *roomNamed(const QList<Room> &rooms, const QString &name);
// True when a presentation carries everything the Archive state needs.
bool hasArchivedWebcast(const Presentation &presentation);
// Archive also needs a way to play: the streaming server's rtsp base or its
// HTTP/HLS base. An Archive page that cannot play is a contradiction.
StateAvailability archivePlayable(const SiteSettings &settings);

} // namespace staterules
