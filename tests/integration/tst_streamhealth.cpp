// The stream health light, the checks before Live and Archive, and the
// schedule assistant, against the test RTSP server (gst-rtsp-server) on
// loopback, in the real main window.
#include "app/core/appsettings.h"
#include "app/editing/editsession.h"
#include "app/stream/scheduleassistant.h"
#include "app/stream/streamhealth.h"
#include "models/sitesettings.h"
#include "models/statehistorymodel.h"
#include "tests/support/rtspserver.h"
#include "tests/support/screenshot.h"
#include "tests/support/testdatabase.h"
#include "ui/dialogs/messagebox.h"
#include "ui/mainwindow.h"
#include "ui/presentations/schedulepanel.h"
#include "ui/preview/previewdock.h"
#include "ui/state/streamlight.h"
#include "ui/state/suggestionbar.h"
#include "ui/state/webcaststatepanel.h"
#include "ui/workshops/workshoplistpanel.h"

#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QUndoStack>

class TestStreamHealth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void monitor_greenThenRedWhenStoppedThenGreenAgain();
    void monitor_withoutAddressStaysIdle();
    void live_whileRed_asksAndSaysWhy();
    void archive_checksTheStreamFirst();
    void assistant_suggestsLiveAtStartAndConcludedAfterEnd();
    void assistant_waitsForAHealthyStream();

private:
    void openWindow();
    QRadioButton *stateButton(const char *key) const
    {
        return m_window->findChild<QRadioButton *>(QStringLiteral("stateButton_") +
                                                   QLatin1String(key));
    }
    QList<StateChange::Event> events(qint64 presentationId) const
    {
        QList<StateChange::Event> result;
        for (const StateChange &c : m_db->repo->history(SubjectKind::Presentation, presentationId))
            result.prepend(c.event); // oldest first
        return result;
    }

    std::unique_ptr<RtspServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_workshopId = 0;
    qint64 m_talkId = 0;
    qint64 m_secondTalkId = 0;
};

void TestStreamHealth::init()
{
    m_server = std::make_unique<RtspServer>(QStringLiteral("/vod/talk"));
    QVERIFY2(m_server->isRunning(), "the RTSP test server did not start");
    m_db = std::make_unique<TestDatabase>();
    Workshop w = sampleWorkshop();
    w.liveStreamUrl = m_server->url();
    m_workshopId = m_db->repo->addWorkshop(w).value();
    Presentation p = samplePresentation(m_workshopId);
    p.hasWebcast = true;
    m_talkId = m_db->repo->addPresentation(p).value();
    Presentation second = samplePresentation(m_workshopId, QStringLiteral("second"));
    second.title = QStringLiteral("Second talk");
    second.hasWebcast = true;
    second.startsAt = p.endsAt.addSecs(1800);
    second.endsAt = second.startsAt.addSecs(3600);
    m_secondTalkId = m_db->repo->addPresentation(second).value();
    MessageBox::clearLastMessage();
}

void TestStreamHealth::openWindow()
{
    m_session = std::make_unique<EditSession>(*m_db->repo, QStringLiteral("tester"));
    m_settings = std::make_unique<AppSettings>(m_db->dir.filePath(QStringLiteral("settings.ini")));
    // This test's own publish folder (the shared default names one database).
    QVERIFY(SiteSettingsStore(m_db->repo->database())
                .set(QStringLiteral("web-target"),
                     QUrl::fromLocalFile(m_db->dir.filePath(QStringLiteral("www"))).toString())
                .ok());
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    StreamHealthMonitor *health = m_window->streamHealth();
    health->setInterval(400);
    health->setRetryInterval(200);
    health->setTimeout(3000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->workshopList()->selectWorkshop(m_workshopId);
    QCOMPARE(health->url(), QUrl(m_server->url()));
}

void TestStreamHealth::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_session.reset();
    m_db.reset();
    m_server.reset();
}

void TestStreamHealth::monitor_greenThenRedWhenStoppedThenGreenAgain()
{
    StreamHealthMonitor monitor;
    monitor.setInterval(500);
    monitor.setRetryInterval(250);
    monitor.setTimeout(3000);
    QCOMPARE(monitor.light(), StreamLight::Unknown);
    monitor.setUrl(QUrl(m_server->url()));
    QTRY_COMPARE_WITH_TIMEOUT(monitor.light(), StreamLight::Green, 10000);
    QVERIFY2(monitor.summary().contains(QStringLiteral("h264")), qPrintable(monitor.summary()));
    QVERIFY(monitor.lastChecked().isValid());

    // Stopped: red within interval + retry + two refused checks.
    m_server->stop();
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.light(), StreamLight::Red, 10000);
    qInfo("server stopped -> light red after %lld ms", clock.elapsed());
    QVERIFY2(monitor.summary().contains(QStringLiteral("refused the connection")),
             qPrintable(monitor.summary()));

    QVERIFY(m_server->start());
    clock.restart();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.light(), StreamLight::Green, 10000);
    qInfo("server started -> light green after %lld ms", clock.elapsed());

    // On demand it also decodes a picture.
    const int before = monitor.checksDone();
    monitor.checkNow(true);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.checksDone() > before &&
                                 monitor.lastCheck().details.contains(QStringLiteral("decoded")),
                             15000);
}

void TestStreamHealth::monitor_withoutAddressStaysIdle()
{
    StreamHealthMonitor monitor;
    monitor.setInterval(100);
    monitor.setUrl(QUrl(m_server->url()));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.checksDone() > 0, 10000);
    monitor.setUrl(QUrl());
    QCOMPARE(monitor.light(), StreamLight::Unknown);
    QTRY_VERIFY(!monitor.isChecking());
    const int done = monitor.checksDone();
    QTest::qWait(500);
    QCOMPARE(monitor.checksDone(), done);
}

void TestStreamHealth::live_whileRed_asksAndSaysWhy()
{
    m_server->stop();
    openWindow();
    StreamHealthMonitor *health = m_window->streamHealth();
    QTRY_COMPARE_WITH_TIMEOUT(health->light(), StreamLight::Red, 10000);
    StreamLightWidget *light = m_window->statePanel()->streamLight();
    QVERIFY(light->isVisible());
    QVERIFY2(light->text().contains(QStringLiteral("refused")), qPrintable(light->text()));
    QVERIFY(light->text().contains(QStringLiteral("Last checked")));

    // Red: Live asks first, says why, and No keeps the state.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(stateButton("live"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("not answering")),
             qPrintable(MessageBox::lastMessage()));
    QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("refused the connection")));
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Upcoming);
    QVERIFY(!stateButton("live")->isChecked());
    // Yes goes ahead.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(stateButton("live"), Qt::LeftButton);
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Live);

    // Green: no question.
    QVERIFY(m_db->repo->setWorkshopState(m_workshopId, WebcastState::Upcoming, QStringLiteral("t"))
                .ok());
    QVERIFY(m_server->start());
    QTRY_COMPARE_WITH_TIMEOUT(health->light(), StreamLight::Green, 10000);
    MessageBox::clearLastMessage();
    QTest::mouseClick(stateButton("live"), Qt::LeftButton);
    QCOMPARE(m_db->repo->workshop(m_workshopId)->state, WebcastState::Live);
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
}

void TestStreamHealth::archive_checksTheStreamFirst()
{
    SiteSettingsStore settings(*m_db->db);
    QVERIFY(settings
                .set(QStringLiteral("rtsp-base"),
                     QStringLiteral("rtsp://127.0.0.1:%1/").arg(m_server->port()))
                .ok());
    Presentation p = *m_db->repo->presentation(m_talkId);
    p.webcastPath = QStringLiteral("vod");
    p.webcastFilename = QStringLiteral("missing");
    QVERIFY(m_db->repo->updatePresentation(p).ok());
    openWindow();
    m_window->schedule()->selectPresentation(m_talkId);
    QCOMPARE(m_window->statePanel()->scope(), SubjectKind::Presentation);

    // The archive's address does not answer: checked off the GUI thread,
    // then asked, with the reason; No keeps it. Until the answer the
    // buttons show the state the talk is in.
    MessageBox::clearLastMessage();
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(stateButton("archive"), Qt::LeftButton);
    QVERIFY(!stateButton("archive")->isChecked());
    QTRY_VERIFY2_WITH_TIMEOUT(MessageBox::lastMessage().contains(QStringLiteral("does not play")),
                              qPrintable(MessageBox::lastMessage()), 15000);
    QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("no stream at this address")),
             qPrintable(MessageBox::lastMessage()));
    QCOMPARE(m_db->repo->presentation(m_talkId)->state, WebcastState::Upcoming);

    // It answers: no question, straight to Archive.
    p = *m_db->repo->presentation(m_talkId);
    p.webcastFilename = QStringLiteral("talk");
    QVERIFY(m_db->repo->updatePresentation(p).ok());
    MessageBox::clearLastMessage();
    QTest::mouseClick(stateButton("archive"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_db->repo->presentation(m_talkId)->state, WebcastState::Archive,
                              15000);
    QVERIFY2(MessageBox::lastMessage().isEmpty(), qPrintable(MessageBox::lastMessage()));
}

void TestStreamHealth::assistant_suggestsLiveAtStartAndConcludedAfterEnd()
{
    openWindow();
    ScheduleAssistant *assistant = m_window->assistant();
    const Presentation talk = *m_db->repo->presentation(m_talkId);
    QDateTime now = talk.startsAt.addSecs(-300);
    assistant->setClock([&now] { return now; });
    QTRY_COMPARE_WITH_TIMEOUT(m_window->streamHealth()->light(), StreamLight::Green, 10000);
    SuggestionBar *bar = m_window->suggestionBar();

    assistant->evaluate(); // five minutes early: nothing
    QVERIFY(assistant->pending().isEmpty());
    QVERIFY(!bar->isVisible());

    now = talk.startsAt.addSecs(60);
    assistant->evaluate();
    QCOMPARE(assistant->pending().size(), 1);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Keynote")) &&
                 bar->text().contains(QStringLiteral("Set it to Live?")),
             qPrintable(bar->text()));
    QCOMPARE(events(m_talkId), QList<StateChange::Event>{StateChange::Event::Suggested});
    assistant->evaluate(); // asked once, not again
    QCOMPARE(assistant->pending().size(), 1);

    QTest::mouseClick(bar->acceptButton(), Qt::LeftButton);
    QCOMPARE(m_db->repo->presentation(m_talkId)->state, WebcastState::Live);
    QVERIFY(!bar->isVisible());
    QCOMPARE(events(m_talkId),
             (QList<StateChange::Event>{StateChange::Event::Suggested, StateChange::Event::Accepted,
                                        StateChange::Event::Change}));
    // The accepted flip is an ordinary one: undoable.
    QCOMPARE(m_session->undoStack()->count(), 1);

    // Ten minutes after the end: Concluded is suggested; dismissing keeps Live.
    now = talk.endsAt.addSecs(5 * 60);
    assistant->evaluate();
    QVERIFY(assistant->pending().isEmpty());
    now = talk.endsAt.addSecs(11 * 60);
    assistant->evaluate();
    QCOMPARE(assistant->pending().size(), 1);
    QCOMPARE(assistant->pending().first().to, WebcastState::Concluded);
    QTest::mouseClick(bar->dismissButton(), Qt::LeftButton);
    QCOMPARE(m_db->repo->presentation(m_talkId)->state, WebcastState::Live);
    QCOMPARE(events(m_talkId).last(), StateChange::Event::Dismissed);
    assistant->evaluate();
    QVERIFY(assistant->pending().isEmpty()); // a dismissed suggestion does not come back

    // The history panel shows the suggestion lines.
    m_window->schedule()->selectPresentation(m_talkId);
    auto *history = m_window->findChild<QListView *>(QStringLiteral("stateHistoryView"));
    QStringList lines;
    for (int row = 0; row < history->model()->rowCount(); ++row)
        lines << history->model()->index(row, 0).data().toString();
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("schedule assistant suggested")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("tester dismissed")));
}

void TestStreamHealth::assistant_waitsForAHealthyStream()
{
    m_server->stop();
    openWindow();
    ScheduleAssistant *assistant = m_window->assistant();
    const Presentation second = *m_db->repo->presentation(m_secondTalkId);
    QDateTime now = second.startsAt.addSecs(30);
    assistant->setClock([&now] { return now; });
    QTRY_COMPARE_WITH_TIMEOUT(m_window->streamHealth()->light(), StreamLight::Red, 10000);
    assistant->evaluate();
    QVERIFY(assistant->pending().isEmpty()); // the stream is down: no Live suggestion
    QVERIFY(events(m_secondTalkId).isEmpty());

    // The stream comes up during the talk: the suggestion follows by itself.
    QVERIFY(m_server->start());
    QTRY_COMPARE_WITH_TIMEOUT(assistant->pending().size(), 1, 10000);
    QCOMPARE(assistant->pending().first().presentationId, m_secondTalkId);
    QVERIFY(m_window->suggestionBar()->isVisible());
    // For a person to look at: the bar, the green light and the live preview.
    m_window->previewDock()->playLive();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->previewDock()->framesShown() > 10, 20000);
    testtools::screenshotIfAsked(QStringLiteral("window-suggestion-preview.png"));

    // Flipping the talk some other way withdraws the suggestion.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("scopeWorkshopButton")),
                      Qt::LeftButton);
    m_window->schedule()->selectPresentation(m_secondTalkId);
    // On a loaded machine a check may have been slow meanwhile: then Live
    // asks first, and the answer is yes.
    if (m_window->streamHealth()->light() != StreamLight::Green)
        MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(stateButton("live"), Qt::LeftButton);
    QCOMPARE(m_db->repo->presentation(m_secondTalkId)->state, WebcastState::Live);
    QVERIFY(assistant->pending().isEmpty());
    QVERIFY(!m_window->suggestionBar()->isVisible());
}

QTEST_MAIN(TestStreamHealth)
#include "tst_streamhealth.moc"
