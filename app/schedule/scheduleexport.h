#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class WebcastRepository;

// A workshop's schedule written for the tools conferences use: frab/C3VOC
// schedule.xml (valid against C3VOC's XSD), C3VOC schedule.json (valid
// against its JSON schema) or iCalendar. Each talk carries its webcast
// state, its public page and, once archived, where its recording plays, so
// recording and signage tooling can follow the webcast. Cancelled talks are
// not in a schedule and are left out.
namespace scheduleexport {

enum class Format
{
    FrabXml,
    C3vocJson,
    ICal
};

// "frab-xml", "c3voc-json", "ical".
QStringList formatNames();
std::optional<Format> formatNamed(const QString &name);

// The guid an export gives a talk that came without one (typed by hand):
// a version-5 UUID of the workshop's and the talk's slug, the same in every
// export, so an import of our own export finds the talk again.
QString derivedTalkGuid(const QString &workshopSlug, const QString &talkSlug);

Result<QByteArray> write(const WebcastRepository &repo, const QString &workshopSlug, Format format);

} // namespace scheduleexport
