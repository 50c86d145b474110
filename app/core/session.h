#pragma once

#include <QString>

class Database;

namespace session {

// The operating-system account running the app; recorded in the state
// history as "who".
QString currentUserName();
// Who a database records: a team database's login role, else the account.
QString currentUserName(const Database &database);
// Where the database lives unless --database says otherwise.
QString defaultDatabasePath();
// Where "Preview site" renders to.
QString previewFolder();

} // namespace session
