#pragma once

#include <QStringList>

class QTextStream;

// `webcast-admin <command> ...`: the same rules as the window, for scripts
// and tests. Output goes to `out`, one-line reasons for failures to `err`.
namespace commandline {

enum ExitCode
{
    Success = 0,
    Failed = 1,      // refused by a rule, invalid data, I/O error
    UsageError = 2,  // unknown command or wrong arguments
    VerifyFailed = 3 // published, but the public site does not serve it right
};

// True when `arguments` (argv without the program name) ask for a command
// rather than the window: a subcommand, --help or --version.
bool wantsCommandLine(const QStringList &arguments);

// Runs the command in `arguments` (argv, program name first). Needs a
// QCoreApplication.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The --database value if given, else the default location.
QString databasePathFrom(const QStringList &arguments);

} // namespace commandline
