// Drives the real state panel with mouse and keyboard, and checks the
// database, as a helper would use it on the day.
#include "app/editing/editsession.h"
#include "models/sitesettings.h"
#include "tests/support/testdatabase.h"
#include "ui/dialogs/messagebox.h"
#include "ui/state/webcaststatepanel.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QUndoStack>

class TestStatePanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickingEachButton_changesDatabase();
    void disabledButton_cannotBeChosenAndSaysWhy();
    void archiveWithoutStreamingAddress_saysWhichSettingIsMissing();
    void undo_restoresPreviousStateAndButton();
    void arrowKeys_moveFocusWithoutFlipping();
    void spaceKey_choosesFocusedState();
    void selectingTalk_switchesScope();
    void history_listsFlips();

private:
    QRadioButton *button(WebcastState s) const
    {
        return m_panel->findChild<QRadioButton *>(QStringLiteral("stateButton_") + stateKey(s));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<WebcastStatePanel> m_panel;
    qint64 m_workshopId = 0;
    qint64 m_talkId = 0;
};

void TestStatePanel::init()
{
    m_db = std::make_unique<TestDatabase>();
    Workshop w = sampleWorkshop();
    w.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/live");
    w.externalUrl = QStringLiteral("https://partner.example.org/");
    m_workshopId = m_db->repo->addWorkshop(w).value();
    Presentation p = samplePresentation(m_workshopId);
    p.hasWebcast = true;
    p.webcastPath = QStringLiteral("spring-school");
    p.webcastFilename = QStringLiteral("keynote.mov");
    m_talkId = m_db->repo->addPresentation(p).value();
    // Archive needs somewhere to play from.
    QVERIFY(SiteSettingsStore(*m_db->db)
                .set(QStringLiteral("rtsp-base"), QStringLiteral("rtsp://stream.example.org/vod/"))
                .ok());
    m_session = std::make_unique<EditSession>(*m_db->repo, QStringLiteral("helper"));
    m_panel = std::make_unique<WebcastStatePanel>(*m_session);
    m_panel->setWorkshop(m_workshopId);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestStatePanel::cleanup()
{
    m_panel.reset();
    m_session.reset();
    m_db.reset();
}

void TestStatePanel::clickingEachButton_changesDatabase()
{
    for (WebcastState s : {WebcastState::Live, WebcastState::Concluded, WebcastState::Archive,
                           WebcastState::External, WebcastState::Upcoming}) {
        QRadioButton *b = button(s);
        QVERIFY(b);
        QVERIFY2(b->isEnabled(), qPrintable(stateKey(s)));
        QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(m_db->repo->workshop(m_workshopId)->state, s);
        QVERIFY(b->isChecked());
        for (WebcastState other : allStates()) {
            if (other != s)
                QVERIFY(!button(other)->isChecked());
        }
    }
}

void TestStatePanel::disabledButton_cannotBeChosenAndSaysWhy()
{
    Workshop w = *m_db->repo->workshop(m_workshopId);
    w.liveStreamUrl.clear();
    QVERIFY(m_db->repo->updateWorkshop(w).ok()); // the panel follows the change
    QRadioButton *live = button(WebcastState::Live);
    QVERIFY(!live->isEnabled());
    auto *reason = m_panel->findChild<QLabel *>(QStringLiteral("stateReason_live"));
    QVERIFY(reason && reason->isVisible());
    QVERIFY(reason->text().contains(QStringLiteral("live stream URL")));
    QTest::mouseClick(live, Qt::LeftButton);
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Upcoming);
    m_panel->choose(WebcastState::Live); // the menu shortcut obeys too
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Upcoming);
    QVERIFY(!live->isChecked());
}

void TestStatePanel::archiveWithoutStreamingAddress_saysWhichSettingIsMissing()
{
    // A page in Archive that cannot play is a contradiction: without a
    // streaming address Archive cannot be chosen, and says what to set.
    QVERIFY(SiteSettingsStore(*m_db->db).set(QStringLiteral("rtsp-base"), QString()).ok());
    m_panel->setWorkshop(m_workshopId); // looked at again
    QRadioButton *archive = button(WebcastState::Archive);
    QVERIFY(!archive->isEnabled());
    auto *reason = m_panel->findChild<QLabel *>(QStringLiteral("stateReason_archive"));
    QVERIFY(reason);
    QVERIFY2(reason->text().contains(QStringLiteral("streaming server")),
             qPrintable(reason->text()));
    const Status refused = m_session->setWorkshopState(m_workshopId, WebcastState::Archive);
    QVERIFY(!refused.ok());
    // The HTTP/HLS base alone is enough.
    QVERIFY(
        SiteSettingsStore(*m_db->db)
            .set(QStringLiteral("playback-base"), QStringLiteral("https://stream.example.org/hls/"))
            .ok());
    m_panel->setWorkshop(m_workshopId);
    QVERIFY(button(WebcastState::Archive)->isEnabled());
}

void TestStatePanel::undo_restoresPreviousStateAndButton()
{
    QTest::mouseClick(button(WebcastState::Live), Qt::LeftButton);
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Live);
    m_session->undoStack()->undo();
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Upcoming);
    QVERIFY(button(WebcastState::Upcoming)->isChecked());
    QVERIFY(!button(WebcastState::Live)->isChecked());
}

void TestStatePanel::arrowKeys_moveFocusWithoutFlipping()
{
    QRadioButton *upcoming = button(WebcastState::Upcoming);
    upcoming->setFocus();
    QTRY_VERIFY(upcoming->hasFocus());
    QTest::keyClick(upcoming, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), button(WebcastState::Live));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), button(WebcastState::Concluded));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget(), button(WebcastState::Live));
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Upcoming);
    QVERIFY(upcoming->isChecked());
}

void TestStatePanel::spaceKey_choosesFocusedState()
{
    QRadioButton *concluded = button(WebcastState::Concluded);
    concluded->setFocus();
    QTRY_VERIFY(concluded->hasFocus());
    QTest::keyClick(concluded, Qt::Key_Space);
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Concluded);
}

void TestStatePanel::selectingTalk_switchesScope()
{
    m_panel->setPresentation(m_talkId);
    QCOMPARE(m_panel->scope(), SubjectKind::Presentation);
    QTest::mouseClick(button(WebcastState::Archive), Qt::LeftButton);
    QCOMPARE(m_db->repo->presentation(m_talkId)->state, WebcastState::Archive);
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Upcoming);
    auto *workshopScope = m_panel->findChild<QPushButton *>(QStringLiteral("scopeWorkshopButton"));
    QTest::mouseClick(workshopScope, Qt::LeftButton);
    QCOMPARE(m_panel->scope(), SubjectKind::Workshop);
    QVERIFY(button(WebcastState::Upcoming)->isChecked());
}

void TestStatePanel::history_listsFlips()
{
    QTest::mouseClick(button(WebcastState::Live), Qt::LeftButton);
    QTest::mouseClick(button(WebcastState::Concluded), Qt::LeftButton);
    auto *history = m_panel->findChild<QListView *>(QStringLiteral("stateHistoryView"));
    // Two flips, then the workshop's addition: edits are in the history too.
    QCOMPARE(history->model()->rowCount(), 3);
    QVERIFY(history->model()->index(0, 0).data().toString().contains(QStringLiteral("helper")));
    QVERIFY(history->model()->index(2, 0).data().toString().contains(QStringLiteral("added")));
}

QTEST_MAIN(TestStatePanel)
#include "tst_statepanel.moc"
