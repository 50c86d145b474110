#pragma once

#include "models/result.h"

#include <QString>

// Passwords for publishing targets. Never in the database, the settings,
// logs or command lines: looked up in this order
//   1. the target's variable: WEBCAST_ADMIN_PASSWORD_WEB or
//      WEBCAST_ADMIN_PASSWORD_STREAMING (scripts, CI; the older
//      WEBCAST_ADMIN_PASSWORD counts for the web target only), so one
//      password is never offered to two servers,
//   2. what the user typed in this session (kept in memory only),
//   3. the system keychain through QtKeychain (Secret Service, KWallet).
// Where no keychain exists (a headless machine), the window asks once per
// session and the command line prompts on its terminal.
//
// Keys name the login, not the folder: "sftp://ana@example.org:22".
// Thread-safe; keychain calls block (a local event loop, with a timeout), so
// call them from a worker thread or the command line.
namespace credentials {

QString keyFor(const QString &scheme, const QString &user, const QString &host, int port);

struct Lookup
{
    QString password;        // empty: none known
    QString keychainProblem; // why the keychain could not be asked, if it could not
};
// `role`: "web" or "streaming", the target the password is for, or
// "database" for a team database's login (WEBCAST_ADMIN_DATABASE_PASSWORD).
Lookup lookup(const QString &key, const QString &role);
// The environment variable that holds `role`'s password.
QString environmentVariable(const QString &role);

// Keeps the password for this session, and in the keychain when `persist`.
// Failing to reach the keychain is reported; the session copy is kept anyway.
Status remember(const QString &key, const QString &password, bool persist);

// Drops the session copy (after the server refused it) and, when `keychain`,
// the keychain entry too.
Status forget(const QString &key, bool keychain);

// For tests: the keychain's service name (default "webcast-admin").
void setServiceName(const QString &name);

} // namespace credentials
