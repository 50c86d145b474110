#pragma once

#include "app/stream/controlroom.h"
#include "models/teamrights.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class EditSession;
class QGridLayout;
class QLabel;
class RoomTile;
class StillPicture;
class StreamHealthMonitor;

// View → Control Room: every room in use today on one screen, across all
// workshops, one tile each (RoomTile). Each room's stream has its own light
// (a StreamHealthMonitor per address, whatever is selected in the main
// window) and a still picture refreshed every 12 s on a worker; each tile's
// next step is one button. Keys 1–9 choose a tile, Space takes its step,
// Ctrl+Z undoes, F11 fills the screen. Other seats' flips arrive through the
// repository's signals like this seat's own.
class ControlRoomWindow : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // UTC
    // Asked before a step, like the state panel's buttons: Live while the
    // room's light is red asks first. Answers through the callback.
    using Guard =
        std::function<void(QWidget *parent, qint64 presentationId, WebcastState to,
                           const StreamHealthMonitor *health, std::function<void(bool)> answer)>;

    explicit ControlRoomWindow(EditSession &session, QWidget *parent = nullptr);
    ~ControlRoomWindow() override;

    void setClock(Clock clock);
    void setGuard(Guard guard);
    void setRights(const TeamRights &rights);
    // How often each stream is checked and its picture taken (tests: faster).
    void setIntervals(int healthMs, int pictureMs);

    QList<RoomTile *> tiles() const { return m_tiles; }
    StreamHealthMonitor *monitorFor(const QUrl &url) const { return m_monitors.value(url); }
    StillPicture *stillFor(const QUrl &url) const { return m_stills.value(url); }
    int columns() const { return m_columns; }

public slots:
    // Reads the rooms of the day again (the repository's signals do this).
    void refresh();
    void toggleFullScreen();
    // Takes the step of the tile (as its button or Space does).
    void takeStep(RoomTile *tile);

signals:
    // The room's live stream in the main window's preview dock.
    void previewRequested(const QUrl &url, const QString &title);
    void error(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void layoutTiles();
    // The tile's light, picture and step (its step as refresh() read it,
    // with what the light says now).
    void updateTile(RoomTile *tile);
    void updateTilesOf(const QUrl &url);
    void watch(const QList<controlroom::RoomSlot> &rooms);
    void setChecking(bool on);
    void updateStatus();

    EditSession &m_session;
    Clock m_clock;
    Guard m_guard;
    TeamRights m_rights;
    int m_healthInterval = 5000;
    int m_pictureInterval = 12000;
    QList<RoomTile *> m_tiles;
    QHash<QUrl, StreamHealthMonitor *> m_monitors;
    QHash<QUrl, StillPicture *> m_stills;
    QHash<QString, controlroom::NextStep> m_steps; // by room key, from the last refresh
    QWidget *m_wall;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QLabel *m_status;
    int m_columns = 1;
    bool m_checking = false;
    QTimer m_refreshSoon; // coalesces the signals of one change
    QTimer m_tick;        // the clock moves: progress bars and next steps
};
