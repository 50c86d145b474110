// The main window with its dialogs, driven through widgets found by name.
#include "app/core/appsettings.h"
#include "app/editing/editsession.h"
#include "app/editing/slides.h"
#include "app/media/transferqueue.h"
#include "app/publish/publishservice.h"
#include "app/stream/streamhealth.h"
#include "models/presentationtreemodel.h"
#include "models/publishmanifest.h"
#include "models/sitesettings.h"
#include "tests/support/screenshot.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testtools.h"
#include "ui/dialogs/helpbrowser.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/urlopener.h"
#include "ui/mainwindow.h"
#include "ui/presentations/presentationeditordialog.h"
#include "ui/presentations/schedulepanel.h"
#include "ui/preview/previewdock.h"
#include "ui/site/setupwizard.h"
#include "ui/site/sitesettingsdialog.h"
#include "ui/state/webcaststatepanel.h"
#include "ui/transfers/archivematchdialog.h"
#include "ui/transfers/transfersdock.h"
#include "ui/workshops/roomsdialog.h"
#include "ui/workshops/scheduleimportdialog.h"
#include "ui/workshops/workshopeditordialog.h"
#include "ui/workshops/workshoplistpanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

// Waits for the window's dialog `name` (shown with open()); the test fails,
// and stops there, when none comes.
#define OPEN_DIALOG(Type, var, name)                                                               \
    Type *var = nullptr;                                                                           \
    QTRY_VERIFY2((var = m_window->findChild<Type *>(QStringLiteral(name))) != nullptr,             \
                 "the dialog " name " did not open")

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnTheRunningWorkshop();
    void editWorkshop_savePersists();
    void editWorkshop_badInputKeepsDialogOpenAndNamesField();
    void editPresentation_savePersists();
    void newWorkshop_suggestsSlugFromTitle();
    void deleteWorkshop_asksWithCountAndUndoRestores();
    void search_filtersList();
    void layout_isRemembered();
    void stateShortcut_flipsSelectedTalk();
    void siteSettings_badUrlStaysInDialog();
    void previewSite_rendersOffThreadAndOpensCurrentPage();
    void flip_isPublishedAtOnceToTheTarget();
    void testConnection_answersInPlainWords();
    void unreachableTarget_showsFailureKeepsWorkQueuedAndRetries();
    void dropVideoOnTalk_uploadsShowsProgressAndOffersArchive();
    void dropVideosOnWorkshop_matchesTalksForConfirmation();
    void dropVideoOnStatePanel_goesToTheTalkItShows();
    void dropVideoOnEditor_fieldsFollowAndSaveKeepsThem();
    void keyboardOnly_tabsToTheStatePanelAndFlips();
    void helpDocumentation_showsTheGuideWithItsScreenshots();
    void darkPalette_keepsTextReadable();
    void everyControl_hasAnAccessibleName();
    void presentationEditor_listsAndRemovesSlides();
    void everyShortcut_belongsToOneAction();
    void previewDock_leavesTheListsReadable();
    void importSchedule_showsTheChangesFirstAndUndoTakesItBack();
    void rooms_typedInTheDialogAndUndone();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_currentSlug;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the preview goes to a test folder
}

void TestMainWindow::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(demodata::populate(*m_db->repo).ok());
    m_currentSlug = QStringLiteral("quantum-materials-%1").arg(QDate::currentDate().year());
    m_session = std::make_unique<EditSession>(*m_db->repo, QStringLiteral("tester"));
    m_settings = std::make_unique<AppSettings>(m_db->dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    // The demo's stream address does not exist: a red light would make Live
    // ask first (tst_streamhealth tests that against a real server).
    m_window->streamHealth()->setPaused(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_session.reset();
    m_db.reset();
}

void TestMainWindow::startsOnTheRunningWorkshop()
{
    const qint64 id = m_window->workshopList()->currentWorkshopId();
    QCOMPARE(m_db->repo->workshop(id)->slug, m_currentSlug);
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("workshopTitleLabel"));
    QCOMPARE(title->text(), m_db->repo->workshop(id)->title);
    QCOMPARE(m_window->schedule()->model()->presentationCount(), 7);
}

void TestMainWindow::editWorkshop_savePersists()
{
    action("actionEditWorkshop")->trigger();
    OPEN_DIALOG(QDialog, dialog, "workshopEditorDialog");
    QVERIFY(dialog);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    title->clear();
    QTest::keyClicks(title, QStringLiteral("Quantum Week"));
    auto *location = dialog->findChild<QLineEdit *>(QStringLiteral("locationEdit"));
    location->clear();
    QTest::keyClicks(location, QStringLiteral("Room <b>7</b>"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("workshopEditorDialog")));
    const Workshop w = *m_db->repo->workshopBySlug(m_currentSlug);
    QCOMPARE(w.title, QStringLiteral("Quantum Week"));
    QCOMPARE(w.location, QStringLiteral("Room <b>7</b>"));
    auto *header = m_window->findChild<QLabel *>(QStringLiteral("workshopTitleLabel"));
    QCOMPARE(header->text(), QStringLiteral("Quantum Week"));
    action("actionUndo")->trigger();
    QVERIFY(m_db->repo->workshopBySlug(m_currentSlug)->title != QStringLiteral("Quantum Week"));
}

void TestMainWindow::editWorkshop_badInputKeepsDialogOpenAndNamesField()
{
    const Workshop before = *m_db->repo->workshopBySlug(m_currentSlug);
    action("actionEditWorkshop")->trigger();
    OPEN_DIALOG(QDialog, dialog, "workshopEditorDialog");
    auto *slug = dialog->findChild<QLineEdit *>(QStringLiteral("slugEdit"));
    slug->clear();
    QTest::keyClicks(slug, QStringLiteral("../../etc/passwd"));
    auto *liveUrl = dialog->findChild<QLineEdit *>(QStringLiteral("liveUrlEdit"));
    liveUrl->clear(); // the workshop is Live: the URL is needed
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto *banner = dialog->findChild<QLabel *>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Slug:")), qPrintable(banner->text()));
    QCOMPARE(dialog->focusWidget(), slug);
    QCOMPARE(slug->text(), QStringLiteral("../../etc/passwd")); // nothing typed is lost
    QCOMPARE(*m_db->repo->workshopBySlug(m_currentSlug), before);
    dialog->reject();
}

void TestMainWindow::editPresentation_savePersists()
{
    const Workshop w = *m_db->repo->workshopBySlug(m_currentSlug);
    const Presentation p = m_db->repo->presentations(w.id).first();
    m_window->schedule()->selectPresentation(p.id);
    QCOMPARE(m_window->schedule()->currentPresentationId(), p.id);
    QTreeView *view = m_window->schedule()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return); // Enter opens the editor
    OPEN_DIALOG(QDialog, dialog, "presentationEditorDialog");
    auto *speaker = dialog->findChild<QLineEdit *>(QStringLiteral("speakerEdit"));
    speaker->clear();
    QTest::keyClicks(speaker, QStringLiteral("Grace Hopper"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("presentationEditorDialog")));
    const Presentation after = *m_db->repo->presentation(p.id);
    QCOMPARE(after.speakerName, QStringLiteral("Grace Hopper"));
    QCOMPARE(after.startsAt, p.startsAt); // times survive the editor round trip
    QCOMPARE(after.endsAt, p.endsAt);
}

void TestMainWindow::newWorkshop_suggestsSlugFromTitle()
{
    action("actionNewWorkshop")->trigger();
    OPEN_DIALOG(QDialog, dialog, "workshopEditorDialog");
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QTest::keyClicks(title, QStringLiteral("Caf"));
    QTest::sendKeyEvent(QTest::Click, title, Qt::Key_unknown, QStringLiteral("é"),
                        Qt::NoModifier); // keyClicks takes Latin-1 keys only
    QTest::keyClicks(title, QStringLiteral(" Physics: Day 1!"));
    auto *slug = dialog->findChild<QLineEdit *>(QStringLiteral("slugEdit"));
    QCOMPARE(slug->text(), QStringLiteral("cafe-physics-day-1"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    auto *banner = dialog->findChild<QLabel *>(QStringLiteral("errorBanner"));
    QVERIFY2(m_db->repo->workshopBySlug(QStringLiteral("cafe-physics-day-1")),
             qPrintable(banner->text()));
    QCOMPARE(m_db->repo->workshopBySlug(QStringLiteral("cafe-physics-day-1"))->id,
             m_window->workshopList()->currentWorkshopId());
}

void TestMainWindow::deleteWorkshop_asksWithCountAndUndoRestores()
{
    const Workshop w = *m_db->repo->workshopBySlug(m_currentSlug);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    action("actionDeleteWorkshop")->trigger();
    QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("7 presentation")));
    QVERIFY(m_db->repo->workshop(w.id)); // cancelled: still there

    MessageBox::setNextAnswer(QMessageBox::Yes);
    action("actionDeleteWorkshop")->trigger();
    QVERIFY(!m_db->repo->workshop(w.id));
    QVERIFY(m_window->workshopList()->currentWorkshopId() != w.id);
    action("actionUndo")->trigger();
    QCOMPARE(*m_db->repo->workshop(w.id), w);
    QCOMPARE(m_db->repo->presentationCount(w.id), 7);
}

void TestMainWindow::search_filtersList()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("workshopSearch"));
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("climate"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("workshopList"));
    QCOMPARE(list->model()->rowCount(), 1);
    search->clear();
    QCOMPARE(list->model()->rowCount(), 3);
}

void TestMainWindow::layout_isRemembered()
{
    m_window->resize(1001, 655);
    m_window->close();
    QVERIFY(!m_settings->value(AppSettings::Key::MainWindowGeometry).toByteArray().isEmpty());
    MainWindow second(*m_session, *m_settings);
    QCOMPARE(second.size(), QSize(1001, 655));
    QCOMPARE(m_settings->value(AppSettings::Key::LastWorkshopSlug).toString(), m_currentSlug);
}

void TestMainWindow::stateShortcut_flipsSelectedTalk()
{
    const Workshop w = *m_db->repo->workshopBySlug(m_currentSlug);
    const Presentation talk = *m_db->repo->presentationBySlug(w.id, QStringLiteral("arpes-probes"));
    m_window->schedule()->selectPresentation(talk.id);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // Ctrl+2: Live
    QCOMPARE(m_db->repo->presentation(talk.id)->state, WebcastState::Live);
    QCOMPARE(m_db->repo->workshop(w.id)->state, WebcastState::Live);
}

void TestMainWindow::siteSettings_badUrlStaysInDialog()
{
    action("actionSiteSettings")->trigger();
    OPEN_DIALOG(QDialog, dialog, "siteSettingsDialog");
    auto *rtsp = dialog->findChild<QLineEdit *>(QStringLiteral("rtspBaseEdit"));
    rtsp->clear(); // the demo sets one
    QTest::keyClicks(rtsp, QStringLiteral("ftp://stream.example.org/"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    auto *banner = dialog->findChild<QLabel *>(QStringLiteral("errorBanner"));
    QVERIFY2(banner->text().contains(QStringLiteral("RTSP base")), qPrintable(banner->text()));
    rtsp->clear();
    QTest::keyClicks(rtsp, QStringLiteral("rtsp://stream.example.org/vod/"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("siteSettingsDialog")));
    QCOMPARE(SiteSettingsStore(m_db->repo->database()).load().rtspBase,
             QStringLiteral("rtsp://stream.example.org/vod/"));
}

void TestMainWindow::previewSite_rendersOffThreadAndOpensCurrentPage()
{
    QUrl opened;
    UrlOpener::setHandler([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    action("actionPreviewSite")->trigger();
    QVERIFY(!action("actionPreviewSite")->isEnabled()); // busy until the worker is done
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 20000);
    UrlOpener::setHandler({});
    QVERIFY(opened.isLocalFile());
    QVERIFY2(opened.path().endsWith(QStringLiteral("workshops/") + m_currentSlug +
                                    QStringLiteral("/index.html")),
             qPrintable(opened.toString()));
    QVERIFY(QFile::exists(opened.toLocalFile()));
    QVERIFY(action("actionPreviewSite")->isEnabled());
}

void TestMainWindow::flip_isPublishedAtOnceToTheTarget()
{
    QTemporaryDir www;
    QVERIFY(SiteSettingsStore(m_db->repo->database())
                .set(QStringLiteral("web-target"), QUrl::fromLocalFile(www.path()).toString())
                .ok());
    PublishService *publisher = m_window->publisher();
    publisher->publishNow();
    QTRY_COMPARE_WITH_TIMEOUT(int(publisher->status().state), int(PublishService::State::Published),
                              20000);
    const QString page =
        www.filePath(QStringLiteral("workshops/") + m_currentSlug + QStringLiteral("/index.html"));
    QVERIFY(QFile::exists(page));
    // A helper clicks Concluded: the public page follows without anyone
    // pressing Publish.
    auto *concluded = m_window->findChild<QRadioButton *>(QStringLiteral("stateButton_concluded"));
    QTest::mouseClick(concluded, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        QFile(page).open(QIODevice::ReadOnly) &&
            [&] {
                QFile f(page);
                f.open(QIODevice::ReadOnly);
                return f.readAll().contains("state-block state-concluded");
            }(),
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(int(publisher->status().state), int(PublishService::State::Published),
                              20000);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("publishStatusLabel"));
    QVERIFY(label->text().startsWith(QStringLiteral("Web: published")));
    QVERIFY(PublishQueue(m_db->repo->database()).pending().isEmpty());
}

void TestMainWindow::testConnection_answersInPlainWords()
{
    action("actionSiteSettings")->trigger();
    OPEN_DIALOG(QDialog, dialog, "siteSettingsDialog");
    auto *target = dialog->findChild<QLineEdit *>(QStringLiteral("webTargetEdit"));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResultLabel"));
    auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testWebButton"));
    QTemporaryDir www;
    target->setText(QUrl::fromLocalFile(www.path()).toString());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected to")), 20000);
    QVERIFY(QDir(www.path()).isEmpty()); // the probe file was removed again
    target->setText(QStringLiteral("ftp://old.example.org/"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(result->text().contains(QStringLiteral("must start with sftp://")));
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close();
    target->setText(QStringLiteral("sftp://nobody@127.0.0.1:%1/srv").arg(port));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Cannot connect")), 20000);
    dialog->reject();
}

void TestMainWindow::unreachableTarget_showsFailureKeepsWorkQueuedAndRetries()
{
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close();
    QVERIFY(
        SiteSettingsStore(m_db->repo->database())
            .set(QStringLiteral("web-target"), QStringLiteral("http://127.0.0.1:%1/dav/").arg(port))
            .ok());
    PublishService *publisher = m_window->publisher();
    publisher->request();
    QTRY_COMPARE_WITH_TIMEOUT(int(publisher->status().state), int(PublishService::State::Failed),
                              20000);
    auto *retry = m_window->findChild<QPushButton *>(QStringLiteral("publishRetryButton"));
    QVERIFY(retry->isVisible());
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("publishStatusLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("failed")), qPrintable(label->text()));
    QCOMPARE(PublishQueue(m_db->repo->database()).pending(), QStringList{QStringLiteral("web")});
    // The network comes back (here: a folder target), Retry sends the work.
    QTemporaryDir www;
    QVERIFY(SiteSettingsStore(m_db->repo->database())
                .set(QStringLiteral("web-target"), QUrl::fromLocalFile(www.path()).toString())
                .ok());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(int(publisher->status().state), int(PublishService::State::Published),
                              20000);
    QVERIFY(QFile::exists(www.filePath(QStringLiteral("index.html"))));
    QVERIFY(PublishQueue(m_db->repo->database()).pending().isEmpty());
}

void TestMainWindow::dropVideoOnTalk_uploadsShowsProgressAndOffersArchive()
{
    QTemporaryDir media, stream;
    const QString video = media.filePath(QStringLiteral("keynote.mp4"));
    QVERIFY(testtools::makeTestVideo(video, 2, QStringLiteral("320x240"), true));
    QVERIFY(
        SiteSettingsStore(m_db->repo->database())
            .set(QStringLiteral("streaming-target"), QUrl::fromLocalFile(stream.path()).toString())
            .ok());

    // The first talk's row in the schedule, as the user sees it.
    QTreeView *view = m_window->schedule()->view();
    QModelIndex row;
    for (int d = 0; d < view->model()->rowCount() && !row.isValid(); ++d) {
        const QModelIndex day = view->model()->index(d, 0);
        if (view->model()->rowCount(day) > 0)
            row = view->model()->index(0, 0, day);
    }
    QVERIFY(row.isValid());
    const qint64 talkId = row.data(PresentationTreeModel::IdRole).toLongLong();
    const Presentation talk = *m_db->repo->presentation(talkId);
    view->scrollTo(row);
    const QPoint at = view->visualRect(row).center();

    // A file manager's drag: file URLs.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(video)});
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QVERIFY(move.isAccepted());
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Switch to Archive now?"
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    // The transfers dock shows it; it finishes; the talk points at the file
    // and (one click) is in Archive.
    QVERIFY(m_window->transfersDock()->isVisible());
    auto *list =
        m_window->transfersDock()->findChild<QTreeWidget *>(QStringLiteral("transferList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("keynote.mp4"));
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(0)->text(2), QStringLiteral("Done"), 30000);
    const QString remote =
        stream.filePath(m_currentSlug + QLatin1Char('/') + talk.slug + QStringLiteral(".mp4"));
    QVERIFY2(QFile::exists(remote), qPrintable(remote));
    QTRY_COMPARE_WITH_TIMEOUT(int(m_db->repo->presentation(talkId)->state),
                              int(WebcastState::Archive), 10000);
    const Presentation after = *m_db->repo->presentation(talkId);
    QVERIFY(after.hasWebcast);
    QCOMPARE(after.webcastPath, m_currentSlug);
    QCOMPARE(after.webcastFilename, talk.slug + QStringLiteral(".mp4"));
    // Slides dropped on the same row become an attachment, published with
    // the page.
    const QString pdf = media.filePath(QStringLiteral("Keynote slides.pdf"));
    QFile slides(pdf);
    QVERIFY(slides.open(QIODevice::WriteOnly));
    slides.write("%PDF-1.4 keynote");
    slides.close();
    QMimeData slideMime;
    slideMime.setUrls({QUrl::fromLocalFile(pdf)});
    // The schedule was reloaded by the flip: find the row again.
    QModelIndex again;
    for (int d = 0; d < view->model()->rowCount() && !again.isValid(); ++d) {
        const QModelIndex day = view->model()->index(d, 0);
        for (int r = 0; r < view->model()->rowCount(day); ++r)
            if (view->model()->index(r, 0, day).data(PresentationTreeModel::IdRole).toLongLong() ==
                talkId)
                again = view->model()->index(r, 0, day);
    }
    QVERIFY(again.isValid());
    view->scrollTo(again);
    const QPoint slideAt = view->visualRect(again).center();
    QDropEvent slideDrop(slideAt, Qt::CopyAction, &slideMime, Qt::LeftButton, Qt::NoModifier);
    QDragEnterEvent slideEnter(slideAt, Qt::CopyAction, &slideMime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(),
                            &slideEnter); // Qt delivers drops where a drag entered
    QVERIFY(slideEnter.isAccepted());
    QApplication::sendEvent(view->viewport(), &slideDrop);
    QVERIFY(slideDrop.isAccepted());
    const QList<Attachment> attached = m_db->repo->attachments(talkId);
    QCOMPARE(attached.size(), 1);
    QCOMPARE(attached.first().kind, QStringLiteral("pdf"));
    QCOMPARE(attached.first().label, QStringLiteral("Keynote slides"));
    // Its bytes are kept in the database: the original may go away.
    QCOMPARE(m_db->repo->attachmentContent(attached.first().sha256).value(),
             QByteArray("%PDF-1.4 keynote"));
    // A text file is not taken.
    QMimeData notes;
    notes.setUrls({QUrl::fromLocalFile(media.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(slideAt, Qt::CopyAction, &notes, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::dropVideosOnWorkshop_matchesTalksForConfirmation()
{
    QTemporaryDir media;
    const qint64 workshopId = m_window->workshopList()->currentWorkshopId();
    const QList<Presentation> talks = m_db->repo->presentations(workshopId);
    QVERIFY(talks.size() >= 3);
    // Named after two talks' slugs, plus one that fits nothing.
    const QStringList files{media.filePath(talks.at(1).slug + QStringLiteral("_final.mov")),
                            media.filePath(talks.at(2).slug + QStringLiteral(".mp4")),
                            media.filePath(QStringLiteral("IMG_0042.MOV"))};
    for (const QString &f : files) {
        QFile out(f);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("not really a video");
    }
    QListView *list = m_window->workshopList()->view();
    const QModelIndex row = list->currentIndex();
    const QPoint at = list->visualRect(row).center();
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &f : files)
        urls << QUrl::fromLocalFile(f);
    mime.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    QVERIFY(enter.isAccepted());

    // The dialog's proposal, checked before anything is queued.
    ArchiveMatchDialog dialog(*m_db->repo, workshopId, files);
    QCOMPARE(dialog.choiceFor(0)->currentData().toLongLong(), talks.at(1).id);
    QCOMPARE(dialog.choiceFor(1)->currentData().toLongLong(), talks.at(2).id);
    QCOMPARE(dialog.choiceFor(2)->currentData().toLongLong(), qint64(0)); // skipped
    QCOMPARE(dialog.choices().size(), 2);

    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    // The window's own dialog, answered with its OK button.
    OPEN_DIALOG(ArchiveMatchDialog, shown, "archiveMatchDialog");
    QVERIFY(shown);
    QVERIFY(m_window->transfers()->transfers().isEmpty()); // nothing before the answer
    auto *buttons = shown->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QList<qint64> queued;
    for (const Transfer &t : m_window->transfers()->transfers())
        queued << t.presentationId;
    QCOMPARE(queued, (QList<qint64>{talks.at(1).id, talks.at(2).id}));
    // Not real videos: they fail with a reason and nothing is changed.
    auto states = [&] {
        QStringList out;
        for (const Transfer &t : m_window->transfers()->transfers())
            out << transferStateKey(t.state) + QLatin1Char(' ') + t.message;
        return out;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            for (const Transfer &t : m_window->transfers()->transfers())
                if (t.state != Transfer::State::Failed)
                    return false;
            return true;
        }(),
        qPrintable(states().join(QStringLiteral("; "))), 20000);
    QVERIFY(m_window->transfers()->transfers().first().message.contains(
        QStringLiteral("not a video file")));
    QCOMPARE(*m_db->repo->presentation(talks.at(1).id), talks.at(1)); // unchanged
}

void TestMainWindow::dropVideoOnStatePanel_goesToTheTalkItShows()
{
    QTemporaryDir media;
    const QString file = media.filePath(QStringLiteral("talk.mov"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    WebcastStatePanel *panel = m_window->statePanel();
    const QPoint at(panel->width() / 2, panel->height() / 2);
    // Whole-workshop scope: nothing to attach a video to.
    panel->showWorkshopScope();
    QDragEnterEvent refused(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &refused);
    QVERIFY(!refused.isAccepted());
    // A talk selected: the drop is for it.
    const qint64 talkId =
        m_db->repo->presentations(m_window->workshopList()->currentWorkshopId()).at(3).id;
    m_window->schedule()->selectPresentation(talkId);
    panel->showPresentationScope();
    QCOMPARE(panel->subjectId(), talkId);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(m_window->transfers()->transfers().size(), 1);
    QCOMPARE(m_window->transfers()->transfers().first().presentationId, talkId);
    // An empty file is refused with the reason, and the talk is unchanged.
    QTRY_COMPARE_WITH_TIMEOUT(int(m_window->transfers()->transfers().first().state),
                              int(Transfer::State::Failed), 10000);
    QVERIFY(m_window->transfers()->transfers().first().message.contains(QStringLiteral("empty")));
}

void TestMainWindow::dropVideoOnEditor_fieldsFollowAndSaveKeepsThem()
{
    QTemporaryDir media, stream;
    const QString video = media.filePath(QStringLiteral("closing.mp4"));
    QVERIFY(testtools::makeTestVideo(video, 1, QStringLiteral("160x120"), false));
    QVERIFY(
        SiteSettingsStore(m_db->repo->database())
            .set(QStringLiteral("streaming-target"), QUrl::fromLocalFile(stream.path()).toString())
            .ok());
    const Workshop w = *m_db->repo->workshopBySlug(m_currentSlug);
    const Presentation p = m_db->repo->presentations(w.id).last();
    QVERIFY(!p.hasWebcast);
    m_window->schedule()->selectPresentation(p.id);
    m_window->editPresentation();
    OPEN_DIALOG(QDialog, dialog, "presentationEditorDialog");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(video)});
    const QPoint at(dialog->width() / 2, dialog->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(dialog, &enter);
    QVERIFY(enter.isAccepted());
    MessageBox::setNextAnswer(QMessageBox::No); // not to Archive yet
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(dialog, &drop);
    QVERIFY(drop.isAccepted());
    auto *hasWebcast = dialog->findChild<QCheckBox *>(QStringLiteral("hasWebcastCheck"));
    QTRY_VERIFY_WITH_TIMEOUT(hasWebcast->isChecked(), 30000);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("webcastFilenameEdit"))->text(),
             p.slug + QStringLiteral(".mp4"));
    // Saving the editor keeps what the upload filled in.
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("presentationEditorDialog")));
    const Presentation after = *m_db->repo->presentation(p.id);
    QVERIFY(after.hasWebcast);
    QCOMPARE(after.webcastPath, m_currentSlug);
    QCOMPARE(after.webcastFilename, p.slug + QStringLiteral(".mp4"));
}

void TestMainWindow::keyboardOnly_tabsToTheStatePanelAndFlips()
{
    const Workshop w = *m_db->repo->workshopBySlug(m_currentSlug);
    QCOMPARE(w.state, WebcastState::Live);
    m_window->activateWindow();
    auto *list = m_window->findChild<QWidget *>(QStringLiteral("workshopList"));
    list->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), list);

    // Tab only: the focus walks list -> schedule -> scope -> the state
    // buttons (one stop, like any radio group) -> Check now -> history.
    QStringList visited;
    const auto isStateButton = [](QWidget *w) {
        return w && w->objectName().startsWith(QLatin1String("stateButton_"));
    };
    for (int i = 0; i < 30 && !isStateButton(QApplication::focusWidget()); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QVERIFY2(isStateButton(QApplication::focusWidget()),
             qPrintable(visited.join(QStringLiteral(", "))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    visited << QApplication::focusWidget()->objectName();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    visited << QApplication::focusWidget()->objectName();
    const auto at = [&](const char *name) {
        return visited.indexOf(QLatin1String(name));
    };
    QVERIFY2(at("scheduleView") >= 0 && at("scheduleView") < at("scopeWorkshopButton") &&
                 at("scopeWorkshopButton") < at("stateButton_upcoming") &&
                 at("stateButton_upcoming") < at("stateHistoryView"),
             qPrintable(visited.join(QStringLiteral(", "))));
    for (const QString &name : std::as_const(visited)) {
        auto *widget = m_window->findChild<QAbstractButton *>(name);
        QVERIFY2(!widget || !widget->accessibleName().isEmpty() || !widget->text().isEmpty(),
                 qPrintable(name + QStringLiteral(" has no accessible name")));
    }
    // Back to the state buttons, then the arrow keys to Concluded: moving
    // the focus changes nothing.
    QWidget *concluded = m_window->findChild<QWidget *>(QStringLiteral("stateButton_concluded"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QVERIFY(isStateButton(QApplication::focusWidget()));
    for (int i = 0; i < 5 && QApplication::focusWidget() != concluded; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), concluded);
    QCOMPARE(m_db->repo->workshop(w.id)->state, WebcastState::Live);
    // Space chooses.
    QTest::keyClick(concluded, Qt::Key_Space);
    QCOMPARE(m_db->repo->workshop(w.id)->state, WebcastState::Concluded);
    // Undo from the keyboard too.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_db->repo->workshop(w.id)->state, WebcastState::Live);
}

void TestMainWindow::helpDocumentation_showsTheGuideWithItsScreenshots()
{
    action("actionDocumentation")->trigger();
    OPEN_DIALOG(HelpBrowser, guide, "helpBrowser");
    QVERIFY(guide);
    const QString text = guide->browser()->toPlainText();
    for (const char *section :
         {"The helper's day", "Staff: uploading the archive recordings",
          "Coordinators: setting up a workshop", "Server configuration", "SSH keys for SFTP"})
        QVERIFY2(text.contains(QLatin1String(section)), section);
    for (const char *image : {"images/main-window.png", "images/live-with-preview.png"}) {
        const QVariant resource = guide->browser()->loadResource(QTextDocument::ImageResource,
                                                                 QUrl(QLatin1String(image)));
        QVERIFY2(resource.isValid() && !resource.value<QByteArray>().isEmpty(), image);
    }
    testtools::screenshotIfAsked(QStringLiteral("help-guide.png"));
    guide->close();
}

// A dark desktop palette (as GNOME/KDE dark themes give Qt): the panels use
// the palette, so text stays readable; run under Xvfb with
// WEBCAST_SCREENSHOT_DIR (and QT_SCALE_FACTOR=2 for 200%) to look at it.
void TestMainWindow::darkPalette_keepsTextReadable()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    m_window->activateWindow();
    QTest::qWait(50);
    // The state buttons' text follows the palette, not a fixed dark colour.
    auto *live = m_window->findChild<QWidget *>(QStringLiteral("stateButton_live"));
    const QColor text = live->palette().color(QPalette::ButtonText);
    const QColor background = live->palette().color(QPalette::Window);
    QVERIFY(qAbs(text.lightness() - background.lightness()) > 120);
    testtools::screenshotIfAsked(QStringLiteral("main-window-dark.png"));
    QApplication::setPalette(light);
}

// What a screen reader says for each control that takes the focus: never
// nothing. (Names come from the text, a buddy label or an explicit name.)
void TestMainWindow::everyControl_hasAnAccessibleName()
{
    int checked = 0, fields = 0;
    QStringList unnamed, undescribed;
    const auto audit = [&](QWidget *root) {
        QTest::qWait(20);
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
                continue;
            if (qobject_cast<QScrollBar *>(w) || w->inherits("QSplitterHandle"))
                continue;
            // The editor inside a spin box or combo box: the box is checked.
            if (w->parentWidget() && (w->parentWidget()->inherits("QAbstractSpinBox") ||
                                      w->parentWidget()->inherits("QComboBox")))
                continue;
            ++checked;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1/%2 (%3)")
                               .arg(root->objectName(), w->objectName(),
                                    QLatin1String(w->metaObject()->className()));
            // Input fields also say what they are for.
            const bool field = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                               w->inherits("QAbstractSpinBox") || w->inherits("QPlainTextEdit") ||
                               qobject_cast<QCheckBox *>(w) || qobject_cast<QSlider *>(w);
            const QString description = a ? a->text(QAccessible::Description) : QString();
            fields += field ? 1 : 0;
            if (field && description.trimmed().isEmpty())
                undescribed << QStringLiteral("%1/%2").arg(root->objectName(), w->objectName());
        }
    };
    m_window->previewDock()->show();
    m_window->transfersDock()->show();
    audit(m_window.get());

    const Workshop w = *m_db->repo->workshopBySlug(m_currentSlug);
    WorkshopEditorDialog workshopEditor(*m_session, w, m_window.get());
    workshopEditor.show();
    audit(&workshopEditor);
    PresentationEditorDialog talkEditor(*m_session, m_db->repo->presentations(w.id).first(),
                                        m_window.get());
    talkEditor.show();
    audit(&talkEditor);
    ScheduleImportDialog scheduleImport(*m_session, {}, {}, m_window.get());
    scheduleImport.show();
    audit(&scheduleImport);
    RoomsDialog rooms(*m_session, w, m_window.get());
    rooms.show();
    audit(&rooms);
    SiteSettingsStore store(*m_db->db);
    SiteSettingsDialog siteSettings(store, m_window.get());
    siteSettings.show();
    audit(&siteSettings);
    SetupWizard wizard(*m_session, store, *m_settings, m_window.get());
    wizard.show();
    for (int page = 0; page < 4; ++page) {
        audit(&wizard);
        wizard.next();
    }
    qInfo("%d focusable controls checked, %d of them input fields", checked, fields);
    QVERIFY(checked > 60 && fields > 30);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY2(undescribed.isEmpty(), qPrintable(undescribed.join(QStringLiteral(", "))));
}

void TestMainWindow::presentationEditor_listsAndRemovesSlides()
{
    const Workshop w = *m_db->repo->workshopBySlug(m_currentSlug);
    const Presentation talk = m_db->repo->presentations(w.id).first();
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    };
    // Refused with the reason, nothing added.
    const int before = int(m_db->repo->attachments(talk.id).size());
    Result<qint64> r = m_session->addSlides(talk.id, write(QStringLiteral("notes.txt"), "x"));
    QVERIFY2(!r && r.error().contains(QStringLiteral("not slides")), qPrintable(r.error()));
    r = m_session->addSlides(talk.id, write(QStringLiteral("empty.pdf"), QByteArray()));
    QVERIFY2(!r && r.error().contains(QStringLiteral("empty")), qPrintable(r.error()));
    r = m_session->addSlides(talk.id, dir.filePath(QStringLiteral("gone.pdf")));
    QVERIFY2(!r && r.error().contains(QStringLiteral("does not exist")), qPrintable(r.error()));
    QCOMPARE(int(m_db->repo->attachments(talk.id).size()), before);

    m_window->schedule()->selectPresentation(talk.id);
    action("actionEditPresentation")->trigger();
    OPEN_DIALOG(PresentationEditorDialog, dialog, "presentationEditorDialog");
    QVERIFY(dialog);
    QListWidget *list = dialog->slidesList();
    QCOMPARE(list->count(), before);

    // Added (here as a drop or Add Slides… would): the list follows at once.
    r = m_session->addSlides(talk.id,
                             write(QStringLiteral("Quantum slides.pdf"), "%PDF-1.4\n% test\n"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QTRY_COMPARE(list->count(), before + 1);
    QListWidgetItem *item = list->item(list->count() - 1);
    QVERIFY2(item->text().contains(QStringLiteral("Quantum slides (PDF")),
             qPrintable(item->text()));
    const Attachment kept = m_db->repo->attachments(talk.id).last();
    QCOMPARE(m_db->repo->attachmentContent(kept.sha256).value(),
             QByteArray("%PDF-1.4\n% test\n")); // a copy is kept
    testtools::screenshotIfAsked(QStringLiteral("presentation-editor-slides.png"));

    // Remove asks; No keeps them, Yes takes them off.
    list->setCurrentItem(item);
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removeSlidesButton"));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(int(m_db->repo->attachments(talk.id).size()), before + 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(int(m_db->repo->attachments(talk.id).size()), before);
    QTRY_COMPARE(list->count(), before);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("Quantum slides.pdf")))); // original kept
    dialog->reject();
}

void TestMainWindow::everyShortcut_belongsToOneAction()
{
    // Qt fires neither of two actions that share a shortcut in one window:
    // the key then does nothing at all.
    QHash<QString, QString> owner; // shortcut -> action
    QStringList clashes;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (key.isEmpty())
                continue;
            const QString k = key.toString(QKeySequence::PortableText);
            const QString name =
                action->objectName().isEmpty() ? action->text() : action->objectName();
            if (owner.contains(k) && owner.value(k) != name)
                clashes << QStringLiteral("%1: %2 and %3").arg(k, owner.value(k), name);
            owner.insert(k, name);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QVERIFY(owner.size() > 20); // the window's actions were really walked
}

void TestMainWindow::previewDock_leavesTheListsReadable()
{
    // The default size on a laptop screen: opening the preview must not cut
    // the workshop names and the talks' titles to a few letters.
    m_window->showNormal();
    m_window->resize(1280, 760);
    QTRY_COMPARE(m_window->width(), 1280);
    m_window->findChild<QDockWidget *>(QStringLiteral("previewDock"))
        ->toggleViewAction()
        ->trigger();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("previewDock"));
    QTRY_VERIFY(dock->isVisible());
    QTest::qWait(100); // the window grows, or the dock floats
    QVERIFY2(m_window->workshopList()->width() >= 220,
             qPrintable(QString::number(m_window->workshopList()->width())));
    QVERIFY2(m_window->schedule()->width() >= 380,
             qPrintable(QString::number(m_window->schedule()->width())));
    // Its buttons are whole, not cut at the sides.
    const QList<QAbstractButton *> buttons =
        m_window->schedule()->findChildren<QAbstractButton *>();
    QVERIFY(buttons.size() >= 4);
    for (QAbstractButton *b : buttons) {
        QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
        const QRect inPanel(b->mapTo(m_window->schedule(), QPoint(0, 0)), b->size());
        QVERIFY2(m_window->schedule()->rect().contains(inPanel), qPrintable(b->text()));
    }
    // And the picture is not a sliver either: docked with room, or floating.
    QTRY_VERIFY2(dock->isFloating() || dock->width() >= 400,
                 qPrintable(QString::number(dock->width())));
    testtools::screenshotIfAsked(QStringLiteral("window-with-preview.png"));
}

void TestMainWindow::importSchedule_showsTheChangesFirstAndUndoTakesItBack()
{
    const QString data = QStringLiteral(WEBCAST_TEST_DATA_DIR "/schedules/");
    action("actionImportSchedule")->trigger();
    OPEN_DIALOG(ScheduleImportDialog, dialog, "scheduleImportDialog");
    auto *import = dialog->findChild<QPushButton *>(QStringLiteral("import"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
    auto *changes = dialog->findChild<QTreeWidget *>(QStringLiteral("changes"));
    QVERIFY(!import->isEnabled());

    // A broken file: said in the dialog, nothing to import.
    dialog->findChild<QLineEdit *>(QStringLiteral("source"))
        ->setText(data + QStringLiteral("broken.xml"));
    QSignalSpy read(dialog, &ScheduleImportDialog::readingFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("read")), Qt::LeftButton);
    QTRY_COMPARE(read.size(), 1);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("line 6")), qPrintable(problem->text()));
    QVERIFY(!import->isEnabled());

    // The first release: a new workshop named after the conference.
    dialog->findChild<QLineEdit *>(QStringLiteral("source"))
        ->setText(data + QStringLiteral("frab-release1.xml"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("read")), Qt::LeftButton);
    QTRY_COMPARE(read.size(), 2);
    QVERIFY(!problem->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("newSlug"))->text(),
             QStringLiteral("wpd26"));
    QCOMPARE(changes->topLevelItemCount(), 6);
    QVERIFY(import->isEnabled());
    QVERIFY(!m_db->repo->workshopBySlug(QStringLiteral("wpd26"))); // nothing yet
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_VERIFY(
        !m_window->findChild<ScheduleImportDialog *>(QStringLiteral("scheduleImportDialog")));
    const std::optional<Workshop> w = m_db->repo->workshopBySlug(QStringLiteral("wpd26"));
    QVERIFY(w);
    QCOMPARE(m_window->workshopList()->currentWorkshopId(), w->id);
    QCOMPARE(m_db->repo->presentationCount(w->id), 6);

    // Update from Schedule reads the source it came from again (the file
    // now holds the next release) and lists only what changed.
    Workshop moved = *w;
    moved.scheduleSource = m_db->dir.filePath(QStringLiteral("schedule.xml"));
    QVERIFY(m_db->repo->updateWorkshop(moved).ok());
    QVERIFY(QFile::copy(data + QStringLiteral("frab-release2.xml"), moved.scheduleSource));
    action("actionUpdateSchedule")->trigger();
    OPEN_DIALOG(ScheduleImportDialog, update, "scheduleImportDialog");
    QSignalSpy updated(update, &ScheduleImportDialog::readingFinished);
    QTRY_COMPARE(updated.size(), 1);
    auto *list = update->findChild<QTreeWidget *>(QStringLiteral("changes"));
    QCOMPARE(list->topLevelItemCount(), 4); // 1 new, 2 changed, 1 removed
    QCOMPARE(update->summary(), QStringLiteral("1 new, 2 changed, 1 removed, 3 unchanged"));
    update->findChild<QCheckBox *>()->setChecked(true);
    QCOMPARE(list->topLevelItemCount(), 7);
    testtools::screenshotIfAsked(QStringLiteral("schedule-update.png"));
    QTest::mouseClick(update->findChild<QPushButton *>(QStringLiteral("import")), Qt::LeftButton);
    QTRY_VERIFY(
        !m_window->findChild<ScheduleImportDialog *>(QStringLiteral("scheduleImportDialog")));
    QVERIFY(m_db->repo->presentationBySlug(w->id, QStringLiteral("poster-slam")));

    // One step back: the first release as it was.
    action("actionUndo")->trigger();
    QVERIFY(!m_db->repo->presentationBySlug(w->id, QStringLiteral("poster-slam")));
    QVERIFY(m_db->repo->presentationBySlug(w->id, QStringLiteral("late-night-session")));
    QCOMPARE(m_db->repo->presentationCount(w->id), 6);
}

void TestMainWindow::rooms_typedInTheDialogAndUndone()
{
    const Workshop w = *m_db->repo->workshopBySlug(m_currentSlug);
    const QList<Room> before = m_db->repo->rooms(w.id);
    action("actionEditRooms")->trigger();
    OPEN_DIALOG(RoomsDialog, dialog, "roomsDialog");
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("roomsTable"));
    const int rows = table->rowCount();
    // Keyboard: Add Room opens the new row's name for typing.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addRoomButton")),
                      Qt::LeftButton);
    QCOMPARE(table->rowCount(), rows + 1);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) != nullptr);
    QTest::keyClicks(editor, QStringLiteral("Saal Zwei"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(rows, 0)->text(), QStringLiteral("Saal Zwei")); // committed queued
    table->item(rows, 1)->setText(QStringLiteral("javascript:alert(1)"));
    testtools::screenshotIfAsked(QStringLiteral("rooms-dialog.png"));

    // A bad address is refused in words; the dialog stays with what was typed.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("rtsp")), qPrintable(problem->text()));
    QCOMPARE(table->currentRow(), rows);
    QVERIFY(m_window->findChild<RoomsDialog *>(QStringLiteral("roomsDialog")));
    QCOMPARE(m_db->repo->rooms(w.id).size(), before.size());

    table->item(rows, 1)->setText(QStringLiteral("rtsp://stream.example.org/saal2"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<RoomsDialog *>(QStringLiteral("roomsDialog")));
    // The rooms the talks name were offered as rows and are saved with it.
    const QList<Room> after = m_db->repo->rooms(w.id);
    QCOMPARE(after.size(), rows + 1);
    QCOMPARE(after.first().name,
             m_db->repo->presentations(w.id).first().room); // offered from the talks
    QCOMPARE(after.last().name, QStringLiteral("Saal Zwei"));
    QCOMPARE(after.last().liveStreamUrl, QStringLiteral("rtsp://stream.example.org/saal2"));

    action("actionUndo")->trigger();
    QCOMPARE(m_db->repo->rooms(w.id).size(), before.size());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
