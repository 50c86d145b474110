#include "app/core/session.h"

#include "models/database.h"

#include <QDir>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace session {

QString currentUserName()
{
    // The passwd entry is what the OS says; $USER can be unset in services.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString fromEnv = qEnvironmentVariable("USER");
    return fromEnv.isEmpty() ? QStringLiteral("unknown") : fromEnv;
}

QString currentUserName(const Database &database)
{
    const QString role = database.userName();
    return role.isEmpty() ? currentUserName() : role;
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("webcast-admin.sqlite"));
}

QString previewFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("preview-site"));
}

} // namespace session
