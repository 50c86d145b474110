#pragma once

#include "entities.h"

#include <QObject>

class QWidget;
class SiteSettingsStore;
class StreamHealthMonitor;
class WebcastRepository;

// Asked before a state is chosen in the window. Live while the live stream's
// light is red needs a confirmation that says why; Archive first checks once
// that the archive's rtsp address answers (on a worker, with a progress
// dialog that can be cancelled) and asks if it does not.
class StateGuard : public QObject
{
    Q_OBJECT

public:
    StateGuard(WebcastRepository &repository, SiteSettingsStore &settings,
               StreamHealthMonitor &health, QObject *parent = nullptr);

    // True when the change may go ahead.
    bool confirm(QWidget *parent, SubjectKind kind, qint64 id, WebcastState to);

    // The rtsp addresses an Archive of this subject points at (talk title,
    // address); empty when there is no streaming base to build them from.
    QList<QPair<QString, QUrl>> archiveAddresses(SubjectKind kind, qint64 id) const;

    // Tests: how long each archive check may take.
    void setArchiveCheckTimeout(int milliseconds) { m_archiveTimeout = milliseconds; }

private:
    bool confirmLive(QWidget *parent, SubjectKind kind, qint64 id);
    bool confirmArchive(QWidget *parent, SubjectKind kind, qint64 id);

    WebcastRepository &m_repository;
    SiteSettingsStore &m_settings;
    StreamHealthMonitor &m_health;
    int m_archiveTimeout = 5000;
};
