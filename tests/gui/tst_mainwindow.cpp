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
#include "tests/gui/mainwindowfixture.h"
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

class TestMainWindow : public QObject, MainWindowFixture
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
    void keyboardOnly_tabsToTheStatePanelAndFlips();
    void helpDocumentation_showsTheGuideWithItsScreenshots();
    void darkPalette_keepsTextReadable();
    void everyControl_hasAnAccessibleName();
    void presentationEditor_listsAndRemovesSlides();
    void everyShortcut_belongsToOneAction();
    void previewDock_leavesTheListsReadable();
    void importSchedule_showsTheChangesFirstAndUndoTakesItBack();
    void rooms_typedInTheDialogAndUndone();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the preview goes to a test folder
}

void TestMainWindow::init()
{
    setUpWindow();
}

void TestMainWindow::cleanup()
{
    tearDownWindow();
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
