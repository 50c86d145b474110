#pragma once

#include "models/result.h"

#include <QStringList>

class Database;

// Copies a one-person SQLite database into a team's empty PostgreSQL
// database (webcast-admin move-to): every table, rows with their ids
// (workshops, talks, rooms, slides and their bytes, settings, history,
// publish manifests, upload queue), in one transaction, so it is all there
// or nothing is. Both are opened (migrated to this version's schema) first.
// Returns one "table: n rows" line per table.
namespace databasemove {

Result<QStringList> copy(Database &from, Database &to);

} // namespace databasemove
