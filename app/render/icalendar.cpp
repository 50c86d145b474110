#include "app/render/icalendar.h"

#include <QTimeZone>

namespace icalendar {

QByteArray foldLine(const QByteArray &line)
{
    // At most 75 octets per line, never splitting a UTF-8 sequence; each
    // continuation starts with one space (which counts toward its 75).
    QByteArray out;
    int start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        int cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut; // inside a multi-byte character: cut before it
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            break;
        default:
            if (c.category() != QChar::Other_Control)
                out += c;
        }
    }
    return out;
}

} // namespace icalendar

namespace {

QString utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localStamp(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = qAbs(seconds);
    return QStringLiteral("%1%2%3")
        .arg(sign)
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

class Writer
{
public:
    void line(const QString &name, const QString &value)
    {
        m_out += icalendar::foldLine((name + QLatin1Char(':') + value).toUtf8());
    }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};

void writeTimeZone(Writer &w, const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    w.line(QStringLiteral("BEGIN"), QStringLiteral("VTIMEZONE"));
    w.line(QStringLiteral("TZID"), QString::fromUtf8(zone.id()));
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    // The offset in force at the start, as the first observance.
    const QTimeZone::OffsetData initial = zone.offsetData(from);
    int previous = initial.offsetFromUtc;
    auto observance = [&w](bool daylight, const QDateTime &onsetLocal, int fromOffset, int toOffset,
                           const QString &name) {
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        w.line(QStringLiteral("BEGIN"), kind);
        w.line(QStringLiteral("DTSTART"), localStamp(onsetLocal));
        w.line(QStringLiteral("TZOFFSETFROM"), offsetText(fromOffset));
        w.line(QStringLiteral("TZOFFSETTO"), offsetText(toOffset));
        if (!name.isEmpty())
            w.line(QStringLiteral("TZNAME"), icalendar::escapeText(name));
        w.line(QStringLiteral("END"), kind);
    };
    if (transitions.isEmpty()) {
        observance(initial.daylightTimeOffset > 0,
                   QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC), previous, previous,
                   initial.abbreviation);
    }
    for (const QTimeZone::OffsetData &t : transitions) {
        // DTSTART is the onset in the local time in force before it.
        const QDateTime onset = t.atUtc.toUTC().addSecs(previous);
        observance(t.daylightTimeOffset > 0, QDateTime(onset.date(), onset.time(), Qt::UTC),
                   previous, t.offsetFromUtc, t.abbreviation);
        previous = t.offsetFromUtc;
    }
    w.line(QStringLiteral("END"), QStringLiteral("VTIMEZONE"));
}

} // namespace

QByteArray buildCalendar(const QString &calendarName, const QString &ianaZone,
                         const QDateTime &stamp, const QList<CalendarEvent> &events)
{
    QTimeZone zone(ianaZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    Writer w;
    w.line(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    w.line(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    w.line(QStringLiteral("PRODID"), QStringLiteral("-//Webcast Admin//Schedule//EN"));
    w.line(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    w.line(QStringLiteral("X-WR-CALNAME"), icalendar::escapeText(calendarName));
    w.line(QStringLiteral("X-WR-TIMEZONE"), QString::fromUtf8(zone.id()));

    QDateTime first = stamp, last = stamp;
    for (const CalendarEvent &e : events) {
        if (e.startsAt < first)
            first = e.startsAt;
        if (e.endsAt > last)
            last = e.endsAt;
    }
    writeTimeZone(w, zone, first.addDays(-366), last.addDays(366));

    const QString tzid = QStringLiteral(";TZID=") + QString::fromUtf8(zone.id());
    for (const CalendarEvent &e : events) {
        w.line(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        w.line(QStringLiteral("UID"), e.uid);
        w.line(QStringLiteral("DTSTAMP"), utcStamp(stamp));
        w.line(QStringLiteral("DTSTART") + tzid, localStamp(e.startsAt.toTimeZone(zone)));
        w.line(QStringLiteral("DTEND") + tzid, localStamp(e.endsAt.toTimeZone(zone)));
        w.line(QStringLiteral("SUMMARY"), icalendar::escapeText(e.summary));
        if (!e.description.isEmpty())
            w.line(QStringLiteral("DESCRIPTION"), icalendar::escapeText(e.description));
        if (!e.location.isEmpty())
            w.line(QStringLiteral("LOCATION"), icalendar::escapeText(e.location));
        if (!e.url.isEmpty())
            w.line(QStringLiteral("URL"), e.url);
        if (!e.categories.isEmpty()) {
            QStringList escaped;
            for (const QString &c : e.categories)
                escaped << icalendar::escapeText(c);
            w.line(QStringLiteral("CATEGORIES"), escaped.join(QLatin1Char(',')));
        }
        for (const QString &uri : e.attachments)
            w.line(QStringLiteral("ATTACH"), uri);
        w.line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    w.line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return w.result();
}
