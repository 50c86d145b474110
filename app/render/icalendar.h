#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// An RFC 5545 calendar for one workshop: a VTIMEZONE built from the zone's
// real transitions, one VEVENT per talk with times in that zone, lines
// folded at 75 octets, CRLF line ends.
struct CalendarEvent
{
    QString uid;
    QString summary;
    QString description;
    QString location;
    QString url;
    QDateTime startsAt; // UTC
    QDateTime endsAt;   // UTC
    QStringList categories;
    QStringList attachments; // URIs
};

QByteArray buildCalendar(const QString &calendarName, const QString &ianaZone,
                         const QDateTime &stamp, const QList<CalendarEvent> &events);

namespace icalendar {
// Exposed for tests.
QByteArray foldLine(const QByteArray &line);
QString escapeText(const QString &text);
} // namespace icalendar
