#pragma once

#include "models/entities.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ArchiveCheck;
class QProgressDialog;
class QWidget;
class SiteSettingsStore;
class StreamHealthMonitor;
class WebcastRepository;

// Asked before a state is chosen in the window. Live while the live stream's
// light is red needs a confirmation that says why; Archive first checks that
// the archives answer on the streaming server (ArchiveCheck, off the GUI
// thread, with a progress dialog that can be cancelled) and asks if one does
// not. The answer comes later, through a callback: nothing waits in a nested
// event loop.
class StateGuard : public QObject
{
    Q_OBJECT

public:
    using Answer = std::function<void(bool proceed)>;

    StateGuard(WebcastRepository &repository, SiteSettingsStore &settings,
               StreamHealthMonitor &health, QObject *parent = nullptr);
    ~StateGuard() override;

    // Calls `answer` with true when the change may go ahead (at once when
    // there is nothing to ask). A new question drops one still pending
    // (answered false). `health`, when given, is the light Live asks about
    // (a control room tile's room) instead of the selected workshop's.
    void confirm(QWidget *parent, SubjectKind kind, qint64 id, WebcastState to, Answer answer,
                 const StreamHealthMonitor *health = nullptr);

    // The addresses an Archive of this subject plays from (talk title,
    // address): what a player opens, as the pages and the preview use it.
    QList<QPair<QString, QUrl>> archiveAddresses(SubjectKind kind, qint64 id) const;

private:
    bool confirmLive(QWidget *parent, SubjectKind kind, qint64 id,
                     const StreamHealthMonitor *health);
    void confirmArchive(QWidget *parent, SubjectKind kind, qint64 id);
    void settle(bool proceed);

    WebcastRepository &m_repository;
    SiteSettingsStore &m_settings;
    StreamHealthMonitor &m_health;
    ArchiveCheck *m_check;
    QPointer<QProgressDialog> m_progress;
    QPointer<QWidget> m_parent;
    Answer m_pending;
};
