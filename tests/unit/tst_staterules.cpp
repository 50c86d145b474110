#include "models/staterules.h"
#include "tests/support/testdatabase.h"

#include <QTest>

class TestStateRules : public QObject
{
    Q_OBJECT

private slots:
    void keys_roundTrip();
    void unknownKey_isRefused();
    void workshop_liveNeedsLiveUrl();
    void workshop_externalNeedsExternalUrl();
    void workshop_archiveNeedsAnArchivedTalk();
    void workshop_upcomingAndConcludedAlwaysPossible();
    void presentation_liveUsesWorkshopLiveUrl();
    void presentation_liveUsesItsRoomsStreamFirst();
    void presentation_archiveNeedsAllThree_data();
    void presentation_archiveNeedsAllThree();
    void presentation_externalNeedsOwnUrl();
    void refusal_saysWhyAndHowToFix();
};

void TestStateRules::keys_roundTrip()
{
    QCOMPARE(allStates().size(), 5);
    for (WebcastState s : allStates())
        QCOMPARE(stateFromKey(stateKey(s)), std::optional<WebcastState>(s));
    QCOMPARE(stateKey(WebcastState::Live), QStringLiteral("live"));
}

void TestStateRules::unknownKey_isRefused()
{
    QVERIFY(!stateFromKey(u"Live"));
    QVERIFY(!stateFromKey(u"on-air"));
    QVERIFY(!stateFromKey(u""));
}

void TestStateRules::workshop_liveNeedsLiveUrl()
{
    Workshop w = sampleWorkshop();
    QVERIFY(!staterules::forWorkshop(w, {}, WebcastState::Live).allowed);
    w.liveStreamUrl = QStringLiteral("rtsp://host/live");
    QVERIFY(staterules::forWorkshop(w, {}, WebcastState::Live).allowed);
}

void TestStateRules::workshop_externalNeedsExternalUrl()
{
    Workshop w = sampleWorkshop();
    QVERIFY(!staterules::forWorkshop(w, {}, WebcastState::External).allowed);
    w.externalUrl = QStringLiteral("https://partner.example.org/");
    QVERIFY(staterules::forWorkshop(w, {}, WebcastState::External).allowed);
}

void TestStateRules::workshop_archiveNeedsAnArchivedTalk()
{
    const Workshop w = sampleWorkshop();
    Presentation p = samplePresentation(1);
    QVERIFY(!staterules::forWorkshop(w, {}, WebcastState::Archive).allowed);
    QVERIFY(!staterules::forWorkshop(w, {p}, WebcastState::Archive).allowed);
    p.hasWebcast = true;
    p.webcastPath = QStringLiteral("spring");
    p.webcastFilename = QStringLiteral("keynote.mov");
    QVERIFY(staterules::forWorkshop(w, {p}, WebcastState::Archive).allowed);
}

void TestStateRules::workshop_upcomingAndConcludedAlwaysPossible()
{
    const Workshop w = sampleWorkshop();
    QVERIFY(staterules::forWorkshop(w, {}, WebcastState::Upcoming).allowed);
    QVERIFY(staterules::forWorkshop(w, {}, WebcastState::Concluded).allowed);
}

void TestStateRules::presentation_liveUsesWorkshopLiveUrl()
{
    Workshop w = sampleWorkshop();
    const Presentation p = samplePresentation(1);
    QVERIFY(!staterules::forPresentation(p, w, WebcastState::Live).allowed);
    w.liveStreamUrl = QStringLiteral("rtsp://host/live");
    QVERIFY(staterules::forPresentation(p, w, WebcastState::Live).allowed);
}

void TestStateRules::presentation_liveUsesItsRoomsStreamFirst()
{
    Workshop w = sampleWorkshop();
    Presentation p = samplePresentation(1);
    p.room = QStringLiteral("Saal 2");
    Room other;
    other.name = QStringLiteral("Hall 1");
    other.liveStreamUrl = QStringLiteral("rtsp://host/hall");
    Room own;
    own.name = QStringLiteral("Saal 2");
    // A stream in another room does not help; one in the talk's room does.
    QVERIFY(!staterules::forPresentation(p, w, WebcastState::Live, {other, own}).allowed);
    own.liveStreamUrl = QStringLiteral("rtsp://host/saal2");
    QVERIFY(staterules::forPresentation(p, w, WebcastState::Live, {other, own}).allowed);
    QCOMPARE(staterules::liveStreamFor(p, w, {other, own}), QStringLiteral("rtsp://host/saal2"));
    // Without a stream of its own the room uses the workshop's.
    own.liveStreamUrl.clear();
    w.liveStreamUrl = QStringLiteral("rtsp://host/live");
    QCOMPARE(staterules::liveStreamFor(p, w, {other, own}), QStringLiteral("rtsp://host/live"));
}

void TestStateRules::presentation_archiveNeedsAllThree_data()
{
    QTest::addColumn<bool>("hasWebcast");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("all three") << true << "spring"
                               << "k.mov" << true;
    QTest::newRow("not ticked") << false << "spring"
                                << "k.mov" << false;
    QTest::newRow("no path") << true << ""
                             << "k.mov" << false;
    QTest::newRow("no file") << true << "spring"
                             << "" << false;
    QTest::newRow("blank file") << true << "spring"
                                << "   " << false;
}

void TestStateRules::presentation_archiveNeedsAllThree()
{
    QFETCH(bool, hasWebcast);
    QFETCH(QString, path);
    QFETCH(QString, file);
    QFETCH(bool, allowed);
    Presentation p = samplePresentation(1);
    p.hasWebcast = hasWebcast;
    p.webcastPath = path;
    p.webcastFilename = file;
    QCOMPARE(staterules::forPresentation(p, sampleWorkshop(), WebcastState::Archive).allowed,
             allowed);
}

void TestStateRules::presentation_externalNeedsOwnUrl()
{
    Workshop w = sampleWorkshop();
    w.externalUrl = QStringLiteral("https://partner.example.org/");
    Presentation p = samplePresentation(1);
    QVERIFY(!staterules::forPresentation(p, w, WebcastState::External).allowed);
    p.externalUrl = QStringLiteral("https://partner.example.org/talk");
    QVERIFY(staterules::forPresentation(p, w, WebcastState::External).allowed);
}

void TestStateRules::refusal_saysWhyAndHowToFix()
{
    const StateAvailability a =
        staterules::forPresentation(samplePresentation(1), sampleWorkshop(), WebcastState::Archive);
    QVERIFY(!a.allowed);
    QVERIFY(!a.reason.isEmpty());
    QVERIFY(a.fix.contains(QStringLiteral("Drop the archive file")));
}

QTEST_GUILESS_MAIN(TestStateRules)
#include "tst_staterules.moc"
