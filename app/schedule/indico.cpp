// Indico's HTTP export API: /export/event/<id>.json?detail=contributions
// (a list of events, each with its contributions) and
// /export/timetable/<id>.json (event -> day -> entries, a session block's
// talks nested in its "entries"). Dates come as {date, time, tz} with an IANA
// zone and no offset; durations in minutes.
#include "app/schedule/scheduleinternal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace schedule {

namespace {

QString str(const QJsonValue &v)
{
    return internal::jsonText(v);
}

QDateTime when(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QDate date = QDate::fromString(str(o.value(QLatin1String("date"))), Qt::ISODate);
    QTime time = QTime::fromString(str(o.value(QLatin1String("time"))), QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        time = QTime::fromString(str(o.value(QLatin1String("time"))), QStringLiteral("HH:mm"));
    const QTimeZone zone(str(o.value(QLatin1String("tz"))).toUtf8());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, zone.isValid() ? zone : QTimeZone::utc()).toUTC();
}

QList<SchedulePerson> people(const QJsonArray &list)
{
    QList<SchedulePerson> out;
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        SchedulePerson person;
        person.id = str(p.value(QLatin1String("db_id")));
        if (person.id.isEmpty())
            person.id = str(p.value(QLatin1String("id")));
        // The event export writes "fullName" as "Last, First"; first and last
        // name read better on a page.
        const QString first = str(p.value(QLatin1String("first_name")));
        const QString last = str(p.value(QLatin1String("last_name")));
        person.name = !first.isEmpty() || !last.isEmpty()
                          ? QStringList{first, last}.join(QLatin1Char(' ')).trimmed()
                          : str(p.value(QLatin1String("name")));
        if (person.name.isEmpty())
            person.name = str(p.value(QLatin1String("fullName")));
        person.affiliation = str(p.value(QLatin1String("affiliation")));
        out.append(person);
    }
    return out;
}

// One contribution, from either export.
Result<ScheduleEvent> contribution(const QJsonObject &c, const QString &place, const QString &name)
{
    ScheduleEvent e;
    // db_id is unique across the server; the timetable calls it contributionId.
    e.sourceId = str(c.value(QLatin1String("db_id")));
    if (e.sourceId.isEmpty())
        e.sourceId = str(c.value(QLatin1String("contributionId")));
    if (e.sourceId.isEmpty())
        e.sourceId = str(c.value(QLatin1String("id")));
    e.key = e.sourceId.isEmpty() ? QString() : QStringLiteral("indico:") + e.sourceId;
    e.title = str(c.value(QLatin1String("title")));
    e.description = str(c.value(QLatin1String("description")));
    e.track = str(c.value(QLatin1String("track")));
    e.type = str(c.value(QLatin1String("type")));
    e.room = str(c.value(QLatin1String("roomFullname")));
    if (e.room.isEmpty())
        e.room = str(c.value(QLatin1String("room")));
    e.url = str(c.value(QLatin1String("url")));
    e.persons = people(c.value(QLatin1String("speakers")).isArray()
                           ? c.value(QLatin1String("speakers")).toArray()
                           : c.value(QLatin1String("presenters")).toArray());
    auto wrong = [&](const char *field, const QString &why) {
        return Status::failure(tr("%1: %2 (\"%3\"): %4: %5")
                                   .arg(name, place, e.title, QString::fromLatin1(field), why));
    };
    if (e.title.isEmpty())
        return wrong("title", tr("is missing"));
    e.start = when(c.value(QLatin1String("startDate")));
    if (!e.start.isValid())
        return wrong("startDate", tr("is missing or not {date, time, tz}"));
    e.end = when(c.value(QLatin1String("endDate")));
    if (!e.end.isValid() || e.end < e.start) {
        const double minutes = c.value(QLatin1String("duration")).toDouble(-1);
        if (minutes < 0)
            return wrong("duration", tr("is missing"));
        e.end = e.start.addSecs(qint64(minutes * 60));
    }
    return e;
}

} // namespace

Result<ScheduleDocument> parseIndicoJson(const QByteArray &data, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::failure(
            tr("%1, %2: %3")
                .arg(name, internal::lineAndColumn(data, error.offset), error.errorString()));
    const QJsonValue results = json.object().value(QLatin1String("results"));
    ScheduleDocument doc;
    doc.format = QStringLiteral("indico-json");
    if (results.isArray() && !results.toArray().isEmpty()) {
        // /export/event/<id>.json?detail=contributions
        const QJsonObject event = results.toArray().first().toObject();
        doc.title = str(event.value(QLatin1String("title")));
        doc.timeZone = str(event.value(QLatin1String("timezone")));
        const QJsonArray list = event.value(QLatin1String("contributions")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject c = list.at(i).toObject();
            if (c.value(QLatin1String("startDate")).isNull())
                continue; // not in the timetable yet
            const Result<ScheduleEvent> e =
                contribution(c, QStringLiteral("results[0].contributions[%1]").arg(i), name);
            if (!e)
                return e.status();
            doc.events.append(e.value());
        }
    } else if (results.isObject() && !results.toObject().isEmpty()) {
        // /export/timetable/<id>.json: event -> day -> entries, nested once
        // in session blocks. A block across midnight is listed under both
        // days: its talks are taken once.
        const QJsonObject days = results.toObject().begin().value().toObject();
        QSet<QString> seen;
        for (auto day = days.begin(); day != days.end(); ++day) {
            const QJsonObject entries = day.value().toObject();
            QList<QPair<QString, QJsonObject>> talks;
            for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
                const QJsonObject o = entry.value().toObject();
                const QString type = str(o.value(QLatin1String("entryType")));
                if (type == QLatin1String("Contribution"))
                    talks.append({entry.key(), o});
                else if (type == QLatin1String("Session")) {
                    const QJsonObject inner = o.value(QLatin1String("entries")).toObject();
                    for (auto c = inner.begin(); c != inner.end(); ++c) {
                        if (str(c.value().toObject().value(QLatin1String("entryType"))) ==
                            QLatin1String("Contribution"))
                            talks.append(
                                {entry.key() + QLatin1Char('.') + c.key(), c.value().toObject()});
                    }
                }
            }
            for (const auto &[key, o] : std::as_const(talks)) {
                const Result<ScheduleEvent> e = contribution(
                    o, QStringLiteral("results[…][\"%1\"][\"%2\"]").arg(day.key(), key), name);
                if (!e)
                    return e.status();
                if (seen.contains(e.value().key))
                    continue;
                seen.insert(e.value().key);
                doc.events.append(e.value());
            }
        }
    } else {
        return Status::failure(
            tr("%1: results: is missing or empty (not an Indico export, or its contributions "
               "are not published)")
                .arg(name));
    }
    internal::finish(doc);
    return doc;
}

} // namespace schedule
