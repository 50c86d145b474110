#pragma once

// Shared by the schedule readers (app/schedule/*.cpp).

#include "app/schedule/schedule.h"

#include <QCoreApplication>
#include <QJsonValue>

// The translation contexts are the namespaces lupdate sees around each tr():
// "schedule" for the readers, "schedule::internal" for what they share.
namespace schedule {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
}

namespace schedule::internal {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
// Identities made unique, rooms listed, first and last day filled in.
void finish(ScheduleDocument &doc);
// Notes it when a time's offset contradicts the document's time zone name.
void checkZone(ScheduleDocument &doc, const QDateTime &withOffset, const QString &what);
QString offsetText(int seconds);
// "line 12, column 7" for a byte offset.
QString lineAndColumn(const QByteArray &data, qsizetype offset);
// A JSON string or number as text (exporters write "id": "2814" or 2814);
// empty for nulls and anything else.
QString jsonText(const QJsonValue &v);
// A talk's length in minutes: parseDuration, or pretalx's D:HH:MM when the
// source is pretalx; -1 when it is neither.
int eventMinutes(const QString &duration, bool pretalx);

} // namespace schedule::internal
