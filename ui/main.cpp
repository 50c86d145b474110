// The executable only decides between the command line and the window; the
// libraries do the rest (the window, and its QApplication, live in ui/).
#include "app/cli/commandline.h"
#include "app/core/translations.h"
#include "ui/gui/guiapplication.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Static, so they hold for whichever application object is made below.
    QCoreApplication::setOrganizationName(QStringLiteral("webcast-admin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("webcast-admin.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("webcast-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEBCAST_ADMIN_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (commandline::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        translations::install();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandline::run(QCoreApplication::arguments(), out, err);
    }
    return runGuiApplication(argc, argv, sinceStart);
}
