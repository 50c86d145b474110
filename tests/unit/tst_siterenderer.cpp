#include "app/render/siterenderer.h"
#include "tests/support/sitefixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString goldenDir()
{
    return QStringLiteral(WEBCAST_TEST_DATA_DIR "/golden");
}

// Parses a page as XML (our pages are polyglot HTML5) and collects what a
// browser could execute: script elements, event-handler attributes and
// javascript:/data: URLs. Empty when the page is inert apart from our poller.
struct PageScan
{
    bool wellFormed = false;
    QString error;
    int scripts = 0;
    QString scriptText;
    QStringList dangers;
    QString text; // all character data
};

PageScan scan(const QByteArray &html)
{
    PageScan result;
    QXmlStreamReader r(html);
    bool inScript = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.name().toString().toLower();
            if (name == QLatin1String("script")) {
                ++result.scripts;
                inScript = true;
            }
            if (name == QLatin1String("iframe") || name == QLatin1String("img") ||
                name == QLatin1String("svg") || name == QLatin1String("style"))
                result.dangers << QStringLiteral("<%1>").arg(name);
            const QXmlStreamAttributes attributes = r.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                const QString attr = a.name().toString().toLower();
                const QString value = a.value().toString().trimmed().toLower();
                if (attr.startsWith(QLatin1String("on")) || attr == QLatin1String("style"))
                    result.dangers << attr;
                if (value.startsWith(QLatin1String("javascript:")) ||
                    value.startsWith(QLatin1String("data:")) ||
                    value.startsWith(QLatin1String("vbscript:")))
                    result.dangers << attr + QLatin1Char('=') + value;
            }
        } else if (r.isEndElement()) {
            if (r.name() == u"script")
                inScript = false;
        } else if (r.isCharacters()) {
            if (inScript)
                result.scriptText += r.text();
            else
                result.text += r.text();
        }
    }
    result.wellFormed = !r.hasError();
    result.error = r.errorString();
    return result;
}

Result<RenderedSite> renderFixed(const SiteSnapshot &s)
{
    return SiteRenderer().render(s);
}

} // namespace

class TestSiteRenderer : public QObject
{
    Q_OBJECT

private slots:
    void pages_matchGoldenFiles_data();
    void pages_matchGoldenFiles();
    void everyHtmlPage_isWellFormedAndAccessible();
    void masterPage_showsWhatEachStateNeeds_data();
    void masterPage_showsWhatEachStateNeeds();
    void hostileInput_comesOutInert();
    void badUrlsInData_areNotLinked();
    void quicktimePlayer_pointsAtReferenceMovie();
    void referenceMovies_holdRtspUrl();
    void statusJson_describesLiveState();
    void roomStreams_talksGoLiveOnTheirRoomsStream();
    void cancelledTalk_isMarkedOnBothPages();
    void feed_parsesBackAsRss();
    void feed_ofThousandsOfTalks_isOneDocumentNewestFirst();
    void render_isDeterministic();
    void affectedOutputs_coverEverythingAFlipChanges_data();
    void affectedOutputs_coverEverythingAFlipChanges();
    void renderOnly_givesSameBytesAsFullRender();
    void unsafeSlug_isRefused();
    void brokenTemplate_isRefusedWithMessage();
};

void TestSiteRenderer::pages_matchGoldenFiles_data()
{
    QTest::addColumn<int>("state");
    for (WebcastState s : allStates())
        QTest::newRow(qPrintable(stateKey(s))) << static_cast<int>(s);
}

void TestSiteRenderer::pages_matchGoldenFiles()
{
    // One site per workshop state; its five talks cover the five talk states.
    QFETCH(int, state);
    const auto s = static_cast<WebcastState>(state);
    const Result<RenderedSite> site = renderFixed(fixedSite(s));
    QVERIFY2(site.ok(), qPrintable(site.error()));
    const QDir dir(goldenDir() + QLatin1Char('/') + stateKey(s));
    const bool update = qEnvironmentVariableIsSet("UPDATE_GOLDEN");
    for (auto it = site.value().cbegin(); it != site.value().cend(); ++it) {
        const QString path = dir.filePath(it.key());
        if (update) {
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(it.value());
            continue;
        }
        QFile f(path);
        QVERIFY2(
            f.open(QIODevice::ReadOnly),
            qPrintable(
                QStringLiteral("missing golden file %1 (run with UPDATE_GOLDEN=1)").arg(path)));
        QCOMPARE(QString::fromUtf8(it.value()), QString::fromUtf8(f.readAll()));
    }
    // Both ways: a golden file the renderer no longer writes fails too (a
    // page that silently stopped being published).
    QDirIterator golden(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (golden.hasNext()) {
        const QString relative = dir.relativeFilePath(golden.next());
        if (update && !site.value().contains(relative)) {
            QFile::remove(dir.filePath(relative));
            continue;
        }
        QVERIFY2(site.value().contains(relative),
                 qPrintable(QStringLiteral("the renderer no longer writes %1 (golden file %2)")
                                .arg(relative, dir.filePath(relative))));
    }
}

void TestSiteRenderer::everyHtmlPage_isWellFormedAndAccessible()
{
    const Result<RenderedSite> site = renderFixed(fixedSite());
    QVERIFY(site.ok());
    int pages = 0;
    for (auto it = site.value().cbegin(); it != site.value().cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".html")))
            continue;
        ++pages;
        const PageScan p = scan(it.value());
        QVERIFY2(p.wellFormed, qPrintable(it.key() + QStringLiteral(": ") + p.error));
        QVERIFY2(p.dangers.isEmpty(), qPrintable(p.dangers.join(QLatin1Char(' '))));
        const QString html = QString::fromUtf8(it.value());
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral("<main id=\"main\">")));
        QVERIFY(html.contains(QStringLiteral("<h1>")));
        QVERIFY(html.contains(QStringLiteral("name=\"viewport\"")));
    }
    QCOMPARE(pages, 1 + 1 + 5);
}

void TestSiteRenderer::masterPage_showsWhatEachStateNeeds_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upcoming") << int(WebcastState::Upcoming)
                              << "The webcast starts <time datetime=\"2026-03-14T09:00:00+01:00\">"
                                 "Saturday 14 March 2026 at 09:00 CET</time> (in the "
                                 "Europe/Berlin time zone)";
    QTest::newRow("live") << int(WebcastState::Live) << "href=\"live.ref.mov\"";
    QTest::newRow("concluded") << int(WebcastState::Concluded)
                               << "The webcast has ended. The archive will be posted soon.";
    QTest::newRow("archive") << int(WebcastState::Archive) << "Watch recording";
    QTest::newRow("external") << int(WebcastState::External)
                              << "href=\"https://partner.example.org/spring\"";
}

void TestSiteRenderer::masterPage_showsWhatEachStateNeeds()
{
    QFETCH(int, state);
    QFETCH(QString, expected);
    const RenderedSite site = renderFixed(fixedSite(static_cast<WebcastState>(state))).value();
    const QString page =
        QString::fromUtf8(site.value(QStringLiteral("workshops/spring-school/index.html")));
    QVERIFY2(page.contains(expected), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("data-state")) ||
            page.contains(QStringLiteral("state-block")));
    // Every talk is in the schedule with its state.
    for (const char *talk :
         {"upcoming-talk", "live-talk", "concluded-talk", "archive-talk", "external-talk"})
        QVERIFY(page.contains(QStringLiteral("href=\"%1/index.html\"").arg(QLatin1String(talk))));
}

void TestSiteRenderer::hostileInput_comesOutInert()
{
    SiteSnapshot s = fixedSite();
    Workshop &w = s.workshops[0].workshop;
    const QString evilTitle = QStringLiteral("<script>alert('t')</script>\" onmouseover=\"x");
    w.title = evilTitle;
    w.location = QStringLiteral("' onfocus='alert(1)");
    w.description =
        QStringLiteral("<img src=x onerror=alert(1)>\n\n<script>alert(2)</script>\n\n"
                       "[click](javascript:alert(3)) [data](data:text/html,<b>x</b>) "
                       "![pic](javascript:alert(4)) <a href=\"javascript:alert(5)\">raw</a>\n\n"
                       "[ok](https://example.org/?a=1&b=2)");
    w.externalNote = QStringLiteral("<iframe src=//evil></iframe>");
    Presentation &p = s.workshops[0].presentations[3];
    p.title = QStringLiteral("עברית ✓ 🎥 \u202Eevil\u202C");
    p.speakerName = QString(5000, QLatin1Char('x'));
    p.summary = QStringLiteral("<style>body{display:none}</style> *fine*");
    p.speakerBio = QStringLiteral("[x](JaVaScRiPt:alert(6)) and <b onclick=alert(7)>b</b>");
    s.workshops[0].slides[p.id][0].attachment.label =
        QStringLiteral("</a><script>alert(8)</script>");

    const Result<RenderedSite> site = SiteRenderer().render(s);
    QVERIFY2(site.ok(), qPrintable(site.error()));
    for (auto it = site.value().cbegin(); it != site.value().cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".html")))
            continue;
        const PageScan page = scan(it.value());
        QVERIFY2(page.wellFormed, qPrintable(it.key() + QStringLiteral(": ") + page.error));
        QVERIFY2(page.dangers.isEmpty(),
                 qPrintable(it.key() + QStringLiteral(": ") + page.dangers.join(QLatin1Char(' '))));
        QVERIFY(page.scripts <= 1); // only the status poller on master pages
        QVERIFY(!page.scriptText.contains(QStringLiteral("alert")));
    }
    // The hostile text is shown as text, exactly as typed.
    const PageScan master =
        scan(site.value().value(QStringLiteral("workshops/spring-school/index.html")));
    QVERIFY(master.text.contains(evilTitle));
    QVERIFY(master.text.contains(QStringLiteral("<script>alert(2)</script>")));
    const PageScan talk =
        scan(site.value().value(QStringLiteral("workshops/spring-school/archive-talk/index.html")));
    QVERIFY(talk.text.contains(QStringLiteral("עברית ✓ 🎥")));
    QVERIFY(talk.text.contains(QStringLiteral("</a><script>alert(8)</script>")));
    const QString md =
        QString::fromUtf8(site.value().value(QStringLiteral("workshops/spring-school/index.html")));
    QVERIFY(md.contains(QStringLiteral("href=\"https://example.org/?a=1&amp;b=2\"")));
    // The renderer's own escaping writes the five entities kainjow's would,
    // byte for byte, also where they follow one another.
    QVERIFY(md.contains(QStringLiteral("&lt;script&gt;alert(&apos;t&apos;)&lt;/script&gt;&quot; "
                                       "onmouseover=&quot;x")));
    QVERIFY(md.contains(QStringLiteral("&apos; onfocus=&apos;alert(1)")));

    // status.json carries the same text as JSON strings, exactly as typed;
    // a control character is escaped, half a surrogate pair becomes "?" as
    // in all of the site's UTF-8 (never a broken file).
    Presentation &talk2 = s.workshops[0].presentations[1];
    talk2.title =
        QStringLiteral("tab\there \"q\" \\ \x01 end ") + QChar(0xd800) + QStringLiteral(" \u2028");
    const RenderedSite again = SiteRenderer().render(s).value();
    QJsonParseError error;
    const QJsonObject status =
        QJsonDocument::fromJson(again.value(QStringLiteral("workshops/spring-school/status.json")),
                                &error)
            .object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(status.value(QStringLiteral("workshop")).toString(), QStringLiteral("spring-school"));
    const QJsonArray talks = status.value(QStringLiteral("presentations")).toArray();
    QCOMPARE(talks.at(3).toObject().value(QStringLiteral("title")).toString(), p.title);
    QCOMPARE(talks.at(1).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("tab\there \"q\" \\ \x01 end ? \u2028"));
    QCOMPARE(status.value(QStringLiteral("on_now")).toObject().value(QStringLiteral("title")),
             talks.at(1).toObject().value(QStringLiteral("title")));
    QVERIFY(!again.value(QStringLiteral("workshops/spring-school/status.json")).contains('\x01'));
}

void TestSiteRenderer::badUrlsInData_areNotLinked()
{
    // Data that bypassed validation (an old database, a hand edit) still
    // cannot put a script URL into a page.
    SiteSnapshot s = fixedSite(WebcastState::External);
    s.workshops[0].workshop.externalUrl = QStringLiteral("javascript:alert(1)");
    s.workshops[0].presentations[4].externalUrl = QStringLiteral("data:text/html,x");
    s.settings.playbackBase = QStringLiteral("javascript:alert(2)//");
    const RenderedSite site = SiteRenderer().render(s).value();
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        if (it.key().endsWith(QLatin1String(".html")))
            QVERIFY2(scan(it.value()).dangers.isEmpty(), qPrintable(it.key()));
    }
}

void TestSiteRenderer::quicktimePlayer_pointsAtReferenceMovie()
{
    SiteSnapshot s = fixedSite();
    s.settings.player = QStringLiteral("quicktime");
    const RenderedSite site = SiteRenderer().render(s).value();
    const QString talk = QString::fromUtf8(
        site.value(QStringLiteral("workshops/spring-school/archive-talk/index.html")));
    QVERIFY(talk.contains(
        QStringLiteral("<embed src=\"../../../presentations/webcast-archive.103.ref.mov\" "
                       "type=\"video/quicktime\"")));
    QVERIFY(talk.contains(QStringLiteral("<object classid=")));
    QVERIFY(!talk.contains(QStringLiteral("<video")));
    const QString master =
        QString::fromUtf8(site.value(QStringLiteral("workshops/spring-school/index.html")));
    QVERIFY(master.contains(QStringLiteral("<param name=\"src\" value=\"live.ref.mov\"/>")));
}

void TestSiteRenderer::referenceMovies_holdRtspUrl()
{
    const RenderedSite site = renderFixed(fixedSite()).value();
    QCOMPARE(site.value(QStringLiteral("presentations/webcast-archive.103.ref.mov")),
             QByteArray("RTSPtext\nrtsp://stream.example.org/vod/spring-school/day%201/"
                        "archive%20talk.mov\n"));
    QCOMPARE(site.value(QStringLiteral("workshops/spring-school/live.ref.mov")),
             QByteArray("RTSPtext\nrtsp://stream.example.org/live/spring\n"));
    // Only talks with an archived webcast get one.
    QVERIFY(!site.contains(QStringLiteral("presentations/webcast-archive.100.ref.mov")));
    const QByteArray qtl = site.value(QStringLiteral("presentations/webcast-archive.103.qtl"));
    QXmlStreamReader r(qtl);
    bool found = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"embed")
            found = r.attributes().value(QLatin1String("src")).startsWith(u"rtsp://");
    }
    QVERIFY(!r.hasError());
    QVERIFY(found);
    QVERIFY(site.value(QStringLiteral("presentations/webcast-archive.103.m3u"))
                .startsWith("#EXTM3U\n"));
}

void TestSiteRenderer::statusJson_describesLiveState()
{
    const RenderedSite site = renderFixed(fixedSite(WebcastState::Live)).value();
    const QJsonObject o =
        QJsonDocument::fromJson(site.value(QStringLiteral("workshops/spring-school/status.json")))
            .object();
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
    QCOMPARE(
        o.value(QStringLiteral("live")).toObject().value(QStringLiteral("stream_url")).toString(),
        QStringLiteral("rtsp://stream.example.org/live/spring"));
    QCOMPARE(o.value(QStringLiteral("on_now")).toObject().value(QStringLiteral("slug")).toString(),
             QStringLiteral("live-talk"));
    QCOMPARE(o.value(QStringLiteral("updated")).toString(), QStringLiteral("2026-03-14T12:00:00Z"));
    // The page and status.json carry the same version, which is how open pages
    // notice a change.
    const QString version = o.value(QStringLiteral("version")).toString();
    QVERIFY(!version.isEmpty());
    QVERIFY(site.value(QStringLiteral("workshops/spring-school/index.html"))
                .contains(QByteArray("data-version=\"" + version.toUtf8() + '"')));
    const RenderedSite concluded = renderFixed(fixedSite(WebcastState::Concluded)).value();
    QVERIFY(QJsonDocument::fromJson(
                concluded.value(QStringLiteral("workshops/spring-school/status.json")))
                .object()
                .value(QStringLiteral("version"))
                .toString() != version);
}

void TestSiteRenderer::roomStreams_talksGoLiveOnTheirRoomsStream()
{
    SiteSnapshot s = fixedSite(WebcastState::Live);
    WorkshopSnapshot &ws = s.workshops[0];
    auto room = [](qint64 id, const char *name, const char *stream) {
        Room r;
        r.id = id;
        r.workshopId = 7;
        r.name = QString::fromUtf8(name);
        r.liveStreamUrl = QString::fromUtf8(stream);
        return r;
    };
    ws.rooms = {room(1, "Hörsaal Ä", "rtsp://stream.example.org/live/hall-a"),
                room(2, "Hall 1", ""), room(3, "Hörsaal Ä!", "https://stream.example.org/b.m3u8"),
                room(4, "Evil", "javascript:alert(1)")};
    ws.presentations[0].state = WebcastState::Live; // in Hörsaal Ä, beside live-talk in Hall 1
    ws.presentations[0].room = QStringLiteral("Hörsaal Ä");
    const RenderedSite site = renderFixed(s).value();
    const QString dir = QStringLiteral("workshops/spring-school/");

    // Each room with a stream of its own has its reference files; names
    // that make the same slug stay apart; an unsafe address makes none.
    QCOMPARE(site.value(dir + QStringLiteral("rooms/horsaal-a/live.ref.mov")),
             QByteArray("RTSPtext\nrtsp://stream.example.org/live/hall-a\n"));
    QVERIFY(site.contains(dir + QStringLiteral("rooms/horsaal-a-2/live.m3u")));
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        QVERIFY2(!it.key().contains(QStringLiteral("rooms/evil")), qPrintable(it.key()));
        QVERIFY2(!it.key().contains(QStringLiteral("rooms/hall-1")), qPrintable(it.key()));
        QVERIFY2(!it.value().contains("javascript:"), qPrintable(it.key()));
    }
    // The talk in that room plays the room's stream; the talk in a room
    // without one plays the workshop's, as before.
    const QByteArray inRoom = site.value(dir + QStringLiteral("upcoming-talk/index.html"));
    QVERIFY(inRoom.contains("../rooms/horsaal-a/live.ref.mov"));
    QVERIFY(inRoom.contains("rtsp://stream.example.org/live/hall-a"));
    QVERIFY(!inRoom.contains("live/spring"));
    const QByteArray inHall = site.value(dir + QStringLiteral("live-talk/index.html"));
    QVERIFY(inHall.contains("href=\"../live.ref.mov\""));
    QVERIFY(inHall.contains("rtsp://stream.example.org/live/spring"));
    // The master page names both talks on now by their rooms.
    const PageScan master = scan(site.value(dir + QStringLiteral("index.html")));
    QVERIFY2(master.wellFormed, qPrintable(master.error));
    QVERIFY(master.text.contains(QStringLiteral("On now in Hörsaal Ä: ")));
    QVERIFY(master.text.contains(QStringLiteral("On now in Hall 1: ")));
    // …and offers each room's own stream for media players.
    QVERIFY(site.value(dir + QStringLiteral("index.html"))
                .contains("href=\"rooms/horsaal-a/live.ref.mov\""));
    QVERIFY(master.text.contains(QStringLiteral("Hörsaal Ä! has its own stream")));
    // status.json lists the rooms' streams for pages and scripts.
    const QJsonObject o =
        QJsonDocument::fromJson(site.value(dir + QStringLiteral("status.json"))).object();
    const QJsonArray rooms = o.value(QStringLiteral("rooms")).toArray();
    QCOMPARE(rooms.size(), 2);
    QCOMPARE(rooms.at(0).toObject().value(QStringLiteral("reference_movie")).toString(),
             QStringLiteral("rooms/horsaal-a/live.ref.mov"));
    // A room's stream changing re-renders its files.
    const QSet<QString> affected =
        SiteRenderer::affectedOutputs(s, {SiteChange::Kind::Workshop, 7, 0});
    QVERIFY(affected.contains(dir + QStringLiteral("rooms/horsaal-a/live.ref.mov")));
    // One room, or rooms without streams: exactly as before.
    SiteSnapshot plain = fixedSite(WebcastState::Live);
    const RenderedSite before = renderFixed(plain).value();
    plain.workshops[0].rooms = {room(2, "Hall 1", "")};
    QCOMPARE(renderFixed(plain).value(), before);
}

void TestSiteRenderer::cancelledTalk_isMarkedOnBothPages()
{
    SiteSnapshot s = fixedSite(WebcastState::Archive);
    const RenderedSite before = renderFixed(s).value();
    s.workshops[0].presentations[3].cancelled = true; // archived, then dropped by the schedule
    const RenderedSite site = renderFixed(s).value();
    const QString dir = QStringLiteral("workshops/spring-school/");
    const PageScan master = scan(site.value(dir + QStringLiteral("index.html")));
    QVERIFY(master.wellFormed);
    QVERIFY(
        master.text.contains(QStringLiteral("Talk in state archive (removed from the programme)")));
    QCOMPARE(master.text.count(QStringLiteral("removed from the programme")), 1);
    const PageScan talk = scan(site.value(dir + QStringLiteral("archive-talk/index.html")));
    QVERIFY(talk.wellFormed);
    QVERIFY(talk.text.contains(QStringLiteral("This talk was removed from the programme.")));
    // Its recording stays watchable; open pages notice the change.
    QVERIFY(site.value(dir + QStringLiteral("archive-talk/index.html")).contains("<video"));
    QVERIFY(site.value(dir + QStringLiteral("status.json")) !=
            before.value(dir + QStringLiteral("status.json")));
}

void TestSiteRenderer::feed_parsesBackAsRss()
{
    SiteSnapshot s = fixedSite();
    s.workshops[0].presentations[3].title = QStringLiteral("Waves & <particles> \"quoted\"");
    const RenderedSite site = SiteRenderer().render(s).value();
    QXmlStreamReader r(site.value(QStringLiteral("feed.xml")));
    QStringList titles, links;
    bool inItem = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"rss")
            QCOMPARE(r.attributes().value(QLatin1String("version")), QLatin1String("2.0"));
        if (r.isStartElement() && r.name() == u"item")
            inItem = true;
        if (inItem && r.isStartElement() && r.name() == u"title")
            titles << r.readElementText();
        if (inItem && r.isStartElement() && r.name() == u"link")
            links << r.readElementText();
        if (r.isEndElement() && r.name() == u"item")
            inItem = false;
    }
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    QCOMPARE(titles, QStringList{QStringLiteral("Waves & <particles> \"quoted\"")});
    QCOMPARE(links, QStringList{QStringLiteral(
                        "https://webcasts.example.org/workshops/spring-school/archive-talk/")});
}

// The feed's items are written in pieces of a thousand side by side and
// joined: the joins must not show (indentation, escaping, order).
void TestSiteRenderer::feed_ofThousandsOfTalks_isOneDocumentNewestFirst()
{
    SiteSnapshot s = fixedSite(WebcastState::Archive);
    const WorkshopSnapshot base = s.workshops.first();
    s.workshops.clear();
    const QDateTime start(QDate(2026, 3, 14), QTime(8, 0), Qt::UTC);
    struct Expected
    {
        QDateTime endsAt;
        qint64 id;
    };
    QList<Expected> expected;
    for (int w = 0; w < 5; ++w) {
        WorkshopSnapshot ws = base;
        ws.workshop.id = 10 + w;
        ws.workshop.slug = QStringLiteral("school-%1").arg(w);
        ws.workshop.title = QStringLiteral("School <%1> & \"friends\" — Ü").arg(w);
        ws.presentations.clear();
        ws.slides.clear();
        for (int i = 0; i < 500; ++i) {
            Presentation p = base.presentations.at(3);
            p.id = 1000 * (w + 1) + i;
            p.workshopId = ws.workshop.id;
            p.slug = QStringLiteral("talk-%1").arg(i);
            // Many talks end at the same minute, in other workshops too:
            // the id decides among them, across the pieces' borders.
            p.endsAt = start.addSecs(60 * ((i * 7 + w) % 1300));
            p.title = QStringLiteral("Talk %1 <b>&amp; \"x\" ' \u00e9").arg(p.id);
            p.speakerName = i % 3 ? QStringLiteral("Dr. Ä & B") : QString();
            ws.presentations.append(p);
            expected.append({p.endsAt, p.id});
        }
        s.workshops.append(ws);
    }
    std::sort(expected.begin(), expected.end(), [](const Expected &a, const Expected &b) {
        return a.endsAt != b.endsAt ? a.endsAt > b.endsAt : a.id < b.id;
    });
    const QByteArray feed = SiteRenderer().render(s).value().value(QStringLiteral("feed.xml"));

    QXmlStreamReader r(feed);
    QList<qint64> guids;
    QStringList titles;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"guid")
            guids << r.readElementText().section(QLatin1Char('-'), -1).toLongLong();
        if (r.isStartElement() && r.name() == u"title")
            titles << r.readElementText();
    }
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    QCOMPARE(guids.size(), 2500);
    for (qsizetype i = 0; i < guids.size(); ++i)
        QCOMPARE(guids.at(i), expected.at(i).id);
    QCOMPARE(titles.at(1),
             QStringLiteral("Talk %1 <b>&amp; \"x\" ' \u00e9").arg(expected.first().id));
    // Every item at the same depth, as one writer indents them.
    QCOMPARE(feed.count("\n        <item>\n            <title>"), 2500);
    QCOMPARE(feed.count("\n        </item>"), 2500);
    QCOMPARE(feed.count("<item>"), 2500);
    QVERIFY(feed.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"));
    QVERIFY(feed.contains("<language>en</language>\n        <lastBuildDate>"));
    QVERIFY(feed.contains("</lastBuildDate>\n        <item>\n"));
    QVERIFY(feed.endsWith("</category>\n        </item>\n    </channel>\n</rss>\n"));
}

void TestSiteRenderer::render_isDeterministic()
{
    const RenderedSite a = renderFixed(fixedSite()).value();
    const RenderedSite b = renderFixed(fixedSite()).value();
    QCOMPARE(a.keys(), b.keys());
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        QCOMPARE(it.value(), b.value(it.key()));
}

void TestSiteRenderer::affectedOutputs_coverEverythingAFlipChanges_data()
{
    QTest::addColumn<int>("talk");
    QTest::addColumn<int>("to");
    QTest::newRow("upcoming talk goes live") << 0 << int(WebcastState::Live);
    QTest::newRow("live talk concludes") << 1 << int(WebcastState::Concluded);
    QTest::newRow("archive talk back to concluded") << 3 << int(WebcastState::Concluded);
    QTest::newRow("concluded talk to archive") << 2 << int(WebcastState::Archive);
}

void TestSiteRenderer::affectedOutputs_coverEverythingAFlipChanges()
{
    QFETCH(int, talk);
    QFETCH(int, to);
    const SiteSnapshot before = fixedSite();
    SiteSnapshot after = before;
    Presentation &p = after.workshops[0].presentations[talk];
    p.state = static_cast<WebcastState>(to);
    if (p.state == WebcastState::Archive) {
        p.hasWebcast = true;
        p.webcastPath = QStringLiteral("x");
        p.webcastFilename = QStringLiteral("y.mov");
    }
    const RenderedSite a = renderFixed(before).value();
    const RenderedSite b = renderFixed(after).value();
    const QSet<QString> affected =
        SiteRenderer::affectedOutputs(after, {SiteChange::Kind::Presentation, 7, p.id});
    QSet<QString> all(a.keyBegin(), a.keyEnd());
    all.unite(QSet<QString>(b.keyBegin(), b.keyEnd()));
    for (const QString &path : std::as_const(all)) {
        if (a.value(path) != b.value(path))
            QVERIFY2(affected.contains(path), qPrintable(path + QStringLiteral(" changed")));
    }
}

void TestSiteRenderer::renderOnly_givesSameBytesAsFullRender()
{
    const SiteSnapshot s = fixedSite();
    const QSet<QString> only =
        SiteRenderer::affectedOutputs(s, {SiteChange::Kind::Presentation, 7, 101});
    const RenderedSite part = SiteRenderer().render(s, only).value();
    const RenderedSite full = SiteRenderer().render(s).value();
    QVERIFY(!part.isEmpty());
    QVERIFY(part.size() < full.size());
    for (auto it = part.cbegin(); it != part.cend(); ++it)
        QCOMPARE(it.value(), full.value(it.key()));
}

void TestSiteRenderer::unsafeSlug_isRefused()
{
    SiteSnapshot s = fixedSite();
    s.workshops[0].presentations[0].slug = QStringLiteral("../../etc");
    const Result<RenderedSite> r = SiteRenderer().render(s);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("unsafe slug")));
}

void TestSiteRenderer::brokenTemplate_isRefusedWithMessage()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("workshop.html.mustache")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{{#days}} never closed");
    f.close();
    const Result<TemplateSet> set = TemplateSet::load(dir.path());
    QVERIFY(!set.ok());
    QVERIFY(set.error().contains(QStringLiteral("workshop.html.mustache")));
    // A good override replaces the built-in one.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("<p>{{title}} is {{stateName}}</p>");
    f.close();
    const Result<TemplateSet> good = TemplateSet::load(dir.path());
    QVERIFY(good.ok());
    const RenderedSite site = SiteRenderer(good.value()).render(fixedSite()).value();
    QCOMPARE(site.value(QStringLiteral("workshops/spring-school/index.html")),
             QByteArray("<p>Spring School on Waves is Live</p>"));
}

QTEST_GUILESS_MAIN(TestSiteRenderer)
#include "tst_siterenderer.moc"
