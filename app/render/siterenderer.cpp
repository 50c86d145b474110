#include "app/render/siterenderer.h"

#include "app/render/markdown.h"
#include "app/render/pagetext.h"
#include "app/render/sitefeeds.h"
#include "app/render/streamlinks.h"
#include "models/repository.h"
#include "models/staterules.h"
#include "models/validation.h"

#include <kainjow/mustache.hpp>

#include <QFuture>
#include <QScopeGuard>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <QtConcurrent/qtconcurrenttask.h>

#include <array>
#include <memory>
#include <optional>

namespace {

using namespace pagetext;
using Data = kainjow::mustache::data;
using Template = kainjow::mustache::mustache;

// kainjow's set() and push_back() copy their argument deeply, so a table
// built row by row and then set into a page is copied once per level. These
// add an empty child and hand it back to be filled in place. A list's
// element is only valid until the next push_back.
Data &child(Data &parent, const std::string &name, Data::type type)
{
    return parent[name] = Data(type);
}

// set() copies its value, and the key, once more than this: the value is
// moved into the object's map (a list, say, is not copied at all).
void assign(Data &object, const std::string &name, Data value)
{
    object[name] = std::move(value);
}

// basic_data's move is not noexcept, so a growing list copies every element
// it holds: lists whose length is known get their room first.
void reserve(Data &list, size_t n)
{
    const_cast<std::vector<Data> &>(list.list_value()).reserve(n);
}

Data &appended(Data &list)
{
    list.push_back(Data(Data::type::object));
    return const_cast<Data &>(list.list_value().back());
}

std::string s(const QString &text)
{
    return text.toStdString();
}

// The same five entities as kainjow's own html_escape, which appends one
// character at a time: most values need no escaping and are copied whole,
// the others in runs. A table says which bytes need an entity (UTF-8's
// multi-byte sequences never contain these five).
std::string escapeHtml(const std::string &text)
{
    static const std::array<const char *, 256> entities = [] {
        std::array<const char *, 256> table{};
        table[uchar('&')] = "&amp;";
        table[uchar('<')] = "&lt;";
        table[uchar('>')] = "&gt;";
        table[uchar('"')] = "&quot;";
        table[uchar('\'')] = "&apos;";
        return table;
    }();
    const size_t n = text.size();
    size_t i = 0;
    while (i < n && !entities[uchar(text[i])])
        ++i;
    if (i == n)
        return text;
    std::string out;
    out.reserve(n + n / 4 + 8);
    size_t done = 0;
    for (; i < n; ++i) {
        if (const char *entity = entities[uchar(text[i])]) {
            out.append(text, done, i - done);
            out.append(entity);
            done = i + 1;
        }
    }
    out.append(text, done, std::string::npos);
    return out;
}

class Builder
{
public:
    Builder(const TemplateSet &templates, const SiteSnapshot &snapshot, const QSet<QString> &only)
        : m_snapshot(snapshot)
        , m_only(only)
    {
        auto compile = [&templates](const char *name) {
            auto t = std::make_shared<Template>(s(templates.expanded(QLatin1String(name))));
            t->set_custom_escape(escapeHtml);
            return t;
        };
        m_index = compile("index.html.mustache");
        m_workshop = compile("workshop.html.mustache");
        m_presentation = compile("presentation.html.mustache");
        m_style = templates.text(QStringLiteral("style.css")).toUtf8();
        m_htaccess = templates.text(QStringLiteral("htaccess")).toUtf8();
        for (auto *t : {&m_index, &m_workshop, &m_presentation}) {
            if (!(*t)->is_valid() && m_error.isEmpty())
                m_error = QString::fromStdString((*t)->error_message());
        }
    }

    const QString &error() const { return m_error; }

    // The files that belong to the whole site. What every page needs and
    // nothing else changes: the style sheet and the web server's settings.
    void buildStatic(RenderedSite &out)
    {
        put(out, QStringLiteral("style.css"), [this] { return m_style; });
        put(out, QStringLiteral(".htaccess"), [this] { return m_htaccess; });
    }

    // ... and what reads every workshop.
    void buildShared(RenderedSite &out)
    {
        put(out, QStringLiteral("index.html"), [this] { return indexPage(); });
        put(out, QStringLiteral("feed.xml"), [this] { return sitefeeds::feed(m_snapshot); });
    }

    // The files of one workshop: its pages, status, calendar, stream links.
    void buildWorkshop(const WorkshopSnapshot &ws, RenderedSite &out)
    {
        // Worked out once per workshop, not once per file that needs them.
        const QTimeZone zone = zoneOf(ws.workshop);
        QList<streamlinks::ArchiveAddress> archives;
        archives.reserve(ws.presentations.size());
        for (const Presentation &p : ws.presentations)
            archives.append(streamlinks::archiveAddress(m_snapshot.settings, p));
        const QString dir = SiteRenderer::workshopDir(ws.workshop);
        const QString version = versionOf(ws);
        put(out, dir + QStringLiteral("index.html"), [&] { return workshopPage(ws, version); });
        put(out, dir + QStringLiteral("status.json"),
            [&] { return sitefeeds::status(ws, version, archives); });
        put(out, dir + QStringLiteral("schedule.ics"),
            [&] { return sitefeeds::calendar(m_snapshot.settings, ws); });
        const QString live = liveUrl(ws.workshop);
        if (!live.isEmpty()) {
            const QString title = ws.workshop.title + QStringLiteral(" (live)");
            put(out, dir + QStringLiteral("live.ref.mov"),
                [&] { return streamlinks::referenceMovie(live); });
            put(out, dir + QStringLiteral("live.qtl"),
                [&] { return streamlinks::quickTimeMediaLink(live); });
            put(out, dir + QStringLiteral("live.m3u"),
                [&] { return streamlinks::m3uPlaylist(live, title); });
        }
        const QHash<qint64, QString> roomDirs = SiteRenderer::roomDirs(ws.workshop, ws.rooms);
        for (const Room &r : ws.rooms) {
            const QString stream = liveUrl(r.liveStreamUrl);
            if (stream.isEmpty())
                continue;
            const QString base = roomDirs.value(r.id) + QStringLiteral("live");
            const QString title =
                ws.workshop.title + QStringLiteral(", ") + r.name + QStringLiteral(" (live)");
            put(out, base + QStringLiteral(".ref.mov"),
                [&] { return streamlinks::referenceMovie(stream); });
            put(out, base + QStringLiteral(".qtl"),
                [&] { return streamlinks::quickTimeMediaLink(stream); });
            put(out, base + QStringLiteral(".m3u"),
                [&] { return streamlinks::m3uPlaylist(stream, title); });
        }
        for (qsizetype i = 0; i < ws.presentations.size(); ++i) {
            const Presentation &p = ws.presentations.at(i);
            const streamlinks::ArchiveAddress &address = archives.at(i);
            put(out, SiteRenderer::presentationDir(ws.workshop, p) + QStringLiteral("index.html"),
                [&] { return presentationPage(ws, p, zone, address); });
            // Reference movies only point at rtsp: none without an rtsp base.
            const QString &archive = address.rtsp;
            if (archive.isEmpty())
                continue;
            const QString base = SiteRenderer::archiveReferenceBase(p);
            put(out, base + QStringLiteral(".ref.mov"),
                [&] { return streamlinks::referenceMovie(archive); });
            put(out, base + QStringLiteral(".qtl"),
                [&] { return streamlinks::quickTimeMediaLink(archive); });
            put(out, base + QStringLiteral(".m3u"),
                [&] { return streamlinks::m3uPlaylist(archive, p.title); });
        }
    }

private:
    template <typename Make> void put(RenderedSite &out, const QString &path, Make make)
    {
        if (m_only.isEmpty() || m_only.contains(path))
            out.insert(path, make());
    }

    static QString liveUrl(const Workshop &w) { return pagetext::liveUrl(w.liveStreamUrl); }
    static QString liveUrl(const QString &url) { return pagetext::liveUrl(url); }

    // Where a talk goes live, and the base of its reference files relative
    // to its own page: its room's stream when the room has one (and it is
    // safe to link), the workshop's otherwise.
    struct LiveLink
    {
        QString url;
        QString referenceBase;
        QString room; // set when it is the room's own stream
    };
    LiveLink liveLinkFor(const WorkshopSnapshot &ws, const Presentation &p) const
    {
        if (const Room *room = staterules::roomNamed(ws.rooms, p.room)) {
            const QString stream = liveUrl(room->liveStreamUrl);
            if (!stream.isEmpty()) {
                const QString dir = SiteRenderer::roomDirs(ws.workshop, ws.rooms).value(room->id);
                return {stream,
                        QStringLiteral("../") +
                            dir.mid(SiteRenderer::workshopDir(ws.workshop).size()) +
                            QStringLiteral("live"),
                        room->name};
            }
        }
        return {liveUrl(ws.workshop), QStringLiteral("../live"), QString()};
    }

    QByteArray page(const std::shared_ptr<Template> &body, Data &data, const QString &root,
                    const QString &title, const QList<QPair<QString, QString>> &breadcrumb)
    {
        assign(data, "root", s(root));
        assign(data, "pageTitle", s(title));
        Data &crumbs = child(data, "breadcrumb", Data::type::list);
        for (const auto &c : breadcrumb) {
            Data &crumb = appended(crumbs);
            assign(crumb, "href", s(c.first));
            assign(crumb, "label", s(c.second));
        }
        // Into a buffer this builder keeps (its room stays from one page to
        // the next), then copied once into the page's bytes. render(data)
        // would go through an ostringstream and two more copies; appending
        // each of kainjow's pieces to a QByteArray cost about 100
        // instructions apiece.
        m_page.clear();
        body->render(data, [this](const std::string &piece) { m_page.append(piece); });
        return QByteArray(m_page.data(), qsizetype(m_page.size()));
    }

    void setPlayer(Data &page, const QString &label, const QString &referenceBase,
                   const QString &videoUrl, const QString &streamUrl) const
    {
        Data &d = child(page, "player", Data::type::object);
        assign(d, "label", s(label));
        // The desktop players' files (.ref.mov, .qtl, .m3u) exist only for an
        // rtsp stream.
        const bool files = !streamUrl.isEmpty();
        assign(d, "hasFiles", files);
        assign(d, "quicktime", files && m_snapshot.settings.player == QLatin1String("quicktime"));
        if (!videoUrl.isEmpty())
            assign(d, "videoUrl", s(videoUrl));
        assign(d, "referenceMovie", s(referenceBase + QStringLiteral(".ref.mov")));
        assign(d, "mediaLink", s(referenceBase + QStringLiteral(".qtl")));
        assign(d, "playlist", s(referenceBase + QStringLiteral(".m3u")));
        if (!streamUrl.isEmpty())
            assign(d, "streamUrl", s(streamUrl));
    }

    void setState(Data &d, WebcastState state, bool workshop) const
    {
        // Every page says its state: the words are made once per builder
        // (a translation lookup each), then copied.
        std::optional<StateWords> &words = m_stateWords[std::size_t(state)];
        if (!words)
            words = StateWords{s(stateKey(state)),
                               s(stateDisplayName(state)),
                               {s(stateHeading(state, false)), s(stateHeading(state, true))}};
        assign(d, "state", words->key);
        assign(d, "stateName", words->name);
        assign(d, "stateHeading", words->heading[workshop ? 1 : 0]);
        assign(d, "isUpcoming", state == WebcastState::Upcoming);
        assign(d, "isLive", state == WebcastState::Live);
        assign(d, "isConcluded", state == WebcastState::Concluded);
        assign(d, "isArchive", state == WebcastState::Archive);
        assign(d, "isExternal", state == WebcastState::External);
    }

    void fillCard(Data &d, const WorkshopSnapshot &ws) const
    {
        assign(d, "href", s(SiteRenderer::workshopDir(ws.workshop) + QStringLiteral("index.html")));
        assign(d, "title", s(ws.workshop.title));
        assign(d, "dates", s(dateRange(ws.workshop)));
        if (!ws.workshop.location.isEmpty())
            assign(d, "location", s(ws.workshop.location));
        assign(d, "state", s(stateKey(ws.workshop.state)));
        assign(d, "stateName", s(stateDisplayName(ws.workshop.state)));
    }

    QByteArray indexPage()
    {
        // Current and upcoming first (soonest first), then the archive
        // (newest first). Decided by the data, not the clock, so the same
        // database always gives the same page.
        QList<const WorkshopSnapshot *> current, archive;
        for (const WorkshopSnapshot &ws : m_snapshot.workshops) {
            const WebcastState st = ws.workshop.state;
            if (st == WebcastState::Concluded || st == WebcastState::Archive)
                archive.append(&ws);
            else
                current.append(&ws);
        }
        std::sort(current.begin(), current.end(), [](auto a, auto b) {
            return std::tie(a->workshop.firstDay, a->workshop.slug) <
                   std::tie(b->workshop.firstDay, b->workshop.slug);
        });
        std::sort(archive.begin(), archive.end(), [](auto a, auto b) {
            return std::tie(b->workshop.firstDay, a->workshop.slug) <
                   std::tie(a->workshop.firstDay, b->workshop.slug);
        });
        Data d;
        Data &currentList = child(d, "current", Data::type::list);
        reserve(currentList, size_t(current.size()));
        for (const WorkshopSnapshot *ws : current)
            fillCard(appended(currentList), *ws);
        Data &archiveList = child(d, "archive", Data::type::list);
        reserve(archiveList, size_t(archive.size()));
        for (const WorkshopSnapshot *ws : archive)
            fillCard(appended(archiveList), *ws);
        assign(d, "hasCurrent", !current.isEmpty());
        assign(d, "hasArchive", !archive.isEmpty());
        return page(m_index, d, QString(), QStringLiteral("Workshop webcasts"), {});
    }

    QByteArray workshopPage(const WorkshopSnapshot &ws, const QString &version)
    {
        const Workshop &w = ws.workshop;
        const QTimeZone zone = zoneOf(w);
        Data d;
        assign(d, "title", s(w.title));
        assign(d, "dates", s(dateRange(w)));
        if (!w.location.isEmpty())
            assign(d, "location", s(w.location));
        setState(d, w.state, true);
        assign(d, "version", s(version));
        assign(d, "zoneText", s(zoneText(zone)));
        assign(d, "pollMilliseconds", s(QString::number(SiteRenderer::pollMilliseconds)));
        const QDateTime start = ws.presentations.isEmpty()
                                    ? QDateTime(w.firstDay, QTime(0, 0), zone).toUTC()
                                    : ws.presentations.first().startsAt;
        assign(d, "startIso", s(isoTime(start, zone)));
        assign(d, "startText",
               s(ws.presentations.isEmpty() ? dayText(w.firstDay) : momentText(start, zone)));
        const QString live = liveUrl(w);
        if (w.state == WebcastState::Live && !live.isEmpty()) {
            const bool web = live.startsWith(QLatin1String("http"));
            setPlayer(d, QStringLiteral("Live webcast of ") + w.title, QStringLiteral("live"),
                      web ? live : QString(), live);
        }
        // Parallel rooms with a stream of their own: their players' files.
        if (w.state == WebcastState::Live) {
            Data roomStreams{Data::type::list};
            reserve(roomStreams, size_t(ws.rooms.size()));
            const QHash<qint64, QString> roomDirs = SiteRenderer::roomDirs(w, ws.rooms);
            const int skip = int(SiteRenderer::workshopDir(w).size());
            for (const Room &r : ws.rooms) {
                const QString stream = liveUrl(r.liveStreamUrl);
                if (stream.isEmpty())
                    continue;
                const QString base = roomDirs.value(r.id).mid(skip) + QStringLiteral("live");
                Data &room = appended(roomStreams);
                assign(room, "name", s(r.name));
                assign(room, "referenceMovie", s(base + QStringLiteral(".ref.mov")));
                assign(room, "mediaLink", s(base + QStringLiteral(".qtl")));
                assign(room, "playlist", s(base + QStringLiteral(".m3u")));
                assign(room, "streamUrl", s(stream));
            }
            assign(d, "roomStreams", std::move(roomStreams));
        }
        // Every talk on now; several when rooms run in parallel, each named
        // by its room then.
        Data onNow{Data::type::list};
        int liveTalks = 0;
        for (const Presentation &p : ws.presentations)
            liveTalks += p.state == WebcastState::Live ? 1 : 0;
        reserve(onNow, size_t(liveTalks));
        for (const Presentation &p : ws.presentations) {
            if (p.state != WebcastState::Live)
                continue;
            Data &now = appended(onNow);
            assign(now, "href", s(p.slug + QStringLiteral("/index.html")));
            assign(now, "title", s(p.title));
            if (!p.speakerName.isEmpty())
                assign(now, "speaker", s(p.speakerName));
            if (liveTalks > 1 && !p.room.isEmpty())
                assign(now, "room", s(p.room));
        }
        if (liveTalks > 0)
            assign(d, "onNow", std::move(onNow));
        if (!w.externalNote.isEmpty())
            assign(d, "externalNote", s(w.externalNote));
        const QString external = safeUrl(w.externalUrl, webSchemes);
        if (!external.isEmpty())
            assign(d, "externalUrl", s(external));
        const QString description = markdownToHtml(w.description);
        if (!description.isEmpty())
            assign(d, "descriptionHtml", s(description));

        Data &days = child(d, "days", Data::type::list);
        reserve(days, size_t(ws.presentations.size()));
        Data *talks = nullptr;
        QDate current;
        for (const Presentation &p : ws.presentations) {
            const QDateTime local = p.startsAt.toTimeZone(zone);
            if (local.date() != current || !talks) {
                current = local.date();
                Data &day = appended(days);
                assign(day, "dayText", s(dayText(current)));
                talks = &child(day, "talks", Data::type::list);
                reserve(*talks, size_t(ws.presentations.size()));
            }
            Data &t = appended(*talks);
            assign(t, "href", s(p.slug + QStringLiteral("/index.html")));
            assign(t, "title", s(p.title));
            assign(t, "speaker", s(p.speakerName));
            if (!p.room.isEmpty())
                assign(t, "room", s(p.room));
            assign(t, "startIso", s(isoTime(p.startsAt, zone)));
            assign(t, "timeText",
                   s(clock(local) + QStringLiteral("–") + clock(p.endsAt.toTimeZone(zone))));
            assign(t, "cancelled", p.cancelled);
            setState(t, p.state, false);
        }
        return page(m_workshop, d, QStringLiteral("../../"), w.title,
                    {{QStringLiteral("index.html"), w.title}});
    }

    QByteArray presentationPage(const WorkshopSnapshot &ws, const Presentation &p,
                                const QTimeZone &zone, const streamlinks::ArchiveAddress &archive)
    {
        const Workshop &w = ws.workshop;
        Data d;
        assign(d, "title", s(p.title));
        assign(d, "workshopTitle", s(w.title));
        if (!p.speakerName.isEmpty())
            assign(d, "speaker", s(p.speakerName));
        if (!p.speakerAffiliation.isEmpty())
            assign(d, "affiliation", s(p.speakerAffiliation));
        if (!p.room.isEmpty())
            assign(d, "room", s(p.room));
        assign(d, "cancelled", p.cancelled);
        assign(d, "startIso", s(isoTime(p.startsAt, zone)));
        assign(d, "startText", s(momentText(p.startsAt, zone)));
        assign(d, "zoneText", s(zoneText(zone)));
        setState(d, p.state, false);
        if (p.state == WebcastState::Live) {
            const LiveLink live = liveLinkFor(ws, p);
            if (!live.url.isEmpty()) {
                const bool web = live.url.startsWith(QLatin1String("http"));
                setPlayer(d, QStringLiteral("Live webcast of ") + p.title, live.referenceBase,
                          web ? live.url : QString(), live.url);
            }
        } else if (p.state == WebcastState::Archive) {
            // A player whenever the recording can be played: over rtsp,
            // over HTTP/HLS, or both.
            if (!archive.isEmpty()) {
                const QString playback = m_snapshot.settings.player == QLatin1String("html5")
                                             ? archive.playback
                                             : QString();
                setPlayer(d, QStringLiteral("Recording of ") + p.title,
                          QStringLiteral("../../../") + SiteRenderer::archiveReferenceBase(p),
                          playback, archive.rtsp);
            }
        }
        const QString external = safeUrl(p.externalUrl, webSchemes);
        if (!external.isEmpty())
            assign(d, "externalUrl", s(external));
        const QString summary = markdownToHtml(p.summary);
        if (!summary.isEmpty())
            assign(d, "summaryHtml", s(summary));
        const QString bio = markdownToHtml(p.speakerBio);
        if (!bio.isEmpty())
            assign(d, "bioHtml", s(bio));
        QList<SlideFile> slides = ws.slides.value(p.id);
        // Slides whose bytes the database does not hold are not published:
        // no link to a file that is not there.
        slides.removeIf([](const SlideFile &f) { return f.size < 0; });
        Data slideList{Data::type::list};
        reserve(slideList, size_t(slides.size()));
        for (const SlideFile &f : slides) {
            Data &sd = appended(slideList);
            assign(sd, "href", s(QStringLiteral("slides/") + slideFileName(f.attachment)));
            assign(sd, "label", s(f.attachment.label));
            assign(sd, "kind", s(f.attachment.kind.toUpper()));
            const QString size = sizeText(f.size);
            if (!size.isEmpty())
                assign(sd, "size", s(size));
        }
        assign(d, "hasSlides", !slides.isEmpty());
        assign(d, "slides", std::move(slideList));
        return page(
            m_presentation, d, QStringLiteral("../../../"),
            p.title + QStringLiteral(" – ") + w.title,
            {{QStringLiteral("../index.html"), w.title}, {QStringLiteral("index.html"), p.title}});
    }

private:
    const SiteSnapshot &m_snapshot;
    const QSet<QString> &m_only;
    std::shared_ptr<Template> m_index, m_workshop, m_presentation;
    std::string m_page; // the page being rendered
    struct StateWords
    {
        std::string key, name, heading[2]; // heading: of a talk, of a workshop
    };
    mutable std::array<std::optional<StateWords>, 5> m_stateWords;
    QByteArray m_style, m_htaccess;
    QString m_error;
};

// The parts in one map, walking them side by side in path order so each
// file goes in once, at the end. Merging them map into map, as before, put
// most files in again and again and took a tenth of a render, on one core.
// A path in several parts (none today) keeps the last part's bytes.
RenderedSite mergeParts(const QList<RenderedSite> &parts)
{
    RenderedSite site;
    QList<RenderedSite::const_iterator> at, end;
    for (const RenderedSite &part : parts) {
        at.append(part.cbegin());
        end.append(part.cend());
    }
    for (;;) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < at.size(); ++i) {
            if (at[i] != end[i] && (next < 0 || !(at[next].key() < at[i].key())))
                next = i;
        }
        if (next < 0)
            return site;
        const QString key = at[next].key();
        site.insert(site.cend(), key, at[next].value());
        for (qsizetype i = 0; i < at.size(); ++i) {
            if (at[i] != end[i] && at[i].key() == key)
                ++at[i];
        }
    }
}

} // namespace

SiteRenderer::SiteRenderer(TemplateSet templates)
    : m_templates(std::move(templates))
{
}

QString SiteRenderer::workshopDir(const Workshop &w)
{
    return QStringLiteral("workshops/") + w.slug + QLatin1Char('/');
}

QString SiteRenderer::presentationDir(const Workshop &w, const Presentation &p)
{
    return workshopDir(w) + p.slug + QLatin1Char('/');
}

QString SiteRenderer::slidePath(const Workshop &w, const Presentation &p, const Attachment &a)
{
    return presentationDir(w, p) + QStringLiteral("slides/") + slideFileName(a);
}

QHash<qint64, QString> SiteRenderer::roomDirs(const Workshop &w, const QList<Room> &rooms)
{
    QHash<qint64, QString> dirs;
    QSet<QString> taken;
    for (const Room &r : rooms) {
        QString slug = validation::slugFromTitle(r.name);
        if (slug.isEmpty())
            slug = QStringLiteral("room-%1").arg(r.id);
        QString unique = slug;
        for (int n = 2; taken.contains(unique); ++n)
            unique = slug + QLatin1Char('-') + QString::number(n);
        taken.insert(unique);
        dirs.insert(r.id, workshopDir(w) + QStringLiteral("rooms/") + unique + QLatin1Char('/'));
    }
    return dirs;
}

QString SiteRenderer::archiveReferenceBase(const Presentation &p)
{
    return QStringLiteral("presentations/webcast-archive.%1").arg(p.id);
}

namespace {

// Workshops are independent: they are rendered in slices on all cores (a few
// per core, so one slow slice does not leave a core idle at the end), each
// slice with its own compiled templates, then merged. The result is a sorted
// map, so the order of the work does not show in the output.
qsizetype workshopsPerSlice(qsizetype workshops)
{
    const int slices =
        std::max(1, std::min<int>(4 * QThread::idealThreadCount(), int(workshops / 8)));
    return std::max<qsizetype>(1, (workshops + slices - 1) / slices);
}

// Slugs were validated on the way in; check again, since they become paths
// and a bad one must never reach the file system.
Status checkSlugs(const WorkshopSnapshot *from, const WorkshopSnapshot *to)
{
    for (const WorkshopSnapshot *ws = from; ws != to; ++ws) {
        if (!validation::isValidSlug(ws->workshop.slug))
            return Status::failure(
                QStringLiteral("Workshop %1 has an unsafe slug.").arg(ws->workshop.id));
        for (const Presentation &p : ws->presentations) {
            if (!validation::isValidSlug(p.slug))
                return Status::failure(
                    QStringLiteral("Presentation %1 has an unsafe slug.").arg(p.id));
        }
    }
    return {};
}

RenderedSite renderSlice(const TemplateSet &templates, const SiteSnapshot &snapshot,
                         const QSet<QString> &only, const WorkshopSnapshot *from,
                         const WorkshopSnapshot *to)
{
    Builder builder(templates, snapshot, only);
    RenderedSite part;
    for (const WorkshopSnapshot *ws = from; ws != to; ++ws)
        builder.buildWorkshop(*ws, part);
    return part;
}

// The index and the feed read every workshop; the feed is the largest single
// job, so it goes to the pool ahead of the slices waiting there.
QFuture<RenderedSite> startShared(Builder &shared)
{
    return QtConcurrent::task([&shared] {
               RenderedSite part;
               shared.buildShared(part);
               return part;
           })
        .withPriority(1)
        .spawn();
}

Result<RenderedSite> collect(const RenderedSite &statics, QFuture<RenderedSite> &shared,
                             QList<QFuture<RenderedSite>> &parts)
{
    QList<RenderedSite> results{statics, shared.result()};
    for (QFuture<RenderedSite> &part : parts)
        results.append(part.result());
    return mergeParts(results);
}

} // namespace

Result<RenderedSite> SiteRenderer::render(const SiteSnapshot &snapshot,
                                          const QSet<QString> &only) const
{
    const WorkshopSnapshot *first = snapshot.workshops.constData();
    const WorkshopSnapshot *last = first + snapshot.workshops.size();
    if (const Status slugs = checkSlugs(first, last); !slugs)
        return slugs;
    Builder shared(m_templates, snapshot, only);
    if (!shared.error().isEmpty())
        return Status::failure(QStringLiteral("A template is broken: ") + shared.error());
    RenderedSite statics;
    shared.buildStatic(statics);
    QFuture<RenderedSite> sharedPart = startShared(shared);
    const qsizetype per = workshopsPerSlice(snapshot.workshops.size());
    const bool oneSlice = per >= snapshot.workshops.size(); // rendered here
    QList<QFuture<RenderedSite>> parts;
    for (const WorkshopSnapshot *from = first; from < last; from += per) {
        const WorkshopSnapshot *to = std::min(last, from + per);
        if (oneSlice)
            parts.append(
                QtFuture::makeReadyFuture(renderSlice(m_templates, snapshot, only, from, to)));
        else
            parts.append(QtConcurrent::run(renderSlice, std::cref(m_templates), std::cref(snapshot),
                                           std::cref(only), from, to));
    }
    return collect(statics, sharedPart, parts);
}

Result<RenderedSite> SiteRenderer::captureAndRender(const WebcastRepository &repository,
                                                    const SiteSettings &settings,
                                                    SiteSnapshot &snapshot,
                                                    const std::function<void()> &read,
                                                    const PartRendered &each) const
{
    static const QSet<QString> everything;
    snapshot = SiteSnapshot();
    snapshot.settings = settings;
    Builder shared(m_templates, snapshot, everything);
    if (!shared.error().isEmpty())
        return Status::failure(QStringLiteral("A template is broken: ") + shared.error());
    const QList<Workshop> workshops = repository.workshops();
    // Room for all of them first: a slice in the pool holds pointers into the
    // list while this thread appends to it.
    snapshot.workshops.reserve(workshops.size());
    const qsizetype per = workshopsPerSlice(workshops.size());
    QList<QFuture<RenderedSite>> parts;
    QList<std::pair<const WorkshopSnapshot *, const WorkshopSnapshot *>> slices;
    Status failed;
    qsizetype sliceStart = 0;
    // While this thread reads, it counts as one of the pool's threads: the
    // slices it hands over would otherwise take its core, and the index and
    // the feed (the largest single job) cannot start before reading ends.
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->reserveThread();
    auto reading = qScopeGuard([pool] { pool->releaseThread(); });
    // The first slice is small, so that the pool starts while this thread
    // reads on (63 workshops took 20 ms to read, with the other core idle).
    const qsizetype firstSlice = std::max<qsizetype>(1, per / 8);
    for (qsizetype i = 0; i < workshops.size(); ++i) {
        snapshot.workshops.append(SiteSnapshot::captureWorkshop(repository, workshops.at(i)));
        if (i + 1 - sliceStart < (parts.isEmpty() ? firstSlice : per) && i + 1 < workshops.size())
            continue;
        const WorkshopSnapshot *from = snapshot.workshops.constData() + sliceStart;
        const WorkshopSnapshot *to = snapshot.workshops.constData() + i + 1;
        sliceStart = i + 1;
        if (failed = checkSlugs(from, to); !failed)
            break;
        parts.append(QtConcurrent::run(renderSlice, std::cref(m_templates), std::cref(snapshot),
                                       std::cref(everything), from, to));
        slices.append(std::make_pair(from, to));
    }
    reading.dismiss();
    pool->releaseThread();
    if (read)
        read();
    if (!failed) {
        for (QFuture<RenderedSite> &part : parts)
            part.waitForFinished(); // they point into the snapshot
        return failed;
    }
    RenderedSite statics;
    shared.buildStatic(statics);
    QFuture<RenderedSite> sharedPart = startShared(shared);
    if (each) {
        // In the order the parts may be published; after a failure the
        // rest is only rendered.
        Status going = each(statics, nullptr, nullptr);
        for (qsizetype i = 0; going && i < parts.size(); ++i)
            going = each(parts[i].result(), slices.at(i).first, slices.at(i).second);
        if (going)
            (void)each(sharedPart.result(), nullptr, nullptr);
    }
    return collect(statics, sharedPart, parts);
}

QSet<QString> SiteRenderer::affectedOutputs(const SiteSnapshot &snapshot, const SiteChange &change)
{
    QSet<QString> paths;
    if (change.kind == SiteChange::Kind::Everything)
        return paths; // empty: render everything
    paths << QStringLiteral("index.html") << QStringLiteral("feed.xml");
    const WorkshopSnapshot *ws = snapshot.workshopById(change.workshopId);
    if (!ws)
        return paths;
    const QString dir = workshopDir(ws->workshop);
    paths << dir + QStringLiteral("index.html") << dir + QStringLiteral("status.json")
          << dir + QStringLiteral("schedule.ics");
    auto addTalk = [&paths, ws](const Presentation &p) {
        paths << presentationDir(ws->workshop, p) + QStringLiteral("index.html");
        const QString base = archiveReferenceBase(p);
        paths << base + QStringLiteral(".ref.mov") << base + QStringLiteral(".qtl")
              << base + QStringLiteral(".m3u");
    };
    if (change.kind == SiteChange::Kind::Workshop) {
        paths << dir + QStringLiteral("live.ref.mov") << dir + QStringLiteral("live.qtl")
              << dir + QStringLiteral("live.m3u");
        for (const QString &roomDir : roomDirs(ws->workshop, ws->rooms))
            paths << roomDir + QStringLiteral("live.ref.mov")
                  << roomDir + QStringLiteral("live.qtl") << roomDir + QStringLiteral("live.m3u");
        for (const Presentation &p : ws->presentations)
            addTalk(p);
    } else {
        for (const Presentation &p : ws->presentations) {
            if (p.id == change.presentationId)
                addTalk(p);
        }
    }
    return paths;
}
