#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

class WebcastRepository;

// The whole database as JSON, the format documented in the README
// ("Exchange format"). Times carry the workshop's UTC offset; on import a time
// without an offset is read in the workshop's time zone.
namespace jsonexchange {

// The exchange JSON and the slide files that go with it. Slides are written
// into a folder beside the JSON named after it ("talks.json" ->
// "talks.files/"), and the JSON names each by its path inside that folder
// ("file", with its "sha256").
struct Export
{
    QByteArray json;
    QList<QPair<QString, QByteArray>> files; // path inside the folder, bytes
    QStringList notKept;                     // slides without bytes in the database, left out
};
Export exportAll(const WebcastRepository &repository);
// "/x/talks.json" -> "/x/talks.files"
QString filesFolderFor(const QString &jsonPath);
// The JSON, and the slides' folder beside it (made anew, swapped in).
Status writeExport(const Export &exported, const QString &jsonPath);

struct ImportSummary
{
    int workshopsAdded = 0;
    int workshopsReplaced = 0;
    int presentations = 0;
    QStringList slugs; // of the workshops imported
};

// All or nothing: any invalid record changes nothing, and the message names
// the record and the field. A workshop whose slug exists already is replaced
// (keeping its ids unless the file gives others).
//
// Slides are read only from `filesFolder`: a "file" that is absolute, has
// "..", or leads out of the folder through a link is refused with the
// record named, as is a missing, empty or changed file. An empty folder
// name refuses slides altogether.
Result<ImportSummary> importAll(WebcastRepository &repository, const QByteArray &json,
                                const QString &filesFolder = {});
// The JSON at `jsonPath`, with its slides from filesFolderFor(jsonPath).
Result<ImportSummary> importFile(WebcastRepository &repository, const QString &jsonPath);

} // namespace jsonexchange
