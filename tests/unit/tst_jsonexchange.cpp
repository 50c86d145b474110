#include "models/jsonexchange.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject validWorkshop()
{
    return QJsonObject{
        {QStringLiteral("slug"), QStringLiteral("imported")},
        {QStringLiteral("title"), QStringLiteral("Imported workshop")},
        {QStringLiteral("first_day"), QStringLiteral("2026-06-01")},
        {QStringLiteral("last_day"), QStringLiteral("2026-06-02")},
        {QStringLiteral("time_zone"), QStringLiteral("Asia/Tokyo")},
        {QStringLiteral("presentations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("slug"), QStringLiteral("opening")},
             {QStringLiteral("title"), QStringLiteral("Opening")},
             {QStringLiteral("starts_at"), QStringLiteral("2026-06-01T09:00:00")},
             {QStringLiteral("ends_at"), QStringLiteral("2026-06-01T10:00:00+09:00")},
         }}},
    };
}

QByteArray fileWith(const QJsonObject &workshop)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("workshops"), QJsonArray{workshop}}}).toJson();
}

} // namespace

class TestJsonExchange : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_reproducesTheDatabase();
    void import_keepsIds();
    void import_readsTimesWithoutOffsetInWorkshopZone();
    void import_replacesWorkshopWithSameSlugKeepingIds();
    void import_rejectsBadRecordAndChangesNothing_data();
    void import_rejectsBadRecordAndChangesNothing();
    void export_writesOffsetsOfWorkshopZone();
    void slides_travelAsFilesBesideTheJson();
    void import_refusesSlidesFromAnywhereElse_data();
    void import_refusesSlidesFromAnywhereElse();
};

void TestJsonExchange::roundTrip_reproducesTheDatabase()
{
    TestDatabase source;
    QVERIFY(demodata::populate(*source.repo).ok());
    const QByteArray first = jsonexchange::exportAll(*source.repo).json;

    TestDatabase target;
    const auto r = jsonexchange::importAll(*target.repo, first);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().workshopsAdded, 3);
    QCOMPARE(r.value().presentations, 12);
    QCOMPARE(jsonexchange::exportAll(*target.repo).json, first);
}

void TestJsonExchange::import_keepsIds()
{
    QJsonObject w = validWorkshop();
    w.insert(QStringLiteral("id"), 77);
    QJsonArray talks = w.value(QStringLiteral("presentations")).toArray();
    QJsonObject talk = talks.at(0).toObject();
    talk.insert(QStringLiteral("id"), 1234);
    talks.replace(0, talk);
    w.insert(QStringLiteral("presentations"), talks);
    TestDatabase t;
    QVERIFY(jsonexchange::importAll(*t.repo, fileWith(w)).ok());
    QVERIFY(t.repo->workshop(77));
    QCOMPARE(t.repo->presentation(1234)->slug, QStringLiteral("opening"));
}

void TestJsonExchange::import_readsTimesWithoutOffsetInWorkshopZone()
{
    TestDatabase t;
    QVERIFY(jsonexchange::importAll(*t.repo, fileWith(validWorkshop())).ok());
    const qint64 wid = t.repo->workshopBySlug(QStringLiteral("imported"))->id;
    const Presentation p = t.repo->presentations(wid).first();
    // 09:00 in Tokyo (UTC+9) is 00:00 UTC.
    QCOMPARE(p.startsAt, QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(p.endsAt, QDateTime(QDate(2026, 6, 1), QTime(1, 0), Qt::UTC));
}

void TestJsonExchange::import_replacesWorkshopWithSameSlugKeepingIds()
{
    TestDatabase t;
    QVERIFY(jsonexchange::importAll(*t.repo, fileWith(validWorkshop())).ok());
    const Workshop before = *t.repo->workshopBySlug(QStringLiteral("imported"));
    const qint64 talkId = t.repo->presentations(before.id).first().id;
    QJsonObject w = validWorkshop();
    w.insert(QStringLiteral("title"), QStringLiteral("Renamed"));
    const auto r = jsonexchange::importAll(*t.repo, fileWith(w));
    QVERIFY(r.ok());
    QCOMPARE(r.value().workshopsReplaced, 1);
    const Workshop after = *t.repo->workshopBySlug(QStringLiteral("imported"));
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.title, QStringLiteral("Renamed"));
    QCOMPARE(t.repo->presentations(after.id).first().id, talkId);
    QCOMPARE(t.repo->workshops().size(), 1);
}

void TestJsonExchange::import_rejectsBadRecordAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // part of the message

    auto withWorkshop = [](const char *key, const QJsonValue &v) {
        QJsonObject w = validWorkshop();
        w.insert(QLatin1String(key), v);
        return fileWith(w);
    };
    auto withTalk = [](const char *key, const QJsonValue &v) {
        QJsonObject w = validWorkshop();
        QJsonArray talks = w.value(QStringLiteral("presentations")).toArray();
        QJsonObject talk = talks.at(0).toObject();
        talk.insert(QLatin1String(key), v);
        talks.replace(0, talk);
        w.insert(QStringLiteral("presentations"), talks);
        return fileWith(w);
    };

    QTest::newRow("not json") << QByteArray("{\"workshops\": [") << "Not valid JSON";
    QTest::newRow("not our format") << QByteArray("[1,2,3]") << "workshops";
    QTest::newRow("empty file") << QByteArray() << "Not valid JSON";
    QTest::newRow("bad slug") << withWorkshop("slug", QStringLiteral("../x"))
                              << "workshops[0] \"../x\": slug:";
    QTest::newRow("missing title") << withWorkshop("title", QJsonValue::Null)
                                   << "workshops[0] \"imported\": title: is required";
    QTest::newRow("number as title") << withWorkshop("title", 5) << "title: must be a string";
    QTest::newRow("unknown zone") << withWorkshop("time_zone", QStringLiteral("Mars/Base"))
                                  << "time_zone:";
    QTest::newRow("unknown state") << withWorkshop("webcast_state", QStringLiteral("on-air"))
                                   << "webcast_state: \"on-air\" is not a state";
    QTest::newRow("bad day") << withWorkshop("first_day", QStringLiteral("June 1st"))
                             << "first_day:";
    QTest::newRow("live without url")
        << withWorkshop("webcast_state", QStringLiteral("live")) << "Needs a live stream URL";
    QTest::newRow("archive without archived talks")
        << withWorkshop("webcast_state", QStringLiteral("archive")) << "webcast_state:";
    QTest::newRow("unknown field")
        << withWorkshop("colour", QStringLiteral("red")) << "colour: is not a known field";
    QTest::newRow("negative id") << withWorkshop("id", -3) << "id: must be a positive";
    QTest::newRow("talk ends before start")
        << withTalk("ends_at", QStringLiteral("2026-06-01T08:00:00"))
        << "presentations[0] \"opening\": ends_at: must be after the start";
    QTest::newRow("talk bad time") << withTalk("starts_at", QStringLiteral("9 o'clock"))
                                   << "starts_at: \"9 o'clock\" is not an ISO 8601 time";
    QTest::newRow("talk path escape")
        << withTalk("webcast_path", QStringLiteral("../../etc")) << "webcast_path:";
    QTest::newRow("talk archive without file")
        << withTalk("webcast_state", QStringLiteral("archive")) << "webcast_state:";
    QTest::newRow("talk has_webcast not bool")
        << withTalk("has_webcast", QStringLiteral("yes")) << "has_webcast: must be true or false";

    QJsonObject second = validWorkshop();
    QJsonObject broken = validWorkshop();
    broken.insert(QStringLiteral("slug"), QStringLiteral("second"));
    broken.insert(QStringLiteral("title"), QString());
    QTest::newRow("second record bad")
        << QJsonDocument(QJsonObject{{QStringLiteral("workshops"), QJsonArray{second, broken}}})
               .toJson()
        << "workshops[1] \"second\": title:";
    QTest::newRow("duplicate slug in file")
        << QJsonDocument(QJsonObject{{QStringLiteral("workshops"),
                                      QJsonArray{validWorkshop(), validWorkshop()}}})
               .toJson()
        << "appears twice";
    QJsonObject dupTalks = validWorkshop();
    QJsonArray talks = dupTalks.value(QStringLiteral("presentations")).toArray();
    talks.append(talks.at(0));
    dupTalks.insert(QStringLiteral("presentations"), talks);
    QTest::newRow("duplicate talk slug")
        << fileWith(dupTalks) << "presentations[1] \"opening\": slug:";
    QJsonObject takenId = validWorkshop();
    takenId.insert(QStringLiteral("slug"), QStringLiteral("new-one"));
    takenId.insert(QStringLiteral("id"), 1);
    QTest::newRow("id of another workshop") << fileWith(takenId) << "id 1 is already used";
}

void TestJsonExchange::import_rejectsBadRecordAndChangesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    TestDatabase t;
    Workshop existing = sampleWorkshop();
    existing.id = 1;
    QVERIFY(t.repo->addWorkshop(existing).ok());
    const QByteArray before = jsonexchange::exportAll(*t.repo).json;

    const auto r = jsonexchange::importAll(*t.repo, json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    QCOMPARE(jsonexchange::exportAll(*t.repo).json, before);
    QVERIFY(!t.repo->inBatch());
}

void TestJsonExchange::export_writesOffsetsOfWorkshopZone()
{
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    QVERIFY(t.repo->addPresentation(samplePresentation(wid)).ok());
    const QJsonObject root =
        QJsonDocument::fromJson(jsonexchange::exportAll(*t.repo).json).object();
    const QJsonObject w = root.value(QStringLiteral("workshops")).toArray().at(0).toObject();
    QCOMPARE(w.value(QStringLiteral("id")).toInteger(), wid);
    const QJsonObject p = w.value(QStringLiteral("presentations")).toArray().at(0).toObject();
    QCOMPARE(p.value(QStringLiteral("starts_at")).toString(),
             QStringLiteral("2026-03-14T09:00:00+01:00"));
    QCOMPARE(p.value(QStringLiteral("webcast_state")).toString(), QStringLiteral("upcoming"));
}

// A talk with slides (bytes in the database) in a fresh database.
qint64 addTalkWithSlides(TestDatabase &t, const QByteArray &bytes)
{
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    return addSlides(*t.repo, pid, QStringLiteral("Quantum talk.pdf"), bytes);
}

void TestJsonExchange::slides_travelAsFilesBesideTheJson()
{
    TestDatabase source;
    const QByteArray pdf = "%PDF-1.4 the real slides";
    addTalkWithSlides(source, pdf);
    QTemporaryDir out;
    const QString json = out.filePath(QStringLiteral("week.json"));
    const jsonexchange::Export exported = jsonexchange::exportAll(*source.repo);
    QCOMPARE(exported.files.size(), 1);
    QVERIFY(jsonexchange::writeExport(exported, json).ok());
    QCOMPARE(jsonexchange::filesFolderFor(json), out.filePath(QStringLiteral("week.files")));
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("week.files/") + exported.files.first().first))
                .isFile());
    QVERIFY(!exported.json.contains("local_file"));
    QVERIFY(!exported.json.contains(out.path().toUtf8())); // no path of this computer

    // Written again over the first export: the folder is replaced whole.
    QVERIFY(jsonexchange::writeExport(exported, json).ok());
    QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("week.files.old"))));

    TestDatabase target;
    const auto r = jsonexchange::importFile(*target.repo, json);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const Workshop w = *target.repo->workshopBySlug(QStringLiteral("spring-school"));
    const Attachment a =
        target.repo->attachments(target.repo->presentations(w.id).first().id).first();
    QCOMPARE(a.fileName, QStringLiteral("Quantum talk.pdf"));
    QCOMPARE(target.repo->attachmentContent(a.sha256).value(), pdf);
    QCOMPARE(jsonexchange::exportAll(*target.repo).json, exported.json);
}

void TestJsonExchange::import_refusesSlidesFromAnywhereElse_data()
{
    QTest::addColumn<QString>("attachment"); // the JSON object, with {private} for a private file
    QTest::addColumn<QString>("expected");
    QTest::newRow("old local_file, absolute") << R"({"label": "Slides", "local_file": "{private}"})"
                                              << "local_file: is no longer read";
    QTest::newRow("absolute file") << R"({"label": "Slides", "file": "{private}"})"
                                   << "must be a path inside";
    QTest::newRow("parent folder") << R"({"label": "Slides", "file": "../secret/payroll.pdf"})"
                                   << "must be a path inside";
    QTest::newRow("home") << R"({"label": "Slides", "file": "~/secret/payroll.pdf"})"
                          << "must be a path inside";
    QTest::newRow("link out") << R"({"label": "Slides", "file": "escape/payroll.pdf"})"
                              << "leads out of";
    QTest::newRow("missing") << R"({"label": "Slides", "file": "1/gone.pdf"})"
                             << "does not exist";
    QTest::newRow("changed") << QStringLiteral(
                                    R"({"label": "Slides", "file": "1/real.pdf", "sha256": "%1"})")
                                    .arg(QString(64, QLatin1Char('0')))
                             << "not the file that was exported";
    QTest::newRow("not slides") << R"({"label": "Slides", "file": "1/notes.txt"})"
                                << "is not slides";
    QTest::newRow("unknown key") << R"({"label": "Slides", "file": "1/real.pdf", "path": "x"})"
                                 << "path";
}

void TestJsonExchange::import_refusesSlidesFromAnywhereElse()
{
    QFETCH(QString, attachment);
    QFETCH(QString, expected);
    // A private file elsewhere, and an import folder with its files folder.
    QTemporaryDir home, downloads;
    const QString secret = home.filePath(QStringLiteral("secret/payroll.pdf"));
    QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("secret"))));
    {
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 salaries");
    }
    const QString files = downloads.filePath(QStringLiteral("week.files"));
    QVERIFY(QDir().mkpath(files + QStringLiteral("/1")));
    for (const char *name : {"1/real.pdf", "1/notes.txt"}) {
        QFile f(files + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 fine");
    }
    QVERIFY(
        QFile::link(home.filePath(QStringLiteral("secret")), files + QStringLiteral("/escape")));

    QJsonObject w = validWorkshop();
    QJsonArray talks = w.value(QStringLiteral("presentations")).toArray();
    QJsonObject talk = talks.at(0).toObject();
    const QJsonObject slide =
        QJsonDocument::fromJson(
            QString(attachment).replace(QStringLiteral("{private}"), secret).toUtf8())
            .object();
    QVERIFY(!slide.isEmpty());
    talk.insert(QStringLiteral("attachments"), QJsonArray{slide});
    talks.replace(0, talk);
    w.insert(QStringLiteral("presentations"), talks);
    const QString json = downloads.filePath(QStringLiteral("week.json"));
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fileWith(w));
    }
    TestDatabase t;
    const QByteArray before = jsonexchange::exportAll(*t.repo).json;
    const auto r = jsonexchange::importFile(*t.repo, json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected) && r.error().contains(QStringLiteral("attachments[0]")),
             qPrintable(r.error()));
    QCOMPARE(jsonexchange::exportAll(*t.repo).json, before); // nothing imported
    QSqlQuery q(t.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM attachment_content")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // not even the bytes
}

QTEST_GUILESS_MAIN(TestJsonExchange)
#include "tst_jsonexchange.moc"
