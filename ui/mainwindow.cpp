#include "ui/mainwindow.h"

#include "app/core/appsettings.h"
#include "app/core/session.h"
#include "app/editing/editsession.h"
#include "app/editing/slides.h"
#include "app/media/transferqueue.h"
#include "app/publish/publishservice.h"
#include "app/render/sitepreview.h"
#include "app/render/siterenderer.h"
#include "app/stream/scheduleassistant.h"
#include "app/stream/streamhealth.h"
#include "models/database.h"
#include "models/jsonexchange.h"
#include "models/repository.h"
#include "models/sitesettings.h"
#include "models/stateicons.h"
#include "models/teamlistener.h"
#include "models/workshoplistmodel.h"
#include "ui/controlroom/controlroomwindow.h"
#include "ui/dialogs/helpbrowser.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/teamconnectdialog.h"
#include "ui/dialogs/urlopener.h"
#include "ui/presentations/presentationeditordialog.h"
#include "ui/presentations/schedulepanel.h"
#include "ui/preview/previewdock.h"
#include "ui/publish/publishstatuswidget.h"
#include "ui/site/setupwizard.h"
#include "ui/site/sitesettingsdialog.h"
#include "ui/state/stateguard.h"
#include "ui/state/suggestionbar.h"
#include "ui/state/webcaststatepanel.h"
#include "ui/transfers/archivematchdialog.h"
#include "ui/transfers/filedrop.h"
#include "ui/transfers/transfersdock.h"
#include "ui/workshops/roomsdialog.h"
#include "ui/workshops/scheduleimportdialog.h"
#include "ui/workshops/workshopeditordialog.h"
#include "ui/workshops/workshoplistpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(EditSession &session, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_workshops(new WorkshopListPanel(session.repository(), this))
    , m_schedule(new SchedulePanel(session.repository(), this))
    , m_statePanel(new WebcastStatePanel(session, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_siteSettings(new SiteSettingsStore(session.repository().database(), this))
    , m_preview(new SitePreview(this))
    , m_publisher(new PublishService(session.repository(), *m_siteSettings, this))
    , m_transfers(new TransferQueue(session.repository(), *m_siteSettings, this))
    , m_transfersDock(new TransfersDock(*m_transfers, session.repository(), this))
    , m_health(new StreamHealthMonitor(this))
    , m_assistant(new ScheduleAssistant(session, this))
    , m_stateGuard(new StateGuard(session.repository(), *m_siteSettings, *m_health, this))
    , m_suggestionBar(new SuggestionBar(*m_assistant, this))
    , m_previewDock(new PreviewDock(session.repository(), *m_siteSettings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Webcast Admin"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_workshops);
    m_splitter->addWidget(m_schedule);
    m_splitter->addWidget(m_statePanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({280, 640, 320});
    // Readable at any window size: names and titles are never cut to a few
    // letters (a dock that does not fit floats instead, see fitPreviewDock).
    m_workshops->setMinimumWidth(220);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(8, 8, 8, 8);
    centralLayout->addWidget(m_suggestionBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    addDockWidget(Qt::BottomDockWidgetArea, m_transfersDock);
    m_transfersDock->setVisible(!m_transfers->transfers().isEmpty());
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    m_previewDock->hide();
    connect(m_previewDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) // once the layout has given the dock its place
            QTimer::singleShot(0, this, &MainWindow::fitPreviewDock);
    });

    // The live stream of the workshop in view is checked in the background;
    // its light sits beside the Live button, and the assistant only
    // suggests Live while it is green.
    m_statePanel->setStreamHealth(m_health);
    m_assistant->setHealth(m_health);
    m_statePanel->setGuard(
        [this](SubjectKind kind, qint64 id, WebcastState to, std::function<void(bool)> answer) {
            m_stateGuard->confirm(this, kind, id, to, std::move(answer));
        });
    connect(&session.repository(), &WebcastRepository::workshopChanged, this, [this](qint64 id) {
        if (id == m_workshops->currentWorkshopId())
            watchLiveStream();
    });
    connect(m_suggestionBar, &SuggestionBar::error, this, &MainWindow::showError);
    connect(m_transfersDock, &TransfersDock::previewRequested, m_previewDock,
            &PreviewDock::playFile);

    createActions();
    createMenus();
    m_schedule->addActionButtons(
        {m_editWorkshop, m_newPresentation, m_editPresentation, m_deletePresentation});

    connect(m_workshops, &WorkshopListPanel::currentWorkshopChanged, this,
            &MainWindow::onWorkshopChanged);
    connect(m_workshops, &WorkshopListPanel::editRequested, this, &MainWindow::editWorkshop);
    connect(m_schedule, &SchedulePanel::currentPresentationChanged, this,
            &MainWindow::onPresentationChanged);
    connect(m_schedule, &SchedulePanel::editRequested, this, &MainWindow::editPresentation);
    connect(m_schedule, &SchedulePanel::filesDropped, this, &MainWindow::takeDroppedFiles);
    connect(m_workshops, &WorkshopListPanel::filesDropped, this,
            &MainWindow::uploadArchivesToWorkshop);
    connect(m_transfers, &TransferQueue::error, this, &MainWindow::showError);
    // Archive needs a streaming address: the buttons follow the settings.
    connect(m_siteSettings, &SiteSettingsStore::changed, m_statePanel, &WebcastStatePanel::refresh);
    connect(m_transfers, &TransferQueue::uploaded, this,
            [this](qint64, qint64 presentationId) { offerArchive(presentationId); });
    connect(m_statePanel, &WebcastStatePanel::error, this, &MainWindow::showError);
    // An archive video dropped on the state panel goes to the talk it shows
    // (where the Archive button says what it needs).
    FileDropFilter::install(
        m_statePanel, &FileDropFilter::isVideoFile,
        [this](const QPoint &) {
            return m_statePanel->scope() == SubjectKind::Presentation ? m_statePanel->subjectId()
                                                                      : 0;
        },
        [this](qint64 id, const QStringList &files) { takeDroppedFiles(id, files); });
    connect(&m_session, &EditSession::error, this, &MainWindow::showError);
    connect(m_session.undoStack(), &QUndoStack::indexChanged, this, [this] {
        const QString text = m_session.undoStack()->undoText();
        if (!text.isEmpty())
            statusBar()->showMessage(tr("Done: %1").arg(text), 4000);
    });

    statusBar()->addPermanentWidget(new PublishStatusWidget(*m_publisher, *m_siteSettings, this));
    setUpTeam();
    restoreLayout();
    // Start where the user left off, or on the first (newest) workshop.
    const QString last = m_settings.value(AppSettings::Key::LastWorkshopSlug).toString();
    const std::optional<Workshop> lastWorkshop = m_session.repository().workshopBySlug(last);
    if (lastWorkshop)
        m_workshops->selectWorkshop(lastWorkshop->id);
    else
        selectTodaysWorkshop();
    updateActions();
    statusBar()->showMessage(
        tr("Database: %1").arg(m_session.repository().database().displayName()));
}

// On a team database: who this is, what the login may do, and the other
// seats' changes as they happen.
void MainWindow::setUpTeam()
{
    const Database &db = m_session.repository().database();
    if (!db.isPostgres())
        return;
    m_rights = TeamRights::of(db);
    m_team = new TeamListener(m_session.repository(), this);
    m_teamStatus = new QLabel(this);
    m_teamStatus->setObjectName(QStringLiteral("teamStatus"));
    const QString who = tr("Team: %1 (%2)").arg(m_session.userName(), m_rights.role);
    m_teamStatus->setText(who);
    m_teamStatus->setToolTip(db.displayName());
    statusBar()->addPermanentWidget(m_teamStatus);
    connect(m_team, &TeamListener::connectionChanged, this,
            [this, who](bool connected, const QString &message) {
                m_teamStatus->setText(connected ? who : message);
                statusBar()->showMessage(message, connected ? 5000 : 0);
            });
    connect(&m_session.repository(), &WebcastRepository::settingsChanged, m_siteSettings,
            &SiteSettingsStore::changed);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const char *name, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newWorkshop = make(tr("&New Workshop…"), QKeySequence::New, "actionNewWorkshop",
                         &MainWindow::newWorkshop);
    m_editWorkshop = make(tr("Edit &Workshop…"), QKeySequence(tr("Ctrl+Shift+E")),
                          "actionEditWorkshop", &MainWindow::editWorkshop);
    m_editRooms =
        make(tr("Workshop R&ooms…"), QKeySequence(), "actionEditRooms", &MainWindow::editRooms);
    m_editRooms->setToolTip(tr("Name the workshop's rooms and give parallel rooms a live "
                               "stream of their own"));
    m_deleteWorkshop = make(tr("Delete Wor&kshop…"), QKeySequence(tr("Ctrl+Shift+Del")),
                            "actionDeleteWorkshop", &MainWindow::deleteWorkshop);
    m_newPresentation = make(tr("&Add Presentation…"), QKeySequence(tr("Ctrl+Shift+N")),
                             "actionNewPresentation", &MainWindow::newPresentation);
    m_editPresentation = make(tr("&Edit Presentation…"), QKeySequence(tr("Ctrl+E")),
                              "actionEditPresentation", &MainWindow::editPresentation);
    m_deletePresentation = make(tr("&Delete Presentation"), QKeySequence::Delete,
                                "actionDeletePresentation", &MainWindow::deletePresentation);
    m_import = make(tr("&Import JSON…"), QKeySequence(tr("Ctrl+I")), "actionImport",
                    &MainWindow::importJson);
    m_importSchedule = make(tr("Import &Schedule…"), QKeySequence(), "actionImportSchedule",
                            [this] { importSchedule(false); });
    m_importSchedule->setToolTip(tr("Add a conference's talks and rooms from its schedule "
                                    "(frab, C3VOC, pretalx, Indico, iCalendar)"));
    m_updateSchedule = make(tr("&Update from Schedule…"), QKeySequence(), "actionUpdateSchedule",
                            [this] { importSchedule(true); });
    m_updateSchedule->setToolTip(tr("Read the workshop's schedule again and show what changed "
                                    "before anything is changed"));
    m_export = make(tr("E&xport JSON…"), QKeySequence(), "actionExport", &MainWindow::exportJson);
    m_find = make(tr("&Find Workshop"), QKeySequence::Find, "actionFind",
                  [this] { m_workshops->focusSearch(); });
    m_quit = make(tr("&Quit"), QKeySequence::Quit, "actionQuit", &MainWindow::close);
    m_connectTeam = make(tr("Connect to &Team Database…"), QKeySequence(), "actionConnectTeam",
                         &MainWindow::connectToTeam);
    m_connectTeam->setToolTip(tr("Work with your team on one shared database, or go back to "
                                 "this computer's"));
    m_siteSettingsAction = make(tr("Site &Settings…"), QKeySequence(), "actionSiteSettings",
                                &MainWindow::editSiteSettings);
    // Ctrl+Shift+P shows the preview dock (View): one key, one action.
    m_previewAction = make(tr("&Preview Site"), QKeySequence(tr("Ctrl+Alt+P")), "actionPreviewSite",
                           &MainWindow::previewSite);
    m_publishAction = make(tr("Publish &Now"), QKeySequence(tr("Ctrl+Shift+U")), "actionPublishNow",
                           [this] { m_publisher->publishNow(); });
    m_previewAction->setToolTip(tr("Render the public pages into a local folder and open the "
                                   "current page in your browser"));
    connect(m_preview, &SitePreview::finished, this, [this](const QString &folder, int files) {
        m_previewAction->setEnabled(true);
        statusBar()->showMessage(tr("Preview ready: %n file(s) in %1", nullptr, files).arg(folder),
                                 8000);
        QString page = QStringLiteral("index.html");
        if (const auto w = m_session.repository().workshop(m_workshops->currentWorkshopId())) {
            page = SiteRenderer::workshopDir(*w) + QStringLiteral("index.html");
            if (const auto p =
                    m_session.repository().presentation(m_schedule->currentPresentationId()))
                page = SiteRenderer::presentationDir(*w, *p) + QStringLiteral("index.html");
        }
        UrlOpener::open(QUrl::fromLocalFile(folder + QLatin1Char('/') + page));
    });
    connect(m_preview, &SitePreview::failed, this, [this](const QString &message) {
        m_previewAction->setEnabled(true);
        showError(tr("The preview could not be made: %1").arg(message));
    });

    m_undo = m_session.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_session.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    addAction(m_undo);
    addAction(m_redo);

    m_previewLive = make(tr("Preview &Live Stream"), QKeySequence(tr("Ctrl+Shift+L")),
                         "actionPreviewLive", [this] { m_previewDock->playLive(); });
    m_previewArchive = make(tr("Preview &Archive"), QKeySequence(tr("Ctrl+Shift+A")),
                            "actionPreviewArchive", [this] { m_previewDock->playArchive(); });
    m_previewFile = make(tr("Preview a &Video File…"), QKeySequence(), "actionPreviewFile",
                         [this] { m_previewDock->chooseFile(); });
    m_assistantAction = make(tr("Schedule &Assistant"), QKeySequence(), "actionAssistant",
                             [this] { m_assistant->setEnabled(m_assistantAction->isChecked()); });
    m_assistantAction->setCheckable(true);
    m_assistantAction->setChecked(true);
    m_assistantAction->setToolTip(tr("Suggest Live at a talk's start (when the stream is up) "
                                     "and Concluded after its end"));

    m_scopeWorkshop = make(tr("Whole &Workshop"), QKeySequence(tr("Ctrl+0")), "actionScopeWorkshop",
                           [this] { m_statePanel->showWorkshopScope(); });
    int n = 1;
    for (WebcastState state : allStates()) {
        auto *action = new QAction(stateIcon(state), stateDisplayName(state), this);
        action->setObjectName(QStringLiteral("actionState_") + stateKey(state));
        action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(n++)));
        connect(action, &QAction::triggered, this, [this, state] { m_statePanel->choose(state); });
        addAction(action);
        m_stateActions.insert(static_cast<int>(state), action);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newWorkshop);
    file->addAction(m_newPresentation);
    file->addSeparator();
    file->addAction(m_importSchedule);
    file->addAction(m_updateSchedule);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_connectTeam);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_editWorkshop);
    edit->addAction(m_editRooms);
    edit->addAction(m_deleteWorkshop);
    edit->addSeparator();
    edit->addAction(m_editPresentation);
    edit->addAction(m_deletePresentation);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu *state = menuBar()->addMenu(tr("&State"));
    state->addAction(m_scopeWorkshop);
    state->addSeparator();
    for (WebcastState s : allStates())
        state->addAction(m_stateActions.value(static_cast<int>(s)));
    state->addSeparator();
    state->addAction(m_assistantAction);

    QMenu *site = menuBar()->addMenu(tr("S&ite"));
    site->addAction(m_previewAction);
    site->addAction(m_publishAction);
    site->addSeparator();
    site->addAction(m_siteSettingsAction);
    QAction *setup = site->addAction(tr("Setup &Assistant…"), this, &MainWindow::runSetupAssistant);
    setup->setObjectName(QStringLiteral("actionSetupAssistant"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showTransfers = m_transfersDock->toggleViewAction();
    showTransfers->setText(tr("&Transfers"));
    showTransfers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(showTransfers);
    QAction *showPreview = m_previewDock->toggleViewAction();
    showPreview->setText(tr("&Preview"));
    showPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->addAction(showPreview);
    QAction *controlRoom = view->addAction(tr("&Control Room"), this, &MainWindow::showControlRoom);
    controlRoom->setObjectName(QStringLiteral("actionControlRoom"));
    controlRoom->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    controlRoom->setToolTip(tr("Every room in use today on one screen, each with its stream "
                               "light, picture and next step (F11 there: full screen)"));
    view->addSeparator();
    view->addAction(m_previewLive);
    view->addAction(m_previewArchive);
    view->addAction(m_previewFile);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *documentation = help->addAction(tr("&Documentation"), this, [this] {
        auto *guide = findChild<HelpBrowser *>();
        if (!guide) {
            guide = new HelpBrowser(this);
            guide->setAttribute(Qt::WA_DeleteOnClose);
        }
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    documentation->setObjectName(QStringLiteral("actionDocumentation"));
    documentation->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Webcast Admin"), this, &MainWindow::showAbout);
}

void MainWindow::fitPreviewDock()
{
    // After the layout has placed the dock: a picture narrower than this is
    // a sliver. The panels keep their minimum widths; the room comes from a
    // wider window as far as the screen allows, then from the schedule's
    // spare width, else the dock floats.
    constexpr int wanted = 400;
    if (m_previewDock->isFloating() || m_previewDock->width() >= wanted)
        return;
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
    const int room = screen.width() - frameGeometry().width();
    const int grow = std::min(wanted - m_previewDock->width(), room);
    if (grow > 0 && !isMaximized() && !isFullScreen()) {
        resize(width() + grow, height());
        if (frameGeometry().right() > screen.right())
            move(screen.right() - frameGeometry().width() + 1, y());
    }
    resizeDocks({m_previewDock}, {wanted}, Qt::Horizontal);
    QTimer::singleShot(0, this, [this] {
        if (m_previewDock->isFloating() || m_previewDock->width() >= wanted)
            return;
        m_previewDock->setFloating(true);
        m_previewDock->resize(640, 440);
        m_previewDock->move(geometry().center() - QPoint(320, 220));
    });
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry =
        m_settings.value(AppSettings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 760);
    restoreState(m_settings.value(AppSettings::Key::MainWindowState).toByteArray());
    const QByteArray splitter = m_settings.value(AppSettings::Key::MainSplitterState).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::saveLayout()
{
    m_settings.setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::Key::MainWindowState, saveState());
    m_settings.setValue(AppSettings::Key::MainSplitterState, m_splitter->saveState());
    m_settings.sync();
}

void MainWindow::showControlRoom()
{
    if (!m_controlRoom) {
        m_controlRoom = new ControlRoomWindow(m_session, this);
        m_controlRoom->setRights(m_rights);
        m_controlRoom->setGuard([this](QWidget *parent, qint64 id, WebcastState to,
                                       const StreamHealthMonitor *health,
                                       std::function<void(bool)> answer) {
            m_stateGuard->confirm(parent, SubjectKind::Presentation, id, to, std::move(answer),
                                  health);
        });
        connect(m_controlRoom, &ControlRoomWindow::error, this, &MainWindow::showError);
        connect(m_controlRoom, &ControlRoomWindow::previewRequested, this,
                [this](const QUrl &url, const QString &title) {
                    // Over a full-screen wall the dock floats beside the tiles.
                    if (m_controlRoom->isFullScreen() || m_controlRoom->isMaximized())
                        m_previewDock->setFloating(true);
                    m_previewDock->show();
                    m_previewDock->playUrl(url, title);
                    QWidget *top =
                        m_previewDock->isFloating() ? static_cast<QWidget *>(m_previewDock) : this;
                    top->raise();
                    top->activateWindow();
                });
    }
    m_controlRoom->show();
    m_controlRoom->raise();
    m_controlRoom->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controlRoom)
        m_controlRoom->close();
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Style sheets resolve palette colours when a widget is polished; setting
    // them again makes the widgets that use one follow the new palette.
    for (QWidget *w : findChildren<QWidget *>())
        if (!w->styleSheet().isEmpty())
            w->setStyleSheet(w->styleSheet());
}

void MainWindow::onWorkshopChanged(qint64 workshopId)
{
    m_schedule->setWorkshop(workshopId);
    m_statePanel->setWorkshop(workshopId);
    m_assistant->setWorkshop(workshopId);
    m_previewDock->setSubject(workshopId, 0);
    watchLiveStream();
    if (const std::optional<Workshop> w = m_session.repository().workshop(workshopId))
        m_settings.setValue(AppSettings::Key::LastWorkshopSlug, w->slug);
    updateActions();
}

void MainWindow::onPresentationChanged(qint64 presentationId)
{
    m_statePanel->setPresentation(presentationId);
    m_previewDock->setSubject(m_workshops->currentWorkshopId(), presentationId);
    updateActions();
}

void MainWindow::selectTodaysWorkshop()
{
    if (const int row = m_workshops->model()->suggestedRow(QDate::currentDate()); row >= 0)
        m_workshops->selectWorkshop(m_workshops->model()->idAt(row));
}

void MainWindow::runSetupAssistant()
{
    SetupWizard wizard(m_session, *m_siteSettings, m_settings, this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    // Demo data may have arrived: open on the workshop that runs today.
    if (m_workshops->currentWorkshopId() == 0)
        selectTodaysWorkshop();
    m_publisher->request(); // the chosen target gets the whole site
}

void MainWindow::watchLiveStream()
{
    const std::optional<Workshop> w =
        m_session.repository().workshop(m_workshops->currentWorkshopId());
    m_health->setUrl(w && !w->liveStreamUrl.isEmpty() ? QUrl(w->liveStreamUrl) : QUrl());
}

void MainWindow::updateActions()
{
    const bool hasWorkshop = m_workshops->currentWorkshopId() != 0;
    const bool hasTalk = m_schedule->currentPresentationId() != 0;
    m_newWorkshop->setEnabled(true);
    m_import->setEnabled(true);
    m_importSchedule->setEnabled(true);
    m_editWorkshop->setEnabled(hasWorkshop);
    m_editRooms->setEnabled(hasWorkshop);
    m_deleteWorkshop->setEnabled(hasWorkshop);
    m_updateSchedule->setEnabled(hasWorkshop);
    m_newPresentation->setEnabled(hasWorkshop);
    m_editPresentation->setEnabled(hasTalk && m_rights.editWebcast);
    m_deletePresentation->setEnabled(hasTalk);
    // What this team login may not write is off, and says why.
    const QString why = m_rights.editEverything ? QString() : m_rights.whyNot();
    for (QAction *a :
         {m_newWorkshop, m_editWorkshop, m_editRooms, m_deleteWorkshop, m_updateSchedule,
          m_newPresentation, m_deletePresentation, m_import, m_importSchedule}) {
        if (!m_rights.editEverything) {
            a->setEnabled(false);
            a->setToolTip(why);
        }
    }
    if (!m_rights.editWebcast)
        m_editPresentation->setToolTip(m_rights.whyNot());
    m_scopeWorkshop->setEnabled(hasWorkshop);
    for (QAction *a : std::as_const(m_stateActions))
        a->setEnabled(hasWorkshop);
    m_previewLive->setEnabled(hasWorkshop);
    m_previewArchive->setEnabled(hasTalk);
}

void MainWindow::connectToTeam()
{
    const Database &db = m_session.repository().database();
    auto *dialog = new TeamConnectDialog(
        db.isPostgres() ? m_settings.value(AppSettings::Key::TeamDatabase).toString() : QString(),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_settings.setValue(AppSettings::Key::TeamDatabase, dialog->chosenAddress());
        emit reopenRequested();
    });
    dialog->open();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    MessageBox::warning(this, tr("Webcast Admin"), message);
}

void MainWindow::newWorkshop()
{
    Workshop w;
    w.firstDay = QDate::currentDate();
    w.lastDay = w.firstDay.addDays(2);
    auto *dialog = new WorkshopEditorDialog(m_session, w, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_workshops->selectWorkshop(dialog->savedWorkshopId()); });
    dialog->open();
}

void MainWindow::editWorkshop()
{
    const std::optional<Workshop> w =
        m_session.repository().workshop(m_workshops->currentWorkshopId());
    if (!w)
        return;
    auto *dialog = new WorkshopEditorDialog(m_session, *w, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editRooms()
{
    const std::optional<Workshop> w =
        m_session.repository().workshop(m_workshops->currentWorkshopId());
    if (!w)
        return;
    auto *dialog = new RoomsDialog(m_session, *w, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::deleteWorkshop()
{
    const std::optional<Workshop> w =
        m_session.repository().workshop(m_workshops->currentWorkshopId());
    if (!w)
        return;
    const int talks = m_session.repository().presentationCount(w->id);
    const QString text =
        talks == 0 ? tr("Delete the workshop \"%1\"?").arg(w->title)
                   : tr("Delete the workshop \"%1\" and its %n presentation(s)?", nullptr, talks)
                         .arg(w->title);
    const auto answer = MessageBox::question(
        this, tr("Delete workshop"),
        text + QStringLiteral("\n\n") + tr("You can undo this with Edit → Undo."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = m_session.removeWorkshop(w->id); !s)
        showError(s.error());
}

void MainWindow::newPresentation()
{
    const qint64 workshopId = m_workshops->currentWorkshopId();
    if (!workshopId)
        return;
    Presentation p;
    p.workshopId = workshopId;
    p.sortOrder = m_session.repository().presentationCount(workshopId);
    // Start right after the selected talk, the usual way a schedule is typed in.
    if (const auto selected =
            m_session.repository().presentation(m_schedule->currentPresentationId())) {
        p.startsAt = selected->endsAt;
        p.endsAt = p.startsAt.addSecs(selected->startsAt.secsTo(selected->endsAt));
        p.room = selected->room;
    }
    auto *dialog = new PresentationEditorDialog(m_session, p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_schedule->selectPresentation(dialog->savedPresentationId()); });
    dialog->open();
}

void MainWindow::editPresentation()
{
    const std::optional<Presentation> p =
        m_session.repository().presentation(m_schedule->currentPresentationId());
    if (!p)
        return;
    auto *dialog = new PresentationEditorDialog(m_session, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_rights.editEverything)
        dialog->limitToWebcastFields(m_rights.whyNot());
    // The archive video or the slides can be dropped on the editor too; the
    // editor shows the webcast fields once the upload has filled them.
    FileDropFilter::install(
        dialog,
        [](const QString &f) {
            return FileDropFilter::isVideoFile(f) || FileDropFilter::isSlideFile(f);
        },
        [id = p->id](const QPoint &) { return id; },
        [this](qint64 id, const QStringList &files) { takeDroppedFiles(id, files); });
    dialog->open();
}

void MainWindow::deletePresentation()
{
    const qint64 id = m_schedule->currentPresentationId();
    if (!id)
        return;
    // Undo brings it back, so no question here.
    if (Status s = m_session.removePresentation(id); !s)
        showError(s.error());
}

void MainWindow::importJson()
{
    const QString folder = m_settings.value(AppSettings::Key::LastImportFolder).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import workshops"), folder,
                                                      tr("Webcast Admin JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(AppSettings::Key::LastImportFolder, QFileInfo(path).absolutePath());
    // One undoable step: Undo puts back the workshops it replaced.
    const auto result = m_session.importFile(path);
    if (!result) {
        showError(tr("Nothing was imported.\n\n%1").arg(result.error()));
        return;
    }
    statusBar()->showMessage(tr("Imported %n workshop(s)", nullptr,
                                result.value().workshopsAdded + result.value().workshopsReplaced),
                             6000);
}

void MainWindow::importSchedule(bool updateCurrent)
{
    QString source;
    QString slug;
    if (updateCurrent) {
        const std::optional<Workshop> w =
            m_session.repository().workshop(m_workshops->currentWorkshopId());
        if (!w)
            return;
        source = w->scheduleSource;
        slug = w->slug;
    }
    auto *dialog = new ScheduleImportDialog(m_session, source, slug, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_workshops->selectWorkshop(dialog->importedWorkshopId());
        statusBar()->showMessage(tr("Schedule imported: %1").arg(dialog->summary()), 8000);
    });
    dialog->open();
}

void MainWindow::exportJson()
{
    const QString folder = m_settings.value(AppSettings::Key::LastImportFolder).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export workshops"), folder + QStringLiteral("/webcast-admin.json"),
        tr("Webcast Admin JSON (*.json)"));
    if (path.isEmpty())
        return;
    const jsonexchange::Export exported = jsonexchange::exportAll(m_session.repository());
    if (Status s = jsonexchange::writeExport(exported, path); !s) {
        showError(s.error());
        return;
    }
    if (!exported.notKept.isEmpty())
        showError(tr("Exported to %1, without these slides, whose files were never kept:\n\n%2")
                      .arg(path, exported.notKept.join(QLatin1Char('\n'))));
    else
        statusBar()->showMessage(exported.files.isEmpty()
                                     ? tr("Exported to %1").arg(path)
                                     : tr("Exported to %1, the slides into %2")
                                           .arg(path, jsonexchange::filesFolderFor(path)),
                                 6000);
}

void MainWindow::editSiteSettings()
{
    auto *dialog = new SiteSettingsDialog(*m_siteSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::previewSite()
{
    if (m_preview->isRunning())
        return;
    m_previewAction->setEnabled(false);
    statusBar()->showMessage(tr("Rendering the preview…"));
    // Reading the data is quick; rendering and writing run on a worker.
    m_preview->start(SiteSnapshot::capture(m_session.repository(), m_siteSettings->load()),
                     session::previewFolder());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Webcast Admin"),
                       tr("<h3>Webcast Admin %1</h3><p>Runs the webcasts of multi-day "
                          "workshops: states, pages, archives.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::takeDroppedFiles(qint64 presentationId, const QStringList &files)
{
    QStringList videos;
    for (const QString &file : files) {
        if (FileDropFilter::isSlideFile(file))
            addSlides(presentationId, file);
        else
            videos << file;
    }
    if (videos.isEmpty())
        return;
    // Several videos on one talk: the last would win on the server, so only
    // one is taken and the user is told.
    if (videos.size() > 1)
        MessageBox::warning(this, tr("One video per presentation"),
                            tr("%1 videos were dropped on one presentation; only %2 is uploaded. "
                               "Drop each video on its own presentation.")
                                .arg(videos.size())
                                .arg(QFileInfo(videos.first()).fileName()));
    const Result<qint64> id = m_transfers->enqueue(presentationId, videos.first());
    if (!id) {
        showError(id.error());
        return;
    }
    m_transfersDock->show();
    m_transfersDock->raise();
}

void MainWindow::uploadArchivesToWorkshop(qint64 workshopId, const QStringList &files)
{
    // Shown with open(): the window keeps running while it is up, and
    // tests answer it as a person would (its buttons).
    auto *dialog = new ArchiveMatchDialog(m_session.repository(), workshopId, files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<QPair<QString, qint64>> choices = dialog->choices();
        QSet<qint64> seen;
        for (const auto &[file, presentationId] : choices) {
            if (seen.contains(presentationId))
                continue; // one video per presentation; the first wins
            seen.insert(presentationId);
            if (const Result<qint64> id = m_transfers->enqueue(presentationId, file); !id) {
                showError(id.error());
                return;
            }
        }
        if (!choices.isEmpty()) {
            m_transfersDock->show();
            m_transfersDock->raise();
        }
    });
    dialog->open();
}

void MainWindow::addSlides(qint64 presentationId, const QString &file)
{
    if (const Result<qint64> id = m_session.addSlides(presentationId, file); !id) {
        showError(id.error());
        return;
    }
    statusBar()->showMessage(tr("Added the slides %1; they are published with the page.")
                                 .arg(QFileInfo(file).fileName()),
                             6000);
}

void MainWindow::offerArchive(qint64 presentationId)
{
    const std::optional<Presentation> talk = m_session.repository().presentation(presentationId);
    if (!talk || talk->state == WebcastState::Archive)
        return;
    const auto answer = MessageBox::question(
        this, tr("Archive ready"),
        tr("The archive of \"%1\" is on the streaming server and checked. Switch the "
           "presentation to Archive now? Its page and reference movie are published at once.")
            .arg(talk->title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    // A refusal (no streaming address set, say) is shown, never swallowed.
    if (const Status s = m_session.setPresentationState(presentationId, WebcastState::Archive); !s)
        showError(s.error());
}
