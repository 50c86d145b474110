#include "app/schedule/schedule.h"

#include "app/schedule/scheduleinternal.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cstdlib>

QString ScheduleEvent::speakerLine() const
{
    QStringList names;
    for (const SchedulePerson &p : persons) {
        if (!p.name.trimmed().isEmpty())
            names << p.name.trimmed();
    }
    return names.join(QStringLiteral(", "));
}

QString ScheduleEvent::affiliationLine() const
{
    QStringList places;
    for (const SchedulePerson &p : persons) {
        if (!p.affiliation.trimmed().isEmpty() && !places.contains(p.affiliation.trimmed()))
            places << p.affiliation.trimmed();
    }
    return places.join(QStringLiteral(", "));
}

namespace schedule {

int parseDuration(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression minutes(QStringLiteral("^\\d{1,5}$"));
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,3}):(\\d{2})(?::(\\d{2}))?$"));
    if (minutes.match(t).hasMatch())
        return t.toInt();
    const QRegularExpressionMatch m = clock.match(t);
    if (!m.hasMatch() || m.captured(2).toInt() > 59 || m.captured(3).toInt() > 59)
        return -1;
    // HH:MM or HH:MM:SS: "01:30" is an hour and a half, never 1 min 30 s.
    return m.captured(1).toInt() * 60 + m.captured(2).toInt() + (m.captured(3).toInt() >= 30);
}

Result<ScheduleDocument> parse(const QByteArray &data, const QString &name)
{
    const QByteArray head = data.left(4096).trimmed();
    if (head.startsWith("<"))
        return parseFrabXml(data, name);
    if (head.startsWith("BEGIN:VCALENDAR"))
        return parseICalendar(data, name);
    if (head.startsWith("{") || head.startsWith("[")) {
        if (data.contains("\"schedule\"") && data.contains("\"conference\""))
            return parseFrabJson(data, name);
        return parseIndicoJson(data, name);
    }
    return Status::failure(
        tr("%1 is not a schedule this program reads (frab or C3VOC schedule.xml or "
           "schedule.json, pretalx, Indico's JSON export, or iCalendar).")
            .arg(name));
}

} // namespace schedule

QString schedule::tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("schedule", text, disambiguation, n);
}

namespace schedule::internal {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("schedule::internal", text, disambiguation, n);
}

void finish(ScheduleDocument &doc)
{
    // Identity: the source's guid/UID. Exporters that write one guid for two
    // slots (two rooms) get the room added, so both stay apart; events
    // without any identity are matched on title and start, and that is said.
    QHash<QString, int> seen;
    int unnamed = 0;
    for (ScheduleEvent &e : doc.events) {
        if (e.key.isEmpty()) {
            e.key = QStringLiteral("title:") + e.title.trimmed().toLower() + QLatin1Char('@') +
                    e.start.toString(Qt::ISODate);
            ++unnamed;
        }
        if (const int n = seen[e.key]++; n > 0) {
            doc.notes << tr("The identity %1 is used by more than one talk (%2); they are told "
                            "apart by their room and start.")
                             .arg(e.key, e.title);
            e.key += QLatin1Char('/') + e.room + QLatin1Char('@') + e.start.toString(Qt::ISODate);
        }
    }
    if (unnamed > 0)
        doc.notes << tr("%n talk(s) have no guid or UID: they are matched on title and start "
                        "time, so a retitled or moved talk counts as removed and added.",
                        nullptr, unnamed);
    // The rooms in the order the talks use them, when the file names none.
    QSet<QString> known;
    for (const ScheduleRoom &r : std::as_const(doc.rooms))
        known.insert(r.name);
    for (const ScheduleEvent &e : std::as_const(doc.events)) {
        if (!e.room.isEmpty() && !known.contains(e.room)) {
            known.insert(e.room);
            doc.rooms.append({e.room, {}});
        }
    }
    if (!doc.firstDay.isValid() || !doc.lastDay.isValid()) {
        for (const ScheduleEvent &e : std::as_const(doc.events)) {
            const QTimeZone zone(doc.timeZone.toUtf8());
            const QDate day = zone.isValid() ? e.start.toTimeZone(zone).date() : e.start.date();
            if (!doc.firstDay.isValid() || day < doc.firstDay)
                doc.firstDay = day;
            if (!doc.lastDay.isValid() || day > doc.lastDay)
                doc.lastDay = day;
        }
    }
}

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void checkZone(ScheduleDocument &doc, const QDateTime &withOffset, const QString &what)
{
    // The offset in each time wins; a zone name that says otherwise is
    // reported, not silently "fixed".
    if (doc.timeZone.isEmpty() || !withOffset.isValid())
        return;
    const QTimeZone zone(doc.timeZone.toUtf8());
    if (!zone.isValid())
        return;
    const int expected = zone.offsetFromUtc(withOffset);
    if (expected == withOffset.offsetFromUtc())
        return;
    const QString note =
        tr("%1 carries the offset %2, but the time zone %3 has %4 then; the "
           "offset in the times is used.")
            .arg(what, offsetText(withOffset.offsetFromUtc()), doc.timeZone, offsetText(expected));
    // Once per offset pair is enough to be understood.
    for (const QString &n : std::as_const(doc.notes)) {
        if (n.contains(offsetText(withOffset.offsetFromUtc())) && n.contains(doc.timeZone))
            return;
    }
    doc.notes << note;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

int eventMinutes(const QString &duration, bool pretalx)
{
    if (pretalx && duration.count(QLatin1Char(':')) == 2) {
        const QStringList parts = duration.split(QLatin1Char(':'));
        return parts.at(0).toInt() * 24 * 60 + parts.at(1).toInt() * 60 + parts.at(2).toInt();
    }
    return parseDuration(duration);
}

QString lineAndColumn(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - before.lastIndexOf('\n');
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace schedule::internal
