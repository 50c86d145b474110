#include "ui/gui/guiapplication.h"

#include "app/cli/commandline.h"
#include "app/core/appsettings.h"
#include "app/core/session.h"
#include "app/core/translations.h"
#include "app/editing/editsession.h"
#include "app/editing/slides.h"
#include "models/database.h"
#include "models/repository.h"
#include "ui/dialogs/messagebox.h"
#include "ui/mainwindow.h"
#include "ui/site/setupwizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

int runGuiApplication(int &argc, char **argv, const QElapsedTimer &sinceStart)
{
    QApplication app(argc, argv);
    translations::install();
    const QStringList args = QApplication::arguments();
    const bool probe = args.contains(QStringLiteral("--quit-when-ready"));
    // The installed icon theme's icon when the package put one there.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.webcastadmin.WebcastAdmin"),
                         QIcon(QStringLiteral(":/icons/webcast-admin.svg"))));
    // Ties the window to the installed .desktop file (name, icon in docks).
    QApplication::setDesktopFileName(QStringLiteral("org.webcastadmin.WebcastAdmin"));

    QString location = commandline::databasePathFrom(args);
    std::unique_ptr<Database> opened;
    for (;;) {
        opened = std::make_unique<Database>(location);
        const Status s = opened->open();
        if (s)
            break;
        if (!opened->isPostgres()) {
            MessageBox::critical(nullptr, QObject::tr("Webcast Admin"), s.error());
            return 1;
        }
        // A team database out of reach (the server is down, the network or
        // the password is wrong): try again, or work on this computer's own.
        const QMessageBox::StandardButton answer = MessageBox::question(
            nullptr, QObject::tr("Webcast Admin"),
            s.error() + QStringLiteral("\n\n") +
                QObject::tr("Retry, or Open the database on this computer (%1) instead?")
                    .arg(session::defaultDatabasePath()),
            QMessageBox::Retry | QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Open)
            location = session::defaultDatabasePath();
        else if (answer != QMessageBox::Retry)
            return 1;
    }
    Database &database = *opened;
    WebcastRepository repository(database);
    // Nothing can be undone yet: the moment to tidy the kept slides.
    slides::tidy(repository, true);
    EditSession session(repository, session::currentUserName(database));
    AppSettings settings;
    MainWindow window(session, settings);
    window.show();

    if (probe) {
        QTimer::singleShot(0, &window, [&window, &sinceStart, &app] {
            window.repaint(); // painted, not only laid out
            std::printf("ready-ms %.1f\n", double(sinceStart.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            app.quit();
        });
    } else if (SetupWizard::isFirstRun(repository, settings)) {
        // A new user on an empty database: the short assistant first.
        QTimer::singleShot(0, &window, [&window] { window.runSetupAssistant(); });
    }
    return QApplication::exec();
}
