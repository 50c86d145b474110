#include "ui/gui/guiapplication.h"

#include "app/cli/commandline.h"
#include "app/core/appsettings.h"
#include "app/core/session.h"
#include "app/core/translations.h"
#include "app/editing/editsession.h"
#include "app/editing/slides.h"
#include "app/publish/credentials.h"
#include "models/database.h"
#include "models/repository.h"
#include "ui/dialogs/messagebox.h"
#include "ui/mainwindow.h"
#include "ui/site/setupwizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

// The window asks to be opened again on another database.
constexpr int reopenCode = 0x7eab;

int runWindow(QString location, AppSettings &settings, bool probe, const QElapsedTimer &sinceStart)
{
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
        if (answer == QMessageBox::Open) {
            location = session::defaultDatabasePath();
            settings.setValue(AppSettings::Key::TeamDatabase, QString());
        } else if (answer != QMessageBox::Retry)
            return 1;
    }
    Database &database = *opened;
    WebcastRepository repository(database);
    // Nothing can be undone yet: the moment to tidy the kept slides.
    slides::tidy(repository, true);
    EditSession session(repository, session::currentUserName(database));
    MainWindow window(session, settings);
    QObject::connect(&window, &MainWindow::reopenRequested, &window,
                     [] { QApplication::exit(reopenCode); });
    window.show();

    if (probe) {
        QTimer::singleShot(0, &window, [&window, &sinceStart] {
            window.repaint(); // painted, not only laid out
            std::printf("ready-ms %.1f\n", double(sinceStart.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QApplication::quit();
        });
    } else if (SetupWizard::isFirstRun(repository, settings)) {
        // A new user on an empty database: the short assistant first.
        QTimer::singleShot(0, &window, [&window] { window.runSetupAssistant(); });
    }
    return QApplication::exec();
}

} // namespace

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

    // Team database passwords: the keychain (or what was typed this
    // session), never a settings file or the command line.
    Database::setPasswordSource([](const QString &key) {
        return credentials::lookup(key, QStringLiteral("database")).password;
    });
    AppSettings settings;
    // --database or WEBCAST_ADMIN_DATABASE first; else the team database
    // this seat connected to last (File > Connect to Team Database…).
    const bool named =
        args.contains(QStringLiteral("--database")) ||
        std::any_of(args.begin(), args.end(),
                    [](const QString &a) { return a.startsWith(QLatin1String("--database=")); }) ||
        !qEnvironmentVariableIsEmpty("WEBCAST_ADMIN_DATABASE");
    QString location = commandline::databasePathFrom(args);
    if (!named && !settings.value(AppSettings::Key::TeamDatabase).toString().isEmpty())
        location = settings.value(AppSettings::Key::TeamDatabase).toString();
    for (;;) {
        const int code = runWindow(location, settings, probe, sinceStart);
        if (code != reopenCode)
            return code;
        const QString team = settings.value(AppSettings::Key::TeamDatabase).toString();
        location = team.isEmpty() ? session::defaultDatabasePath() : team;
    }
}
