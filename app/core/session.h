#pragma once

#include <QString>

namespace session {

// The operating-system account running the app; recorded in the state
// history as "who".
QString currentUserName();
// Where the database lives unless --database says otherwise.
QString defaultDatabasePath();
// Where "Preview site" renders to.
QString previewFolder();

} // namespace session
