#pragma once

#include "app/render/sitesnapshot.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// The words, times and addresses the public site writes: one form for pages,
// status.json, the calendar and the feed. English whatever the desktop's
// language, and the same on every machine.
namespace pagetext {

const QLocale &pageLocale();
// The workshop's time zone; UTC when it names none that exists.
QTimeZone zoneOf(const Workshop &w);
QString dayText(const QDate &d);       // "Tuesday 24 November 2026"
QString dateRange(const Workshop &w);  // "24–26 November 2026"
QString clock(const QDateTime &local); // "09:00"
// "Tuesday 24 November 2026 at 09:00 PST"
QString momentText(const QDateTime &utc, const QTimeZone &zone);
QString zoneText(const QTimeZone &zone); // "in the Europe/Berlin time zone"
// Qt::ISODate's form, written directly ("2026-03-14T09:00:00Z").
QString isoText(const QDateTime &t);
// The local time in `zone` with its offset ("2026-03-14T10:00:00+01:00").
QString isoTime(const QDateTime &utc, const QTimeZone &zone);
QString stateHeading(WebcastState state, bool workshop);
// A URL typed by a user, checked again before it goes into a page: empty
// unless it is acceptable with one of `schemes`.
QString safeUrl(const QString &url, const QStringList &schemes);
extern const QStringList webSchemes; // http, https
// A live stream's address as the site may link it (rtsp(s) or http(s)).
QString liveUrl(const QString &url);
// `path` under the site's public address; empty when none is set.
QString publicUrl(const SiteSettings &settings, const QString &path);
// "talk slides.PDF" -> "<id>-talk-slides.pdf": the name on the server.
QString slideFileName(const Attachment &a);
QString sizeText(qint64 bytes); // "1.2 MB"; empty for an unknown size
// Changes whenever anything the master page's live part shows changes.
QString versionOf(const WorkshopSnapshot &ws);

} // namespace pagetext
