// Publishing and archive uploads from the main window: a flip goes out at
// once, a target that fails says so and keeps the work, a target another
// database publishes to asks before taking it over, and videos dropped on
// talks, workshops, the state panel or the editor are uploaded.
#include "app/media/transferqueue.h"
#include "app/publish/publishservice.h"
#include "models/presentationtreemodel.h"
#include "models/publishmanifest.h"
#include "models/sitesettings.h"
#include "tests/gui/mainwindowfixture.h"
#include "tests/support/testtools.h"
#include "ui/dialogs/messagebox.h"
#include "ui/presentations/presentationeditordialog.h"
#include "ui/presentations/schedulepanel.h"
#include "ui/state/webcaststatepanel.h"
#include "ui/transfers/archivematchdialog.h"
#include "ui/transfers/transfersdock.h"
#include "ui/workshops/workshoplistpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

class TestPublishWindow : public QObject, MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }
    void flip_isPublishedAtOnceToTheTarget();
    void targetOfAnotherDatabase_asksBeforeTakingItOver();
    void testConnection_answersInPlainWords();
    void unreachableTarget_showsFailureKeepsWorkQueuedAndRetries();
    void dropVideoOnTalk_uploadsShowsProgressAndOffersArchive();
    void dropVideosOnWorkshop_matchesTalksForConfirmation();
    void dropVideoOnStatePanel_goesToTheTalkItShows();
    void dropVideoOnEditor_fieldsFollowAndSaveKeepsThem();
};

void TestPublishWindow::flip_isPublishedAtOnceToTheTarget()
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

// The folder already holds another database's site (a laptop's copy, or the
// demo): the window says so, names both, and publishes only when told to
// take the target over.
void TestPublishWindow::targetOfAnotherDatabase_asksBeforeTakingItOver()
{
    QTemporaryDir www;
    QFile marker(www.filePath(QStringLiteral(".webcast-admin-database")));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write(R"({"database": "5f0c0e7e-0000-4000-8000-000000000001", "name": "laptop.sqlite",
                    "since": "2026-11-01T09:00:00Z"})");
    marker.close();
    QFile theirs(www.filePath(QStringLiteral("index.html")));
    QVERIFY(theirs.open(QIODevice::WriteOnly));
    theirs.write("the laptop's page");
    theirs.close();
    MessageBox::setNextAnswer(QMessageBox::No); // not this time
    QVERIFY(SiteSettingsStore(m_db->repo->database())
                .set(QStringLiteral("web-target"), QUrl::fromLocalFile(www.path()).toString())
                .ok());
    PublishService *publisher = m_window->publisher();
    publisher->publishNow();
    QTRY_COMPARE_WITH_TIMEOUT(int(publisher->status().state), int(PublishService::State::Failed),
                              20000);
    QVERIFY2(publisher->status().message.contains(QStringLiteral("laptop.sqlite")),
             qPrintable(publisher->status().message));
    QVERIFY(theirs.open(QIODevice::ReadOnly));
    QCOMPARE(theirs.readAll(), QByteArray("the laptop's page"));
    theirs.close();
    // Retry asks again; this time Yes: the site goes out and the target
    // names this database.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    auto *retry = m_window->findChild<QPushButton *>(QStringLiteral("publishRetryButton"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(int(publisher->status().state), int(PublishService::State::Published),
                              20000);
    QVERIFY(theirs.open(QIODevice::ReadOnly));
    QVERIFY(theirs.readAll().contains("<html"));
    QVERIFY(marker.open(QIODevice::ReadOnly));
    QVERIFY(marker.readAll().contains(m_db->repo->database().identity().toUtf8()));
}

void TestPublishWindow::testConnection_answersInPlainWords()
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

void TestPublishWindow::unreachableTarget_showsFailureKeepsWorkQueuedAndRetries()
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

void TestPublishWindow::dropVideoOnTalk_uploadsShowsProgressAndOffersArchive()
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

void TestPublishWindow::dropVideosOnWorkshop_matchesTalksForConfirmation()
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

void TestPublishWindow::dropVideoOnStatePanel_goesToTheTalkItShows()
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

void TestPublishWindow::dropVideoOnEditor_fieldsFollowAndSaveKeepsThem()
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

QTEST_MAIN(TestPublishWindow)
#include "tst_publishwindow.moc"
