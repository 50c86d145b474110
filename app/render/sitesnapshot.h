#pragma once

#include "models/entities.h"
#include "models/sitesettings.h"

#include <QHash>
#include <QList>

class WebcastRepository;

// Everything the renderer reads, copied out of the database in one go so
// rendering can run on another thread without touching the database.
struct SlideFile
{
    Attachment attachment;
    qint64 size = -1; // bytes; -1 when the database holds none for it
};

struct WorkshopSnapshot
{
    Workshop workshop;
    QList<Presentation> presentations;      // sorted by start
    QHash<qint64, QList<SlideFile>> slides; // by presentation id
    QList<Room> rooms;                      // in their order; empty: one room
    QDateTime updated; // the last state change of the workshop or its talks (UTC)
};

struct SiteSnapshot
{
    SiteSettings settings;
    QList<WorkshopSnapshot> workshops;

    static SiteSnapshot capture(const WebcastRepository &repository, const SiteSettings &settings);
    // One workshop as capture() reads it.
    static WorkshopSnapshot captureWorkshop(const WebcastRepository &repository, const Workshop &w);
    const WorkshopSnapshot *workshopById(qint64 id) const;
    // SHA-256 (hex) of everything rendering reads; with the templates' text
    // it decides whether a publish has anything to do.
    QByteArray digest(const QStringList &extra = {}) const;
};
