#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A conference's published schedule, read from where conferences keep it
// (frab/C3VOC schedule.xml and schedule.json, pretalx's frab-compatible
// exports, Indico's export API, iCalendar), in one shape. Talks are known by
// the source's own identity (guid, UID, Indico id), never by a slug or a
// numeric id that changes between releases.
struct ScheduleRoom
{
    QString name;
    QString guid; // may be empty
};

struct SchedulePerson
{
    QString id; // the source's, may be empty
    QString name;
    QString affiliation;
};

struct ScheduleEvent
{
    QString key;      // identity for re-imports: guid / UID / indico:<id>, see below
    QString guid;     // as the source wrote it (frab/C3VOC/pretalx), may be empty
    QString sourceId; // the source's numeric id, for messages only
    QString slug;     // the source's slug (ours are kept; this changes between releases)
    QString title;
    QString subtitle;
    QString track;
    QString type;
    QString language;
    QString abstract;
    QString description;
    QString room;
    QDateTime start; // UTC
    QDateTime end;   // UTC
    QList<SchedulePerson> persons;
    QString url;
    int line = 0; // where in the file the event starts, for messages
    // "Ada Lovelace, Charles Babbage": the speaker line our pages show.
    QString speakerLine() const;
    QString affiliationLine() const;
};

struct ScheduleDocument
{
    QString format; // "frab-xml", "c3voc-json", "indico-json", "ical"
    QString title;
    QString acronym;
    QDate firstDay;
    QDate lastDay;
    QString timeZone; // the display zone (IANA name); may be empty
    QList<ScheduleRoom> rooms;
    QList<ScheduleEvent> events;
    // Things the reader noticed and the user should know ("the zone name
    // says Europe/Berlin but the times carry +01:00 in summer"), in words.
    QStringList notes;
};

namespace schedule {

// "0:30", "00:30", "01:30:00" or minutes ("90"): the length in minutes;
// -1 when it is none of these. "01:30" is ninety minutes.
int parseDuration(const QString &text);

// Reads any of the formats above (told apart by their content); a broken
// or unknown file is refused with the line and the field.
Result<ScheduleDocument> parse(const QByteArray &data, const QString &name);

Result<ScheduleDocument> parseFrabXml(const QByteArray &data, const QString &name);
Result<ScheduleDocument> parseFrabJson(const QByteArray &data, const QString &name);
Result<ScheduleDocument> parseIndicoJson(const QByteArray &data, const QString &name);
Result<ScheduleDocument> parseICalendar(const QByteArray &data, const QString &name);

} // namespace schedule
