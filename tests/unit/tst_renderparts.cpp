// The small pieces of rendering: Markdown, stream links, the calendar and
// writing a site into a folder.
#include "app/render/icalendar.h"
#include "app/render/markdown.h"
#include "app/render/pagetext.h"
#include "app/render/sitewriter.h"
#include "app/render/streamlinks.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestRenderParts : public QObject
{
    Q_OBJECT

private slots:
    void markdown_rendersBasics();
    void markdown_neutralisesRawHtmlAndScriptLinks_data();
    void markdown_neutralisesRawHtmlAndScriptLinks();
    void markdown_plainTextIsEscapedWithoutTheRewrite();
    void join_handlesSlashes_data();
    void join_handlesSlashes();
    void referenceMovie_isRtspText();
    void pageText_daysAndClocksReadAsTheLocaleWritesThem();
    void calendar_foldsAt75OctetsWithoutSplittingCharacters();
    void calendar_escapesText();
    void calendar_hasZoneAndBalancedStructure();
    void writer_writesAtomicallyAndRemovesOnlyItsOwnFiles();
    void writer_refusesPathsOutsideFolder_data();
    void writer_refusesPathsOutsideFolder();
    void writer_refusesSymlinkOutOfFolder();
    void writer_largeFreshSiteIsWholeOrNothing();
};

void TestRenderParts::markdown_rendersBasics()
{
    auto markdownToHtml = [](const QString &md) {
        return ::markdownToHtml(md).remove(QLatin1Char('\n'));
    };
    QCOMPARE(markdownToHtml(QStringLiteral("**bold** and *it*")),
             QStringLiteral("<p><strong>bold</strong> and <em>it</em></p>"));
    QCOMPARE(markdownToHtml(QStringLiteral("- a\n- b")),
             QStringLiteral("<ul><li>a</li><li>b</li></ul>"));
    QCOMPARE(markdownToHtml(QStringLiteral("[x](https://example.org/a?b=1&c=2)")),
             QStringLiteral("<p><a href=\"https://example.org/a?b=1&amp;c=2\">x</a></p>"));
    QCOMPARE(markdownToHtml(QStringLiteral("   ")), QString());
    // A web image becomes a link to it: no visitor's browser fetches it.
    QCOMPARE(markdownToHtml(QStringLiteral("![Our lab](https://lab.example.org/a.jpg)")),
             QStringLiteral("<p><a href=\"https://lab.example.org/a.jpg\" "
                            "class=\"image-link\">Our lab</a></p>"));
}

void TestRenderParts::markdown_neutralisesRawHtmlAndScriptLinks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("forbidden");
    QTest::newRow("script block") << "<script>alert(1)</script>"
                                  << "<script";
    QTest::newRow("img onerror") << "<img src=x onerror=alert(1)>"
                                 << "<img";
    QTest::newRow("inline html") << "a <b onclick=\"x()\">b</b>"
                                 << "<b ";
    QTest::newRow("javascript link") << "[x](javascript:alert(1))"
                                     << "href";
    QTest::newRow("mixed case scheme") << "[x](JavaScript:alert(1))"
                                       << "href";
    QTest::newRow("encoded scheme") << "[x](java&#x73;cript:alert(1))"
                                    << "href";
    QTest::newRow("data link") << "[x](data:text/html;base64,PHNjcmlwdD4=)"
                               << "href";
    QTest::newRow("javascript image") << "![x](javascript:alert(1))"
                                      << "<img";
    QTest::newRow("relative image") << "![x](/local.png)"
                                    << "<img";
    QTest::newRow("tracking pixel") << "Hello ![](https://tracker.example/p.gif?u=1)"
                                    << "<img";
    QTest::newRow("remote image") << "![Our lab](https://lab.example.org/photo.jpg)"
                                  << "src=";
    QTest::newRow("autolink") << "<javascript:alert(1)>"
                              << "href";
    QTest::newRow("iframe") << "<iframe src=\"https://evil\"></iframe>"
                            << "<iframe";
}

void TestRenderParts::markdown_neutralisesRawHtmlAndScriptLinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, forbidden);
    const QString html = markdownToHtml(markdown);
    QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive) ||
                 html.contains(QStringLiteral("&lt;")) || !html.contains(QLatin1Char('=')),
             qPrintable(html));
}

// Text without a link or an image skips the sanitising rewrite (markdown.cpp):
// what md4c wrote must already be safe, and the same as the rewrite gives.
void TestRenderParts::markdown_plainTextIsEscapedWithoutTheRewrite()
{
    const QString html = markdownToHtml(
        QStringLiteral("Fish & chips <b>x</b> \"q\" 'a'\n\n`<script>` &copy; &#60;i&#62;\n\n"
                       "| a | b |\n|---|:-:|\n| <u> | c |\n\n3. three\n4. four"));
    QVERIFY2(!html.contains(QStringLiteral("<b>")) && !html.contains(QStringLiteral("<script")) &&
                 !html.contains(QStringLiteral("<i>")) && !html.contains(QStringLiteral("<u>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("Fish &amp; chips &lt;b&gt;x&lt;/b&gt;")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<code>&lt;script&gt;</code>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("\u00a9")), qPrintable(html)); // the entity, decoded
    QVERIFY2(html.contains(QStringLiteral("<ol start=\"3\">")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<th align=\"center\">b</th>")), qPrintable(html));
    // The same text with a link goes through the rewrite; its plain part
    // comes out the same.
    const QString linked =
        markdownToHtml(QStringLiteral("Fish & chips <b>x</b> [l](https://a.example)"));
    QVERIFY2(linked.contains(QStringLiteral("Fish &amp; chips &lt;b&gt;x&lt;/b&gt;")),
             qPrintable(linked));
}

void TestRenderParts::join_handlesSlashes_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url");
    const QString expected = QStringLiteral("rtsp://s.example.org/vod/ws/talk.mov");
    QTest::newRow("plain") << "rtsp://s.example.org/vod"
                           << "ws"
                           << "talk.mov" << expected;
    QTest::newRow("trailing base slash") << "rtsp://s.example.org/vod/"
                                         << "ws"
                                         << "talk.mov" << expected;
    QTest::newRow("slashes everywhere") << "rtsp://s.example.org/vod//"
                                        << "/ws/"
                                        << "talk.mov" << expected;
    QTest::newRow("double inside path") << "rtsp://s.example.org/vod"
                                        << "ws//"
                                        << "talk.mov" << expected;
    QTest::newRow("no path") << "rtsp://s.example.org/vod/"
                             << ""
                             << "talk.mov"
                             << "rtsp://s.example.org/vod/talk.mov";
    QTest::newRow("nested path") << "rtsp://s.example.org"
                                 << "2026/ws"
                                 << "talk.mov"
                                 << "rtsp://s.example.org/2026/ws/talk.mov";
    QTest::newRow("spaces encoded") << "rtsp://s.example.org/vod"
                                    << "day 1"
                                    << "a b.mov"
                                    << "rtsp://s.example.org/vod/day%201/a%20b.mov";
    QTest::newRow("query chars encoded") << "rtsp://s.example.org"
                                         << "ws"
                                         << "a?b#c.mov"
                                         << "rtsp://s.example.org/ws/a%3Fb%23c.mov";
    QTest::newRow("no base") << ""
                             << "ws"
                             << "talk.mov"
                             << "";
    QTest::newRow("no file") << "rtsp://s.example.org"
                             << "ws"
                             << ""
                             << "";
}

void TestRenderParts::join_handlesSlashes()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, file);
    QFETCH(QString, url);
    QCOMPARE(streamlinks::join(base, path, file), url);
}

void TestRenderParts::referenceMovie_isRtspText()
{
    QCOMPARE(streamlinks::referenceMovie(QStringLiteral("rtsp://h/x.mov")),
             QByteArray("RTSPtext\nrtsp://h/x.mov\n"));
    QCOMPARE(streamlinks::m3uPlaylist(QStringLiteral("rtsp://h/x.mov"), QStringLiteral("A\nB")),
             QByteArray("#EXTM3U\n#EXTINF:-1,A B\nrtsp://h/x.mov\n"));
}

void TestRenderParts::calendar_foldsAt75OctetsWithoutSplittingCharacters()
{
    CalendarEvent e;
    e.uid = QStringLiteral("presentation-1@example.org");
    e.summary = QString(100, QChar(0x00E9)) + QStringLiteral("\u0007"); // and a control character
    e.startsAt = QDateTime(QDate(2026, 3, 14), QTime(8, 0), Qt::UTC);
    e.endsAt = e.startsAt.addSecs(3600);
    const QByteArray ics =
        buildCalendar(QStringLiteral("Spring"), QStringLiteral("Europe/Berlin"), e.startsAt, {e});
    const QList<QByteArray> lines = ics.split('\n');
    for (const QByteArray &l : lines) {
        QVERIFY(l.size() <= 76);                     // 75 octets + the CR
        QVERIFY(QString::fromUtf8(l).toUtf8() == l); // valid UTF-8 on every line
    }
    QVERIFY(ics.endsWith("\r\n"));
    // Unfolding gives the text back, without the control character.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QVERIFY(unfolded.contains(
        QByteArray("\r\nSUMMARY:" + QString(100, QChar(0x00E9)).toUtf8() + "\r\n")));
}

void TestRenderParts::calendar_escapesText()
{
    CalendarEvent e;
    e.uid = QStringLiteral("x@example.org");
    e.summary = QStringLiteral("a,b;c\\d\ne");
    e.startsAt = QDateTime(QDate(2026, 3, 14), QTime(8, 0), Qt::UTC);
    e.endsAt = e.startsAt.addSecs(3600);
    const QByteArray ics =
        buildCalendar(QStringLiteral("Spring"), QStringLiteral("UTC"), e.startsAt, {e});
    QVERIFY2(ics.contains("SUMMARY:a\\,b\\;c\\\\d\\ne\r\n"), ics.constData());
}

void TestRenderParts::calendar_hasZoneAndBalancedStructure()
{
    CalendarEvent e;
    e.uid = QStringLiteral("presentation-1@example.org");
    e.summary = QStringLiteral("A very long talk title, with commas; and semicolons, that goes "
                               "on and on beyond seventy-five octets for sure");
    e.startsAt = QDateTime(QDate(2026, 3, 14), QTime(8, 0), Qt::UTC);
    e.endsAt = e.startsAt.addSecs(3600);
    const QByteArray ics =
        buildCalendar(QStringLiteral("Spring"), QStringLiteral("Europe/Berlin"), e.startsAt, {e});
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    const QList<QByteArray> lines = unfolded.split('\n');
    QStringList stack;
    int events = 0;
    for (QByteArray l : lines) {
        if (l.isEmpty())
            continue;
        QVERIFY2(l.endsWith('\r'), l.constData());
        l.chop(1);
        if (l.startsWith("BEGIN:"))
            stack << QString::fromUtf8(l.mid(6));
        if (l.startsWith("END:")) {
            QVERIFY(!stack.isEmpty());
            QCOMPARE(stack.takeLast(), QString::fromUtf8(l.mid(4)));
        }
        if (l == "BEGIN:VEVENT")
            ++events;
    }
    QVERIFY(stack.isEmpty());
    QCOMPARE(events, 1);
    for (const QByteArray &l : ics.split('\n'))
        QVERIFY(l.size() <= 76);
    QVERIFY(unfolded.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(unfolded.contains("TZID:Europe/Berlin\r\n"));
    QVERIFY(unfolded.contains("BEGIN:DAYLIGHT\r\n"));
    QVERIFY(unfolded.contains("TZOFFSETTO:+0200\r\n"));
    QVERIFY(unfolded.contains("DTSTART;TZID=Europe/Berlin:20260314T090000\r\n"));
    QVERIFY(unfolded.contains("SUMMARY:A very long talk title\\, with commas\\; and semicolons"));
}

void TestRenderParts::writer_writesAtomicallyAndRemovesOnlyItsOwnFiles()
{
    QTemporaryDir dir;
    QFile mine(dir.filePath(QStringLiteral("notes.txt"))); // the user's own file
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("keep me");
    mine.close();
    RenderedSite site{{QStringLiteral("index.html"), "a"}, {QStringLiteral("w/x/index.html"), "b"}};
    auto r = sitewriter::write(site, dir.path());
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().written, 2);
    r = sitewriter::write(site, dir.path());
    QCOMPARE(r.value().unchanged, 2);
    site.remove(QStringLiteral("w/x/index.html"));
    site[QStringLiteral("index.html")] = "changed";
    r = sitewriter::write(site, dir.path());
    QCOMPARE(r.value().written, 1);
    QCOMPARE(r.value().removed, 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("w/x/index.html"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("notes.txt"))));
    QFile index(dir.filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("changed"));
}

void TestRenderParts::writer_refusesPathsOutsideFolder_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << "../escape.html";
    QTest::newRow("inner parent") << "a/../../escape.html";
    QTest::newRow("absolute") << "/tmp/escape.html";
    QTest::newRow("empty part") << "a//b.html";
    QTest::newRow("dot") << "./a.html";
    QTest::newRow("backslash") << "a\\..\\b.html";
    QTest::newRow("manifest") << ".webcast-admin-manifest";
}

void TestRenderParts::writer_refusesPathsOutsideFolder()
{
    QFETCH(QString, path);
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("site"));
    const auto r = sitewriter::write({{path, "x"}}, folder);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("unsafe")));
    QVERIFY(!QFile::exists(parent.filePath(QStringLiteral("escape.html"))));
}

void TestRenderParts::writer_refusesSymlinkOutOfFolder()
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("site"));
    const QString outside = parent.filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QFile::link(outside, folder + QStringLiteral("/workshops")));
    const auto r = sitewriter::write({{QStringLiteral("workshops/a.html"), "x"}}, folder);
    QVERIFY(!r.ok());
    QVERIFY(!QFile::exists(outside + QStringLiteral("/a.html")));
}

// A site large enough to be written by several threads (sitewriter.cpp):
// every file arrives whole, and a failure in any run leaves no folder and
// nothing half-made beside it.
void TestRenderParts::writer_largeFreshSiteIsWholeOrNothing()
{
    RenderedSite site;
    for (int w = 0; w < 50; ++w) {
        for (int t = 0; t < 100; ++t)
            site.insert(QStringLiteral("workshops/w%1/t%2/index.html").arg(w).arg(t),
                        QByteArray::number(w * 1000 + t));
    }
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("site"));
    auto r = sitewriter::write(site, folder);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().written, 5000);
    for (const QString &path : {QStringLiteral("workshops/w0/t0/index.html"),
                                QStringLiteral("workshops/w25/t50/index.html"),
                                QStringLiteral("workshops/w49/t99/index.html")}) {
        QFile f(folder + QLatin1Char('/') + path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(f.readAll(), site.value(path));
    }
    r = sitewriter::write(site, folder);
    QCOMPARE(r.value().unchanged, 5000);

    // A file where the last run needs a folder: that run fails, the others
    // finished, and the whole new site is taken away again.
    site.insert(QStringLiteral("workshops/w49"), "a file in the way");
    const QString other = parent.filePath(QStringLiteral("other"));
    r = sitewriter::write(site, other);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("w49")), qPrintable(r.error()));
    QVERIFY(!QFileInfo::exists(other));
    QCOMPARE(QDir(parent.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .join(QLatin1Char(',')),
             QStringLiteral("site"));
}

QTEST_GUILESS_MAIN(TestRenderParts)
void TestRenderParts::pageText_daysAndClocksReadAsTheLocaleWritesThem()
{
    // The clock is written without the locale's formatter and days are
    // remembered per thread: both must read as the page locale writes them,
    // on every thread, however often asked.
    const QLocale &locale = pagetext::pageLocale();
    for (int minute = 0; minute < 24 * 60; ++minute) {
        const QTime t(minute / 60, minute % 60);
        QCOMPARE(pagetext::clock(QDateTime(QDate(2026, 3, 14), t)),
                 locale.toString(t, QStringLiteral("HH:mm")));
    }
    QCOMPARE(pagetext::clock(QDateTime()), QString());
    auto checkDays = [&locale] {
        bool same = true;
        for (int round = 0; round < 2; ++round) {
            for (QDate d(2025, 12, 20); d < QDate(2027, 1, 10); d = d.addDays(1))
                same = same && pagetext::dayText(d) ==
                                   locale.toString(d, QStringLiteral("dddd d MMMM yyyy"));
        }
        return same && pagetext::dayText(QDate()).isEmpty();
    };
    QVERIFY(checkDays());
    bool otherThread = false;
    QThread *thread = QThread::create([&] { otherThread = checkDays(); });
    thread->start();
    QVERIFY(thread->wait(30000));
    delete thread;
    QVERIFY(otherThread);
    QCOMPARE(pagetext::dayText(QDate(2026, 11, 24)), QStringLiteral("Tuesday 24 November 2026"));
}

#include "tst_renderparts.moc"
