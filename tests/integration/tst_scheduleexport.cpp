// A workshop's schedule written for conference tooling: the frab XML is
// checked with xmllint against C3VOC's own XSD, the C3VOC JSON with Debian's
// python3-jsonschema against C3VOC's JSON schema (both copied unchanged into
// tests/data/schedules/c3voc), hostile text comes back as text, each talk
// carries its webcast state and recording, and importing our own export
// finds every talk again instead of adding it twice.
#include "app/schedule/scheduleexport.h"
#include "app/schedule/scheduleimport.h"
#include "models/sitesettings.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

QString data(const QString &name)
{
    return QStringLiteral(WEBCAST_TEST_DATA_DIR "/schedules/") + name;
}

const QString wpd = QStringLiteral("wpd26");
const QString hostileTitle = QStringLiteral("<b>\"Fish\" & Chips</b> ]]> </event>");
// Markdown as typed; no tags, which an import takes for HTML and strips.
const QString hostileSummary = QStringLiteral("if a < b && c > d: \"quoted\" ]]> *Markdown*");

// The frab fixture (past midnight, unicode rooms, real guids), one talk
// archived with an HTTP playback address, one typed by hand with hostile
// text and two speakers, and a site address.
void fill(TestDatabase &t)
{
    const Result<ScheduleDocument> doc =
        scheduleimport::load(data(QStringLiteral("frab-release1.xml")));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QVERIFY(scheduleimport::apply(*t.repo, doc.value(), wpd, {}).ok());
    SiteSettingsStore settings(*t.db);
    QVERIFY(
        settings.set(QStringLiteral("public-url"), QStringLiteral("https://webcasts.example.org/"))
            .ok());
    QVERIFY(
        settings.set(QStringLiteral("rtsp-base"), QStringLiteral("rtsp://stream.example.org/vod/"))
            .ok());
    QVERIFY(
        settings
            .set(QStringLiteral("playback-base"), QStringLiteral("https://stream.example.org/hls/"))
            .ok());
    const qint64 wid = t.repo->workshopBySlug(wpd)->id;
    Presentation opening;
    for (const Presentation &p : t.repo->presentations(wid))
        if (p.title == QLatin1String("Opening"))
            opening = p;
    QVERIFY(opening.id > 0);
    opening.hasWebcast = true;
    opening.webcastPath = wpd;
    opening.webcastFilename = QStringLiteral("opening.mp4");
    QVERIFY(t.repo->updatePresentation(opening).ok());
    QVERIFY(t.repo->setPresentationState(opening.id, WebcastState::Concluded, QStringLiteral("t"))
                .ok());
    const Status archived =
        t.repo->setPresentationState(opening.id, WebcastState::Archive, QStringLiteral("t"));
    QVERIFY2(archived.ok(), qPrintable(archived.error()));

    Presentation typed = samplePresentation(wid, QStringLiteral("fish-and-chips"));
    typed.title = hostileTitle;
    typed.speakerName = QStringLiteral("Zoë O'Neil, Jürgen Ölmann");
    typed.summary = hostileSummary;
    typed.startsAt = QDateTime(QDate(2026, 2, 11), QTime(14, 0), QTimeZone::utc());
    typed.endsAt = typed.startsAt.addSecs(90 * 60);
    typed.room = QStringLiteral("Hörsaal Ä");
    QVERIFY(t.repo->addPresentation(typed).ok());
}

QByteArray exported(TestDatabase &t, scheduleexport::Format format)
{
    const Result<QByteArray> r = scheduleexport::write(*t.repo, wpd, format);
    if (!r)
        qFatal("export failed: %s", qPrintable(r.error()));
    return r.value();
}

QString saved(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

// exit code and what the validator said.
std::pair<int, QString> run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        return {-1, program + QStringLiteral(" did not finish")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

std::pair<int, QString> xsdCheck(const QString &file)
{
    return run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                           data(QStringLiteral("c3voc/schedule.xml.xsd")), file});
}

// Draft-6 validation with format checks (dates, date-times, uuids).
std::pair<int, QString> jsonSchemaCheck(const QString &file)
{
    static const QString script = QStringLiteral(
        "import json, sys, jsonschema\n"
        "schema = json.load(open(sys.argv[1]))\n"
        "cls = jsonschema.validators.validator_for(schema)\n"
        "v = cls(schema, format_checker=cls.FORMAT_CHECKER)\n"
        "errors = list(v.iter_errors(json.load(open(sys.argv[2], encoding='utf-8'))))\n"
        "for e in errors[:5]: print('/'.join(map(str, e.path)), e.message[:300])\n"
        "sys.exit(1 if errors else 0)\n");
    return run(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral("-c"), script, data(QStringLiteral("c3voc/schema.json")), file});
}

QJsonObject talkNamed(const QJsonObject &root, const QString &title)
{
    const QJsonArray days =
        root[QStringLiteral("schedule")][QStringLiteral("conference")][QStringLiteral("days")]
            .toArray();
    for (const QJsonValue &day : days) {
        const QJsonObject rooms = day[QStringLiteral("rooms")].toObject();
        for (auto r = rooms.begin(); r != rooms.end(); ++r)
            for (const QJsonValue &e : r.value().toArray())
                if (e[QStringLiteral("title")].toString() == title)
                    return e.toObject();
    }
    return {};
}

} // namespace

class TestScheduleExport : public QObject
{
    Q_OBJECT

private slots:
    void frabXml_isValidAgainstC3vocsXsd();
    void validator_refusesABrokenSchedule();
    void c3vocJson_isValidAgainstC3vocsSchema();
    void json_carriesStateRecordingAndHostileTextAsText();
    void ownExport_importsBackUnchanged_data();
    void ownExport_importsBackUnchanged();
    void ownExport_intoANewWorkshop_hasTheSameTalks();
    void ical_readsBackWithUidsTimesAndState();
    void unknownWorkshop_isRefused();
};

void TestScheduleExport::frabXml_isValidAgainstC3vocsXsd()
{
    TestDatabase t;
    fill(t);
    QTemporaryDir dir;
    const QString file =
        saved(dir, QStringLiteral("schedule.xml"), exported(t, scheduleexport::Format::FrabXml));
    const auto [code, said] = xsdCheck(file);
    QVERIFY2(code == 0, qPrintable(said));
    // Escaped, not markup: the hostile title reads back as the same text.
    const Result<ScheduleDocument> back = scheduleimport::load(file);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    bool found = false;
    for (const ScheduleEvent &e : back.value().events)
        found = found || e.title == hostileTitle;
    QVERIFY(found);
}

void TestScheduleExport::validator_refusesABrokenSchedule()
{
    // The checks above mean something only if the validators refuse a
    // schedule that breaks the schema.
    TestDatabase t;
    fill(t);
    QTemporaryDir dir;
    QByteArray xml = exported(t, scheduleexport::Format::FrabXml);
    xml.replace("<duration>", "<duration>x");
    QVERIFY(xsdCheck(saved(dir, QStringLiteral("broken.xml"), xml)).first != 0);
    QByteArray json = exported(t, scheduleexport::Format::C3vocJson);
    json.replace("\"duration\": \"", "\"duration\": \"about ");
    QVERIFY(jsonSchemaCheck(saved(dir, QStringLiteral("broken.json"), json)).first != 0);
}

void TestScheduleExport::c3vocJson_isValidAgainstC3vocsSchema()
{
    TestDatabase t;
    fill(t);
    QTemporaryDir dir;
    const QString file =
        saved(dir, QStringLiteral("schedule.json"), exported(t, scheduleexport::Format::C3vocJson));
    const auto [code, said] = jsonSchemaCheck(file);
    QVERIFY2(code == 0, qPrintable(said));
}

void TestScheduleExport::json_carriesStateRecordingAndHostileTextAsText()
{
    TestDatabase t;
    fill(t);
    const QJsonObject root =
        QJsonDocument::fromJson(exported(t, scheduleexport::Format::C3vocJson)).object();
    const QJsonObject opening = talkNamed(root, QStringLiteral("Opening"));
    QVERIFY(!opening.isEmpty());
    // The guid the schedule gave the talk is kept.
    QCOMPARE(opening[QStringLiteral("guid")].toString(),
             QStringLiteral("0b3e8a10-1111-4111-8111-000000000001"));
    QCOMPARE(opening[QStringLiteral("url")].toString(),
             QStringLiteral("https://webcasts.example.org/workshops/wpd26/opening/"));
    QStringList links;
    for (const QJsonValue &l : opening[QStringLiteral("links")].toArray())
        links << l[QStringLiteral("title")].toString() + QLatin1Char(' ') +
                     l[QStringLiteral("url")].toString();
    QVERIFY2(links.contains(QStringLiteral(
                 "Webcast: Archive https://webcasts.example.org/workshops/wpd26/opening/")),
             qPrintable(links.join(QLatin1Char('\n'))));
    QVERIFY2(
        links.contains(QStringLiteral("Recording rtsp://stream.example.org/vod/wpd26/opening.mp4")),
        qPrintable(links.join(QLatin1Char('\n'))));
    QCOMPARE(opening[QStringLiteral("date")].toString(),
             QStringLiteral("2026-02-10T09:00:00+01:00"));

    const QJsonObject typed = talkNamed(root, hostileTitle);
    QVERIFY(!typed.isEmpty());
    QCOMPARE(typed[QStringLiteral("abstract")].toString(), hostileSummary);
    QCOMPARE(typed[QStringLiteral("persons")].toArray().size(), 2);
    QCOMPARE(typed[QStringLiteral("persons")][0][QStringLiteral("name")].toString(),
             QStringLiteral("Zoë O'Neil"));
    QCOMPARE(typed[QStringLiteral("duration")].toString(), QStringLiteral("01:30"));
    QCOMPARE(typed[QStringLiteral("room")].toString(), QStringLiteral("Hörsaal Ä"));
}

void TestScheduleExport::ownExport_importsBackUnchanged_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("frab-xml") << int(scheduleexport::Format::FrabXml);
    QTest::newRow("c3voc-json") << int(scheduleexport::Format::C3vocJson);
}

void TestScheduleExport::ownExport_importsBackUnchanged()
{
    QFETCH(int, format);
    TestDatabase t;
    fill(t);
    const int before = int(t.repo->presentations(t.repo->workshopBySlug(wpd)->id).size());
    QTemporaryDir dir;
    const QString file = saved(dir, QStringLiteral("schedule"),
                               exported(t, static_cast<scheduleexport::Format>(format)));
    const Result<ScheduleDocument> doc = scheduleimport::load(file);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const ScheduleDiff d = scheduleimport::diff(*t.repo, doc.value(), wpd);
    QStringList changes;
    for (const ScheduleChange &c : d.changes)
        if (c.kind != ScheduleChange::Kind::Unchanged)
            changes << c.title + QStringLiteral(": ") + c.fields.join(QStringLiteral(", "));
    // The talk typed by hand too: found by the guid the export gave it.
    QCOMPARE(d.summaryLine(),
             QStringLiteral("added 0, changed 0, removed 0, unchanged %1").arg(before));
}

void TestScheduleExport::ownExport_intoANewWorkshop_hasTheSameTalks()
{
    TestDatabase t;
    fill(t);
    QTemporaryDir dir;
    const QString file =
        saved(dir, QStringLiteral("schedule.xml"), exported(t, scheduleexport::Format::FrabXml));
    const Result<ScheduleDocument> doc = scheduleimport::load(file);
    QVERIFY(doc.ok());
    QVERIFY(scheduleimport::apply(*t.repo, doc.value(), QStringLiteral("copy"), file).ok());
    const QList<Presentation> a = t.repo->presentations(t.repo->workshopBySlug(wpd)->id);
    const QList<Presentation> b =
        t.repo->presentations(t.repo->workshopBySlug(QStringLiteral("copy"))->id);
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(b.at(i).title, a.at(i).title);
        QCOMPARE(b.at(i).startsAt, a.at(i).startsAt);
        QCOMPARE(b.at(i).endsAt, a.at(i).endsAt);
        QCOMPARE(b.at(i).speakerName, a.at(i).speakerName);
        QCOMPARE(b.at(i).room, a.at(i).room);
    }
}

void TestScheduleExport::ical_readsBackWithUidsTimesAndState()
{
    TestDatabase t;
    fill(t);
    const QByteArray ics = exported(t, scheduleexport::Format::ICal);
    QVERIFY(ics.contains("CATEGORIES:Webcast: Archive\r\n"));
    QVERIFY(ics.contains("ATTACH:https://stream.example.org/hls/wpd26/opening.mp4\r\n"));
    const Result<ScheduleDocument> back = schedule::parseICalendar(ics, QStringLiteral("x.ics"));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    const QList<Presentation> talks = t.repo->presentations(t.repo->workshopBySlug(wpd)->id);
    QCOMPARE(back.value().events.size(), talks.size());
    for (const ScheduleEvent &e : back.value().events) {
        const auto same = std::find_if(talks.cbegin(), talks.cend(),
                                       [&e](const Presentation &p) { return p.title == e.title; });
        QVERIFY2(same != talks.cend(), qPrintable(e.title));
        QCOMPARE(e.start, same->startsAt);
        QCOMPARE(e.end, same->endsAt);
        if (same->sourceKey.size() == 36)      // a plain guid, not one the import told apart
            QCOMPARE(e.guid, same->sourceKey); // the schedule's guid is the UID
    }
}

void TestScheduleExport::unknownWorkshop_isRefused()
{
    TestDatabase t;
    const Result<QByteArray> r =
        scheduleexport::write(*t.repo, QStringLiteral("nope"), scheduleexport::Format::FrabXml);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("nope")));
    QVERIFY(!scheduleexport::formatNamed(QStringLiteral("pdf")));
}

QTEST_GUILESS_MAIN(TestScheduleExport)
#include "tst_scheduleexport.moc"
