#include "app/render/sitefeeds.h"

#include "app/render/byteappender.h"
#include "app/render/icalendar.h"
#include "app/render/pagetext.h"
#include "app/render/siterenderer.h"
#include "app/render/streamlinks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>

namespace sitefeeds {

using namespace pagetext;

QByteArray status(const WorkshopSnapshot &ws, const QString &version,
                  const QList<streamlinks::ArchiveAddress> &archives)
{
    Q_ASSERT(archives.size() == ws.presentations.size());
    const Workshop &w = ws.workshop;
    QJsonObject o;
    o.insert(QStringLiteral("workshop"), w.slug);
    o.insert(QStringLiteral("state"), stateKey(w.state));
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("updated"),
             ws.updated.isValid() ? QJsonValue(isoText(ws.updated)) : QJsonValue());
    const QString live = liveUrl(w.liveStreamUrl);
    if (!live.isEmpty())
        o.insert(QStringLiteral("live"),
                 QJsonObject{{QStringLiteral("stream_url"), live},
                             {QStringLiteral("reference_movie"), QStringLiteral("live.ref.mov")}});
    QJsonValue onNow;
    QJsonArray talks;
    for (qsizetype i = 0; i < ws.presentations.size(); ++i) {
        const Presentation &p = ws.presentations.at(i);
        QJsonObject t{{QStringLiteral("slug"), p.slug},
                      {QStringLiteral("title"), p.title},
                      {QStringLiteral("state"), stateKey(p.state)},
                      {QStringLiteral("starts_at"), isoText(p.startsAt)},
                      {QStringLiteral("ends_at"), isoText(p.endsAt)}};
        const streamlinks::ArchiveAddress &archive = archives.at(i);
        if (p.state == WebcastState::Archive && !archive.isEmpty()) {
            t.insert(QStringLiteral("archive_url"), archive.forPlayers());
            if (!archive.rtsp.isEmpty())
                t.insert(QStringLiteral("reference_movie"),
                         QString(QStringLiteral("../../") + SiteRenderer::archiveReferenceBase(p) +
                                 QStringLiteral(".ref.mov")));
            if (!archive.playback.isEmpty())
                t.insert(QStringLiteral("playback_url"), archive.playback);
        }
        if (p.state == WebcastState::Live && onNow.isNull())
            onNow = QJsonObject{{QStringLiteral("slug"), p.slug},
                                {QStringLiteral("title"), p.title},
                                {QStringLiteral("speaker"), p.speakerName}};
        talks.append(t);
    }
    o.insert(QStringLiteral("on_now"), onNow);
    o.insert(QStringLiteral("presentations"), talks);
    // Rooms with a live stream of their own (none in a one-room workshop).
    QJsonArray rooms;
    const QHash<qint64, QString> roomDirs = SiteRenderer::roomDirs(w, ws.rooms);
    for (const Room &r : ws.rooms) {
        const QString stream = liveUrl(r.liveStreamUrl);
        if (stream.isEmpty())
            continue;
        rooms.append(
            QJsonObject{{QStringLiteral("name"), r.name},
                        {QStringLiteral("stream_url"), stream},
                        {QStringLiteral("reference_movie"),
                         QString(roomDirs.value(r.id).mid(SiteRenderer::workshopDir(w).size()) +
                                 QStringLiteral("live.ref.mov"))}});
    }
    if (!rooms.isEmpty())
        o.insert(QStringLiteral("rooms"), rooms);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray calendar(const SiteSettings &settings, const WorkshopSnapshot &ws)
{
    const Workshop &w = ws.workshop;
    QList<CalendarEvent> events;
    const QString host = QUrl(settings.publicUrl).host();
    for (const Presentation &p : ws.presentations) {
        CalendarEvent e;
        e.uid = QStringLiteral("presentation-%1@%2")
                    .arg(p.id)
                    .arg(host.isEmpty() ? QStringLiteral("webcast-admin") : host);
        e.summary = p.title;
        e.description = p.speakerName.isEmpty()
                            ? QString()
                            : p.speakerName + (p.speakerAffiliation.isEmpty()
                                                   ? QString()
                                                   : QStringLiteral(", ") + p.speakerAffiliation);
        e.location = p.room.isEmpty() ? w.location : p.room;
        e.url = publicUrl(settings, SiteRenderer::presentationDir(w, p));
        e.startsAt = p.startsAt;
        e.endsAt = p.endsAt;
        events.append(e);
    }
    // DTSTAMP must be a time; the data's own keeps the file deterministic.
    QDateTime stamp = ws.updated;
    if (!stamp.isValid())
        stamp = QDateTime(w.firstDay, QTime(0, 0), Qt::UTC);
    return buildCalendar(w.title, w.timeZone, stamp, events);
}

QByteArray feed(const SiteSnapshot &snapshot)
{
    const SiteSettings &settings = snapshot.settings;
    struct Item
    {
        const Workshop *w;
        const Presentation *p;
    };
    QList<Item> items;
    for (const WorkshopSnapshot &ws : snapshot.workshops) {
        for (const Presentation &p : ws.presentations) {
            if (p.state == WebcastState::Archive)
                items.append({&ws.workshop, &p});
        }
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.p->endsAt != b.p->endsAt ? a.p->endsAt > b.p->endsAt : a.p->id < b.p->id;
    });
    ByteAppender out(std::size_t(items.size()) * 512);
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("rss"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    x.writeStartElement(QStringLiteral("channel"));
    x.writeTextElement(QStringLiteral("title"), QStringLiteral("Workshop webcast archive"));
    const QString home = publicUrl(settings, QStringLiteral("index.html"));
    x.writeTextElement(QStringLiteral("link"),
                       home.isEmpty() ? QStringLiteral("index.html") : home);
    x.writeTextElement(QStringLiteral("description"),
                       QStringLiteral("Recordings of workshop talks"));
    x.writeTextElement(QStringLiteral("language"), QStringLiteral("en"));
    if (!items.isEmpty())
        x.writeTextElement(
            QStringLiteral("lastBuildDate"),
            pageLocale().toString(items.first().p->endsAt.toUTC(),
                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")));
    for (const Item &item : std::as_const(items)) {
        const QString path = SiteRenderer::presentationDir(*item.w, *item.p);
        x.writeStartElement(QStringLiteral("item"));
        x.writeTextElement(QStringLiteral("title"), item.p->title);
        const QString link = publicUrl(settings, path);
        x.writeTextElement(QStringLiteral("link"), link.isEmpty() ? path : link);
        x.writeStartElement(QStringLiteral("guid"));
        x.writeAttribute(QStringLiteral("isPermaLink"), QStringLiteral("false"));
        x.writeCharacters(QStringLiteral("webcast-archive-%1").arg(item.p->id));
        x.writeEndElement();
        x.writeTextElement(
            QStringLiteral("pubDate"),
            pageLocale().toString(item.p->endsAt.toUTC(),
                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")));
        QString description = item.p->speakerName;
        if (!item.w->title.isEmpty())
            description +=
                (description.isEmpty() ? QString() : QStringLiteral(" — ")) + item.w->title;
        x.writeTextElement(QStringLiteral("description"), description);
        x.writeTextElement(QStringLiteral("category"), item.w->title);
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out.bytes();
}

} // namespace sitefeeds
