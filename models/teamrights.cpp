#include "models/teamrights.h"

#include "models/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

QString TeamRights::whyNot() const
{
    if (!changeStates)
        return QCoreApplication::translate("TeamRights",
                                           "Your login (%1) may only read this team database.")
            .arg(role);
    if (!editWebcast)
        return QCoreApplication::translate(
            "TeamRights", "Your login is a helper: it may change webcast states only.");
    return QCoreApplication::translate("TeamRights",
                                       "Your login is staff: it may change webcast states, "
                                       "upload archives and edit webcast fields.");
}

TeamRights TeamRights::of(const Database &database)
{
    TeamRights rights;
    if (!database.isPostgres())
        return rights;
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral(
            "SELECT has_column_privilege('presentation', 'title', 'UPDATE'), "
            "has_column_privilege('presentation', 'webcast_path', 'UPDATE'), "
            "has_column_privilege('presentation', 'webcast_state', 'UPDATE'), "
            "(SELECT rolname FROM pg_roles WHERE pg_has_role(session_user, oid, 'MEMBER') AND "
            "rolname IN ('webcast_coordinator', 'webcast_staff', 'webcast_helper') ORDER BY "
            "rolname LIMIT 1), "
            "(SELECT tableowner = session_user FROM pg_tables WHERE tablename = 'presentation' "
            "LIMIT 1)")) ||
        !q.next())
        return rights; // the database refuses what it must; nothing to hide
    rights.editEverything = q.value(0).toBool();
    rights.editWebcast = q.value(1).toBool();
    rights.changeStates = q.value(2).toBool();
    if (q.value(4).toBool())
        rights.role = QStringLiteral("owner");
    else
        rights.role = q.value(3).toString().mid(int(qstrlen("webcast_")));
    return rights;
}
