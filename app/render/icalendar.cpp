#include "app/render/icalendar.h"

#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>

#include <cstdlib>
#include <memory>

// Written with libical: it escapes text values, folds lines at 75 octets on
// character boundaries and ends them with CRLF, as RFC 5545 asks.

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// Text as UTF-8 without control characters (a calendar cannot carry them;
// line breaks stay and are escaped by libical).
QByteArray utf8(const QString &s)
{
    // Control characters (Unicode's Cc: U+0000-001F, U+007F-009F) but line
    // feed and tab are dropped; most texts have none and go as they are.
    const auto control = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
    };
    if (std::none_of(s.utf16(), s.utf16() + s.size(), control))
        return s.toUtf8();
    QString clean;
    clean.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
            c.category() != QChar::Other_Control)
            clean += c;
    }
    return clean.toUtf8();
}

// A date-time as written: floating (local, read with a TZID parameter or
// inside a VTIMEZONE) or UTC.
icaltimetype timeOf(const QDateTime &t, bool utc)
{
    icaltimetype out = icaltime_null_time();
    const QDate d = t.date();
    const QTime clock = t.time();
    out.year = d.year();
    out.month = d.month();
    out.day = d.day();
    out.hour = clock.hour();
    out.minute = clock.minute();
    out.second = clock.second();
    out.is_date = 0;
    out.zone = utc ? icaltimezone_get_utc_timezone() : nullptr;
    return out;
}

icalproperty *named(icalproperty *p, const char *xName)
{
    icalproperty_set_x_name(p, xName);
    return p;
}

icalcomponent *timeZone(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    icalcomponent *tz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(tz, icalproperty_new_tzid(zone.id().constData()));
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    // The offset in force at the start, as the first observance.
    const QTimeZone::OffsetData initial = zone.offsetData(from);
    int previous = initial.offsetFromUtc;
    auto observance = [tz](bool daylight, const QDateTime &onsetLocal, int fromOffset, int toOffset,
                           const QString &name) {
        icalcomponent *o =
            icalcomponent_new(daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
        icalcomponent_add_property(o, icalproperty_new_dtstart(timeOf(onsetLocal, false)));
        icalcomponent_add_property(o, icalproperty_new_tzoffsetfrom(fromOffset));
        icalcomponent_add_property(o, icalproperty_new_tzoffsetto(toOffset));
        if (!name.isEmpty())
            icalcomponent_add_property(o, icalproperty_new_tzname(utf8(name).constData()));
        icalcomponent_add_component(tz, o);
    };
    if (transitions.isEmpty()) {
        observance(initial.daylightTimeOffset > 0,
                   QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()), previous, previous,
                   initial.abbreviation);
    }
    for (const QTimeZone::OffsetData &t : transitions) {
        // DTSTART is the onset in the local time in force before it.
        const QDateTime onset = t.atUtc.toUTC().addSecs(previous);
        observance(t.daylightTimeOffset > 0, onset, previous, t.offsetFromUtc, t.abbreviation);
        previous = t.offsetFromUtc;
    }
    return tz;
}

icalproperty *zoned(icalproperty *p, const QByteArray &tzid)
{
    icalproperty_add_parameter(p, icalparameter_new_tzid(tzid.constData()));
    return p;
}

} // namespace

QByteArray buildCalendar(const QString &calendarName, const QString &ianaZone,
                         const QDateTime &stamp, const QList<CalendarEvent> &events)
{
    QTimeZone zone(ianaZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QByteArray tzid = zone.id();

    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent *cal = calendar.get();
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//Webcast Admin//Schedule//EN"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(
        cal, named(icalproperty_new_x(utf8(calendarName).constData()), "X-WR-CALNAME"));
    icalcomponent_add_property(cal, named(icalproperty_new_x(tzid.constData()), "X-WR-TIMEZONE"));

    QDateTime first = stamp, last = stamp;
    for (const CalendarEvent &e : events) {
        if (e.startsAt < first)
            first = e.startsAt;
        if (e.endsAt > last)
            last = e.endsAt;
    }
    icalcomponent_add_component(cal, timeZone(zone, first.addDays(-366), last.addDays(366)));

    const icaltimetype dtstamp = timeOf(stamp.toUTC(), true);
    for (const CalendarEvent &e : events) {
        icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(ev, icalproperty_new_uid(utf8(e.uid).constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(
            ev, zoned(icalproperty_new_dtstart(timeOf(e.startsAt.toTimeZone(zone), false)), tzid));
        icalcomponent_add_property(
            ev, zoned(icalproperty_new_dtend(timeOf(e.endsAt.toTimeZone(zone), false)), tzid));
        icalcomponent_add_property(ev, icalproperty_new_summary(utf8(e.summary).constData()));
        if (!e.description.isEmpty())
            icalcomponent_add_property(
                ev, icalproperty_new_description(utf8(e.description).constData()));
        if (!e.location.isEmpty())
            icalcomponent_add_property(ev, icalproperty_new_location(utf8(e.location).constData()));
        if (!e.url.isEmpty())
            icalcomponent_add_property(ev, icalproperty_new_url(utf8(e.url).constData()));
        for (const QString &c : e.categories)
            icalcomponent_add_property(ev, icalproperty_new_categories(utf8(c).constData()));
        for (const QString &uri : e.attachments) {
            icalattach *a = icalattach_new_from_url(utf8(uri).constData());
            icalcomponent_add_property(ev, icalproperty_new_attach(a));
            icalattach_unref(a);
        }
        icalcomponent_add_component(cal, ev);
    }
    char *text = icalcomponent_as_ical_string_r(cal);
    const QByteArray out(text);
    std::free(text);
    return out;
}
