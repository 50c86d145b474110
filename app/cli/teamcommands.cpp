// The commands for a team's shared database: moving a file into it, its
// history, and its users.
#include "app/cli/cliinternal.h"

#include "models/database.h"
#include "models/databasemove.h"
#include "models/repository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace commandline {

QString readSecret(Context &c, const QString &prompt)
{
    c.err << prompt;
    c.err.flush();
    termios saved{};
    const bool tty = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    for (int ch = std::getchar(); ch != EOF && ch != '\n'; ch = std::getchar())
        line.push_back(char(ch));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        c.err << '\n';
        c.err.flush();
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// This file's database into an empty team database, all or nothing.
int runMoveTo(Context &c, const QString &address)
{
    if (!Database::isTeamAddress(address))
        return c.fail(tr("move-to needs a team database's address: postgresql://user@host/name"),
                      UsageError);
    if (c.db.isPostgres())
        return c.fail(tr("move-to copies a database file; this is already a team database"));
    Database target(address);
    if (Status s = target.open(); !s)
        return c.fail(s.error());
    const Result<QStringList> moved = databasemove::copy(c.db, target);
    if (!moved)
        return c.fail(oneLine(moved.error()));
    for (const QString &line : moved.value())
        c.out << line << Qt::endl;
    c.out << tr("Copied into %1. Open it with --database %1 or WEBCAST_ADMIN_DATABASE; %2 is "
                "left as it was.")
                 .arg(target.displayName(), c.db.displayName())
          << Qt::endl;
    return Success;
}

// time<TAB>user<TAB>subject<TAB>what<TAB>from<TAB>to, newest first.
int runHistory(Context &c, const QString &target, const QString &limitText)
{
    bool ok = true;
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&ok);
    if (!ok || limit < 1)
        return c.fail(tr("--limit: \"%1\" is not a positive number").arg(limitText), UsageError);
    qint64 workshopId = 0, presentationId = 0;
    if (!target.isEmpty()) {
        const int slash = target.indexOf(QLatin1Char('/'));
        const QString workshopSlug = slash < 0 ? target : target.left(slash);
        const std::optional<Workshop> w = c.repo.workshopBySlug(workshopSlug);
        if (!w)
            return c.fail(tr("no workshop \"%1\" (see `webcast-admin list`)").arg(workshopSlug));
        workshopId = w->id;
        if (slash >= 0) {
            const QString talkSlug = target.mid(slash + 1);
            const std::optional<Presentation> p = c.repo.presentationBySlug(w->id, talkSlug);
            if (!p)
                return c.fail(
                    tr("no presentation \"%1\" in workshop \"%2\" (see `webcast-admin list`)")
                        .arg(talkSlug, workshopSlug));
            presentationId = p->id;
        }
    }
    // Subjects by their addresses; one deleted since keeps the title it had.
    QHash<qint64, QString> workshopSlugs;
    for (const Workshop &w : c.repo.workshops())
        workshopSlugs.insert(w.id, w.slug);
    auto subjectOf = [&c, &workshopSlugs](const StateChange &h) -> QString {
        if (h.subjectKind == SubjectKind::Workshop)
            return workshopSlugs.value(h.subjectId, h.subjectLabel);
        if (const std::optional<Presentation> p = c.repo.presentation(h.subjectId))
            return workshopSlugs.value(p->workshopId) + QLatin1Char('/') + p->slug;
        return h.subjectLabel;
    };
    auto whatOf = [](StateChange::Event e) -> QString {
        return e == StateChange::Event::Change ? QStringLiteral("state") : historyEventKey(e);
    };
    // Flips and edits in one list, newest first. A flip's own field change
    // is in the state history already.
    struct Line
    {
        QDateTime at;
        int order; // within the same second: edits after flips, newest first
        qint64 id;
        QStringList fields;
    };
    QList<Line> lines;
    for (const StateChange &h : c.repo.historyOf(workshopId, presentationId, limit))
        lines.append(
            {h.changedAt,
             0,
             h.id,
             {h.changedBy, subjectOf(h), whatOf(h.event), stateKey(h.from), stateKey(h.to)}});
    for (const EditRecord &e : c.repo.editHistoryOf(workshopId, presentationId, limit)) {
        if (e.field == QLatin1String("webcast_state") || e.field == QLatin1String("row_version"))
            continue;
        const bool main =
            e.table == QLatin1String("workshop") || e.table == QLatin1String("presentation");
        QString what;
        if (e.action == QLatin1String("update"))
            what =
                QStringLiteral("edit ") + (main ? e.field : e.table + QLatin1Char('.') + e.field);
        else
            what = (e.action == QLatin1String("insert") ? QStringLiteral("add ")
                                                        : QStringLiteral("delete ")) +
                   e.table;
        lines.append(
            {e.changedAt, 1, e.id, {e.changedBy, e.subjectLabel, what, e.oldValue, e.newValue}});
    }
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        if (a.at != b.at)
            return a.at > b.at;
        if (a.order != b.order)
            return a.order > b.order;
        return a.id > b.id;
    });
    if (lines.size() > limit)
        lines.resize(limit);
    for (const Line &l : lines) {
        c.out << l.at.toUTC().toString(Qt::ISODate);
        for (const QString &field : l.fields)
            c.out << '\t' << oneLine(field);
        c.out << Qt::endl;
    }
    return Success;
}

namespace {

struct TeamRoleName
{
    const char *name;
    const char *group;
    const char *may;
};

const TeamRoleName teamRoles[] = {
    {"helper", "webcast_helper", QT_TRANSLATE_NOOP("commandline", "change webcast states")},
    {"staff", "webcast_staff",
     QT_TRANSLATE_NOOP("commandline", "change webcast states, upload archives and edit webcast "
                                      "fields")},
    {"coordinator", "webcast_coordinator", QT_TRANSLATE_NOOP("commandline", "change everything")},
};

int addUser(Context &c, const QString &name, const QString &roleName)
{
    const TeamRoleName *role = nullptr;
    for (const TeamRoleName &r : teamRoles) {
        if (roleName == QLatin1String(r.name))
            role = &r;
    }
    if (!role)
        return c.fail(
            tr("--role: \"%1\" is not a role (use helper, staff or coordinator)").arg(roleName),
            UsageError);
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return c.fail(tr("\"%1\" is not a user name (lower-case letters, digits, '_', '.', '-'; "
                         "a letter first)")
                          .arg(name),
                      UsageError);
    const QString password = readSecret(c, tr("Password for %1: ").arg(name));
    if (password.isEmpty())
        return c.fail(tr("no password given; %1 was not added").arg(name));

    QSqlDatabase db = c.db.connection();
    if (!db.transaction())
        return c.fail(db.lastError().text());
    QSqlQuery q(db);
    auto failed = [&](const QString &what) {
        const QString why = q.lastError().databaseText().trimmed();
        db.rollback();
        return c.fail(tr("%1 was not added: %2 (%3). Adding users needs the database's owner "
                         "with the right to create roles.")
                          .arg(name, why, what));
    };
    if (!q.exec(QStringLiteral("SELECT webcast_setup_roles()")))
        return failed(QStringLiteral("roles"));
    // format() quotes the name and the password on the server: no SQL is
    // made of them here.
    q.prepare(QStringLiteral(
        "SELECT format(CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :n1) "
        "THEN 'ALTER ROLE %I WITH LOGIN PASSWORD %L' ELSE 'CREATE ROLE %I LOGIN PASSWORD %L' "
        "END, :n2::text, :p::text)"));
    q.bindValue(QStringLiteral(":n1"), name);
    q.bindValue(QStringLiteral(":n2"), name);
    q.bindValue(QStringLiteral(":p"), password);
    if (!q.exec() || !q.next())
        return failed(QStringLiteral("role"));
    const QString statement = q.value(0).toString();
    if (!q.exec(statement))
        return failed(QStringLiteral("role"));
    for (const TeamRoleName &r : teamRoles) {
        q.prepare(QStringLiteral("SELECT format('%1 %2 %3 %I', :n::text)")
                      .arg(&r == role ? QStringLiteral("GRANT") : QStringLiteral("REVOKE"),
                           QLatin1String(r.group),
                           &r == role ? QStringLiteral("TO") : QStringLiteral("FROM")));
        q.bindValue(QStringLiteral(":n"), name);
        if (!q.exec() || !q.next())
            return failed(QStringLiteral("membership"));
        if (!q.exec(q.value(0).toString()))
            return failed(QStringLiteral("membership"));
    }
    if (!db.commit())
        return failed(QStringLiteral("commit"));
    c.out << tr("%1 is a %2 on %3: may %4.")
                 .arg(name, QLatin1String(role->name), c.db.displayName(),
                      QCoreApplication::translate("commandline", role->may))
          << Qt::endl;
    return Success;
}

int listUsers(Context &c)
{
    QSqlQuery q(c.db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = "
            "a.roleid JOIN pg_roles m ON m.oid = a.member WHERE g.rolname IN ('webcast_helper', "
            "'webcast_staff', 'webcast_coordinator') ORDER BY m.rolname")))
        return c.fail(q.lastError().text());
    while (q.next())
        c.out << q.value(0).toString() << '\t'
              << q.value(1).toString().mid(int(qstrlen("webcast_"))) << '\n';
    c.out.flush();
    return Success;
}

} // namespace

int runTeam(Context &c, const QStringList &args, const QString &role)
{
    if (!c.db.isPostgres())
        return c.fail(tr("team: %1 is a database file for one person; a team shares a "
                         "postgresql:// database (see move-to)")
                          .arg(c.db.displayName()));
    const QString what = args.value(1);
    if (what == QLatin1String("add-user") && args.size() == 3)
        return addUser(c, args.at(2), role);
    if (what == QLatin1String("users") && args.size() == 2 && role.isEmpty())
        return listUsers(c);
    return c.fail(tr("usage: team add-user NAME --role helper|staff|coordinator, or team users"),
                  UsageError);
}

} // namespace commandline
