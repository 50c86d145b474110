#pragma once

#include "app/render/sitesnapshot.h"
#include "app/render/streamlinks.h"

#include <QByteArray>

// The site's machine-readable files, beside its pages: what open master
// pages poll, what calendars subscribe to, what feed readers follow.
namespace sitefeeds {

// workshops/<slug>/status.json: the workshop's state and version (open
// master pages reload their live part when it changes), each talk's state
// and archive links, the live streams.
// `archives` holds each talk's streamlinks::archiveAddress, in the order of
// ws.presentations (the renderer works them out once for all the files).
// `version` is pagetext::versionOf(ws), which the master page carries too.
QByteArray status(const WorkshopSnapshot &ws, const QString &version,
                  const QList<streamlinks::ArchiveAddress> &archives);
// workshops/<slug>/schedule.ics: one event per talk in the workshop's zone.
QByteArray calendar(const SiteSettings &settings, const WorkshopSnapshot &ws);
// feed.xml: RSS of the archived talks, newest first.
QByteArray feed(const SiteSnapshot &snapshot);

} // namespace sitefeeds
