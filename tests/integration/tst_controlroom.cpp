// The control room (View → Control Room) against the test RTSP server with
// several mounts: one that plays, one on a stopped server, one that never
// existed; with a clock of the test's own. Also `webcast-admin now`.
#include "app/core/appsettings.h"
#include "app/editing/editsession.h"
#include "app/stream/controlroom.h"
#include "app/stream/stillpicture.h"
#include "app/stream/streamhealth.h"
#include "models/sitesettings.h"
#include "tests/support/rtspserver.h"
#include "tests/support/screenshot.h"
#include "tests/support/testdatabase.h"
#include "ui/controlroom/controlroomwindow.h"
#include "ui/controlroom/roomtile.h"
#include "ui/mainwindow.h"
#include "ui/preview/previewdock.h"

#include <QAction>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

class TestControlRoom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tiles_showTodaysRoomsOnly();
    void lights_matchTheirMounts_andTheLiveOneHasAPicture();
    void step_flipsTheRightTalk_andUndoes();
    void step_goLiveWhileTheLightIsRed_asksFirst();
    void keyboard_numbersChooseSpaceStepsCtrlZUndoes();
    void otherSeatsFlip_showsOnTheTile();
    void now_printsTheRoomsAtATime();
    void now_checksTheStreams();
    void mainWindow_opensItAndPreviewsARoom();
    void layout_fillsTheScreen_data();
    void layout_fillsTheScreen();

private:
    QDateTime at(int hour, int minute, int dayOffset = 0) const
    {
        return QDateTime(m_day.addDays(dayOffset), QTime(hour, minute), m_zone).toUTC();
    }
    qint64 addTalk(qint64 workshopId, const QString &slug, const QString &room, int startHour,
                   int endHour, WebcastState state, int dayOffset = 0);
    void openWindow();
    RoomTile *tile(const QString &name) const;
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run runCli(const QStringList &args);

    QTimeZone m_zone{"Europe/Berlin"};
    QDate m_day;
    QDateTime m_now;
    std::unique_ptr<RtspServer> m_server;  // /room-a plays; /never-was is not a mount
    std::unique_ptr<RtspServer> m_stopped; // a stream whose server went away
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<ControlRoomWindow> m_window;
    qint64 m_workshop = 0;
    QHash<QString, qint64> m_talks;
};

void TestControlRoom::initTestCase()
{
    // A pipeline per client: the wall checks and decodes many times at once.
    m_server = std::make_unique<RtspServer>(QStringList{QStringLiteral("/room-a")},
                                            RtspServer::Sharing::PerClient);
    QVERIFY2(m_server->isRunning(), "the RTSP test server did not start");
    m_stopped = std::make_unique<RtspServer>(QStringLiteral("/room-b"));
    m_stopped->stop();
    m_day = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    m_now = at(10, 15);
}

qint64 TestControlRoom::addTalk(qint64 workshopId, const QString &slug, const QString &room,
                                int startHour, int endHour, WebcastState state, int dayOffset)
{
    Presentation p = samplePresentation(workshopId, slug);
    p.title = QStringLiteral("Talk %1").arg(slug);
    p.speakerName = QStringLiteral("Speaker %1").arg(slug);
    p.room = room;
    p.hasWebcast = true;
    p.startsAt = at(startHour, 0, dayOffset);
    p.endsAt = at(endHour, 0, dayOffset);
    const Result<qint64> id = m_db->repo->addPresentation(p);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    if (state != WebcastState::Upcoming) {
        // Through the rules, as a helper would: Live before Concluded.
        if (const Status s = m_db->repo->setPresentationState(id.value(), WebcastState::Live,
                                                              QStringLiteral("setup"));
            !s)
            qFatal("%s", qPrintable(s.error()));
        if (state == WebcastState::Concluded &&
            !m_db->repo->setPresentationState(id.value(), state, QStringLiteral("setup")))
            qFatal("cannot conclude");
    }
    m_talks.insert(slug, id.value());
    return id.value();
}

void TestControlRoom::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_talks.clear();
    m_now = at(10, 15);
    // Today and tomorrow, four rooms with streams of their own (A plays, B's
    // server stopped, C never existed, D has none) and one (E) used tomorrow.
    Workshop w = sampleWorkshop(QStringLiteral("multi"));
    w.title = QStringLiteral("Multi-room Days");
    w.firstDay = m_day;
    w.lastDay = m_day.addDays(1);
    w.timeZone = QString::fromUtf8(m_zone.id());
    m_workshop = m_db->repo->addWorkshop(w).value();
    const QList<Room> rooms{
        {0, m_workshop, QStringLiteral("Hall A"), {}, m_server->url(QStringLiteral("/room-a")), 0},
        {0, m_workshop, QStringLiteral("Hall B"), {}, m_stopped->url(QStringLiteral("/room-b")), 1},
        {0,
         m_workshop,
         QStringLiteral("Hall C"),
         {},
         m_server->url(QStringLiteral("/never-was")),
         2},
        {0, m_workshop, QStringLiteral("Foyer <b>D</b>"), {}, {}, 3},
        {0, m_workshop, QStringLiteral("Hall E"), {}, m_server->url(QStringLiteral("/room-a")), 4},
    };
    // A name with a tab would break `now`'s columns: refused like a talk's room.
    QList<Room> hostile = rooms;
    hostile[3].name = QStringLiteral("Foyer\tD");
    const Status refused = m_db->repo->setRooms(m_workshop, hostile);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("control characters")),
             qPrintable(refused.error()));
    QVERIFY(m_db->repo->setRooms(m_workshop, rooms));
    addTalk(m_workshop, QStringLiteral("a1"), QStringLiteral("Hall A"), 10, 11,
            WebcastState::Upcoming);
    addTalk(m_workshop, QStringLiteral("a2"), QStringLiteral("Hall A"), 11, 12,
            WebcastState::Upcoming);
    addTalk(m_workshop, QStringLiteral("b1"), QStringLiteral("Hall B"), 9, 10, WebcastState::Live);
    addTalk(m_workshop, QStringLiteral("c1"), QStringLiteral("Hall C"), 10, 11,
            WebcastState::Upcoming);
    addTalk(m_workshop, QStringLiteral("d1"), QStringLiteral("Foyer <b>D</b>"), 14, 15,
            WebcastState::Upcoming);
    addTalk(m_workshop, QStringLiteral("e1"), QStringLiteral("Hall E"), 10, 11,
            WebcastState::Upcoming, 1);
    // Yesterday's workshop, in the same rooms' names: not today.
    Workshop old = sampleWorkshop(QStringLiteral("yesterday"));
    old.firstDay = old.lastDay = m_day.addDays(-1);
    old.timeZone = QString::fromUtf8(m_zone.id());
    old.liveStreamUrl = m_server->url(QStringLiteral("/room-a"));
    const qint64 oldId = m_db->repo->addWorkshop(old).value();
    addTalk(oldId, QStringLiteral("old1"), QStringLiteral("Hall A"), 10, 11, WebcastState::Upcoming,
            -1);
    m_session = std::make_unique<EditSession>(*m_db->repo, QStringLiteral("tester"));
}

void TestControlRoom::cleanup()
{
    m_window.reset();
    QVERIFY2(m_server->isAlive(), qPrintable(m_server->exitDescription()));
    m_session.reset();
    m_db.reset();
}

void TestControlRoom::openWindow()
{
    m_window = std::make_unique<ControlRoomWindow>(*m_session);
    m_window->setIntervals(500, 1500);
    m_window->setClock([this] { return m_now; });
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

RoomTile *TestControlRoom::tile(const QString &name) const
{
    for (RoomTile *t : m_window->tiles())
        if (t->room().displayName() == name)
            return t;
    return nullptr;
}

TestControlRoom::Run TestControlRoom::runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WEBCAST_ADMIN_DATABASE"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("WEBCAST_ADMIN_BINARY"),
            QStringList{QStringLiteral("--database"), m_db->path()} + args);
    if (!p.waitForFinished(60000))
        qFatal("webcast-admin did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestControlRoom::tiles_showTodaysRoomsOnly()
{
    openWindow();
    QStringList names;
    for (RoomTile *t : m_window->tiles())
        names.append(t->room().displayName());
    // E is used tomorrow, yesterday's workshop not at all.
    QCOMPARE(names, (QStringList{QStringLiteral("Hall A"), QStringLiteral("Hall B"),
                                 QStringLiteral("Hall C"), QStringLiteral("Foyer <b>D</b>")}));
    RoomTile *a = tile(QStringLiteral("Hall A"));
    QCOMPARE(a->room().current->slug, QStringLiteral("a1"));
    QCOMPARE(a->room().next->slug, QStringLiteral("a2"));
    QCOMPARE(a->findChild<QLabel *>(QStringLiteral("tileNowTitle"))->property("fullText"),
             QStringLiteral("Talk a1"));
    // A talk still Live after its slot is the one on now.
    QCOMPARE(tile(QStringLiteral("Hall B"))->room().current->slug, QStringLiteral("b1"));
    QVERIFY(!tile(QStringLiteral("Foyer <b>D</b>"))->room().current);
    // Names from a schedule are shown as text, never as markup.
    QCOMPARE(tile(QStringLiteral("Foyer <b>D</b>"))
                 ->findChild<QLabel *>(QStringLiteral("tileRoom"))
                 ->textFormat(),
             Qt::PlainText);
}

void TestControlRoom::lights_matchTheirMounts_andTheLiveOneHasAPicture()
{
    openWindow();
    RoomTile *a = tile(QStringLiteral("Hall A"));
    RoomTile *b = tile(QStringLiteral("Hall B"));
    RoomTile *c = tile(QStringLiteral("Hall C"));
    RoomTile *d = tile(QStringLiteral("Foyer <b>D</b>"));
    StreamHealthMonitor *ma = m_window->monitorFor(a->room().streamUrl);
    StreamHealthMonitor *mb = m_window->monitorFor(b->room().streamUrl);
    StreamHealthMonitor *mc = m_window->monitorFor(c->room().streamUrl);
    QVERIFY(ma && mb && mc);
    QVERIFY(!m_window->monitorFor(d->room().streamUrl));
    QTRY_COMPARE_WITH_TIMEOUT(ma->light(), StreamLight::Green, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(mb->light(), StreamLight::Red, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(mc->light(), StreamLight::Red, 15000);
    QVERIFY2(b->lightSummary().contains(QStringLiteral("refused")), qPrintable(b->lightSummary()));
    QVERIFY2(c->lightSummary().contains(QStringLiteral("404")), qPrintable(c->lightSummary()));
    QVERIFY2(d->lightSummary().contains(QStringLiteral("No live stream address")),
             qPrintable(d->lightSummary()));

    // A picture for the stream that plays: a real frame (the test pattern's
    // colour bars), not a grey smear from before a key frame.
    QTRY_VERIFY_WITH_TIMEOUT(a->stillView()->hasPicture(), 20000);
    const QImage picture = m_window->stillFor(a->room().streamUrl)->picture();
    QVERIFY(picture.width() <= 480 && picture.width() >= 64);
    QSet<QRgb> colours;
    for (int x = 0; x < picture.width(); x += 4)
        colours.insert(picture.pixel(x, picture.height() / 4));
    QVERIFY2(colours.size() >= 5, "the picture has no colour bars");
    // The others say why they have none.
    QTRY_VERIFY(b->stillView()->message().contains(QStringLiteral("stream is down")));
    QTRY_VERIFY(c->stillView()->message().contains(QStringLiteral("stream is down")));
    QVERIFY(d->stillView()->message().contains(QStringLiteral("no live stream address")));
    // A stream that is down is not decoded again and again.
    QVERIFY(m_window->stillFor(b->room().streamUrl)->isPaused());

    // One click on the picture asks for that room's preview.
    QSignalSpy preview(m_window.get(), &ControlRoomWindow::previewRequested);
    QTest::mouseClick(a->stillView(), Qt::LeftButton);
    QCOMPARE(preview.size(), 1);
    QCOMPARE(preview.at(0).at(0).toUrl(), a->room().streamUrl);
    testtools::screenshotIfAsked(QStringLiteral("control-room-mounts.png"));
}

void TestControlRoom::step_flipsTheRightTalk_andUndoes()
{
    openWindow();
    RoomTile *a = tile(QStringLiteral("Hall A"));
    RoomTile *b = tile(QStringLiteral("Hall B"));
    // B's talk ended at 10:00 and is still Live: conclude it.
    QCOMPARE(b->step().step, controlroom::Step::Conclude);
    QCOMPARE(b->step().presentationId, m_talks.value(QStringLiteral("b1")));
    QCOMPARE(b->stepButton()->text(), QStringLiteral("Conclude"));
    QTest::mouseClick(b->stepButton(), Qt::LeftButton);
    QCOMPARE(m_db->repo->presentation(m_talks.value(QStringLiteral("b1")))->state,
             WebcastState::Concluded);
    // The tile follows: Concluded, and nothing to do until its recording is in place.
    QTRY_COMPARE(b->step().step, controlroom::Step::None);
    QCOMPARE(m_db->repo->presentation(m_talks.value(QStringLiteral("a1")))->state,
             WebcastState::Upcoming);

    // A's talk started at 10:00: Go Live once the light is green.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->monitorFor(a->room().streamUrl)->light(),
                              StreamLight::Green, 15000);
    QTRY_COMPARE(a->step().step, controlroom::Step::GoLive);
    QTest::mouseClick(a->stepButton(), Qt::LeftButton);
    QCOMPARE(m_db->repo->presentation(m_talks.value(QStringLiteral("a1")))->state,
             WebcastState::Live);
    m_session->undoStack()->undo();
    QCOMPARE(m_db->repo->presentation(m_talks.value(QStringLiteral("a1")))->state,
             WebcastState::Upcoming);
    m_session->undoStack()->undo();
    QCOMPARE(m_db->repo->presentation(m_talks.value(QStringLiteral("b1")))->state,
             WebcastState::Live);

    // Its recording in place, a concluded talk is archived from the tile.
    SiteSettingsStore store(*m_db->db);
    SiteSettings settings = store.load();
    settings.rtspBase = QStringLiteral("rtsp://streaming.example.org/archive/");
    QVERIFY(store.save(settings));
    m_now = at(12, 30);
    QVERIFY(m_session->setPresentationState(m_talks.value(QStringLiteral("b1")),
                                            WebcastState::Concluded));
    Presentation b1 = *m_db->repo->presentation(m_talks.value(QStringLiteral("b1")));
    b1.webcastPath = QStringLiteral("multi");
    b1.webcastFilename = QStringLiteral("b1.mp4");
    QVERIFY(m_db->repo->updatePresentation(b1));
    QTRY_COMPARE(b->step().step, controlroom::Step::Archive);
    QTest::mouseClick(b->stepButton(), Qt::LeftButton);
    QCOMPARE(m_db->repo->presentation(b1.id)->state, WebcastState::Archive);
}

void TestControlRoom::step_goLiveWhileTheLightIsRed_asksFirst()
{
    openWindow();
    RoomTile *c = tile(QStringLiteral("Hall C"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->monitorFor(c->room().streamUrl)->light(), StreamLight::Red,
                              15000);
    QTRY_COMPARE(c->step().step, controlroom::Step::GoLive);
    QVERIFY(c->step().why.contains(QStringLiteral("down")));
    // The window's guard is the state panel's (StateGuard): asked with this
    // room's light. No: nothing changes.
    const StreamHealthMonitor *asked = nullptr;
    m_window->setGuard([&](QWidget *, qint64, WebcastState to, const StreamHealthMonitor *health,
                           std::function<void(bool)> answer) {
        QCOMPARE(to, WebcastState::Live);
        asked = health;
        answer(false);
    });
    QTest::mouseClick(c->stepButton(), Qt::LeftButton);
    QCOMPARE(asked, m_window->monitorFor(c->room().streamUrl));
    QCOMPARE(m_db->repo->presentation(m_talks.value(QStringLiteral("c1")))->state,
             WebcastState::Upcoming);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestControlRoom::keyboard_numbersChooseSpaceStepsCtrlZUndoes()
{
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2);
    RoomTile *b = tile(QStringLiteral("Hall B"));
    QTRY_VERIFY(b->hasFocus());
    QCOMPARE(b->step().step, controlroom::Step::Conclude);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(m_db->repo->presentation(m_talks.value(QStringLiteral("b1")))->state,
             WebcastState::Concluded);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_db->repo->presentation(m_talks.value(QStringLiteral("b1")))->state,
             WebcastState::Live);
    // Keys beyond the rooms choose nothing; the choice stays.
    QTest::keyClick(m_window.get(), Qt::Key_9);
    QVERIFY(b->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_1);
    QTRY_VERIFY(tile(QStringLiteral("Hall A"))->hasFocus());
    // F11 fills the screen, Esc leaves it.
    QTest::keyClick(m_window.get(), Qt::Key_F11);
    QTRY_VERIFY(m_window->isFullScreen());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isFullScreen());
}

void TestControlRoom::otherSeatsFlip_showsOnTheTile()
{
    openWindow();
    RoomTile *a = tile(QStringLiteral("Hall A"));
    // Another seat (or the command line) flips: the repository's signal
    // (TeamListener's on a team database) reaches the tile.
    QVERIFY(m_db->repo->setPresentationState(m_talks.value(QStringLiteral("a1")),
                                             WebcastState::Live, QStringLiteral("other")));
    QTRY_COMPARE(a->findChild<QLabel *>(QStringLiteral("tileState"))->text(),
                 stateDisplayName(WebcastState::Live));
    QVERIFY(a->step().step != controlroom::Step::GoLive);
    // The same tile object stayed (focus and layout do not jump).
    QCOMPARE(tile(QStringLiteral("Hall A")), a);
}

void TestControlRoom::now_printsTheRoomsAtATime()
{
    const Run r =
        runCli({QStringLiteral("now"), QStringLiteral("--at"), m_now.toString(Qt::ISODate)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("Hall A\tmulti/a1\tupcoming\t-\t-\n"
                                   "Hall B\tmulti/b1\tlive\t-\t-\n"
                                   "Hall C\tmulti/c1\tupcoming\t-\t-\n"
                                   "Foyer <b>D</b>\tmulti/-\t-\t-\t-\n"));
    // Tomorrow: room E only (and the rest of the day's rooms are not in use).
    const Run tomorrow = runCli({QStringLiteral("now"), QStringLiteral("--at"),
                                 at(10, 30, 1).toTimeZone(m_zone).toString(Qt::ISODate)});
    QCOMPARE(tomorrow.out, QStringLiteral("Hall E\tmulti/e1\tupcoming\t-\t-\n"));
    const Run bad =
        runCli({QStringLiteral("now"), QStringLiteral("--at"), QStringLiteral("half past ten")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--at wants an ISO date")), qPrintable(bad.err));
    QCOMPARE(bad.out, QString());
    const Run misplaced = runCli({QStringLiteral("list"), QStringLiteral("--check")});
    QCOMPARE(misplaced.code, 2);
}

void TestControlRoom::now_checksTheStreams()
{
    const Run r = runCli({QStringLiteral("now"), QStringLiteral("--check"), QStringLiteral("--at"),
                          m_now.toString(Qt::ISODate)});
    QCOMPARE(r.code, 1); // a stream is down
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Hall A\tmulti/a1\tupcoming\tup\th264")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Hall B\tmulti/b1\tlive\tdown\tthe server "
                                                   "refused the connection")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("Hall C\tmulti/c1\tupcoming\tdown\tno stream "
                                                   "at this address")),
             qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3),
             QStringLiteral("Foyer <b>D</b>\tmulti/-\t-\tnone\tno live stream address"));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 4);
}

void TestControlRoom::mainWindow_opensItAndPreviewsARoom()
{
    AppSettings settings(m_db->dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(SiteSettingsStore(*m_db->db)
                .set(QStringLiteral("web-target"),
                     QUrl::fromLocalFile(m_db->dir.filePath(QStringLiteral("www"))).toString())
                .ok());
    MainWindow window(*m_session, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.controlRoom());
    auto *open = window.findChild<QAction *>(QStringLiteral("actionControlRoom"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    open->trigger();
    ControlRoomWindow *wall = window.controlRoom();
    QVERIFY(wall && wall->isVisible());
    QCOMPARE(wall->tiles().size(), 4); // the real clock: today's rooms, whatever the hour
    // A click on a room's picture plays that room in the main window's preview.
    RoomTile *a = nullptr;
    for (RoomTile *t : wall->tiles())
        if (t->room().roomName == QLatin1String("Hall A"))
            a = t;
    QVERIFY(a);
    QTest::mouseClick(a->stillView(), Qt::LeftButton);
    QTRY_VERIFY(window.previewDock()->isVisible());
    QCOMPARE(window.previewDock()->findChild<QLabel *>(QStringLiteral("previewSource"))->text(),
             QStringLiteral("Live stream of Hall A (Multi-room Days)"));
    // The picture in the dock comes from the room's stream, not the
    // selected workshop's.
    QTRY_VERIFY_WITH_TIMEOUT(window.previewDock()->framesShown() > 0, 20000);
    window.previewDock()->stop();
    // Closing the main window closes the wall too (or the program would
    // keep running behind a control room nobody asked to keep).
    window.close();
    QVERIFY(!wall->isVisible());
}

void TestControlRoom::layout_fillsTheScreen_data()
{
    QTest::addColumn<int>("rooms");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("columns");
    QTest::newRow("1 at 1920x1080") << 1 << QSize(1920, 1080) << 1;
    QTest::newRow("4 at 1920x1080") << 4 << QSize(1920, 1080) << 2;
    QTest::newRow("9 at 1920x1080") << 9 << QSize(1920, 1080) << 3;
    QTest::newRow("1 at 1366x768") << 1 << QSize(1366, 768) << 1;
    QTest::newRow("4 at 1366x768") << 4 << QSize(1366, 768) << 2;
    QTest::newRow("9 at 1366x768") << 9 << QSize(1366, 768) << 3;
    QTest::newRow("12 at 1366x768") << 12 << QSize(1366, 768) << 4;
}

void TestControlRoom::layout_fillsTheScreen()
{
    QFETCH(int, rooms);
    QFETCH(QSize, size);
    QFETCH(int, columns);
    // A conference day: N rooms, each with a talk on now, every second
    // one live on the stream that plays, the others on one that is down.
    m_db = std::make_unique<TestDatabase>();
    m_session = std::make_unique<EditSession>(*m_db->repo, QStringLiteral("tester"));
    Workshop w = sampleWorkshop(QStringLiteral("congress"));
    w.title = QStringLiteral("Annual Congress of Materials Science");
    w.firstDay = w.lastDay = m_day;
    w.timeZone = QString::fromUtf8(m_zone.id());
    const qint64 id = m_db->repo->addWorkshop(w).value();
    static const char *names[] = {"Saal 1",    "Saal 2",       "Saal G",     "Saal Z",
                                  "Hörsaal A", "Lecture Hall", "Workshop 3", "Foyer",
                                  "Room 101",  "Room 102",     "Room 203",   "Ballroom"};
    QList<Room> list;
    for (int i = 0; i < rooms; ++i)
        list.append({0,
                     id,
                     QString::fromUtf8(names[i]),
                     {},
                     i % 3 == 2 ? m_stopped->url(QStringLiteral("/room-b"))
                                : m_server->url(QStringLiteral("/room-a")),
                     i});
    QVERIFY(m_db->repo->setRooms(id, list));
    for (int i = 0; i < rooms; ++i) {
        const QString room = QString::fromUtf8(names[i]);
        Presentation p = samplePresentation(id, QStringLiteral("t%1").arg(i));
        p.title = i % 2 ? QStringLiteral("Strain engineering of two-dimensional magnets")
                        : QStringLiteral("Opening keynote");
        p.speakerName = QStringLiteral("Dr. Ada Example");
        p.speakerAffiliation = QStringLiteral("Institute of Physics");
        p.room = room;
        p.hasWebcast = true;
        p.startsAt = at(10, 0);
        p.endsAt = at(10, 45);
        const qint64 pid = m_db->repo->addPresentation(p).value();
        if (i % 2)
            QVERIFY(
                m_db->repo->setPresentationState(pid, WebcastState::Live, QStringLiteral("setup")));
        Presentation next = p;
        next.id = 0;
        next.slug = QStringLiteral("n%1").arg(i);
        next.title = QStringLiteral("Coffee, then: phonons in moiré lattices");
        next.startsAt = at(11, 0);
        next.endsAt = at(11, 30);
        QVERIFY(m_db->repo->addPresentation(next));
    }
    m_window = std::make_unique<ControlRoomWindow>(*m_session);
    m_window->setClock([this] { return m_now; });
    m_window->setIntervals(1000, 3000);
    m_window->setGeometry(QRect(QPoint(0, 0), size));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->tiles().size(), rooms);
    // The wall keeps to the screen it was given: tiles shrink, the window
    // does not grow past it.
    QCOMPARE(m_window->size(), size);
    QTRY_COMPARE(m_window->columns(), columns);
    // Every tile fits its title, light and button on screen.
    for (RoomTile *t : m_window->tiles()) {
        QVERIFY(m_window->rect().contains(t->geometry().translated(t->parentWidget()->pos())));
        QVERIFY(t->stepButton()->isVisible());
        QVERIFY(t->stepButton()->height() >= 30);
    }
    if (!qEnvironmentVariableIsEmpty("WEBCAST_SCREENSHOT_DIR")) {
        // Lights and pictures settle first.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tiles().first()->stillView()->hasPicture(), 20000);
        QTest::qWait(2500);
        testtools::screenshotIfAsked(QStringLiteral("control-room-%1-%2x%3.png")
                                         .arg(rooms)
                                         .arg(size.width())
                                         .arg(size.height()));
    }
}

QTEST_MAIN(TestControlRoom)
#include "tst_controlroom.moc"
