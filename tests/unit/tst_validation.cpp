#include "models/validation.h"
#include "tests/support/testdatabase.h"

#include <QTest>

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void slug_acceptsLowercaseDigitsAndHyphens_data();
    void slug_acceptsLowercaseDigitsAndHyphens();
    void slug_refusesEverythingElse_data();
    void slug_refusesEverythingElse();
    void workshop_badFieldsAreNamed_data();
    void workshop_badFieldsAreNamed();
    void workshop_sampleIsValid();
    void presentation_badFieldsAreNamed_data();
    void presentation_badFieldsAreNamed();
    void presentation_sampleIsValid();
    void errorsListEveryField();
    void timeZone_acceptsAliases();
};

void TestValidation::slug_acceptsLowercaseDigitsAndHyphens_data()
{
    QTest::addColumn<QString>("slug");
    QTest::newRow("word") << QStringLiteral("keynote");
    QTest::newRow("digits") << QStringLiteral("2026");
    QTest::newRow("hyphens") << QStringLiteral("day-1-keynote");
    QTest::newRow("longest") << QString(80, QLatin1Char('a'));
}

void TestValidation::slug_acceptsLowercaseDigitsAndHyphens()
{
    QFETCH(QString, slug);
    QVERIFY(validation::isValidSlug(slug));
}

void TestValidation::slug_refusesEverythingElse_data()
{
    QTest::addColumn<QString>("slug");
    QTest::newRow("empty") << QString();
    QTest::newRow("parent dir") << QStringLiteral("../etc");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("backslash") << QStringLiteral("a\\b");
    QTest::newRow("uppercase") << QStringLiteral("Keynote");
    QTest::newRow("space") << QStringLiteral("key note");
    QTest::newRow("leading hyphen") << QStringLiteral("-keynote");
    QTest::newRow("trailing hyphen") << QStringLiteral("keynote-");
    QTest::newRow("double hyphen") << QStringLiteral("key--note");
    QTest::newRow("accent") << QStringLiteral("café");
    QTest::newRow("html") << QStringLiteral("<script>");
    QTest::newRow("newline") << QStringLiteral("a\nb");
    QTest::newRow("too long") << QString(81, QLatin1Char('a'));
}

void TestValidation::slug_refusesEverythingElse()
{
    QFETCH(QString, slug);
    QVERIFY(!validation::isValidSlug(slug));
    Workshop w = sampleWorkshop();
    w.slug = slug;
    const ValidationResult r = validation::checkWorkshop(w);
    QVERIFY(r.hasErrorFor(QStringLiteral("slug")));
}

void TestValidation::workshop_badFieldsAreNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("empty title") << "title"
                                 << "  ";
    QTest::newRow("title with newline") << "title"
                                        << "two\nlines";
    QTest::newRow("title too long") << "title" << QString(301, QLatin1Char('x'));
    QTest::newRow("unknown zone") << "time_zone"
                                  << "Mars/Olympus_Mons";
    QTest::newRow("empty zone") << "time_zone"
                                << "";
    QTest::newRow("zone path") << "time_zone"
                               << "../../etc/passwd";
    QTest::newRow("zone offset form") << "time_zone"
                                      << "UTC+05:00";
    QTest::newRow("javascript live url") << "live_stream_url"
                                         << "javascript:alert(1)";
    QTest::newRow("ftp live url") << "live_stream_url"
                                  << "ftp://host/x";
    QTest::newRow("live url without host") << "live_stream_url"
                                           << "rtsp:///x";
    QTest::newRow("live url with space") << "live_stream_url"
                                         << "rtsp://host/a b";
    QTest::newRow("javascript external") << "external_url"
                                         << "javascript:alert(1)";
    QTest::newRow("data external") << "external_url"
                                   << "data:text/html,<b>x</b>";
    QTest::newRow("rtsp external") << "external_url"
                                   << "rtsp://host/x";
    QTest::newRow("last day before first") << "last_day"
                                           << "2026-03-13";
}

void TestValidation::workshop_badFieldsAreNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Workshop w = sampleWorkshop();
    if (field == QLatin1String("title"))
        w.title = value;
    else if (field == QLatin1String("time_zone"))
        w.timeZone = value;
    else if (field == QLatin1String("live_stream_url"))
        w.liveStreamUrl = value;
    else if (field == QLatin1String("external_url"))
        w.externalUrl = value;
    else if (field == QLatin1String("last_day"))
        w.lastDay = QDate::fromString(value, Qt::ISODate);
    const ValidationResult r = validation::checkWorkshop(w);
    QVERIFY2(r.hasErrorFor(field), qPrintable(r.summary()));
    QVERIFY(r.summary().startsWith(field + QStringLiteral(": ")));
}

void TestValidation::workshop_sampleIsValid()
{
    Workshop w = sampleWorkshop();
    w.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/live/x");
    w.externalUrl = QStringLiteral("https://partner.example.org/");
    w.title = QStringLiteral("<script>alert('x')</script> and emoji 🎥 and עברית");
    const ValidationResult r = validation::checkWorkshop(w);
    QVERIFY2(r.ok(), qPrintable(r.summary()));
}

void TestValidation::presentation_badFieldsAreNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("empty title") << "title"
                                 << "";
    QTest::newRow("parent path") << "webcast_path"
                                 << "../secret";
    QTest::newRow("inner parent path") << "webcast_path"
                                       << "a/../../b";
    QTest::newRow("absolute path") << "webcast_path"
                                   << "/etc";
    QTest::newRow("backslash path") << "webcast_path"
                                    << "a\\..\\b";
    QTest::newRow("filename with folder") << "webcast_filename"
                                          << "a/b.mov";
    QTest::newRow("filename dot dot") << "webcast_filename"
                                      << "..";
    QTest::newRow("javascript external") << "external_url"
                                         << "javascript:alert(1)";
    QTest::newRow("ends before start") << "ends_at"
                                       << "-60";
    QTest::newRow("ends at start") << "ends_at"
                                   << "0";
    QTest::newRow("no start") << "starts_at"
                              << "";
    QTest::newRow("speaker with control char") << "speaker_name" << QStringLiteral("a\u0007b");
}

void TestValidation::presentation_badFieldsAreNamed()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Presentation p = samplePresentation(1);
    if (field == QLatin1String("title"))
        p.title = value;
    else if (field == QLatin1String("webcast_path"))
        p.webcastPath = value;
    else if (field == QLatin1String("webcast_filename"))
        p.webcastFilename = value;
    else if (field == QLatin1String("external_url"))
        p.externalUrl = value;
    else if (field == QLatin1String("ends_at"))
        p.endsAt = p.startsAt.addSecs(value.toInt());
    else if (field == QLatin1String("starts_at"))
        p.startsAt = QDateTime();
    else if (field == QLatin1String("speaker_name"))
        p.speakerName = value;
    const ValidationResult r = validation::checkPresentation(p);
    QVERIFY2(r.hasErrorFor(field), qPrintable(r.summary()));
}

void TestValidation::presentation_sampleIsValid()
{
    Presentation p = samplePresentation(1);
    p.webcastPath = QStringLiteral("spring-school/day-1");
    p.webcastFilename = QStringLiteral("keynote.mov");
    const ValidationResult r = validation::checkPresentation(p);
    QVERIFY2(r.ok(), qPrintable(r.summary()));
}

void TestValidation::errorsListEveryField()
{
    Workshop w;
    const ValidationResult r = validation::checkWorkshop(w);
    for (const char *field : {"slug", "title", "first_day", "last_day", "time_zone"})
        QVERIFY2(r.hasErrorFor(QLatin1String(field)), field);
}

void TestValidation::timeZone_acceptsAliases()
{
    QVERIFY(validation::isKnownTimeZone(QStringLiteral("Europe/Berlin")));
    QVERIFY(validation::isKnownTimeZone(QStringLiteral("Etc/UTC")));
    QVERIFY(validation::isKnownTimeZone(QStringLiteral("UTC")));
    QVERIFY(!validation::isKnownTimeZone(QStringLiteral("Europe/Atlantis")));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
