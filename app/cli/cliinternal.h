#pragma once

// What the command line's files share: the context a command runs in and
// the commands that live outside commandline.cpp.
#include "app/cli/commandline.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

class Database;
class WebcastRepository;

namespace commandline {

// The command line's words, in one translation context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("commandline", text);
}

// Values printed into tab-separated lines keep to one line and their
// column: line breaks, tabs and other control characters become spaces.
inline QString oneLine(QString s)
{
    for (QChar &ch : s)
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator ||
            ch == QChar::ParagraphSeparator)
            ch = QLatin1Char(' ');
    return s;
}

// Everything a command needs: the open database and where to write.
struct Context
{
    QTextStream &out;
    QTextStream &err;
    Database &db;
    WebcastRepository &repo;

    int fail(const QString &message, int code = Failed)
    {
        err << QStringLiteral("webcast-admin: ") << oneLine(message) << Qt::endl;
        return code;
    }
};

// One line from the terminal without echo (or from stdin when it is not a
// terminal, for scripts). The prompt goes to stderr, never stdout.
QString readSecret(Context &c, const QString &prompt);

// teamcommands.cpp: the team database.
// move-to ADDRESS: this file's database into an empty team database.
int runMoveTo(Context &c, const QString &address);
// history [WORKSHOP[/TALK]] [--limit N]: flips and edits, newest first.
int runHistory(Context &c, const QString &target, const QString &limitText);
// team add-user NAME --role R | team users: the team's login roles.
int runTeam(Context &c, const QStringList &args, const QString &role);

// roomcommands.cpp: now [--at TIME] [--check]: one line per room in use.
int runNow(Context &c, const QString &atText, bool check);

// exchangecommands.cpp: the JSON exchange format and schedules.
int runImport(Context &c, const QString &path);
int runExport(Context &c, const QString &outPath);
int runScheduleImport(Context &c, const QString &fileOrUrl, QString workshopSlug, bool dryRun);
int runScheduleExport(Context &c, const QString &workshopSlug, const QString &formatName,
                      const QString &outPath);

// publishcommands.cpp: publishing targets.
// password set|forget [web|streaming]: the keychain entry for a target.
int runPassword(Context &c, const QStringList &args);
// upload <workshop>/<talk> FILE [--no-prepare]: check, prepare, upload with
// resume, and point the presentation at it.
int runUpload(Context &c, const QString &target, const QString &file, bool prepare);
int runPublish(Context &c, const QString &targetName, bool dryRun, bool acceptNewHostKey,
               bool takeOver);

} // namespace commandline
