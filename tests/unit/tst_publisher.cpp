#include "app/editing/editsession.h"
#include "app/editing/slides.h"
#include "app/publish/localtransport.h"
#include "app/publish/publisher.h"
#include "app/publish/publishpipeline.h"
#include "app/render/siterenderer.h"
#include "models/sitesettings.h"
#include "tests/support/sitefixture.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testtools.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace {

using testtools::readFile;
using testtools::writeFile;

// Passes calls through to a real transport but fails after `okPuts` uploads,
// as a dropped network would.
class InterruptedTransport : public Transport
{
public:
    InterruptedTransport(Transport &inner, int okPuts)
        : m_inner(inner)
        , m_left(okPuts)
    {
    }
    Status open() override { return m_inner.open(); }
    Status put(const QString &path, const QByteArray &data, const QByteArray &type) override
    {
        if (m_left-- <= 0)
            return Status::failure(QStringLiteral("connection lost"));
        return m_inner.put(path, data, type);
    }
    Status remove(const QString &path) override { return m_inner.remove(path); }
    Result<std::optional<QByteArray>> fetch(const QString &path) override
    {
        return m_inner.fetch(path);
    }

private:
    Transport &m_inner;
    int m_left;
};

// Enough workshops for several render slices (SiteRenderer): rooms with
// streams of their own, slides and an archived talk in each.
// False (with a warning) if one could not be added.
bool addSchools(WebcastRepository &repo, int count, SiteSettings &settings)
{
    settings.rtspBase = QStringLiteral("rtsp://stream.example.org/vod/");
    settings.playbackBase = QStringLiteral("https://stream.example.org/hls/");
    for (int i = 0; i < count; ++i) {
        Workshop w = sampleWorkshop(QStringLiteral("school-%1").arg(i));
        w.firstDay = w.firstDay.addDays(i);
        w.lastDay = w.firstDay.addDays(2);
        const Result<qint64> wid = repo.addWorkshop(w);
        if (!wid)
            return qWarning("%s", qPrintable(wid.error())), false;
        Room room;
        room.workshopId = wid.value();
        room.name = QStringLiteral("Hall %1").arg(i);
        room.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/live/hall%1").arg(i);
        if (!repo.addRoom(room))
            return false;
        for (int k = 0; k < 3; ++k) {
            Presentation p = samplePresentation(wid.value(), QStringLiteral("talk-%1").arg(k));
            p.startsAt = p.startsAt.addDays(i).addSecs(3600 * k);
            p.endsAt = p.startsAt.addSecs(1800);
            p.room = room.name;
            p.webcastPath = QStringLiteral("school %1").arg(i);
            p.webcastFilename = QStringLiteral("talk-%1.mp4").arg(k);
            const Result<qint64> pid = repo.addPresentation(p);
            if (!pid)
                return qWarning("%s", qPrintable(pid.error())), false;
            if (k == 0)
                addSlides(repo, pid.value(), QStringLiteral("slides.pdf"), "%PDF-1.4 slides");
        }
    }
    return true;
}

// A folder target that notes the order files are put in.
class RecordingTransport : public LocalTransport
{
public:
    using LocalTransport::LocalTransport;
    Status put(const QString &path, const QByteArray &data, const QByteArray &type) override
    {
        puts << path;
        return LocalTransport::put(path, data, type);
    }
    QStringList puts;
};

// Every file under `root` (but the app's own), by path.
QMap<QString, QByteArray> filesIn(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QDir(root).relativeFilePath(it.next());
        if (!path.startsWith(QLatin1String(".webcast-admin")))
            files.insert(path, readFile(it.filePath()));
    }
    return files;
}

} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT

private slots:
    void slides_arePublishedBesideTheirPageAndLeaveWithIt();
    void oldSlides_onlyCopiesInTheAppsOwnFolderAreTaken();
    void firstPublish_sendsEverythingThenNothing();
    void flip_sendsOnlyWhatChanged();
    void removedTalk_deletesOnlyFilesWePublished();
    void plan_putsStatusJsonLast();
    void interruptedPublish_resumesWhereItStopped();
    void unsafePath_isRefusedByLocalTarget_data();
    void unsafePath_isRefusedByLocalTarget();
    void targetUrls_areValidated_data();
    void targetUrls_areValidated();
    void trustedCertificates_areKeptPerServer_data();
    void trustedCertificates_areKeptPerServer();
    void knownHostsSetting_mayNameAFileNotYetThere();
    void contentTypes_matchServerExpectations();
    void snapshotDigest_changesWithAnyInput();
    void captureAndRender_matchesCaptureThenRender_andStopsAtAnUnsafeSlug();
    void changeMark_movesWithEveryKindOfWrite();
    void republish_nothingChanged_readsNeitherDataNorTarget();
    void firstPublish_sentWhileRendering_inOrder_andAsPrepareThenSend();
    void takeOver_triedAgain_sendsEverythingAgain();
};

void TestPublisher::slides_arePublishedBesideTheirPageAndLeaveWithIt()
{
    TestDatabase t;
    QTemporaryDir www;
    SiteSnapshot snapshot = fixedSite();
    // The fixture's slides have no bytes in the database: left out, named.
    RenderedSite site = SiteRenderer().render(snapshot).value();
    QStringList missing;
    addSlideFiles(snapshot, *t.repo, site, {}, &missing);
    QCOMPARE(missing, QStringList{QStringLiteral("spring-school/archive-talk: Slides")});

    // With the bytes kept, they are published where the page links.
    WorkshopSnapshot &ws = snapshot.workshops[0];
    Presentation talk;
    for (const Presentation &p : std::as_const(ws.presentations))
        if (ws.slides.contains(p.id))
            talk = p;
    QVERIFY(talk.id > 0);
    ws.slides[talk.id][0].attachment.sha256 =
        t.repo->storeAttachmentContent("%PDF-1.4 slides").value();
    site = SiteRenderer().render(snapshot).value();
    addSlideFiles(snapshot, *t.repo, site);
    const QString path =
        SiteRenderer::slidePath(ws.workshop, talk, ws.slides[talk.id][0].attachment);
    QVERIFY2(path.startsWith(SiteRenderer::presentationDir(ws.workshop, talk) +
                             QStringLiteral("slides/")),
             qPrintable(path));
    QVERIFY(
        site.value(SiteRenderer::presentationDir(ws.workshop, talk) + QStringLiteral("index.html"))
            .contains(path.section(QLatin1Char('/'), -2).toUtf8()));
    PublishManifest manifest(*t.db, QStringLiteral("web test"));
    LocalTransport transport(www.path());
    QVERIFY(publishSite(transport, manifest, site, PublishPlan::make(site, manifest.load())).ok());
    QCOMPARE(readFile(www.filePath(path)), QByteArray("%PDF-1.4 slides"));

    // The attachment goes: so does the file on the target.
    ws.slides.remove(talk.id);
    site = SiteRenderer().render(snapshot).value();
    addSlideFiles(snapshot, *t.repo, site);
    const PublishPlan plan = PublishPlan::make(site, manifest.load());
    QVERIFY(plan.deletions.contains(path));
    QVERIFY(publishSite(transport, manifest, site, plan).ok());
    QVERIFY(!QFile::exists(www.filePath(path)));
}

void TestPublisher::oldSlides_onlyCopiesInTheAppsOwnFolderAreTaken()
{
    QStandardPaths::setTestModeEnabled(true);
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    // Rows as schema 6 left them: a path each, no bytes. One names a copy an
    // earlier version kept in its own folder, one a file elsewhere (what an
    // imported record could have named).
    const QString keptDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/attachments/%1").arg(pid);
    QVERIFY(QDir().mkpath(keptDir));
    QTemporaryDir elsewhere;
    const QString kept = keptDir + QStringLiteral("/Old talk.pdf");
    const QString payroll = elsewhere.filePath(QStringLiteral("payroll.pdf"));
    for (const QString &file : {kept, payroll}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 " + file.toUtf8());
    }
    QSqlQuery q(t.db->connection());
    for (const QString &file : {kept, payroll}) {
        q.prepare(
            QStringLiteral("INSERT INTO attachment (presentation_id, label, local_file, kind) "
                           "VALUES (:p, 'Slides', :f, 'pdf')"));
        q.bindValue(QStringLiteral(":p"), pid);
        q.bindValue(QStringLiteral(":f"), file);
        QVERIFY(q.exec());
    }

    QCOMPARE(slides::tidy(*t.repo, true), 1);
    const QList<Attachment> after = t.repo->attachments(pid);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).fileName, QStringLiteral("Old talk.pdf"));
    QCOMPARE(t.repo->attachmentContent(after.at(0).sha256).value(), "%PDF-1.4 " + kept.toUtf8());
    QVERIFY(!QFile::exists(kept));         // now only in the database
    QVERIFY(after.at(1).sha256.isEmpty()); // never read
    QVERIFY(QFile::exists(payroll));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM attachment_content")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // Publishing names the one without bytes and leaves it out.
    const SiteSnapshot snapshot = SiteSnapshot::capture(*t.repo, SiteSettings());
    RenderedSite site = SiteRenderer().render(snapshot).value();
    QStringList missing;
    addSlideFiles(snapshot, *t.repo, site, {}, &missing);
    QCOMPARE(missing.size(), 1);
    for (auto it = site.cbegin(); it != site.cend(); ++it)
        QVERIFY(!it.value().contains("payroll"));
}

void TestPublisher::firstPublish_sendsEverythingThenNothing()
{
    TestDatabase t;
    QTemporaryDir www;
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    PublishManifest manifest(*t.db, QStringLiteral("web test"));
    LocalTransport transport(www.path());
    PublishPlan plan = PublishPlan::make(site, manifest.load());
    QCOMPARE(plan.uploads.size(), site.size());
    const Result<PublishSummary> first = publishSite(transport, manifest, site, plan);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first.value().uploaded, int(site.size()));
    for (auto it = site.cbegin(); it != site.cend(); ++it)
        QCOMPARE(readFile(www.filePath(it.key())), it.value());
    plan = PublishPlan::make(site, manifest.load());
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.unchanged, int(site.size()));
}

void TestPublisher::flip_sendsOnlyWhatChanged()
{
    TestDatabase t;
    QTemporaryDir www;
    SiteSnapshot snapshot = fixedSite(WebcastState::Upcoming);
    RenderedSite site = SiteRenderer().render(snapshot).value();
    PublishManifest manifest(*t.db, QStringLiteral("web test"));
    LocalTransport transport(www.path());
    QVERIFY(publishSite(transport, manifest, site, PublishPlan::make(site, manifest.load())).ok());
    snapshot.workshops[0].workshop.state = WebcastState::Live;
    site = SiteRenderer().render(snapshot).value();
    const PublishPlan plan = PublishPlan::make(site, manifest.load());
    const QSet<QString> affected = SiteRenderer::affectedOutputs(
        snapshot, {SiteChange::Kind::Workshop, snapshot.workshops[0].workshop.id, 0});
    QVERIFY(!plan.uploads.isEmpty());
    QVERIFY(plan.uploads.size() <= 4);
    for (const QString &path : plan.uploads)
        QVERIFY2(affected.contains(path), qPrintable(path));
    QVERIFY(plan.uploads.contains(QStringLiteral("workshops/spring-school/index.html")));
    QVERIFY(plan.uploads.contains(QStringLiteral("workshops/spring-school/status.json")));
}

void TestPublisher::removedTalk_deletesOnlyFilesWePublished()
{
    TestDatabase t;
    QTemporaryDir www;
    QFile mine(www.filePath(QStringLiteral("robots.txt")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("User-agent: *\n");
    mine.close();
    SiteSnapshot snapshot = fixedSite();
    RenderedSite site = SiteRenderer().render(snapshot).value();
    PublishManifest manifest(*t.db, QStringLiteral("web test"));
    LocalTransport transport(www.path());
    QVERIFY(publishSite(transport, manifest, site, PublishPlan::make(site, manifest.load())).ok());
    snapshot.workshops[0].presentations.removeAt(3); // the archived talk
    site = SiteRenderer().render(snapshot).value();
    const PublishPlan plan = PublishPlan::make(site, manifest.load());
    QVERIFY(
        plan.deletions.contains(QStringLiteral("workshops/spring-school/archive-talk/index.html")));
    QVERIFY(plan.deletions.contains(QStringLiteral("presentations/webcast-archive.103.ref.mov")));
    QVERIFY(publishSite(transport, manifest, site, plan).ok());
    QVERIFY(
        !QFile::exists(www.filePath(QStringLiteral("presentations/webcast-archive.103.ref.mov"))));
    QVERIFY(QFile::exists(www.filePath(QStringLiteral("robots.txt"))));
}

void TestPublisher::plan_putsStatusJsonLast()
{
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    const PublishPlan plan = PublishPlan::make(site, {});
    QVERIFY(plan.uploads.last().endsWith(QLatin1String("status.json")));
    QVERIFY(plan.uploads.indexOf(QStringLiteral("workshops/spring-school/live-talk/index.html")) <
            plan.uploads.indexOf(QStringLiteral("workshops/spring-school/index.html")));
    QVERIFY(
        plan.uploads.indexOf(QStringLiteral("presentations/webcast-archive.103.ref.mov")) <
        plan.uploads.indexOf(QStringLiteral("workshops/spring-school/archive-talk/index.html")));
}

void TestPublisher::interruptedPublish_resumesWhereItStopped()
{
    TestDatabase t;
    QTemporaryDir www;
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    PublishManifest manifest(*t.db, QStringLiteral("web test"));
    QVERIFY(manifest.setInputDigest("0123abcd").ok());
    QCOMPARE(manifest.inputDigest(), QByteArray("0123abcd"));
    LocalTransport local(www.path());
    InterruptedTransport dropping(local, 5);
    const Result<PublishSummary> broken =
        publishSite(dropping, manifest, site, PublishPlan::make(site, manifest.load()));
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().contains(QStringLiteral("connection lost")));
    // What the target holds is no longer a known input: a later publish of
    // the same data must not be skipped.
    QVERIFY(manifest.inputDigest().isEmpty());
    const PublishPlan rest = PublishPlan::make(site, manifest.load());
    QCOMPARE(rest.uploads.size(), site.size() - 5);
    QVERIFY(publishSite(local, manifest, site, rest).ok());
    QVERIFY(PublishPlan::make(site, manifest.load()).isEmpty());
}

void TestPublisher::unsafePath_isRefusedByLocalTarget_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << "../outside.html";
    QTest::newRow("absolute") << "/tmp/outside.html";
    QTest::newRow("inner parent") << "a/../../outside.html";
}

void TestPublisher::unsafePath_isRefusedByLocalTarget()
{
    QFETCH(QString, path);
    QTemporaryDir parent;
    const QString root = parent.filePath(QStringLiteral("www"));
    LocalTransport transport(root);
    QVERIFY(transport.open().ok());
    QVERIFY(!transport.put(path, "x", "text/html").ok());
    QVERIFY(!transport.remove(path).ok());
    QVERIFY(!QFile::exists(parent.filePath(QStringLiteral("outside.html"))));
}

void TestPublisher::targetUrls_areValidated_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sftp") << "sftp://deploy@web.example.org:2222/var/www" << true;
    QTest::newRow("webdav") << "https://dav.example.org/site/" << true;
    QTest::newRow("folder") << "file:///srv/www" << true;
    QTest::newRow("password in url") << "sftp://u:secret@host/x" << false;
    QTest::newRow("relative folder") << "file:www" << false;
    QTest::newRow("ftp") << "ftp://host/x" << false;
    QTest::newRow("parent in path") << "sftp://host/var/../etc" << false;
    QTest::newRow("no host") << "https:///x" << false;
}

void TestPublisher::targetUrls_areValidated()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(sitesettings::isValidTarget(url, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
}

void TestPublisher::trustedCertificates_areKeptPerServer_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("normalized"); // empty: refused
    const QString hex = QStringLiteral("ab").repeated(32);
    QTest::newRow("host:port") << QStringLiteral("dav.example.org:443=") + hex
                               << QStringLiteral("dav.example.org:443=") + hex;
    QTest::newRow("colons, case") << QStringLiteral("DAV.example.org:8443=") +
                                         QStringLiteral("AB:").repeated(31) + QStringLiteral("AB")
                                  << QStringLiteral("dav.example.org:8443=") + hex;
    QTest::newRow("any name") << QStringLiteral("10.0.0.5:443=") + hex + QStringLiteral(",any-name")
                              << QStringLiteral("10.0.0.5:443=") + hex +
                                     QStringLiteral(",any-name");
    QTest::newRow("bare fingerprint (any server)") << hex << QString();
    QTest::newRow("no port") << QStringLiteral("dav.example.org=") + hex << QString();
    QTest::newRow("short") << QStringLiteral("dav.example.org:443=abcd") << QString();
    QTest::newRow("other suffix") << QStringLiteral("h:1=") + hex + QStringLiteral(",all")
                                  << QString();
}

void TestPublisher::trustedCertificates_areKeptPerServer()
{
    QFETCH(QString, entry);
    QFETCH(QString, normalized);
    QString why;
    QCOMPARE(sitesettings::normalizedTrustEntry(entry, &why), normalized);
    QCOMPARE(why.isEmpty(), !normalized.isEmpty());
    TestDatabase t;
    SiteSettingsStore store(*t.db);
    QCOMPARE(store.set(QStringLiteral("trusted-certificates"), entry).ok(), !normalized.isEmpty());
}

void TestPublisher::knownHostsSetting_mayNameAFileNotYetThere()
{
    TestDatabase t;
    SiteSettingsStore store(*t.db);
    // A new computer has no ~/.ssh/known_hosts: the first accepted key makes it.
    QVERIFY(
        store.set(QStringLiteral("known-hosts"), t.dir.filePath(QStringLiteral(".ssh/kh"))).ok());
    const Status folder = store.set(QStringLiteral("known-hosts"), t.dir.path());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().contains(QStringLiteral("is a folder")), qPrintable(folder.error()));
}

void TestPublisher::contentTypes_matchServerExpectations()
{
    QCOMPARE(contentTypeFor(QStringLiteral("presentations/webcast-archive.1.ref.mov")),
             QByteArray("video/quicktime"));
    QCOMPARE(contentTypeFor(QStringLiteral("index.html")), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(contentTypeFor(QStringLiteral("a.qtl")),
             QByteArray("application/x-quicktime-media-link"));
    QCOMPARE(contentTypeFor(QStringLiteral("a.m3u")), QByteArray("audio/x-mpegurl"));
    QCOMPARE(contentTypeFor(QStringLiteral("w/status.json")), QByteArray("application/json"));
}

void TestPublisher::snapshotDigest_changesWithAnyInput()
{
    const SiteSnapshot base = fixedSite();
    QCOMPARE(base.digest(), fixedSite().digest());
    SiteSnapshot flipped = base;
    flipped.workshops[0].presentations[0].state = WebcastState::Live;
    QVERIFY(flipped.digest() != base.digest());
    SiteSnapshot settings = base;
    settings.settings.player = QStringLiteral("quicktime");
    QVERIFY(settings.digest() != base.digest());
    QVERIFY(base.digest({QStringLiteral("another template")}) != base.digest());
}

void TestPublisher::captureAndRender_matchesCaptureThenRender_andStopsAtAnUnsafeSlug()
{
    // Enough workshops for several slices, so some render while later ones
    // are still being read; rooms, slides and an archived talk in each.
    TestDatabase t;
    SiteSettings settings;
    QVERIFY(addSchools(*t.repo, 40, settings));
    const SiteSnapshot before = SiteSnapshot::capture(*t.repo, settings);
    const Result<RenderedSite> expected = SiteRenderer().render(before);
    QVERIFY2(expected.ok(), qPrintable(expected.error()));

    SiteSnapshot read;
    int readCalls = 0;
    const Result<RenderedSite> site =
        SiteRenderer().captureAndRender(*t.repo, settings, read, [&readCalls] { ++readCalls; });
    QVERIFY2(site.ok(), qPrintable(site.error()));
    QCOMPARE(readCalls, 1);
    QCOMPARE(read.digest(), before.digest());
    QCOMPARE(site.value().keys(), expected.value().keys());
    QVERIFY(site.value() == expected.value());

    // A slug no edit would accept (an old database, a hand edit) in a
    // workshop read late: refused as render() refuses it, and nothing is
    // left running on the snapshot.
    QSqlQuery q(t.db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE presentation SET slug = '../../etc' WHERE slug = 'talk-1' AND workshop_id = "
        "(SELECT id FROM workshop WHERE slug = 'school-3')")));
    SiteSnapshot bad;
    const Result<RenderedSite> refused = SiteRenderer().captureAndRender(*t.repo, settings, bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("unsafe slug")), qPrintable(refused.error()));
    QVERIFY(!SiteRenderer().render(SiteSnapshot::capture(*t.repo, settings)).ok());
}

QTEST_GUILESS_MAIN(TestPublisher)
void TestPublisher::changeMark_movesWithEveryKindOfWrite()
{
    // The mark stands in for the whole digest on a republish, so every
    // write that changes a page must move it; reading must not.
    TestDatabase data;
    EditSession session(*data.repo, QStringLiteral("tester"));
    Workshop sample = sampleWorkshop();
    sample.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/live");
    const qint64 w = data.repo->addWorkshop(sample).value();
    Presentation p = samplePresentation(w);
    p.hasWebcast = true;
    const qint64 talk = data.repo->addPresentation(p).value();
    QVERIFY(data.repo->setRooms(w, {{0, w, QStringLiteral("Hall 1"), {}, {}, 0}}));
    QByteArray mark = PublishManifest::changeMark(*data.db).value();
    const auto moved = [&] {
        const QByteArray now = PublishManifest::changeMark(*data.db).value();
        const bool changed = now != mark;
        mark = now;
        return changed;
    };
    (void)data.repo->presentations(w);
    (void)data.repo->history(SubjectKind::Presentation, talk);
    QVERIFY2(!moved(), "reading");
    QVERIFY(session.setPresentationState(talk, WebcastState::Live));
    QVERIFY2(moved(), "a flip");
    Presentation edited = *data.repo->presentation(talk);
    edited.summary = QStringLiteral("A new summary.");
    QVERIFY(session.updatePresentation(edited));
    QVERIFY2(moved(), "an edit");
    session.undoStack()->undo();
    QVERIFY2(moved(), "its undo");
    Workshop ws = *data.repo->workshop(w);
    ws.description = QStringLiteral("Now with a description.");
    QVERIFY(session.updateWorkshop(ws));
    QVERIFY2(moved(), "a workshop edit");
    QList<Room> rooms = data.repo->rooms(w);
    rooms[0].name = QStringLiteral("Hall One");
    QVERIFY(session.setRooms(w, rooms));
    QVERIFY2(moved(), "a room renamed");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("slides.pdf"));
    QVERIFY(writeFile(pdf, "%PDF-1.4\n% slides\n"));
    QVERIFY(session.addSlides(talk, pdf));
    QVERIFY2(moved(), "slides added");
    QVERIFY(SiteSettingsStore(*data.db).set(QStringLiteral("player"), QStringLiteral("quicktime")));
    QVERIFY2(moved(), "a setting");
    const Result<qint64> second =
        session.addPresentation(samplePresentation(w, QStringLiteral("second")));
    QVERIFY(second);
    QVERIFY2(moved(), "a talk added");
    QVERIFY(session.removePresentation(second.value()));
    QVERIFY2(moved(), "a talk removed");
    session.undoStack()->undo(); // the same talk back, with its id
    QVERIFY2(moved(), "the removal undone");
}

void TestPublisher::republish_nothingChanged_readsNeitherDataNorTarget()
{
    TestDatabase data;
    Workshop sample = sampleWorkshop();
    sample.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/live");
    const qint64 w = data.repo->addWorkshop(sample).value();
    QVERIFY(data.repo->addPresentation(samplePresentation(w)));
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("www"));
    SiteSettings settings = SiteSettingsStore(*data.db).load();
    settings.webTarget = QUrl::fromLocalFile(target).toString();
    QVERIFY(SiteSettingsStore(*data.db).save(settings));
    const PublishTarget t = PublishTarget::fromSettings(settings, PublishTarget::Role::Web);
    const TemplateSet templates = TemplateSet::load({}).value();
    const auto publish = [&](bool *byMark) -> Status {
        PublishPipeline pipeline(*data.db, t);
        *byMark = pipeline.upToDateByMark(templates);
        if (*byMark)
            return {};
        Result<PublishPipeline::Prepared> prepared =
            pipeline.prepare(SiteSnapshot::capture(*data.repo, settings), templates);
        if (!prepared)
            return prepared.status();
        std::unique_ptr<Transport> transport = Transport::create(t);
        return pipeline.send(*transport, prepared.value()).status();
    };
    bool byMark = true;
    QVERIFY(publish(&byMark));
    QVERIFY(!byMark);
    QVERIFY(QFile::exists(target + QStringLiteral("/index.html")));
    // Again: known from the mark; the target is not even looked at.
    QVERIFY(QDir(target).removeRecursively());
    QVERIFY(publish(&byMark));
    QVERIFY(byMark);
    QVERIFY(!QFile::exists(target));
    // A flip moves the mark: the pages are made and sent again.
    QVERIFY(data.repo->setWorkshopState(w, WebcastState::Live, QStringLiteral("t")));
    QVERIFY(publish(&byMark));
    QVERIFY(!byMark);
    QVERIFY(QFile::exists(target + QStringLiteral("/index.html")));
}

// A first publish sends each part as soon as it is rendered: the target
// ends up as prepare() then send() leaves it, each page lands after what it
// links to, and the next publish knows nothing changed. A publish cut off
// half way says so, keeps what arrived, and is finished by send().
void TestPublisher::firstPublish_sentWhileRendering_inOrder_andAsPrepareThenSend()
{
    TestDatabase t;
    SiteSettings settings;
    QVERIFY(addSchools(*t.repo, 40, settings));
    QTemporaryDir dir;
    const TemplateSet templates = TemplateSet::load({}).value();
    auto targetAt = [&](const QString &name) {
        SiteSettings s = settings;
        s.webTarget = QUrl::fromLocalFile(dir.filePath(name)).toString();
        return PublishTarget::fromSettings(s, PublishTarget::Role::Web);
    };

    // The reference: read, render, then send.
    {
        PublishPipeline pipeline(*t.db, targetAt(QStringLiteral("reference")));
        const Result<PublishPipeline::Prepared> prepared =
            pipeline.prepare(SiteSnapshot::capture(*t.repo, settings), templates);
        QVERIFY(prepared.ok());
        QVERIFY(!prepared.value().sent);
        LocalTransport transport(dir.filePath(QStringLiteral("reference")));
        QVERIFY(pipeline.send(transport, prepared.value()).ok());
    }
    const QMap<QString, QByteArray> reference = filesIn(dir.filePath(QStringLiteral("reference")));
    QVERIFY(reference.size() > 40 * 8);

    const PublishTarget target = targetAt(QStringLiteral("www"));
    RecordingTransport transport(dir.filePath(QStringLiteral("www")));
    {
        PublishPipeline pipeline(*t.db, target);
        QVERIFY(!pipeline.upToDateByMark(templates));
        SiteSnapshot snapshot;
        const Result<PublishPipeline::Prepared> prepared =
            pipeline.prepareWholeSite(*t.repo, settings, templates, snapshot, &transport, true);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        const PublishPipeline::Prepared &p = prepared.value();
        QVERIFY(p.sent.has_value());
        QVERIFY2(p.sent->ok(), qPrintable(p.sent->error()));
        QCOMPARE(p.sent->value().uploaded, int(reference.size()));
        QCOMPARE(p.plan.uploads.size(), reference.size());
        QCOMPARE(pipeline.knownFiles(), int(reference.size()));
    }
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("www"))), reference);

    // The order: the marker, the style sheet, then each workshop's files
    // with its slides and stream links before its talk pages, those before
    // its master page, its status file after; the index and feed last.
    const QStringList &order = transport.puts;
    QCOMPARE(order.value(0), PublishPipeline::markerPath());
    const auto at = [&order](const QString &path) {
        return order.indexOf(path);
    };
    QVERIFY(at(QStringLiteral("style.css")) < 3);
    const SiteSnapshot snapshot = SiteSnapshot::capture(*t.repo, settings);
    qsizetype lastOfWorkshops = 0;
    for (const WorkshopSnapshot &ws : snapshot.workshops) {
        const QString dirOf = SiteRenderer::workshopDir(ws.workshop);
        const qsizetype master = at(dirOf + QStringLiteral("index.html"));
        const qsizetype status = at(dirOf + QStringLiteral("status.json"));
        QVERIFY(master > 0 && status > master);
        lastOfWorkshops = std::max(lastOfWorkshops, status);
        for (const Presentation &p : ws.presentations) {
            const qsizetype page =
                at(SiteRenderer::presentationDir(ws.workshop, p) + QStringLiteral("index.html"));
            QVERIFY(page > 0 && page < master);
            QVERIFY(at(SiteRenderer::archiveReferenceBase(p) + QStringLiteral(".qtl")) < page);
            for (const SlideFile &slide : ws.slides.value(p.id)) {
                const qsizetype file =
                    at(SiteRenderer::slidePath(ws.workshop, p, slide.attachment));
                QVERIFY(file > 0 && file < page);
            }
        }
    }
    QVERIFY(at(QStringLiteral("index.html")) > lastOfWorkshops);
    QVERIFY(at(QStringLiteral("feed.xml")) > lastOfWorkshops);

    // Recorded with its digest and mark: nothing to do next time.
    QVERIFY(PublishPipeline(*t.db, target).upToDateByMark(templates));

    // Cut off half way: the failure is told, what arrived is recorded, and
    // send() sends the rest.
    const PublishTarget cut = targetAt(QStringLiteral("cut"));
    LocalTransport folder(dir.filePath(QStringLiteral("cut")));
    InterruptedTransport dropping(folder, int(reference.size() / 2));
    PublishPipeline pipeline(*t.db, cut);
    QVERIFY(!pipeline.upToDateByMark(templates));
    SiteSnapshot again;
    Result<PublishPipeline::Prepared> prepared =
        pipeline.prepareWholeSite(*t.repo, settings, templates, again, &dropping, true);
    QVERIFY(prepared.ok());
    QVERIFY(prepared.value().sent.has_value());
    QVERIFY(!prepared.value().sent->ok());
    QVERIFY2(prepared.value().sent->error().contains(QStringLiteral("connection lost")),
             qPrintable(prepared.value().sent->error()));
    const int arrived = pipeline.knownFiles();
    QVERIFY(arrived > 0 && arrived < reference.size());
    QCOMPARE(prepared.value().plan.uploads.size() + arrived, reference.size());
    QVERIFY(!PublishPipeline(*t.db, cut).upToDateByMark(templates));
    const Result<PublishSummary> rest = pipeline.send(folder, prepared.value());
    QVERIFY2(rest.ok(), qPrintable(rest.error()));
    QCOMPARE(rest.value().uploaded + arrived, int(reference.size()));
    QCOMPARE(filesIn(dir.filePath(QStringLiteral("cut"))), reference);
    QVERIFY(PublishPipeline(*t.db, cut).upToDateByMark(templates));
}

// A take-over starts the manifest afresh when it sends, so planned again
// for a second try it still sends everything, not only what this
// database's manifest says the target lacks.
void TestPublisher::takeOver_triedAgain_sendsEverythingAgain()
{
    TestDatabase t;
    const qint64 w = t.repo->addWorkshop(sampleWorkshop()).value();
    QVERIFY(t.repo->addPresentation(samplePresentation(w)));
    QTemporaryDir dir;
    SiteSettings settings = SiteSettingsStore(*t.db).load();
    settings.webTarget = QUrl::fromLocalFile(dir.path()).toString();
    PublishTarget target = PublishTarget::fromSettings(settings, PublishTarget::Role::Web);
    const TemplateSet templates = TemplateSet::load({}).value();
    const SiteSnapshot snapshot = SiteSnapshot::capture(*t.repo, settings);
    {
        PublishPipeline pipeline(*t.db, target);
        const Result<PublishPipeline::Prepared> first = pipeline.prepare(snapshot, templates);
        QVERIFY(first.ok());
        LocalTransport transport(dir.path());
        QVERIFY(pipeline.send(transport, first.value()).ok());
    }
    target.takeOver = true;
    PublishPipeline pipeline(*t.db, target);
    Result<PublishPipeline::Prepared> prepared = pipeline.prepare(snapshot, templates);
    QVERIFY(prepared.ok());
    const qsizetype everything = prepared.value().plan.uploads.size();
    QCOMPARE(everything, prepared.value().site.size());
    pipeline.replan(prepared.value());
    QCOMPARE(prepared.value().plan.uploads.size(), everything);
}

#include "tst_publisher.moc"
