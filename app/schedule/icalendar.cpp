// A conference's iCalendar (.ics), read with libical: each VEVENT a talk,
// UID its identity, LOCATION its room.
#include "app/schedule/scheduleinternal.h"

#include <libical/ical.h>

#include <QTimeZone>

#include <memory>

namespace schedule {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

QString text(const char *value)
{
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

// A DTSTART/DTEND in UTC: with its TZID (the calendar's VTIMEZONE, else
// libical's built-in zones), UTC as written, or floating in `fallback`.
QDateTime toUtc(const icaltimetype &t, icalproperty *property, const QTimeZone &fallback,
                bool *floating)
{
    if (icaltime_is_null_time(t))
        return {};
    const icaltimezone *zone = icaltime_get_timezone(t);
    if (!zone && property) {
        if (icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER))
            zone = icaltimezone_get_builtin_timezone(icalparameter_get_tzid(tzid));
    }
    if (icaltime_is_utc(t) || zone) {
        const time_t utc =
            icaltime_as_timet_with_zone(t, zone ? zone : icaltimezone_get_utc_timezone());
        return QDateTime::fromSecsSinceEpoch(qint64(utc), Qt::UTC);
    }
    *floating = true;
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second),
                     fallback.isValid() ? fallback : QTimeZone::utc())
        .toUTC();
}

} // namespace

Result<ScheduleDocument> parseICalendar(const QByteArray &data, const QString &name)
{
    ScheduleDocument doc;
    doc.format = QStringLiteral("ical");
    std::unique_ptr<icalcomponent, ComponentFree> calendar(
        icalparser_parse_string(data.constData()));
    if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT)
        return Status::failure(tr("%1: not an iCalendar file (no VCALENDAR)").arg(name));
    // libical marks what it could not read with X-LIC-ERROR: refused with
    // the property it names, nothing half-read.
    for (icalcomponent *c = icalcomponent_get_first_component(calendar.get(), ICAL_ANY_COMPONENT);
         c; c = icalcomponent_get_next_component(calendar.get(), ICAL_ANY_COMPONENT)) {
        if (icalproperty *error = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY))
            return Status::failure(tr("%1: event %2: %3")
                                       .arg(name, text(icalcomponent_get_uid(c)),
                                            text(icalproperty_get_xlicerror(error))));
    }
    for (icalproperty *p = icalcomponent_get_first_property(calendar.get(), ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(calendar.get(), ICAL_X_PROPERTY)) {
        const QString x = text(icalproperty_get_x_name(p));
        if (x == QLatin1String("X-WR-CALNAME"))
            doc.title = text(icalproperty_get_x(p));
        else if (x == QLatin1String("X-WR-TIMEZONE"))
            doc.timeZone = text(icalproperty_get_x(p));
    }
    const QTimeZone fallback(doc.timeZone.toUtf8());
    int allDay = 0;
    bool floating = false;
    for (icalcomponent *ev =
             icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         ev; ev = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        ScheduleEvent e;
        e.guid = text(icalcomponent_get_uid(ev));
        e.key = e.guid.isEmpty() ? QString() : QStringLiteral("uid:") + e.guid;
        e.title = text(icalcomponent_get_summary(ev));
        e.description = text(icalcomponent_get_description(ev));
        e.room = text(icalcomponent_get_location(ev));
        const icaltimetype start = icalcomponent_get_dtstart(ev);
        if (start.is_date) {
            ++allDay; // a whole day is not a talk
            continue;
        }
        e.start = toUtc(start, icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY),
                        fallback, &floating);
        // DTEND, or DTSTART + DURATION (libical works that out).
        e.end =
            toUtc(icalcomponent_get_dtend(ev),
                  icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY), fallback, &floating);
        if (!e.start.isValid())
            return Status::failure(
                tr("%1: event %2 (\"%3\"): DTSTART: is missing").arg(name, e.guid, e.title));
        if (!e.end.isValid() || e.end < e.start)
            e.end = e.start;
        if (e.title.isEmpty())
            return Status::failure(tr("%1: event %2: SUMMARY: is missing").arg(name, e.guid));
        doc.events.append(e);
    }
    if (allDay > 0)
        doc.notes << tr("%n all-day entr(y/ies) left out: they are not talks.", nullptr, allDay);
    if (floating)
        doc.notes << tr("Some times carry no time zone; they are read in %1.")
                         .arg(fallback.isValid() ? doc.timeZone : QStringLiteral("UTC"));
    internal::finish(doc);
    return doc;
}

} // namespace schedule
