// Reading conference schedules as real exporters write them: frab/C3VOC XML,
// pretalx JSON, Indico's two exports and iCalendar; and refusing broken ones
// with the place of the mistake.
#include "app/schedule/schedule.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(WEBCAST_TEST_DATA_DIR "/schedules/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

const ScheduleEvent *byTitle(const ScheduleDocument &doc, const QString &title)
{
    for (const ScheduleEvent &e : doc.events) {
        if (e.title == title)
            return &e;
    }
    return nullptr;
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class TestScheduleRead : public QObject
{
    Q_OBJECT

private slots:
    void duration_readsEveryWayItIsWritten_data();
    void duration_readsEveryWayItIsWritten();
    void frabXml_timesRoomsPersonsAndIdentity();
    void frabXml_reportsAZoneThatContradictsTheOffsets();
    void pretalxJson_personsEndsAndDayLongDurations();
    void indicoEvent_contributionsInTheirZone();
    void indicoTimetable_nestedBlocksPastMidnight();
    void iCalendar_zonesDurationsAndAllDayEntries();
    void brokenFiles_areRefusedWithThePlace_data();
    void brokenFiles_areRefusedWithThePlace();
};

void TestScheduleRead::duration_readsEveryWayItIsWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes");
    QTest::newRow("0:30") << "0:30" << 30;
    QTest::newRow("00:30") << "00:30" << 30;
    QTest::newRow("01:30 is ninety minutes") << "01:30" << 90;
    QTest::newRow("01:30:00") << "01:30:00" << 90;
    QTest::newRow("minutes") << "45" << 45;
    QTest::newRow("padded") << " 00:15 " << 15;
    QTest::newRow("words") << "ninety" << -1;
    QTest::newRow("minutes over 59") << "00:75" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestScheduleRead::duration_readsEveryWayItIsWritten()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    QCOMPARE(schedule::parseDuration(text), minutes);
}

void TestScheduleRead::frabXml_timesRoomsPersonsAndIdentity()
{
    const Result<ScheduleDocument> r = schedule::parse(fixture(QStringLiteral("frab-release1.xml")),
                                                       QStringLiteral("frab-release1.xml"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const ScheduleDocument &doc = r.value();
    QCOMPARE(doc.format, QStringLiteral("frab-xml"));
    QCOMPARE(doc.title, QStringLiteral("Winter Physics Days 2026"));
    QCOMPARE(doc.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(doc.firstDay, QDate(2026, 2, 10));
    QCOMPARE(doc.events.size(), 6);
    QCOMPARE(doc.rooms.size(), 2);
    QCOMPARE(doc.rooms.first().name, QStringLiteral("Hörsaal Ä"));

    const ScheduleEvent *opening = byTitle(doc, QStringLiteral("Opening"));
    QVERIFY(opening);
    QCOMPARE(opening->key, QStringLiteral("0b3e8a10-1111-4111-8111-000000000001"));
    QCOMPARE(opening->start, utc(2026, 2, 10, 8, 0));
    QCOMPARE(opening->end, utc(2026, 2, 10, 8, 30));
    QCOMPARE(opening->speakerLine(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(opening->abstract, QStringLiteral("Welcome & <b>plan</b> of the days."));
    // 01:30 is ninety minutes; two persons, unicode kept.
    const ScheduleEvent *dots = byTitle(doc, QStringLiteral("Quantum dots"));
    QCOMPARE(dots->end, dots->start.addSecs(90 * 60));
    QCOMPARE(dots->speakerLine(), QStringLiteral("Grace Hopper, Émilie du Châtelet"));
    QCOMPARE(dots->room, QStringLiteral("Saal 2"));
    // Past midnight: by its offset, and without a <date> by the day's start.
    QCOMPARE(byTitle(doc, QStringLiteral("Late night session"))->start, utc(2026, 2, 11, 0, 30));
    QCOMPARE(byTitle(doc, QStringLiteral("Late night session"))->end, utc(2026, 2, 11, 1, 30));
    QCOMPARE(byTitle(doc, QStringLiteral("After hours"))->start, utc(2026, 2, 11, 1, 15));
    QCOMPARE(byTitle(doc, QStringLiteral("After hours"))->end, utc(2026, 2, 11, 2, 0));
    // One guid for two slots: both kept, told apart, and said.
    const ScheduleEvent *second = byTitle(doc, QStringLiteral("Quantum dots (part 2)"));
    QVERIFY(second->key != dots->key);
    QVERIFY(second->key.startsWith(dots->key));
    bool said = false;
    for (const QString &n : doc.notes)
        said = said || n.contains(QStringLiteral("more than one talk"));
    QVERIFY2(said, qPrintable(doc.notes.join(QLatin1Char('\n'))));
}

void TestScheduleRead::frabXml_reportsAZoneThatContradictsTheOffsets()
{
    const Result<ScheduleDocument> r = schedule::parse(fixture(QStringLiteral("frab-release1.xml")),
                                                       QStringLiteral("frab-release1.xml"));
    QVERIFY(r.ok());
    // "Closing" says +00:00 in February, when Berlin is +01:00: the offset
    // wins, and the contradiction is reported, not "fixed".
    QCOMPARE(byTitle(r.value(), QStringLiteral("Closing"))->start, utc(2026, 2, 11, 9, 0));
    bool reported = false;
    for (const QString &n : r.value().notes)
        reported = reported || (n.contains(QStringLiteral("+00:00")) &&
                                n.contains(QStringLiteral("Europe/Berlin")) &&
                                n.contains(QStringLiteral("+01:00")));
    QVERIFY2(reported, qPrintable(r.value().notes.join(QLatin1Char('\n'))));
}

void TestScheduleRead::pretalxJson_personsEndsAndDayLongDurations()
{
    const Result<ScheduleDocument> r =
        schedule::parse(fixture(QStringLiteral("pretalx.json")), QStringLiteral("pretalx.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const ScheduleDocument &doc = r.value();
    QCOMPARE(doc.format, QStringLiteral("c3voc-json"));
    QCOMPARE(doc.events.size(), 2);
    const ScheduleEvent *sensors = byTitle(doc, QStringLiteral("Sensors that last"));
    QCOMPARE(sensors->key, QStringLiteral("5e2c4c55-aaaa-5aaa-8aaa-000000000001"));
    QCOMPARE(sensors->start, utc(2026, 3, 2, 9, 0));
    QCOMPARE(sensors->end, utc(2026, 3, 2, 9, 45)); // from "end"
    // New pretalx "name" and old "public_name" alike.
    QCOMPARE(sensors->speakerLine(), QStringLiteral("Lin Wei, Ana Souza"));
    QCOMPARE(sensors->room, QStringLiteral("Gray Room"));
    // pretalx writes D:HH:MM: "0:01:30" is an hour and a half.
    const ScheduleEvent *workshop = byTitle(doc, QStringLiteral("Workshop: solder it yourself"));
    QCOMPARE(workshop->end, workshop->start.addSecs(90 * 60));
    QCOMPARE(workshop->track, QStringLiteral("Hardware"));
    // Two rooms with one guid stay two rooms (by name).
    QCOMPARE(doc.rooms.size(), 2);
}

void TestScheduleRead::indicoEvent_contributionsInTheirZone()
{
    const Result<ScheduleDocument> r = schedule::parse(fixture(QStringLiteral("indico-event.json")),
                                                       QStringLiteral("indico-event.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const ScheduleDocument &doc = r.value();
    QCOMPARE(doc.format, QStringLiteral("indico-json"));
    QCOMPARE(doc.timeZone, QStringLiteral("Europe/Zurich"));
    QCOMPARE(doc.events.size(), 2); // the unscheduled one is left out
    const ScheduleEvent *beam = byTitle(doc, QStringLiteral("Beam dynamics at high intensity"));
    QCOMPARE(beam->key, QStringLiteral("indico:90017"));
    QCOMPARE(beam->start, utc(2026, 5, 11, 7, 30)); // 09:30 in Zurich, summer
    QCOMPARE(beam->end, utc(2026, 5, 11, 8, 0));
    QCOMPARE(beam->speakerLine(), QStringLiteral("Ines Moreau"));
    QCOMPARE(beam->affiliationLine(), QStringLiteral("CERN"));
    QCOMPARE(beam->room, QStringLiteral("500/1-001 - Main Auditorium"));
    const ScheduleEvent *cryo = byTitle(doc, QStringLiteral("Cryogenics in practice"));
    QCOMPARE(cryo->end, cryo->start.addSecs(45 * 60)); // no endDate: the duration
    QCOMPARE(cryo->affiliationLine(), QStringLiteral("ESS, CERN"));
}

void TestScheduleRead::indicoTimetable_nestedBlocksPastMidnight()
{
    const Result<ScheduleDocument> r = schedule::parse(
        fixture(QStringLiteral("indico-timetable.json")), QStringLiteral("indico-timetable.json"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const ScheduleDocument &doc = r.value();
    QCOMPARE(doc.events.size(), 2); // the break is not a talk
    const ScheduleEvent *beam = byTitle(doc, QStringLiteral("Beam dynamics at high intensity"));
    QVERIFY(beam);
    // The same identity as in the event export: one source, two exports.
    QCOMPARE(beam->key, QStringLiteral("indico:90017"));
    QCOMPARE(beam->speakerLine(), QStringLiteral("Ines Moreau"));
    const ScheduleEvent *evening = byTitle(doc, QStringLiteral("Evening lecture"));
    QCOMPARE(evening->start, utc(2026, 5, 11, 21, 30));
    QCOMPARE(evening->end, utc(2026, 5, 11, 22, 30));
}

void TestScheduleRead::iCalendar_zonesDurationsAndAllDayEntries()
{
    const Result<ScheduleDocument> r = schedule::parse(fixture(QStringLiteral("conference.ics")),
                                                       QStringLiteral("conference.ics"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const ScheduleDocument &doc = r.value();
    QCOMPARE(doc.format, QStringLiteral("ical"));
    QCOMPARE(doc.title, QStringLiteral("Lakeside Optics Meeting"));
    QCOMPARE(doc.events.size(), 3); // the all-day excursion is not a talk
    const ScheduleEvent *lenses = byTitle(doc, QStringLiteral("Lenses, mirrors and light"));
    QVERIFY(lenses);
    QCOMPARE(lenses->key, QStringLiteral("uid:talk-1@optics.example.org"));
    QCOMPARE(lenses->start, utc(2026, 6, 10, 7, 0)); // CEST
    QCOMPARE(lenses->end, utc(2026, 6, 10, 7, 45));
    QCOMPARE(lenses->room, QStringLiteral("Seesaal"));
    QCOMPARE(lenses->description, QStringLiteral("Opening talk.\nSecond line."));
    const ScheduleEvent *adaptive = byTitle(doc, QStringLiteral("Adaptive optics"));
    QCOMPARE(adaptive->start, utc(2026, 6, 10, 8, 0));
    QCOMPARE(adaptive->end, utc(2026, 6, 10, 9, 30)); // DURATION
    // A TZID the file does not define: libical's own zones.
    QCOMPARE(byTitle(doc, QStringLiteral("Remote talk from New York"))->start,
             utc(2026, 6, 10, 16, 0));
    bool told = false;
    for (const QString &n : doc.notes)
        told = told || n.contains(QStringLiteral("all-day"));
    QVERIFY(told);
}

void TestScheduleRead::brokenFiles_areRefusedWithThePlace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken xml") << "broken.xml"
                                << "broken.xml, line 6";
    QTest::newRow("broken json") << "broken.json"
                                 << "line 2, column";
    QTest::newRow("bad duration") << "bad-duration.xml"
                                  << "duration: \"ninety\"";
}

void TestScheduleRead::brokenFiles_areRefusedWithThePlace()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Result<ScheduleDocument> r = schedule::parse(fixture(file), file);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    // Not a schedule at all.
    const Result<ScheduleDocument> text =
        schedule::parse("Dear all, the talks are on Monday.", QStringLiteral("mail.txt"));
    QVERIFY(!text.ok());
    QVERIFY2(text.error().contains(QStringLiteral("not a schedule")), qPrintable(text.error()));
}

QTEST_GUILESS_MAIN(TestScheduleRead)
#include "tst_scheduleread.moc"
