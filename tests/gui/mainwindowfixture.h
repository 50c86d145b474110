#pragma once

// The main window on the demo data, as the window tests start it: each test
// function gets a fresh database, settings file and window.
#include "app/core/appsettings.h"
#include "app/editing/editsession.h"
#include "app/stream/streamhealth.h"
#include "models/demodata.h"
#include "models/sitesettings.h"
#include "tests/support/testdatabase.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDate>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <memory>

// Waits for the window's dialog `name` (shown with open()); the test fails,
// and stops there, when none comes.
#define OPEN_DIALOG(Type, var, name)                                                               \
    Type *var = nullptr;                                                                           \
    QTRY_VERIFY2((var = m_window->findChild<Type *>(QStringLiteral(name))) != nullptr,             \
                 "the dialog " name " did not open")

class MainWindowFixture
{
protected:
    void setUpWindow()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(demodata::populate(*m_db->repo).ok());
        // Each test's database publishes into its own folder: the shared
        // default folder names the database that published there first, and
        // refuses the others (as it should a second database on one desk).
        QVERIFY(SiteSettingsStore(m_db->repo->database())
                    .set(QStringLiteral("web-target"),
                         QUrl::fromLocalFile(m_db->dir.filePath(QStringLiteral("www"))).toString())
                    .ok());
        m_currentSlug = QStringLiteral("quantum-materials-%1").arg(QDate::currentDate().year());
        m_session = std::make_unique<EditSession>(*m_db->repo, QStringLiteral("tester"));
        m_settings =
            std::make_unique<AppSettings>(m_db->dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
        // The demo's stream address does not exist: a red light would make
        // Live ask first (tst_streamhealth tests that against a real server).
        m_window->streamHealth()->setPaused(true);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void tearDownWindow()
    {
        m_window.reset();
        m_settings.reset();
        m_session.reset();
        m_db.reset();
    }

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_currentSlug;
};
