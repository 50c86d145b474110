// C3VOC schedule.json (frab's and pretalx's day -> room -> events layout,
// and the newer flat list of events with start and end).
#include "app/schedule/scheduleinternal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace schedule {

namespace {

QString str(const QJsonValue &v)
{
    return internal::jsonText(v);
}

// "abstract": "…" or {"en": "…", "de": "…"} (schema2): English first.
QString localized(const QJsonValue &v)
{
    if (!v.isObject())
        return str(v);
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("en")))
        return str(o.value(QLatin1String("en")));
    return o.isEmpty() ? QString() : str(*o.begin());
}

SchedulePerson person(const QJsonObject &p)
{
    SchedulePerson out;
    out.id = str(p.value(QLatin1String("guid")));
    if (out.id.isEmpty())
        out.id = str(p.value(QLatin1String("code")));
    if (out.id.isEmpty())
        out.id = str(p.value(QLatin1String("id")));
    // pretalx now writes "name" (public_name is its deprecated copy); frab
    // wrote only "public_name".
    out.name = str(p.value(QLatin1String("name")));
    if (out.name.isEmpty())
        out.name = str(p.value(QLatin1String("public_name")));
    out.affiliation = str(p.value(QLatin1String("affiliation")));
    return out;
}

} // namespace

Result<ScheduleDocument> parseFrabJson(const QByteArray &data, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::failure(
            tr("%1, %2: %3")
                .arg(name, internal::lineAndColumn(data, error.offset), error.errorString()));
    const QJsonObject schedule = json.object().value(QLatin1String("schedule")).toObject();
    const QJsonObject conference = schedule.value(QLatin1String("conference")).toObject();
    if (schedule.isEmpty() || conference.isEmpty())
        return Status::failure(
            tr("%1: schedule.conference: is missing (not a C3VOC or pretalx schedule.json)")
                .arg(name));
    ScheduleDocument doc;
    doc.format = QStringLiteral("c3voc-json");
    doc.title = str(conference.value(QLatin1String("title")));
    doc.acronym = str(conference.value(QLatin1String("acronym")));
    doc.firstDay =
        QDate::fromString(str(conference.value(QLatin1String("start"))).left(10), Qt::ISODate);
    doc.lastDay =
        QDate::fromString(str(conference.value(QLatin1String("end"))).left(10), Qt::ISODate);
    doc.timeZone = str(conference.value(QLatin1String("time_zone_name")));
    // pretalx writes durations of a day or more as D:HH:MM; frab never does.
    const bool pretalx =
        str(json.object().value(QLatin1String("generator")).toObject().value(QLatin1String("name")))
            .compare(QLatin1String("pretalx"), Qt::CaseInsensitive) == 0;
    const QJsonArray rooms = conference.value(QLatin1String("rooms")).toArray();
    for (const QJsonValue &r : rooms)
        doc.rooms.append({str(r.toObject().value(QLatin1String("name"))),
                          str(r.toObject().value(QLatin1String("guid")))});

    // Where each event sits in the file, for messages: "days[1].rooms["Saal
    // 1"][3]" says more than a byte offset in a minified file.
    auto read = [&](const QJsonObject &o, const QString &place,
                    const QString &roomName) -> Result<ScheduleEvent> {
        ScheduleEvent e;
        e.guid = str(o.value(QLatin1String("guid")));
        e.key = e.guid;
        e.sourceId = str(o.value(QLatin1String("id")));
        e.slug = str(o.value(QLatin1String("slug")));
        e.title = str(o.value(QLatin1String("title")));
        e.subtitle = str(o.value(QLatin1String("subtitle")));
        e.track = o.value(QLatin1String("track")).isObject()
                      ? str(o.value(QLatin1String("track")).toObject().value(QLatin1String("slug")))
                      : str(o.value(QLatin1String("track")));
        e.type = str(o.value(QLatin1String("type")));
        e.language = str(o.value(QLatin1String("language")));
        e.abstract = localized(o.value(QLatin1String("abstract")));
        e.description = localized(o.value(QLatin1String("description")));
        e.url = str(o.value(QLatin1String("url")));
        const QJsonValue room = o.value(QLatin1String("room"));
        e.room = room.isObject() ? str(room.toObject().value(QLatin1String("name"))) : str(room);
        if (e.room.isEmpty())
            e.room = roomName;
        const QJsonArray people = o.value(QLatin1String("persons")).isArray()
                                      ? o.value(QLatin1String("persons")).toArray()
                                      : o.value(QLatin1String("participants")).toArray();
        for (const QJsonValue &p : people)
            e.persons.append(person(p.toObject()));
        auto wrong = [&](const char *field, const QString &why) {
            return Status::failure(tr("%1: %2 (\"%3\"): %4: %5")
                                       .arg(name, place, e.title, QString::fromLatin1(field), why));
        };
        if (e.title.isEmpty())
            return wrong("title", tr("is missing"));
        // "date" (or "start" in the flat layout) carries the offset, which
        // wins over the zone name.
        QString when = str(o.value(QLatin1String("date")));
        if (when.isEmpty())
            when = str(o.value(QLatin1String("start")));
        const QDateTime at = QDateTime::fromString(when, Qt::ISODate);
        if (!at.isValid())
            return wrong("date", tr("\"%1\" is not a date and time with its offset").arg(when));
        if (at.timeSpec() == Qt::LocalTime)
            return wrong("date", tr("\"%1\" has no offset (+01:00 or Z)").arg(when));
        if (!when.endsWith(QLatin1Char('Z')))
            internal::checkZone(doc, at, e.title); // a numeric offset, +00:00 too
        e.start = at.toUTC();
        // An "end" says it best; else the duration.
        const QDateTime end =
            QDateTime::fromString(str(o.value(QLatin1String("end"))), Qt::ISODate);
        if (end.isValid() && end >= at) {
            e.end = end.toUTC();
            return e;
        }
        const QString duration = str(o.value(QLatin1String("duration")));
        const int minutes = internal::eventMinutes(duration, pretalx);
        if (minutes < 0)
            return wrong("duration",
                         tr("\"%1\" is not a length (HH:MM, HH:MM:SS or minutes)").arg(duration));
        e.end = e.start.addSecs(qint64(minutes) * 60);
        return e;
    };

    const QJsonArray days = conference.value(QLatin1String("days")).toArray();
    for (int d = 0; d < days.size(); ++d) {
        const QJsonObject rooms = days.at(d).toObject().value(QLatin1String("rooms")).toObject();
        for (auto r = rooms.begin(); r != rooms.end(); ++r) {
            const QJsonArray events = r.value().toArray();
            for (int i = 0; i < events.size(); ++i) {
                const Result<ScheduleEvent> e =
                    read(events.at(i).toObject(),
                         QStringLiteral("days[%1].rooms[\"%2\"][%3]").arg(d).arg(r.key()).arg(i),
                         r.key());
                if (!e)
                    return e.status();
                doc.events.append(e.value());
            }
        }
    }
    // The flat layout (schema2): schedule.events[].
    const QJsonArray flat = schedule.value(QLatin1String("events")).toArray();
    for (int i = 0; i < flat.size(); ++i) {
        const Result<ScheduleEvent> e =
            read(flat.at(i).toObject(), QStringLiteral("events[%1]").arg(i), QString());
        if (!e)
            return e.status();
        doc.events.append(e.value());
    }
    if (days.isEmpty() && flat.isEmpty())
        return Status::failure(tr("%1: schedule.conference.days: is missing").arg(name));
    internal::finish(doc);
    return doc;
}

} // namespace schedule
