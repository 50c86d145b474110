#include "app/render/sitefeeds.h"

#include "app/render/byteappender.h"
#include "app/render/icalendar.h"
#include "app/render/pagetext.h"
#include "app/render/siterenderer.h"
#include "app/render/streamlinks.h"

#include <QFuture>
#include <QUrl>
#include <QXmlStreamWriter>
#include <QtConcurrent/qtconcurrenttask.h>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace sitefeeds {

using namespace pagetext;

namespace {

// nlohmann::json: objects keep their keys sorted, as QJsonObject did, so the
// bytes are the same. Building and writing a workshop's file costs about a
// third of QJsonObject's and QJsonDocument's instructions (callgrind: 0.26 G
// for the 500 workshops of the benchmark site, 0.72 G before).
using Json = nlohmann::json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

QByteArray status(const WorkshopSnapshot &ws, const QString &version,
                  const QList<streamlinks::ArchiveAddress> &archives)
{
    Q_ASSERT(archives.size() == ws.presentations.size());
    const Workshop &w = ws.workshop;
    Json o = Json::object();
    o["workshop"] = utf8(w.slug);
    o["state"] = utf8(stateKey(w.state));
    o["version"] = utf8(version);
    o["updated"] = ws.updated.isValid() ? Json(utf8(isoText(ws.updated))) : Json();
    const QString live = liveUrl(w.liveStreamUrl);
    if (!live.isEmpty())
        o["live"] = {{"stream_url", utf8(live)}, {"reference_movie", "live.ref.mov"}};
    Json onNow;
    Json talks = Json::array();
    for (qsizetype i = 0; i < ws.presentations.size(); ++i) {
        const Presentation &p = ws.presentations.at(i);
        Json t = {{"slug", utf8(p.slug)},
                  {"title", utf8(p.title)},
                  {"state", utf8(stateKey(p.state))},
                  {"starts_at", utf8(isoText(p.startsAt))},
                  {"ends_at", utf8(isoText(p.endsAt))}};
        const streamlinks::ArchiveAddress &archive = archives.at(i);
        if (p.state == WebcastState::Archive && !archive.isEmpty()) {
            t["archive_url"] = utf8(archive.forPlayers());
            if (!archive.rtsp.isEmpty())
                t["reference_movie"] =
                    "../../" + utf8(SiteRenderer::archiveReferenceBase(p)) + ".ref.mov";
            if (!archive.playback.isEmpty())
                t["playback_url"] = utf8(archive.playback);
        }
        if (p.state == WebcastState::Live && onNow.is_null())
            onNow = {
                {"slug", utf8(p.slug)}, {"title", utf8(p.title)}, {"speaker", utf8(p.speakerName)}};
        talks.push_back(std::move(t));
    }
    o["on_now"] = std::move(onNow);
    o["presentations"] = std::move(talks);
    // Rooms with a live stream of their own (none in a one-room workshop).
    Json rooms = Json::array();
    const QHash<qint64, QString> roomDirs = SiteRenderer::roomDirs(w, ws.rooms);
    for (const Room &r : ws.rooms) {
        const QString stream = liveUrl(r.liveStreamUrl);
        if (stream.isEmpty())
            continue;
        rooms.push_back({{"name", utf8(r.name)},
                         {"stream_url", utf8(stream)},
                         {"reference_movie",
                          utf8(roomDirs.value(r.id).mid(SiteRenderer::workshopDir(w).size())) +
                              "live.ref.mov"}});
    }
    if (!rooms.empty())
        o["rooms"] = std::move(rooms);
    // Text from QString is valid UTF-8; "replace" only so that the writer
    // can never throw. A newline at the end, as before.
    const std::string text = o.dump(4, ' ', false, Json::error_handler_t::replace) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
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

namespace {

struct FeedItem
{
    const Workshop *w;
    const Presentation *p;
};

QString feedDate(const QDateTime &t)
{
    return pageLocale().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

// The <item>s [from, to) exactly as the feed's own writer would put them: a
// writer of their own is first brought to the same place (inside <rss> and
// <channel>, after an element of the channel), and only what it writes
// after that is kept. Pieces written so, joined, are the bytes one writer
// writes.
QByteArray feedItems(const SiteSettings &settings, const FeedItem *from, const FeedItem *to)
{
    ByteAppender out(std::size_t(to - from) * 512 + 128);
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartElement(QStringLiteral("rss"));
    x.writeStartElement(QStringLiteral("channel"));
    x.writeTextElement(QStringLiteral("language"), QStringLiteral("en"));
    const std::size_t start = out.length();
    for (const FeedItem *item = from; item != to; ++item) {
        const QString path = SiteRenderer::presentationDir(*item->w, *item->p);
        x.writeStartElement(QStringLiteral("item"));
        x.writeTextElement(QStringLiteral("title"), item->p->title);
        const QString link = publicUrl(settings, path);
        x.writeTextElement(QStringLiteral("link"), link.isEmpty() ? path : link);
        x.writeStartElement(QStringLiteral("guid"));
        x.writeAttribute(QStringLiteral("isPermaLink"), QStringLiteral("false"));
        x.writeCharacters(QStringLiteral("webcast-archive-%1").arg(item->p->id));
        x.writeEndElement();
        x.writeTextElement(QStringLiteral("pubDate"), feedDate(item->p->endsAt));
        QString description = item->p->speakerName;
        if (!item->w->title.isEmpty())
            description +=
                (description.isEmpty() ? QString() : QStringLiteral(" — ")) + item->w->title;
        x.writeTextElement(QStringLiteral("description"), description);
        x.writeTextElement(QStringLiteral("category"), item->w->title);
        x.writeEndElement();
    }
    return out.bytes(start);
}

} // namespace

QByteArray feed(const SiteSnapshot &snapshot)
{
    const SiteSettings &settings = snapshot.settings;
    QList<FeedItem> items;
    for (const WorkshopSnapshot &ws : snapshot.workshops) {
        for (const Presentation &p : ws.presentations) {
            if (p.state == WebcastState::Archive)
                items.append({&ws.workshop, &p});
        }
    }
    std::sort(items.begin(), items.end(), [](const FeedItem &a, const FeedItem &b) {
        return a.p->endsAt != b.p->endsAt ? a.p->endsAt > b.p->endsAt : a.p->id < b.p->id;
    });
    // The items, most of the feed, are written in pieces side by side on
    // the pool, ahead of other work waiting there: the feed is otherwise the
    // last job of a whole site's render to end, alone on one core. (Waiting
    // for a piece that has not started runs it here.)
    constexpr qsizetype perPiece = 1000;
    QList<QFuture<QByteArray>> pieces;
    for (qsizetype i = perPiece; i < items.size(); i += perPiece) {
        const FeedItem *from = items.constData() + i;
        const FeedItem *to = items.constData() + std::min(items.size(), i + perPiece);
        pieces.append(
            QtConcurrent::task([&settings, from, to] { return feedItems(settings, from, to); })
                .withPriority(1)
                .spawn());
    }
    const QByteArray first = feedItems(settings, items.constData(),
                                       items.constData() + std::min(items.size(), perPiece));

    ByteAppender out(std::size_t(items.size()) * 512 + 1024);
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
        x.writeTextElement(QStringLiteral("lastBuildDate"), feedDate(items.first().p->endsAt));
    // Straight into the device: the writer stands where the pieces were
    // written from, after an element of the channel.
    out.write(first);
    for (QFuture<QByteArray> &piece : pieces)
        out.write(piece.result());
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out.bytes();
}

} // namespace sitefeeds
