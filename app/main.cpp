// The executable only decides between the command line and the window; the
// libraries do the rest.
#include "cli/commandline.h"
#include "gui/guiapplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("webcast-admin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("webcast-admin.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("webcast-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WEBCAST_ADMIN_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (commandline::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandline::run(QCoreApplication::arguments(), out, err);
    }
    QApplication app(argc, argv);
    describeApplication();
    return runGuiApplication(app, sinceStart);
}
