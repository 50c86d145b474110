#include "app/stream/controlroom.h"

#include "models/repository.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace controlroom {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("controlroom", text);
}

QDateTime inZone(const QDateTime &utc, const QTimeZone &zone)
{
    return zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
}

// The talk on now: the one whose slot holds `now` (the later one when two
// overlap), else one still Live after its slot ran out.
std::optional<Presentation> onNow(const QList<Presentation> &talks, const QDateTime &now)
{
    std::optional<Presentation> found;
    for (const Presentation &p : talks)
        if (p.startsAt <= now && now < slotEnd(p))
            found = p;
    if (found)
        return found;
    for (const Presentation &p : talks)
        if (p.startsAt <= now && p.state == WebcastState::Live)
            found = p;
    return found;
}

} // namespace

QString RoomSlot::displayName() const
{
    return roomName.isEmpty() ? workshopTitle : roomName;
}

QDateTime slotEnd(const Presentation &p)
{
    return p.endsAt.isValid() && p.endsAt > p.startsAt ? p.endsAt : p.startsAt.addSecs(3600);
}

int progress(const Presentation &p, const QDateTime &nowUtc)
{
    const qint64 length = p.startsAt.secsTo(slotEnd(p));
    if (length <= 0 || nowUtc <= p.startsAt)
        return 0;
    return int(qBound(qint64(0), p.startsAt.secsTo(nowUtc) * 100 / length, qint64(100)));
}

QList<RoomSlot> roomsInUse(const WebcastRepository &repository, const QDateTime &nowUtc)
{
    QList<RoomSlot> result;
    QList<Workshop> workshops = repository.workshops();
    std::stable_sort(workshops.begin(), workshops.end(),
                     [](const Workshop &a, const Workshop &b) { return a.firstDay < b.firstDay; });
    for (const Workshop &w : workshops) {
        const QTimeZone zone(w.timeZone.toUtf8());
        const QDate day = inZone(nowUtc, zone).date();
        const bool itsDay =
            w.firstDay.isValid() && w.lastDay.isValid() && w.firstDay <= day && day <= w.lastDay;
        if (w.firstDay.isValid() && w.lastDay.isValid() && !itsDay)
            continue; // its talks cannot be on today (the workshop says so)
        QList<Presentation> talks;
        for (const Presentation &p : repository.presentations(w.id))
            if (!p.cancelled && p.startsAt.isValid() && inZone(p.startsAt, zone).date() == day)
                talks.append(p);
        if (talks.isEmpty() && !itsDay)
            continue;
        const QList<Room> rooms = repository.rooms(w.id);
        const auto slotFor = [&](const QString &name) {
            RoomSlot s;
            s.workshopId = w.id;
            s.workshopSlug = w.slug;
            s.workshopTitle = w.title;
            s.timeZone = w.timeZone;
            s.roomName = name;
            s.streamUrl = QUrl(w.liveStreamUrl);
            for (const Room &r : rooms) {
                if (r.name != name)
                    continue;
                s.roomId = r.id;
                if (!r.liveStreamUrl.isEmpty())
                    s.streamUrl = QUrl(r.liveStreamUrl);
            }
            s.key = QStringLiteral("%1/%2").arg(w.id).arg(s.roomId ? QString::number(s.roomId)
                                                                   : QLatin1Char('~') + name);
            return s;
        };
        QList<RoomSlot> inUse;
        if (rooms.isEmpty() || talks.isEmpty()) {
            // One stream for the whole workshop: one tile, whatever rooms
            // its talks name.
            RoomSlot s = slotFor({});
            s.today = talks;
            inUse.append(s);
        } else {
            // The workshop's rooms in their order, then rooms the talks name
            // that are not in its list, then talks that name none.
            QStringList names;
            for (const Room &r : rooms)
                names.append(r.name);
            for (const Presentation &p : talks)
                if (!names.contains(p.room.trimmed()))
                    names.append(p.room.trimmed());
            for (const QString &name : names) {
                RoomSlot s = slotFor(name);
                for (const Presentation &p : talks)
                    if (p.room.trimmed() == name)
                        s.today.append(p);
                if (!s.today.isEmpty())
                    inUse.append(s);
            }
        }
        for (RoomSlot &s : inUse) {
            s.current = onNow(s.today, nowUtc);
            for (const Presentation &p : s.today) {
                if (p.startsAt > nowUtc && (!s.current || p.id != s.current->id)) {
                    s.next = p;
                    break;
                }
            }
            result.append(s);
        }
    }
    return result;
}

NextStep nextStep(const WebcastRepository &repository, const RoomSlot &room,
                  const QDateTime &nowUtc)
{
    const QTimeZone zone(room.timeZone.toUtf8());
    const auto at = [&](const QDateTime &utc) {
        return clockTime(inZone(utc, zone).time());
    };
    NextStep n;
    const auto make = [&](const Presentation &p, Step step, WebcastState to, const QString &label,
                          const QString &why) {
        n.step = step;
        n.presentationId = p.id;
        n.talkTitle = p.title;
        n.from = p.state;
        n.to = to;
        n.label = label;
        n.why = why;
        return n;
    };
    // A talk still Live after its slot: conclude it first.
    for (const Presentation &p : room.today) {
        if (p.state == WebcastState::Live && nowUtc >= slotEnd(p) &&
            repository.presentationStateAvailability(p.id, WebcastState::Concluded).allowed)
            return make(p, Step::Conclude, WebcastState::Concluded, tr("Conclude"),
                        tr("“%1” ended at %2 and is still Live.").arg(p.title, at(slotEnd(p))));
    }
    if (room.current && room.current->state == WebcastState::Upcoming && room.current->hasWebcast &&
        nowUtc >= room.current->startsAt &&
        repository.presentationStateAvailability(room.current->id, WebcastState::Live).allowed) {
        n.startedAt = at(room.current->startsAt);
        return make(*room.current, Step::GoLive, WebcastState::Live, tr("Go Live"), {});
    }
    for (const Presentation &p : room.today) {
        if (p.state == WebcastState::Concluded && p.startsAt <= nowUtc &&
            repository.presentationStateAvailability(p.id, WebcastState::Archive).allowed)
            return make(p, Step::Archive, WebcastState::Archive, tr("Archive"),
                        tr("The recording of “%1” is in place.").arg(p.title));
    }
    if (room.current && room.current->state == WebcastState::Live) {
        n.label = tr("Live until %1").arg(at(slotEnd(*room.current)));
        n.why = tr("Conclude is offered when “%1” ends.").arg(room.current->title);
    } else if (room.next) {
        n.label = tr("Next at %1").arg(at(room.next->startsAt));
        n.why = room.next->hasWebcast
                    ? tr("Go Live is offered when “%1” starts.").arg(room.next->title)
                    : tr("“%1” is not webcast.").arg(room.next->title);
    } else {
        n.label = tr("Nothing more today");
        n.why = tr("No talk in this room starts later today.");
    }
    return n;
}

NextStep withLight(NextStep step, const RoomSlot &room, StreamLight light)
{
    if (step.step != Step::GoLive)
        return step;
    QString stream;
    switch (light) {
    case StreamLight::Green:
        stream = tr("the stream is up");
        break;
    case StreamLight::Amber:
        stream = tr("the stream is slow");
        break;
    case StreamLight::Red:
        stream = tr("the stream is down");
        break;
    case StreamLight::Unknown:
        stream = room.streamUrl.isEmpty() ? tr("the room has no stream address")
                                          : tr("the stream is being checked");
        break;
    }
    step.why = tr("“%1” started at %2; %3.").arg(step.talkTitle, step.startedAt, stream);
    return step;
}

QString streamWord(bool hasAddress, const StreamCheck &check, int slowMs)
{
    if (!hasAddress)
        return QStringLiteral("none");
    if (!check.up)
        return QStringLiteral("down");
    return check.milliseconds > slowMs ? QStringLiteral("slow") : QStringLiteral("up");
}

} // namespace controlroom
