#pragma once

#include "models/teamrights.h"

#include "models/webcaststate.h"

#include <QHash>
#include <QMainWindow>

class AppSettings;
class ControlRoomWindow;
class EditSession;
class QAction;
class QLabel;
class QSplitter;
class TeamListener;
class SchedulePanel;
class PreviewDock;
class PublishService;
class ScheduleAssistant;
class SitePreview;
class StateGuard;
class StreamHealthMonitor;
class SuggestionBar;
class TransferQueue;
class TransfersDock;
class SiteSettingsStore;
class WebcastStatePanel;
class WorkshopListPanel;

// The shell: hosts the workshop list, the schedule and the state panel, owns
// the menus and actions, and remembers its layout. The work is done by the
// panels and by EditSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(EditSession &session, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkshopListPanel *workshopList() const { return m_workshops; }
    SchedulePanel *schedule() const { return m_schedule; }
    WebcastStatePanel *statePanel() const { return m_statePanel; }
    PublishService *publisher() const { return m_publisher; }
    TransferQueue *transfers() const { return m_transfers; }
    TransfersDock *transfersDock() const { return m_transfersDock; }
    PreviewDock *previewDock() const { return m_previewDock; }
    StreamHealthMonitor *streamHealth() const { return m_health; }
    ScheduleAssistant *assistant() const { return m_assistant; }
    SuggestionBar *suggestionBar() const { return m_suggestionBar; }
    // View → Control Room (made when first shown; null until then).
    ControlRoomWindow *controlRoom() const { return m_controlRoom; }
    void showControlRoom();

    // The first-run assistant (also Site → Setup Assistant…).
    void runSetupAssistant();

    void newWorkshop();
    void editWorkshop();
    void editRooms();
    void deleteWorkshop();
    void newPresentation();
    void editPresentation();
    void deletePresentation();
    // File → Import Schedule… (empty) and Update from Schedule… (the
    // current workshop and the source it was imported from).
    void importSchedule(bool updateCurrent);
    // File → Connect to Team Database…
    void connectToTeam();
    // The team connection (null on a database file).
    TeamListener *team() const { return m_team; }

signals:
    // The user chose another database (a team's, or this computer's file):
    // the program opens the window again on it.
    void reopenRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A desktop switching between light and dark while the app runs.
    void changeEvent(QEvent *event) override;

private:
    // Files dropped on a talk: slides are added to it, a video is uploaded
    // as its archive.
    void takeDroppedFiles(qint64 presentationId, const QStringList &files);
    void addSlides(qint64 presentationId, const QString &file);
    void uploadArchivesToWorkshop(qint64 workshopId, const QStringList &files);
    void offerArchive(qint64 presentationId);
    void createActions();
    void createMenus();
    void restoreLayout();
    // The preview dock beside the panels without squeezing them: the window
    // grows, or the dock floats.
    void fitPreviewDock();
    void saveLayout();
    void onWorkshopChanged(qint64 workshopId);
    void onPresentationChanged(qint64 presentationId);
    void updateActions();
    void setUpTeam();
    void showError(const QString &message);
    void importJson();
    void exportJson();
    void showAbout();
    void editSiteSettings();
    void previewSite();
    void watchLiveStream();
    // The workshop running today, or the newest.
    void selectTodaysWorkshop();

    EditSession &m_session;
    AppSettings &m_settings;
    WorkshopListPanel *m_workshops;
    SchedulePanel *m_schedule;
    WebcastStatePanel *m_statePanel;
    QSplitter *m_splitter;
    SiteSettingsStore *m_siteSettings;
    SitePreview *m_preview;
    PublishService *m_publisher;
    TransferQueue *m_transfers;
    TransfersDock *m_transfersDock;
    StreamHealthMonitor *m_health;
    ScheduleAssistant *m_assistant;
    StateGuard *m_stateGuard;
    SuggestionBar *m_suggestionBar;
    ControlRoomWindow *m_controlRoom = nullptr;
    PreviewDock *m_previewDock;
    // A team database: what this login may write, and the live link to the
    // other seats (null on a database file).
    TeamRights m_rights;
    TeamListener *m_team = nullptr;
    QLabel *m_teamStatus = nullptr;

    QAction *m_newWorkshop = nullptr;
    QAction *m_editWorkshop = nullptr;
    QAction *m_editRooms = nullptr;
    QAction *m_deleteWorkshop = nullptr;
    QAction *m_newPresentation = nullptr;
    QAction *m_editPresentation = nullptr;
    QAction *m_deletePresentation = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_import = nullptr;
    QAction *m_importSchedule = nullptr;
    QAction *m_updateSchedule = nullptr;
    QAction *m_export = nullptr;
    QAction *m_find = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_connectTeam = nullptr;
    QAction *m_siteSettingsAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_scopeWorkshop = nullptr;
    QAction *m_previewLive = nullptr;
    QAction *m_previewArchive = nullptr;
    QAction *m_previewFile = nullptr;
    QAction *m_assistantAction = nullptr;
    QHash<int, QAction *> m_stateActions;
};
