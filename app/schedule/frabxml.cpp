// frab's schedule.xml, as C3VOC validates it and pretalx exports it.
#include "app/schedule/scheduleinternal.h"

#include <QTimeZone>
#include <QXmlStreamReader>

namespace schedule {

namespace {

// A time of day "HH:MM" on `day`, in `zone`, moved to the next day when it is
// earlier than the day's start (frab days run past midnight).
QDateTime onDay(const QDate &day, const QString &hhmm, const QTime &dayStart, const QTimeZone &zone)
{
    const QTime t = QTime::fromString(hhmm.trimmed(), QStringLiteral("H:mm"));
    if (!day.isValid() || !t.isValid())
        return {};
    const QDate date = dayStart.isValid() && t < dayStart ? day.addDays(1) : day;
    return QDateTime(date, t, zone.isValid() ? zone : QTimeZone::utc());
}

} // namespace

Result<ScheduleDocument> parseFrabXml(const QByteArray &data, const QString &name)
{
    ScheduleDocument doc;
    doc.format = QStringLiteral("frab-xml");
    QXmlStreamReader xml(data);
    auto refuse = [&](const QString &why) {
        return Status::failure(tr("%1, line %2: %3").arg(name).arg(xml.lineNumber()).arg(why));
    };
    if (!xml.readNextStartElement())
        return refuse(xml.hasError() ? xml.errorString() : tr("empty file"));
    if (xml.name() != u"schedule")
        return refuse(
            tr("<%1> where a frab schedule starts with <schedule>").arg(xml.name().toString()));

    QDate day;
    QTime dayStart;
    QString roomName;
    // pretalx writes durations of a day or more as D:HH:MM; frab never does.
    bool pretalx = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"room")
            roomName.clear();
        if (!xml.isStartElement())
            continue;
        const QStringView el = xml.name();
        if (el == u"generator") {
            pretalx = xml.attributes()
                          .value(QLatin1String("name"))
                          .compare(u"pretalx", Qt::CaseInsensitive) == 0;
        } else if (el == u"conference") {
            while (xml.readNextStartElement()) {
                const QString key = xml.name().toString();
                const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (key == QLatin1String("title"))
                    doc.title = value.trimmed();
                else if (key == QLatin1String("acronym"))
                    doc.acronym = value.trimmed();
                else if (key == QLatin1String("start"))
                    doc.firstDay = QDate::fromString(value.trimmed().left(10), Qt::ISODate);
                else if (key == QLatin1String("end"))
                    doc.lastDay = QDate::fromString(value.trimmed().left(10), Qt::ISODate);
                else if (key == QLatin1String("time_zone_name"))
                    doc.timeZone = value.trimmed();
            }
        } else if (el == u"day") {
            day = QDate::fromString(xml.attributes().value(QLatin1String("date")).toString(),
                                    Qt::ISODate);
            const QDateTime start = QDateTime::fromString(
                xml.attributes().value(QLatin1String("start")).toString(), Qt::ISODate);
            dayStart = start.isValid() ? start.time() : QTime(6, 0);
            if (!day.isValid())
                return refuse(tr("day: the date \"%1\" is not a date (YYYY-MM-DD)")
                                  .arg(xml.attributes().value(QLatin1String("date")).toString()));
        } else if (el == u"room") {
            roomName = xml.attributes().value(QLatin1String("name")).toString().trimmed();
            const QString guid = xml.attributes().value(QLatin1String("guid")).toString().trimmed();
            bool known = false;
            for (const ScheduleRoom &r : std::as_const(doc.rooms))
                known = known || r.name == roomName;
            if (!known && !roomName.isEmpty())
                doc.rooms.append({roomName, guid});
        } else if (el == u"event") {
            ScheduleEvent e;
            e.line = int(xml.lineNumber());
            e.guid = xml.attributes().value(QLatin1String("guid")).toString().trimmed();
            e.sourceId = xml.attributes().value(QLatin1String("id")).toString().trimmed();
            e.key = e.guid;
            e.room = roomName;
            QString date;
            QString start;
            QString duration;
            while (xml.readNextStartElement()) {
                const QStringView f = xml.name();
                if (f == u"persons") {
                    while (xml.readNextStartElement()) {
                        SchedulePerson p;
                        p.id = xml.attributes().value(QLatin1String("id")).toString();
                        p.name = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                        e.persons.append(p);
                    }
                    continue;
                }
                if (f == u"recording" || f == u"links" || f == u"attachments") {
                    xml.skipCurrentElement();
                    continue;
                }
                const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (f == u"date")
                    date = value.trimmed();
                else if (f == u"start")
                    start = value.trimmed();
                else if (f == u"duration")
                    duration = value.trimmed();
                else if (f == u"room" && !value.trimmed().isEmpty())
                    e.room = value.trimmed();
                else if (f == u"slug")
                    e.slug = value.trimmed();
                else if (f == u"title")
                    e.title = value.trimmed();
                else if (f == u"subtitle")
                    e.subtitle = value.trimmed();
                else if (f == u"track")
                    e.track = value.trimmed();
                else if (f == u"type")
                    e.type = value.trimmed();
                else if (f == u"language")
                    e.language = value.trimmed();
                else if (f == u"abstract")
                    e.abstract = value.trimmed();
                else if (f == u"description")
                    e.description = value.trimmed();
                else if (f == u"url")
                    e.url = value.trimmed();
            }
            if (xml.hasError())
                break;
            auto wrong = [&](const QString &field, const QString &why) {
                return Status::failure(
                    tr("%1, line %2: event %3 (\"%4\"): %5: %6")
                        .arg(name)
                        .arg(e.line)
                        .arg(e.guid.isEmpty() ? e.sourceId : e.guid, e.title, field, why));
            };
            if (e.title.isEmpty())
                return wrong(QStringLiteral("title"), tr("is missing"));
            // The offset in <date> wins; without one, the day and <start>
            // in the conference's zone (past midnight: the next morning).
            if (!date.isEmpty()) {
                const QDateTime at = QDateTime::fromString(date, Qt::ISODate);
                if (!at.isValid())
                    return wrong(QStringLiteral("date"),
                                 tr("\"%1\" is not a date and time").arg(date));
                // A numeric offset (+00:00 too) is compared with the zone;
                // "Z" is plainly UTC.
                if (at.timeSpec() != Qt::LocalTime && !date.endsWith(QLatin1Char('Z')))
                    internal::checkZone(doc, at, e.title);
                e.start = at.toUTC();
            } else {
                const QDateTime at = onDay(day, start, dayStart, QTimeZone(doc.timeZone.toUtf8()));
                if (!at.isValid())
                    return wrong(QStringLiteral("start"),
                                 tr("\"%1\" is not a time (HH:MM) on a day").arg(start));
                e.start = at.toUTC();
            }
            const int minutes = internal::eventMinutes(duration, pretalx);
            if (minutes < 0)
                return wrong(
                    QStringLiteral("duration"),
                    tr("\"%1\" is not a length (HH:MM, HH:MM:SS or minutes)").arg(duration));
            e.end = e.start.addSecs(qint64(minutes) * 60);
            doc.events.append(e);
        }
    }
    if (xml.hasError())
        return refuse(xml.errorString());
    internal::finish(doc);
    return doc;
}

} // namespace schedule
