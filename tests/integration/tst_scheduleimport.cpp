// Importing a conference schedule into a workshop and importing its next
// release over it: what the source changed changes, the webcast work (ids,
// slugs, states, slides, archive, a room's stream) stays, a dropped talk
// with work on it is kept as cancelled, and a failure leaves nothing
// half-done. Schedules are also fetched from a real nginx on loopback.
#include "app/schedule/scheduleimport.h"
#include "tests/support/nginxserver.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(WEBCAST_TEST_DATA_DIR "/schedules/") + name;
}

ScheduleDocument load(const QString &name)
{
    const Result<ScheduleDocument> doc = scheduleimport::load(fixture(name));
    if (!doc)
        qFatal("cannot read %s: %s", qPrintable(name), qPrintable(doc.error()));
    return doc.value();
}

std::optional<Presentation> byKey(const WebcastRepository &repo, qint64 workshopId,
                                  const QString &title)
{
    const QList<Presentation> talks = repo.presentations(workshopId);
    for (const Presentation &p : talks) {
        if (p.title == title)
            return p;
    }
    return std::nullopt;
}

const QString wpd = QStringLiteral("wpd26");

} // namespace

class TestScheduleImport : public QObject
{
    Q_OBJECT

private slots:
    void firstImport_makesTheWorkshopRoomsAndTalks();
    void sameReleaseAgain_changesNothing();
    void nextRelease_changesTheSourcesFieldsAndKeepsTheWebcastWork();
    void droppedTalkWithWork_isKeptCancelledAndComesBack();
    void droppedTalkWithSlides_isKept();
    void failure_leavesNothingHalfDone();
    void htmlDescriptions_becomeText();
    void everyFormat_imports_data();
    void everyFormat_imports();
    void load_fromAnAddress();
    void regeneratedUids_areMatchedOnTitleAndStartAndSaid();
};

void TestScheduleImport::firstImport_makesTheWorkshopRoomsAndTalks()
{
    TestDatabase t;
    const ScheduleDocument doc = load(QStringLiteral("frab-release1.xml"));
    const ScheduleDiff d = scheduleimport::diff(*t.repo, doc, wpd);
    QVERIFY(d.newWorkshop);
    QCOMPARE(d.summaryLine(), QStringLiteral("added 6, changed 0, removed 0, unchanged 0"));
    const Result<qint64> id = scheduleimport::apply(*t.repo, doc, wpd, QStringLiteral("src"));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Workshop w = *t.repo->workshopBySlug(wpd);
    QCOMPARE(w.id, id.value());
    QCOMPARE(w.title, doc.title);
    QCOMPARE(w.scheduleSource, QStringLiteral("src"));
    QCOMPARE(w.timeZone, QStringLiteral("Europe/Berlin"));
    const QList<Room> rooms = t.repo->rooms(w.id);
    QCOMPARE(rooms.size(), doc.rooms.size());
    for (int i = 0; i < rooms.size(); ++i) {
        QCOMPARE(rooms.at(i).name, doc.rooms.at(i).name);
        QCOMPARE(rooms.at(i).guid, doc.rooms.at(i).guid);
    }
    const QList<Presentation> talks = t.repo->presentations(w.id);
    QCOMPARE(talks.size(), 6);
    QStringList slugs;
    for (const Presentation &p : talks) {
        QVERIFY(!p.sourceKey.isEmpty());
        QCOMPARE(p.state, WebcastState::Upcoming);
        QVERIFY(validation::isValidSlug(p.slug));
        slugs << p.slug;
    }
    QVERIFY(slugs.contains(QStringLiteral("quantum-dots")));
    QVERIFY(slugs.contains(QStringLiteral("quantum-dots-part-2")));
    // The talk past midnight falls on the next day of the workshop.
    QVERIFY(w.lastDay > w.firstDay);
}

void TestScheduleImport::sameReleaseAgain_changesNothing()
{
    TestDatabase t;
    const ScheduleDocument doc = load(QStringLiteral("frab-release1.xml"));
    QVERIFY(scheduleimport::apply(*t.repo, doc, wpd, {}).ok());
    const QList<Presentation> before = t.repo->presentations(t.repo->workshopBySlug(wpd)->id);
    const ScheduleDiff d = scheduleimport::diff(*t.repo, doc, wpd);
    QVERIFY(!d.newWorkshop);
    QCOMPARE(d.summaryLine(), QStringLiteral("added 0, changed 0, removed 0, unchanged 6"));
    QVERIFY(scheduleimport::apply(*t.repo, doc, wpd, {}).ok());
    const QList<Presentation> after = t.repo->presentations(t.repo->workshopBySlug(wpd)->id);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).slug, before.at(i).slug);
        QCOMPARE(after.at(i).summary, before.at(i).summary);
    }
}

void TestScheduleImport::nextRelease_changesTheSourcesFieldsAndKeepsTheWebcastWork()
{
    TestDatabase t;
    QVERIFY(
        scheduleimport::apply(*t.repo, load(QStringLiteral("frab-release1.xml")), wpd, {}).ok());
    const qint64 wid = t.repo->workshopBySlug(wpd)->id;

    // The webcast work done between releases.
    Presentation opening = *byKey(*t.repo, wid, QStringLiteral("Opening"));
    opening.slug = QStringLiteral("welcome"); // public address chosen by hand
    QVERIFY(t.repo->updatePresentation(opening).ok());
    QVERIFY(t.repo->setPresentationState(opening.id, WebcastState::Concluded, QStringLiteral("t"))
                .ok());
    Room hall = t.repo->rooms(wid).first();
    hall.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/hall.sdp");
    QVERIFY(t.repo->updateRoom(hall).ok());
    Presentation byHand;
    byHand.workshopId = wid;
    byHand.slug = QStringLiteral("lightning-talks");
    byHand.title = QStringLiteral("Lightning talks");
    byHand.startsAt = opening.startsAt.addSecs(3600 * 5);
    byHand.endsAt = byHand.startsAt.addSecs(1800);
    QVERIFY(t.repo->addPresentation(byHand).ok());

    const ScheduleDocument next = load(QStringLiteral("frab-release2.xml"));
    const ScheduleDiff d = scheduleimport::diff(*t.repo, next, wpd);
    QCOMPARE(d.summaryLine(), QStringLiteral("added 1, changed 2, removed 1, unchanged 3"));
    for (const ScheduleChange &c : d.changes) {
        if (c.kind == ScheduleChange::Kind::Changed &&
            c.title == QLatin1String("Opening and welcome"))
            QCOMPARE(c.fields, QStringList{QStringLiteral("title")});
        if (c.kind == ScheduleChange::Kind::Changed && c.title == QLatin1String("Quantum dots"))
            QCOMPARE(c.fields, QStringList{QStringLiteral("room")});
        if (c.kind == ScheduleChange::Kind::Removed) {
            QCOMPARE(c.title, QStringLiteral("Late night session"));
            QVERIFY(c.keptBecause.isEmpty()); // nothing hangs on it: it goes
        }
    }
    QVERIFY(scheduleimport::apply(*t.repo, next, wpd, {}).ok());

    const Presentation now = *t.repo->presentation(opening.id);
    QCOMPARE(now.title, QStringLiteral("Opening and welcome"));
    QCOMPARE(now.slug, QStringLiteral("welcome"));
    QCOMPARE(now.state, WebcastState::Concluded);
    QVERIFY(!byKey(*t.repo, wid, QStringLiteral("Late night session")));
    QVERIFY(byKey(*t.repo, wid, QStringLiteral("Poster slam")));
    QVERIFY(byKey(*t.repo, wid, QStringLiteral("Lightning talks"))); // typed by hand: left alone
    const QList<Room> rooms = t.repo->rooms(wid);
    const auto kept = std::find_if(rooms.cbegin(), rooms.cend(),
                                   [&hall](const Room &r) { return r.id == hall.id; });
    QVERIFY(kept != rooms.cend());
    QCOMPARE(kept->liveStreamUrl, hall.liveStreamUrl);
    // The room the source moved "Quantum dots" to.
    const Presentation moved = *byKey(*t.repo, wid, QStringLiteral("Quantum dots"));
    const auto source =
        std::find_if(next.events.cbegin(), next.events.cend(),
                     [&moved](const ScheduleEvent &e) { return e.key == moved.sourceKey; });
    QCOMPARE(moved.room, source->room);
}

void TestScheduleImport::droppedTalkWithWork_isKeptCancelledAndComesBack()
{
    TestDatabase t;
    QVERIFY(
        scheduleimport::apply(*t.repo, load(QStringLiteral("frab-release1.xml")), wpd, {}).ok());
    const qint64 wid = t.repo->workshopBySlug(wpd)->id;
    const Presentation late = *byKey(*t.repo, wid, QStringLiteral("Late night session"));
    QVERIFY(
        t.repo->setPresentationState(late.id, WebcastState::Concluded, QStringLiteral("t")).ok());

    const ScheduleDiff d =
        scheduleimport::diff(*t.repo, load(QStringLiteral("frab-release2.xml")), wpd);
    const auto removed =
        std::find_if(d.changes.cbegin(), d.changes.cend(), [](const ScheduleChange &c) {
            return c.kind == ScheduleChange::Kind::Removed;
        });
    QVERIFY(removed != d.changes.cend());
    QVERIFY2(removed->keptBecause.contains(QStringLiteral("Concluded")),
             qPrintable(removed->keptBecause));
    QVERIFY(
        scheduleimport::apply(*t.repo, load(QStringLiteral("frab-release2.xml")), wpd, {}).ok());
    Presentation kept = *t.repo->presentation(late.id);
    QVERIFY(kept.cancelled);
    QCOMPARE(kept.state, WebcastState::Concluded);
    // Importing release 2 again: the cancelled talk stays, unchanged.
    QCOMPARE(
        scheduleimport::diff(*t.repo, load(QStringLiteral("frab-release2.xml")), wpd).summaryLine(),
        QStringLiteral("added 0, changed 0, removed 0, unchanged 7"));

    // The source brings it back: no longer cancelled, same talk.
    const ScheduleDiff back =
        scheduleimport::diff(*t.repo, load(QStringLiteral("frab-release1.xml")), wpd);
    bool saw = false;
    for (const ScheduleChange &c : back.changes) {
        if (c.presentationId == late.id) {
            saw = true;
            QVERIFY(c.fields.contains(QStringLiteral("back in the schedule")));
        }
    }
    QVERIFY(saw);
    QVERIFY(
        scheduleimport::apply(*t.repo, load(QStringLiteral("frab-release1.xml")), wpd, {}).ok());
    kept = *t.repo->presentation(late.id);
    QVERIFY(!kept.cancelled);
    QCOMPARE(kept.slug, late.slug);
}

void TestScheduleImport::droppedTalkWithSlides_isKept()
{
    TestDatabase t;
    QVERIFY(
        scheduleimport::apply(*t.repo, load(QStringLiteral("frab-release1.xml")), wpd, {}).ok());
    const qint64 wid = t.repo->workshopBySlug(wpd)->id;
    const Presentation late = *byKey(*t.repo, wid, QStringLiteral("Late night session"));
    const Result<QByteArray> sha = t.repo->storeAttachmentContent("%PDF-1.4\n%%EOF\n");
    QVERIFY(sha.ok());
    Attachment a;
    a.presentationId = late.id;
    a.label = QStringLiteral("Slides");
    a.fileName = QStringLiteral("late.pdf");
    a.sha256 = sha.value();
    QVERIFY(t.repo->addAttachment(a).ok());
    QVERIFY(
        scheduleimport::apply(*t.repo, load(QStringLiteral("frab-release2.xml")), wpd, {}).ok());
    const std::optional<Presentation> kept = t.repo->presentation(late.id);
    QVERIFY(kept);
    QVERIFY(kept->cancelled);
    QCOMPARE(t.repo->attachments(late.id).size(), 1);
}

void TestScheduleImport::failure_leavesNothingHalfDone()
{
    TestDatabase t;
    ScheduleDocument doc = load(QStringLiteral("frab-release1.xml"));
    // A talk the rules refuse (no title) after five good ones.
    doc.events.last().title.clear();
    const Result<qint64> r = scheduleimport::apply(*t.repo, doc, wpd, {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(doc.events.last().key), qPrintable(r.error()));
    QVERIFY(!t.repo->workshopBySlug(wpd)); // not even the workshop

    // Over an existing workshop: its talks are as they were.
    QVERIFY(
        scheduleimport::apply(*t.repo, load(QStringLiteral("frab-release1.xml")), wpd, {}).ok());
    const qint64 wid = t.repo->workshopBySlug(wpd)->id;
    const QList<Presentation> before = t.repo->presentations(wid);
    ScheduleDocument next = load(QStringLiteral("frab-release2.xml"));
    next.events.last().title.clear();
    QVERIFY(!scheduleimport::apply(*t.repo, next, wpd, {}).ok());
    const QList<Presentation> after = t.repo->presentations(wid);
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(after.at(i).title, before.at(i).title);
}

void TestScheduleImport::htmlDescriptions_becomeText()
{
    ScheduleEvent e;
    e.key = QStringLiteral("k");
    e.title = QStringLiteral("T");
    e.abstract = QStringLiteral("<p>Bits &amp; <b>pieces</b></p><ul><li>one</li><li>two</li></ul>"
                                "&#128512; &#0; <script>alert(1)</script>");
    e.start = QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC);
    e.end = e.start; // no length: a minute, so the rules accept it
    const Presentation p = scheduleimport::toPresentation(e);
    QVERIFY2(p.summary.startsWith(QStringLiteral("Bits & pieces\n\n- one\n- two")),
             qPrintable(p.summary));
    QVERIFY(p.summary.contains(QString::fromUtf8("\xF0\x9F\x98\x80")));
    QVERIFY(p.summary.contains(QChar(0xFFFD)));
    QVERIFY(!p.summary.contains(QLatin1Char('<')));
    QCOMPARE(p.endsAt, p.startsAt.addSecs(60));
    // Markdown stays as it is.
    e.abstract = QStringLiteral("Some *Markdown* with a [link](https://example.org)");
    QCOMPARE(scheduleimport::toPresentation(e).summary, e.abstract);
}

void TestScheduleImport::regeneratedUids_areMatchedOnTitleAndStartAndSaid()
{
    TestDatabase t;
    const QString slug = QStringLiteral("optics");
    QVERIFY(scheduleimport::apply(*t.repo, load(QStringLiteral("conference.ics")), slug, {}).ok());
    const qint64 wid = t.repo->workshopBySlug(slug)->id;
    const std::optional<Presentation> found =
        byKey(*t.repo, wid, QStringLiteral("Lenses, mirrors and light"));
    QVERIFY(found);
    const Presentation lenses = *found;
    QVERIFY(
        t.repo->setPresentationState(lenses.id, WebcastState::Concluded, QStringLiteral("t")).ok());

    // The same calendar built again: every UID new, one talk retitled.
    QFile file(fixture(QStringLiteral("conference.ics")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray ics = file.readAll();
    ics.replace("@optics.example.org", "-rebuilt@optics.example.org");
    ics.replace("SUMMARY:Adaptive optics", "SUMMARY:Adaptive optics today");
    const Result<ScheduleDocument> rebuilt =
        schedule::parseICalendar(ics, QStringLiteral("rebuilt.ics"));
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error()));
    const ScheduleDiff d = scheduleimport::diff(*t.repo, rebuilt.value(), slug);
    // Not "everything removed and added": matched, and the reason said
    // (the retitled talk cannot be matched so: it is removed and added).
    QCOMPARE(d.summaryLine(), QStringLiteral("added 1, changed 0, removed 1, unchanged 2"));
    QCOMPARE(d.notes.size(), 1);
    QVERIFY2(d.notes.first().contains(QStringLiteral("title and start")),
             qPrintable(d.notes.first()));
    QVERIFY(scheduleimport::apply(*t.repo, rebuilt.value(), slug, {}).ok());
    const Presentation after = *t.repo->presentation(lenses.id);
    QCOMPARE(after.state, WebcastState::Concluded); // the same talk, its work kept
    QCOMPARE(after.sourceKey, QStringLiteral("uid:talk-1-rebuilt@optics.example.org"));
    // A next build with the same UIDs matches on them again, without a note.
    QVERIFY(scheduleimport::diff(*t.repo, rebuilt.value(), slug).notes.isEmpty());
}

void TestScheduleImport::everyFormat_imports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("talks");
    QTest::newRow("frab xml") << "frab-release2.xml" << 6;
    QTest::newRow("pretalx json") << "pretalx.json" << 2;
    QTest::newRow("indico event") << "indico-event.json" << 2;
    QTest::newRow("indico timetable") << "indico-timetable.json" << 2;
    QTest::newRow("icalendar") << "conference.ics" << 3;
}

void TestScheduleImport::everyFormat_imports()
{
    QFETCH(QString, file);
    QFETCH(int, talks);
    TestDatabase t;
    const ScheduleDocument doc = load(file);
    const Result<qint64> id =
        scheduleimport::apply(*t.repo, doc, QStringLiteral("conf"), fixture(file));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(t.repo->presentations(id.value()).size(), talks);
    QCOMPARE(scheduleimport::diff(*t.repo, doc, QStringLiteral("conf")).unchanged, talks);
}

void TestScheduleImport::load_fromAnAddress()
{
    NginxServer nginx(QStringLiteral(WEBCAST_TEST_DATA_DIR "/schedules"), NginxServer::Options());
    QVERIFY(nginx.isRunning());
    const Result<ScheduleDocument> doc =
        scheduleimport::load(nginx.publicUrl() + QStringLiteral("frab-release1.xml"));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc.value().events.size(), 6);

    const Result<ScheduleDocument> missing =
        scheduleimport::load(nginx.publicUrl() + QStringLiteral("gone.xml"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QStringLiteral("404")), qPrintable(missing.error()));

    const Result<ScheduleDocument> broken =
        scheduleimport::load(nginx.publicUrl() + QStringLiteral("broken.json"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(QStringLiteral("line")), qPrintable(broken.error()));

    const Result<ScheduleDocument> noFile =
        scheduleimport::load(fixture(QStringLiteral("absent.xml")));
    QVERIFY(!noFile.ok());
    QVERIFY(noFile.error().contains(QStringLiteral("Cannot read")));
}

QTEST_GUILESS_MAIN(TestScheduleImport)
#include "tst_scheduleimport.moc"
