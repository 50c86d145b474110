#pragma once

#include "result.h"

#include <QByteArray>

class WebcastRepository;

// The whole database as JSON, the format documented in the README
// ("Exchange format"). Times carry the workshop's UTC offset; on import a time
// without an offset is read in the workshop's time zone.
namespace jsonexchange {

QByteArray exportAll(const WebcastRepository &repository);

struct ImportSummary
{
    int workshopsAdded = 0;
    int workshopsReplaced = 0;
    int presentations = 0;
};

// All or nothing: any invalid record changes nothing, and the message names
// the record and the field. A workshop whose slug exists already is replaced
// (keeping its ids unless the file gives others).
Result<ImportSummary> importAll(WebcastRepository &repository, const QByteArray &json);

} // namespace jsonexchange
