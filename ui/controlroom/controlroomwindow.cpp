#include "ui/controlroom/controlroomwindow.h"

#include "app/editing/editsession.h"
#include "app/stream/stillpicture.h"
#include "app/stream/streamhealth.h"
#include "models/repository.h"
#include "ui/controlroom/roomtile.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

ControlRoomWindow::ControlRoomWindow(EditSession &session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_wall(new QWidget(this))
    , m_grid(new QGridLayout(m_wall))
    , m_empty(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("controlRoom"));
    setWindowTitle(tr("Control Room — Webcast Admin"));
    setStyleSheet(QStringLiteral(
        "RoomTile { border: 2px solid palette(mid); border-radius: 8px; background: palette(base); "
        "}"
        "RoomTile[chosen=\"true\"] { border: 4px solid palette(highlight); }"
        "QLabel#tileNumber { border-radius: 4px; background: palette(dark); color: "
        "palette(bright-text); }"
        "QLabel#tileWorkshop, QLabel#tileWhy { color: palette(placeholder-text); }"
        "QPushButton#tileStep[step=\"live\"] { background: #D55E00; color: white; }"
        "QPushButton#tileStep[step=\"concluded\"] { background: #0072B2; color: white; }"
        "QPushButton#tileStep[step=\"archive\"] { background: #009E73; color: white; }"
        "QPushButton#tileStep:disabled { background: palette(window); color: "
        "palette(placeholder-text); }"
        "QPushButton#tileStep { border: 1px solid palette(mid); border-radius: 5px; padding: 4px "
        "12px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    // The screen decides the size; twelve tiles shrink to fit a laptop
    // instead of pushing the window past its edge.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    layout->addWidget(m_wall, 1);
    m_empty->setObjectName(QStringLiteral("controlRoomEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setText(tr("No room is in use today.\n\nA room appears here on the days of its "
                        "workshop when a talk is scheduled in it. Rooms come from the workshop's "
                        "schedule (Workshop → Import Schedule…) or Workshop → Rooms…."));
    layout->addWidget(m_empty, 1);
    m_status->setObjectName(QStringLiteral("controlRoomStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_refreshSoon.setSingleShot(true);
    connect(&m_refreshSoon, &QTimer::timeout, this, &ControlRoomWindow::refresh);
    m_tick.setInterval(10000);
    connect(&m_tick, &QTimer::timeout, this, &ControlRoomWindow::refresh);

    WebcastRepository &repo = session.repository();
    for (auto signal : {&WebcastRepository::workshopAdded, &WebcastRepository::workshopChanged,
                        &WebcastRepository::workshopRemoved, &WebcastRepository::roomsChanged})
        connect(&repo, signal, this, &ControlRoomWindow::scheduleRefresh);
    for (auto signal :
         {&WebcastRepository::presentationAdded, &WebcastRepository::presentationChanged,
          &WebcastRepository::presentationRemoved})
        connect(&repo, signal, this, &ControlRoomWindow::scheduleRefresh);
    connect(&repo, &WebcastRepository::dataReset, this, &ControlRoomWindow::scheduleRefresh);

    // Keys: 1–9 choose a tile, Space (on the tile) takes its step, Ctrl+Z
    // undoes it, F11 fills the screen and Esc leaves it.
    for (int i = 0; i < 9; ++i) {
        auto *key = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        connect(key, &QShortcut::activated, this, [this, i] {
            if (i < m_tiles.size())
                m_tiles.at(i)->setFocus(Qt::ShortcutFocusReason);
        });
    }
    auto *full = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(full, &QShortcut::activated, this, &ControlRoomWindow::toggleFullScreen);
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leave, &QShortcut::activated, this, [this] {
        if (isFullScreen())
            showNormal();
    });
    QAction *undo = session.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("controlRoomUndo"));
    addAction(undo);
    QAction *redo = session.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);

    resize(1280, 800);
    refresh();
}

ControlRoomWindow::~ControlRoomWindow() = default;

void ControlRoomWindow::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void ControlRoomWindow::setGuard(Guard guard)
{
    m_guard = std::move(guard);
}

void ControlRoomWindow::setRights(const TeamRights &rights)
{
    m_rights = rights;
    for (RoomTile *t : std::as_const(m_tiles))
        updateTile(t);
}

void ControlRoomWindow::setIntervals(int healthMs, int pictureMs)
{
    m_healthInterval = healthMs;
    m_pictureInterval = pictureMs;
    for (StreamHealthMonitor *m : std::as_const(m_monitors))
        m->setInterval(healthMs);
    for (StillPicture *s : std::as_const(m_stills))
        s->setInterval(pictureMs);
    updateStatus();
}

void ControlRoomWindow::scheduleRefresh()
{
    if (!m_refreshSoon.isActive())
        m_refreshSoon.start(0);
}

void ControlRoomWindow::refresh()
{
    const QDateTime now = m_clock();
    const QList<controlroom::RoomSlot> rooms = controlroom::roomsInUse(m_session.repository(), now);
    QStringList keys;
    for (const controlroom::RoomSlot &r : rooms)
        keys.append(r.key);
    QStringList shown;
    for (RoomTile *t : std::as_const(m_tiles))
        shown.append(t->key());
    if (keys != shown) {
        // The rooms of the day changed: new tiles, the chosen room stays chosen.
        QString chosen;
        for (RoomTile *t : std::as_const(m_tiles))
            if (t->hasFocus())
                chosen = t->key();
        qDeleteAll(m_tiles);
        m_tiles.clear();
        for (int i = 0; i < rooms.size(); ++i) {
            auto *tile = new RoomTile(m_wall);
            tile->setNumber(i < 9 ? i + 1 : 0);
            connect(tile, &RoomTile::stepRequested, this, [this, tile] { takeStep(tile); });
            connect(tile, &RoomTile::previewRequested, this, [this, tile] {
                if (!tile->room().streamUrl.isEmpty())
                    emit previewRequested(
                        tile->room().streamUrl,
                        tr("Live stream of %1 (%2)")
                            .arg(tile->room().displayName(), tile->room().workshopTitle));
            });
            m_tiles.append(tile);
        }
        watch(rooms);
        for (int i = 0; i < rooms.size(); ++i)
            m_tiles.at(i)->setRoom(rooms.at(i), now);
        layoutTiles();
        for (RoomTile *t : std::as_const(m_tiles))
            if (t->key() == chosen)
                t->setFocus(Qt::OtherFocusReason);
    } else {
        for (int i = 0; i < rooms.size(); ++i)
            m_tiles.at(i)->setRoom(rooms.at(i), now);
        watch(rooms);
    }
    // The steps from the database, once per change or tick; a stream check
    // only changes what the light adds to them.
    m_steps.clear();
    for (const controlroom::RoomSlot &r : rooms)
        m_steps.insert(r.key, controlroom::nextStep(m_session.repository(), r, now));
    for (RoomTile *t : std::as_const(m_tiles))
        updateTile(t);
    m_wall->setVisible(!m_tiles.isEmpty());
    m_empty->setVisible(m_tiles.isEmpty());
    updateStatus();
}

void ControlRoomWindow::watch(const QList<controlroom::RoomSlot> &rooms)
{
    // One monitor and one picture per address: two rooms on one stream
    // cost one check.
    QList<QUrl> urls;
    for (const controlroom::RoomSlot &r : rooms)
        if (!r.streamUrl.isEmpty() && !urls.contains(r.streamUrl))
            urls.append(r.streamUrl);
    for (const QUrl &url : m_monitors.keys()) {
        if (urls.contains(url))
            continue;
        delete m_monitors.take(url);
        delete m_stills.take(url);
    }
    for (const QUrl &url : std::as_const(urls)) {
        if (m_monitors.contains(url))
            continue;
        auto *monitor = new StreamHealthMonitor(this);
        monitor->setInterval(m_healthInterval);
        auto *still = new StillPicture(this);
        still->setInterval(m_pictureInterval);
        m_monitors.insert(url, monitor);
        m_stills.insert(url, still);
        connect(monitor, &StreamHealthMonitor::changed, this, [this, url, monitor, still] {
            // A stream that is down has no picture to take.
            still->setPaused(!m_checking || monitor->light() == StreamLight::Red);
            updateTilesOf(url);
        });
        connect(still, &StillPicture::changed, this, [this, url] { updateTilesOf(url); });
        if (m_checking) {
            monitor->setUrl(url);
            still->setUrl(url);
        }
    }
}

void ControlRoomWindow::setChecking(bool on)
{
    if (on == m_checking)
        return;
    m_checking = on;
    // Hidden or minimised, the wall costs nothing.
    for (auto it = m_monitors.cbegin(); it != m_monitors.cend(); ++it) {
        StillPicture *still = m_stills.value(it.key());
        if (on) {
            it.value()->setUrl(it.key());
            it.value()->setPaused(false);
            still->setUrl(it.key());
            still->setPaused(it.value()->light() == StreamLight::Red);
        } else {
            it.value()->setPaused(true);
            still->setPaused(true);
        }
    }
    if (on)
        m_tick.start();
    else
        m_tick.stop();
}

void ControlRoomWindow::updateTilesOf(const QUrl &url)
{
    for (RoomTile *t : std::as_const(m_tiles))
        if (t->room().streamUrl == url)
            updateTile(t);
}

void ControlRoomWindow::updateTile(RoomTile *tile)
{
    const QUrl url = tile->room().streamUrl;
    const StreamHealthMonitor *monitor = m_monitors.value(url);
    const StreamLight light = monitor ? monitor->light() : StreamLight::Unknown;
    tile->setLight(light, monitor ? monitor->summary() : tr("No live stream address"));
    tile->setStill(m_stills.value(url), light);
    tile->setStep(controlroom::withLight(m_steps.value(tile->key()), tile->room(), light),
                  m_rights.changeStates, m_rights.whyNot());
}

void ControlRoomWindow::takeStep(RoomTile *tile)
{
    const controlroom::NextStep step = tile->step();
    if (step.step == controlroom::Step::None || !m_rights.changeStates)
        return;
    const qint64 id = step.presentationId;
    const WebcastState to = step.to;
    const WebcastState from = step.from;
    QPointer<ControlRoomWindow> self(this);
    auto go = [self, id, to, from](bool proceed) {
        if (!self || !proceed)
            return;
        // Another seat may have taken this step meanwhile.
        const std::optional<Presentation> p = self->m_session.repository().presentation(id);
        if (!p || p->state != from) {
            self->refresh();
            return;
        }
        if (Status s = self->m_session.setPresentationState(id, to); !s)
            emit self->error(s.error());
    };
    if (m_guard)
        m_guard(this, id, to, m_monitors.value(tile->room().streamUrl), go);
    else
        go(true);
}

void ControlRoomWindow::layoutTiles()
{
    const int n = int(m_tiles.size());
    for (RoomTile *t : std::as_const(m_tiles))
        m_grid->removeWidget(t);
    for (int i = 0; i < m_grid->columnCount(); ++i)
        m_grid->setColumnStretch(i, 0);
    for (int i = 0; i < m_grid->rowCount(); ++i)
        m_grid->setRowStretch(i, 0);
    if (n == 0)
        return;
    // The column count that gives each tile the most room at about 4:3.
    const QSize area = m_wall->size().isEmpty() ? size() : m_wall->size();
    double best = -1;
    int columns = 1;
    for (int c = 1; c <= n; ++c) {
        const int rows = (n + c - 1) / c;
        const double w = double(area.width()) / c;
        const double h = double(area.height()) / rows;
        const double scale = std::min(w / 4.0, h / 3.0);
        if (scale > best + 1e-6) {
            best = scale;
            columns = c;
        }
    }
    m_columns = columns;
    const int rows = (n + columns - 1) / columns;
    for (int i = 0; i < n; ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    for (int r = 0; r < rows; ++r)
        m_grid->setRowStretch(r, 1);
    // Tab goes through the tiles in reading order.
    for (int i = 1; i < n; ++i)
        setTabOrder(m_tiles.at(i - 1), m_tiles.at(i));
}

void ControlRoomWindow::updateStatus()
{
    const QString keys = tr("Keys: 1–9 choose a room · Space takes its step · Ctrl+Z undoes · "
                            "F11 full screen");
    if (m_tiles.isEmpty()) {
        m_status->setText(keys);
        return;
    }
    m_status->setText(tr("%n room(s) today · streams checked every %1 s, pictures every %2 s",
                         nullptr, int(m_tiles.size()))
                          .arg(m_healthInterval / 1000.0)
                          .arg(m_pictureInterval / 1000.0) +
                      QStringLiteral("   —   ") + keys);
}

void ControlRoomWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void ControlRoomWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setChecking(true);
    refresh();
    if (!m_tiles.isEmpty() && !focusWidget())
        m_tiles.first()->setFocus(Qt::OtherFocusReason);
}

void ControlRoomWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setChecking(false);
}

void ControlRoomWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && isVisible())
        setChecking(!isMinimized());
}

void ControlRoomWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles();
}
