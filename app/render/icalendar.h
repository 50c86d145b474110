#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// An RFC 5545 calendar for one workshop, written with libical: a VTIMEZONE
// built from the zone's real transitions, one VEVENT per talk with times in
// that zone.
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
