#pragma once

#include "app/stream/streamhealth.h"
#include "models/entities.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class WebcastRepository;

// What the control room shows: every room in use on a day, across all
// workshops, with the talk on now, the next one and the one step a helper
// takes next. Plain functions of the database and a clock, so the window's
// tiles and `webcast-admin now` agree.
namespace controlroom {

// One room in use on the day of `now` (in its workshop's time zone).
struct RoomSlot
{
    QString key; // stable while the room exists: "<workshop id>/<room id or name>"
    qint64 workshopId = 0;
    QString workshopSlug;
    QString workshopTitle;
    QString timeZone;
    qint64 roomId = 0;         // 0: a room the talks name that has no row, or the workshop itself
    QString roomName;          // empty: the workshop as a whole (it has no rooms)
    QUrl streamUrl;            // the room's live stream, else the workshop's; empty: none
    QList<Presentation> today; // the room's talks that day, in order
    std::optional<Presentation> current; // on now, or still Live after its slot
    std::optional<Presentation> next;    // the first that starts after now

    // The room's name, or the workshop's title when it has no rooms.
    QString displayName() const;
};

// Rooms with a talk on the day of `nowUtc`; a workshop that day without
// any talk (or without rooms) is one slot. Ordered by workshop start,
// workshop, then the rooms' own order.
QList<RoomSlot> roomsInUse(const WebcastRepository &repository, const QDateTime &nowUtc);

// A talk's slot ends at its end, or an hour after its start.
QDateTime slotEnd(const Presentation &p);
// How far through its slot the talk is at `now`, 0–100.
int progress(const Presentation &p, const QDateTime &nowUtc);

enum class Step
{
    None,
    GoLive,
    Conclude,
    Archive
};

// The assistant's suggestion for a room, made a button: "Go Live" at the
// talk's start, "Conclude" after its end, "Archive" once its recording is
// in place. A Live talk past its end is concluded first (one room, one
// stream), then the talk on now goes live, then earlier talks are archived.
struct NextStep
{
    Step step = Step::None;
    qint64 presentationId = 0;
    QString talkTitle;
    WebcastState from = WebcastState::Upcoming;
    WebcastState to = WebcastState::Upcoming;
    QString label;     // "Go Live", or what comes next when there is nothing to do
    QString why;       // one line: "Started at 10:00; the stream is up."
    QString startedAt; // Go Live: the talk's start, local time
};

// The step from the data and the clock (this reads the database: once per
// change, not per stream check).
NextStep nextStep(const WebcastRepository &repository, const RoomSlot &room,
                  const QDateTime &nowUtc);
// The same step with what the room's light says in its line ("…; the
// stream is down."): no database, so a light may change it every check.
NextStep withLight(NextStep step, const RoomSlot &room, StreamLight light);

// "up", "slow", "down" or "none" (no address), as `now --check` prints it.
QString streamWord(bool hasAddress, const StreamCheck &check, int slowMs = 2000);

} // namespace controlroom
