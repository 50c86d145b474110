#include "app/schedule/scheduleexport.h"

#include "app/render/icalendar.h"
#include "app/render/siterenderer.h"
#include "app/render/streamlinks.h"
#include "models/database.h"
#include "models/repository.h"
#include "models/sitesettings.h"
#include "models/webcaststate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamWriter>

namespace scheduleexport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scheduleexport", text);
}

// Our own namespace for the version-5 UUIDs of talks and rooms that came
// without one: the same workshop and talk give the same guid in every export.
const QUuid guidNamespace(QStringLiteral("{5d0c8f7e-3b6a-4f42-9a51-7c1e2f4b8d90}"));

bool isUuid(const QString &s)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(s).hasMatch();
}

QString derivedGuid(const QString &seed)
{
    return QUuid::createUuidV5(guidNamespace, seed).toString(QUuid::WithoutBraces);
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

struct Link
{
    QString url;
    QString title;
    QString type; // C3VOC's reference types: web, media, slides
};

struct Talk
{
    Presentation p;
    QString guid;
    QString slug;
    QString room;
    QString url; // the public page, absolute when the site's address is known
    QDateTime start;
    QDateTime end;
    QStringList persons;
    QString recording; // an http(s) address of the archive, when there is one
    QList<Link> links;
    QList<Link> attachments;
};

struct Day
{
    int index = 0;
    QDate date;
    QDateTime start;
    QDateTime end;
    QMap<int, QList<int>> byRoom; // room order -> talks (indices) by start
};

// Everything the three writers need, worked out once.
struct Model
{
    Workshop workshop;
    QTimeZone zone;
    QString acronym;
    QString baseUrl;
    QString version;
    QStringList roomNames;
    QStringList roomGuids;
    QList<Talk> talks;
    QList<Day> days;

    QString local(const QDateTime &utc) const { return utc.toTimeZone(zone).toString(Qt::ISODate); }
};

QString absolute(const SiteSettings &s, const QString &path)
{
    const QUrl base(s.publicUrl);
    if (!base.isValid() ||
        (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https")))
        return path;
    QString b = s.publicUrl;
    if (!b.endsWith(QLatin1Char('/')))
        b += QLatin1Char('/');
    return b + path;
}

// C3VOC's acronym: lower-case letters, digits and underscores, at least
// four; our slugs have hyphens and may be shorter.
QString acronymOf(const QString &slug)
{
    QString a = slug;
    a.replace(QLatin1Char('-'), QLatin1Char('_'));
    while (a.size() < 4)
        a += QLatin1Char('_');
    return a;
}

Model build(const WebcastRepository &repo, const Workshop &w)
{
    Model m;
    m.workshop = w;
    m.zone = QTimeZone(w.timeZone.toUtf8());
    if (!m.zone.isValid())
        m.zone = QTimeZone::utc();
    m.acronym = acronymOf(w.slug);
    const SiteSettings settings = SiteSettingsStore(repo.database()).load();
    if (absolute(settings, QString()) != QString())
        m.baseUrl = absolute(settings, QString());
    const QDateTime changed = repo.lastStateChange(w.id);
    m.version = changed.isValid() ? changed.toUTC().toString(Qt::ISODate) : QStringLiteral("1");

    const QString fallbackRoom = w.location.isEmpty() ? w.title : w.location;
    QHash<QString, QString> roomLive;
    for (const Room &r : repo.rooms(w.id)) {
        if (r.name.isEmpty() || m.roomNames.contains(r.name))
            continue;
        m.roomNames << r.name;
        m.roomGuids << (isUuid(r.guid) ? r.guid.toLower()
                                       : derivedGuid(QStringLiteral("room:") + w.slug +
                                                     QLatin1Char('/') + r.name));
        roomLive.insert(r.name, r.liveStreamUrl);
    }

    const QHash<qint64, QList<Attachment>> slides = repo.attachmentsOfWorkshop(w.id);
    QSet<QString> guids;
    const QList<Presentation> all = repo.presentations(w.id);
    m.talks.reserve(all.size());
    for (const Presentation &p : all) {
        if (p.cancelled)
            continue;
        Talk t;
        t.p = p;
        QString guid = p.sourceKey;
        if (!isUuid(guid) || guids.contains(guid.toLower()))
            guid = derivedTalkGuid(w.slug, p.slug);
        t.guid = guid.toLower();
        guids.insert(t.guid);
        t.slug = m.acronym + QLatin1Char('-') + QString::number(p.id) + QLatin1Char('-') + p.slug;
        t.room = p.room.isEmpty() ? fallbackRoom : p.room;
        if (!m.roomNames.contains(t.room)) {
            m.roomNames << t.room;
            m.roomGuids << derivedGuid(QStringLiteral("room:") + w.slug + QLatin1Char('/') +
                                       t.room);
        }
        t.url = absolute(settings, SiteRenderer::presentationDir(w, p));
        t.start = p.startsAt;
        t.end = p.endsAt > p.startsAt ? p.endsAt : p.startsAt;
        for (const QString &name : p.speakerName.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            t.persons << name.trimmed();

        // The webcast: its state as a link to the page that shows it, and
        // where it plays.
        t.links.append({t.url, QStringLiteral("Webcast: %1").arg(stateDisplayName(p.state)),
                        QStringLiteral("web")});
        if (p.hasWebcast) {
            if (p.state == WebcastState::Live) {
                const QString live =
                    roomLive.value(t.room).isEmpty() ? w.liveStreamUrl : roomLive.value(t.room);
                if (!live.isEmpty())
                    t.links.append({live, QStringLiteral("Live stream"), QStringLiteral("media")});
            } else if (p.state == WebcastState::Archive) {
                const streamlinks::ArchiveAddress a = streamlinks::archiveAddress(settings, p);
                if (!a.playback.isEmpty())
                    t.recording = a.playback;
                if (!a.forPlayers().isEmpty())
                    t.links.append(
                        {a.forPlayers(), QStringLiteral("Recording"), QStringLiteral("media")});
            } else if (p.state == WebcastState::External && !p.externalUrl.isEmpty()) {
                t.links.append(
                    {p.externalUrl, QStringLiteral("Webcast elsewhere"), QStringLiteral("media")});
            }
        }
        for (const Attachment &a : slides.value(p.id))
            t.attachments.append({absolute(settings, SiteRenderer::slidePath(w, p, a)),
                                  a.label.isEmpty() ? a.fileName : a.label,
                                  QStringLiteral("slides")});
        m.talks.append(t);
    }

    // Days: every day of the workshop, and any day a talk starts on outside
    // it; a day runs midnight to midnight, longer when a talk runs past.
    QMap<QDate, int> dayOf;
    QList<QDate> dates;
    for (QDate d = w.firstDay; d.isValid() && d <= w.lastDay; d = d.addDays(1))
        dates << d;
    for (const Talk &t : m.talks)
        if (!dates.contains(t.start.toTimeZone(m.zone).date()))
            dates << t.start.toTimeZone(m.zone).date();
    std::sort(dates.begin(), dates.end());
    for (const QDate &d : dates) {
        Day day;
        day.index = int(m.days.size()) + 1;
        day.date = d;
        day.start = QDateTime(d, QTime(0, 0), m.zone);
        day.end = QDateTime(d.addDays(1), QTime(0, 0), m.zone);
        dayOf.insert(d, int(m.days.size()));
        m.days.append(day);
    }
    for (int i = 0; i < m.talks.size(); ++i) {
        const Talk &t = m.talks.at(i);
        Day &day = m.days[dayOf.value(t.start.toTimeZone(m.zone).date())];
        day.byRoom[int(m.roomNames.indexOf(t.room))].append(i);
        if (t.end > day.end)
            day.end = t.end;
    }
    return m;
}

// ------------------------------------------------------------ frab XML

QByteArray frabXml(const Model &m)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(2);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("schedule"));
    x.writeStartElement(QStringLiteral("generator"));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("webcast-admin"));
    x.writeAttribute(QStringLiteral("version"), QCoreApplication::applicationVersion());
    x.writeEndElement();
    x.writeTextElement(QStringLiteral("version"), m.version);
    x.writeStartElement(QStringLiteral("conference"));
    x.writeTextElement(QStringLiteral("acronym"), m.acronym);
    x.writeTextElement(QStringLiteral("title"), m.workshop.title);
    x.writeTextElement(QStringLiteral("start"), m.workshop.firstDay.toString(Qt::ISODate));
    x.writeTextElement(QStringLiteral("end"), m.workshop.lastDay.toString(Qt::ISODate));
    x.writeTextElement(QStringLiteral("days"), QString::number(m.days.size()));
    x.writeTextElement(QStringLiteral("timeslot_duration"), QStringLiteral("00:05"));
    if (!m.baseUrl.isEmpty())
        x.writeTextElement(QStringLiteral("base_url"), m.baseUrl);
    x.writeTextElement(QStringLiteral("time_zone_name"), QString::fromUtf8(m.zone.id()));
    x.writeEndElement(); // conference

    auto references = [&x](const QString &list, const QString &item, const QList<Link> &links) {
        x.writeStartElement(list);
        for (const Link &l : links) {
            x.writeStartElement(item);
            x.writeAttribute(QStringLiteral("href"), l.url);
            x.writeAttribute(QStringLiteral("type"), l.type);
            x.writeCharacters(l.title);
            x.writeEndElement();
        }
        x.writeEndElement();
    };
    for (const Day &day : m.days) {
        x.writeStartElement(QStringLiteral("day"));
        x.writeAttribute(QStringLiteral("index"), QString::number(day.index));
        x.writeAttribute(QStringLiteral("date"), day.date.toString(Qt::ISODate));
        x.writeAttribute(QStringLiteral("start"), m.local(day.start));
        x.writeAttribute(QStringLiteral("end"), m.local(day.end));
        for (auto room = day.byRoom.cbegin(); room != day.byRoom.cend(); ++room) {
            x.writeStartElement(QStringLiteral("room"));
            x.writeAttribute(QStringLiteral("name"), m.roomNames.at(room.key()));
            x.writeAttribute(QStringLiteral("guid"), m.roomGuids.at(room.key()));
            for (const int index : room.value()) {
                const Talk *t = &m.talks.at(index);
                const Presentation &p = t->p;
                x.writeStartElement(QStringLiteral("event"));
                x.writeAttribute(QStringLiteral("guid"), t->guid);
                x.writeAttribute(QStringLiteral("id"), QString::number(p.id));
                x.writeTextElement(QStringLiteral("date"), m.local(t->start));
                x.writeTextElement(QStringLiteral("start"),
                                   t->start.toTimeZone(m.zone).toString(QStringLiteral("HH:mm")));
                x.writeTextElement(QStringLiteral("duration"),
                                   clockText(int(t->start.secsTo(t->end) / 60)));
                x.writeTextElement(QStringLiteral("room"), t->room);
                x.writeTextElement(QStringLiteral("slug"), t->slug);
                if (t->url.startsWith(QLatin1String("http")))
                    x.writeTextElement(QStringLiteral("url"), t->url);
                x.writeTextElement(QStringLiteral("title"), p.title);
                x.writeTextElement(QStringLiteral("subtitle"), QString());
                x.writeTextElement(QStringLiteral("track"), QString());
                x.writeTextElement(QStringLiteral("type"), QStringLiteral("lecture"));
                x.writeTextElement(QStringLiteral("abstract"), p.summary);
                x.writeStartElement(QStringLiteral("persons"));
                for (const QString &name : t->persons)
                    x.writeTextElement(QStringLiteral("person"), name);
                x.writeEndElement();
                if (!t->recording.isEmpty()) {
                    x.writeStartElement(QStringLiteral("recording"));
                    x.writeTextElement(QStringLiteral("license"), QString());
                    x.writeTextElement(QStringLiteral("optout"), QStringLiteral("false"));
                    x.writeTextElement(QStringLiteral("url"), t->recording);
                    if (t->url.startsWith(QLatin1String("http")))
                        x.writeTextElement(QStringLiteral("link"), t->url);
                    x.writeEndElement();
                }
                references(QStringLiteral("links"), QStringLiteral("link"), t->links);
                references(QStringLiteral("attachments"), QStringLiteral("attachment"),
                           t->attachments);
                x.writeEndElement(); // event
            }
            x.writeEndElement(); // room
        }
        x.writeEndElement(); // day
    }
    x.writeEndElement(); // schedule
    x.writeEndDocument();
    return out;
}

// ------------------------------------------------------------ C3VOC JSON

QJsonArray referencesJson(const QList<Link> &links)
{
    QJsonArray a;
    for (const Link &l : links)
        a.append(QJsonObject{{QStringLiteral("url"), l.url},
                             {QStringLiteral("title"), l.title},
                             {QStringLiteral("type"), l.type}});
    return a;
}

QByteArray c3vocJson(const Model &m)
{
    QJsonArray rooms;
    for (int i = 0; i < m.roomNames.size(); ++i)
        rooms.append(QJsonObject{{QStringLiteral("name"), m.roomNames.at(i)},
                                 {QStringLiteral("guid"), m.roomGuids.at(i)}});
    QJsonArray days;
    for (const Day &day : m.days) {
        QJsonObject byRoom;
        for (auto room = day.byRoom.cbegin(); room != day.byRoom.cend(); ++room) {
            QJsonArray events;
            for (const int index : room.value()) {
                const Talk *t = &m.talks.at(index);
                const Presentation &p = t->p;
                QJsonArray persons;
                for (const QString &name : t->persons) {
                    QJsonObject person{{QStringLiteral("name"), name}};
                    // One speaker: the affiliation is theirs.
                    if (t->persons.size() == 1 && !p.speakerAffiliation.isEmpty())
                        person.insert(QStringLiteral("affiliation"), p.speakerAffiliation);
                    persons.append(person);
                }
                QJsonObject e{
                    {QStringLiteral("guid"), t->guid},
                    {QStringLiteral("id"), p.id},
                    {QStringLiteral("date"), m.local(t->start)},
                    {QStringLiteral("start"),
                     t->start.toTimeZone(m.zone).toString(QStringLiteral("HH:mm"))},
                    {QStringLiteral("end"), m.local(t->end)},
                    {QStringLiteral("duration"), clockText(int(t->start.secsTo(t->end) / 60))},
                    {QStringLiteral("room"), t->room},
                    {QStringLiteral("slug"), t->slug},
                    {QStringLiteral("url"), t->url},
                    {QStringLiteral("title"), p.title},
                    {QStringLiteral("subtitle"), QString()},
                    {QStringLiteral("track"), QJsonValue::Null},
                    {QStringLiteral("type"), QStringLiteral("lecture")},
                    {QStringLiteral("language"), QJsonValue::Null},
                    {QStringLiteral("abstract"), p.summary},
                    {QStringLiteral("description"), QJsonValue::Null},
                    {QStringLiteral("do_not_stream"), !p.hasWebcast},
                    {QStringLiteral("persons"), persons},
                    {QStringLiteral("links"), referencesJson(t->links)},
                    {QStringLiteral("attachments"), referencesJson(t->attachments)},
                };
                events.append(e);
            }
            byRoom.insert(m.roomNames.at(room.key()), events);
        }
        days.append(QJsonObject{{QStringLiteral("index"), day.index},
                                {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                {QStringLiteral("day_start"), m.local(day.start)},
                                {QStringLiteral("day_end"), m.local(day.end)},
                                {QStringLiteral("rooms"), byRoom}});
    }
    QJsonObject conference{
        {QStringLiteral("acronym"), m.acronym},
        {QStringLiteral("title"), m.workshop.title},
        {QStringLiteral("start"), m.workshop.firstDay.toString(Qt::ISODate)},
        {QStringLiteral("end"), m.workshop.lastDay.toString(Qt::ISODate)},
        {QStringLiteral("daysCount"), int(m.days.size())},
        {QStringLiteral("timeslot_duration"), QStringLiteral("00:05")},
        {QStringLiteral("time_zone_name"), QString::fromUtf8(m.zone.id())},
        {QStringLiteral("rooms"), rooms},
        {QStringLiteral("days"), days},
    };
    if (!m.baseUrl.isEmpty())
        conference.insert(QStringLiteral("url"),
                          QString(m.baseUrl + SiteRenderer::workshopDir(m.workshop)));
    QJsonObject schedule{{QStringLiteral("version"), m.version},
                         {QStringLiteral("conference"), conference}};
    if (!m.baseUrl.isEmpty())
        schedule.insert(QStringLiteral("base_url"), m.baseUrl);
    const QJsonObject root{
        {QStringLiteral("$schema"), QStringLiteral("https://c3voc.de/schedule/schema.json")},
        {QStringLiteral("generator"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("webcast-admin")},
                     {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
        {QStringLiteral("schedule"), schedule}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// ------------------------------------------------------------ iCalendar

QByteArray ical(const Model &m, const QDateTime &stamp)
{
    QList<CalendarEvent> events;
    for (const Talk &t : m.talks) {
        const Presentation &p = t.p;
        CalendarEvent e;
        // A UID the calendar had stays; others are the talk's guid.
        e.uid = p.sourceKey.startsWith(QLatin1String("uid:")) ? p.sourceKey.mid(4) : t.guid;
        e.summary = p.title;
        QStringList description;
        if (!p.speakerName.isEmpty())
            description << (p.speakerAffiliation.isEmpty()
                                ? p.speakerName
                                : p.speakerName + QStringLiteral(", ") + p.speakerAffiliation);
        if (!p.summary.isEmpty())
            description << p.summary;
        for (const Link &l : t.links)
            description << l.title + QStringLiteral(": ") + l.url;
        e.description = description.join(QStringLiteral("\n\n"));
        e.location = t.room;
        e.url = t.url.startsWith(QLatin1String("http")) ? t.url : QString();
        e.startsAt = t.start;
        e.endsAt = t.end;
        e.categories = {QStringLiteral("Webcast: %1").arg(stateDisplayName(p.state))};
        if (!t.recording.isEmpty())
            e.attachments << t.recording;
        for (const Link &l : t.attachments)
            if (l.url.startsWith(QLatin1String("http")))
                e.attachments << l.url;
        events.append(e);
    }
    return buildCalendar(m.workshop.title, QString::fromUtf8(m.zone.id()), stamp, events);
}

} // namespace

QString derivedTalkGuid(const QString &workshopSlug, const QString &talkSlug)
{
    return derivedGuid(QStringLiteral("talk:") + workshopSlug + QLatin1Char('/') + talkSlug);
}

QStringList formatNames()
{
    return {QStringLiteral("frab-xml"), QStringLiteral("c3voc-json"), QStringLiteral("ical")};
}

std::optional<Format> formatNamed(const QString &name)
{
    if (name == QLatin1String("frab-xml"))
        return Format::FrabXml;
    if (name == QLatin1String("c3voc-json"))
        return Format::C3vocJson;
    if (name == QLatin1String("ical"))
        return Format::ICal;
    return std::nullopt;
}

Result<QByteArray> write(const WebcastRepository &repo, const QString &workshopSlug, Format format)
{
    const std::optional<Workshop> w = repo.workshopBySlug(workshopSlug);
    if (!w)
        return Status::failure(tr("there is no workshop \"%1\"").arg(workshopSlug));
    const Model m = build(repo, *w);
    switch (format) {
    case Format::FrabXml:
        return frabXml(m);
    case Format::C3vocJson:
        return c3vocJson(m);
    case Format::ICal: {
        QDateTime stamp = repo.lastStateChange(w->id);
        if (!stamp.isValid())
            stamp = QDateTime(w->firstDay, QTime(0, 0), QTimeZone::utc());
        return ical(m, stamp);
    }
    }
    return Status::failure(tr("unknown format"));
}

} // namespace scheduleexport
