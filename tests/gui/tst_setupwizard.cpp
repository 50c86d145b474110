// The first-run assistant: its pages, the choices a new user makes, bad
// input refused on the page it belongs to, and what it stores.
#include "app/core/appsettings.h"
#include "app/editing/editsession.h"
#include "models/sitesettings.h"
#include "tests/support/testdatabase.h"
#include "ui/site/setupwizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstRun_folderStreamingAndDemo();
    void sftpWithoutServer_staysOnThePageAndSaysWhy();
    void sftpFields_makeTheTargetAddress();
    void testConnection_toAFolderAnswers();
    void badPlayerAddress_isRefused();
    void existingWorkshops_areKept();

private:
    template <typename T> T *child(const char *name) const
    {
        return m_wizard->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<SiteSettingsStore> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<SetupWizard> m_wizard;
    QTemporaryDir m_publish;
};

void TestSetupWizard::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_settings = std::make_unique<SiteSettingsStore>(*m_db->db);
    m_appSettings =
        std::make_unique<AppSettings>(m_db->dir.filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<EditSession>(*m_db->repo, QStringLiteral("tester"));
    m_wizard = std::make_unique<SetupWizard>(*m_session, *m_settings, *m_appSettings);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestSetupWizard::cleanup()
{
    m_wizard.reset();
    m_session.reset();
    m_appSettings.reset();
    m_settings.reset();
    m_db.reset();
}

void TestSetupWizard::firstRun_folderStreamingAndDemo()
{
    QVERIFY(SetupWizard::isFirstRun(*m_db->repo, *m_appSettings));
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::WelcomePage));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::WebPage));
    QVERIFY(child<QRadioButton>("setupFolderChoice")->isChecked()); // a folder by default
    auto *folder = child<QLineEdit>("setupFolderEdit");
    folder->clear();
    QTest::keyClicks(folder, m_publish.path());
    QTest::keyClicks(child<QLineEdit>("setupPublicUrl"),
                     QStringLiteral("https://webcasts.example.org/"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::StreamingPage));
    QTest::keyClicks(child<QLineEdit>("setupRtspBase"),
                     QStringLiteral("rtsp://stream.example.org/vod/"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::StartPage));
    QVERIFY(child<QRadioButton>("setupStartDemo")->isChecked());
    m_wizard->accept();

    const SiteSettings s = m_settings->load();
    QCOMPARE(s.webTarget, QUrl::fromLocalFile(m_publish.path()).toString());
    QCOMPARE(s.publicUrl, QStringLiteral("https://webcasts.example.org/"));
    QCOMPARE(s.rtspBase, QStringLiteral("rtsp://stream.example.org/vod/"));
    QCOMPARE(m_db->repo->workshops().size(), 3);
    QVERIFY(m_appSettings->value(AppSettings::Key::SetupDone).toBool());
    QVERIFY(!SetupWizard::isFirstRun(*m_db->repo, *m_appSettings));
}

void TestSetupWizard::sftpWithoutServer_staysOnThePageAndSaysWhy()
{
    m_wizard->next();
    child<QRadioButton>("setupSftpChoice")->click();
    QVERIFY(child<QLineEdit>("setupSftpHost")->isEnabled());
    QVERIFY(!child<QLineEdit>("setupFolderEdit")->isEnabled());
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::WebPage));
    QVERIFY2(child<QLabel>("setupWebTestResult")->text().contains(QStringLiteral("server's name")),
             qPrintable(child<QLabel>("setupWebTestResult")->text()));
    // Cancel keeps nothing.
    m_wizard->reject();
    QCOMPARE(m_settings->load().webTarget, QString());
    QVERIFY(!m_appSettings->value(AppSettings::Key::SetupDone).toBool());
}

void TestSetupWizard::sftpFields_makeTheTargetAddress()
{
    m_wizard->next();
    child<QRadioButton>("setupSftpChoice")->click();
    QTest::keyClicks(child<QLineEdit>("setupSftpHost"), QStringLiteral("www.example.org:2222"));
    QTest::keyClicks(child<QLineEdit>("setupSftpUser"), QStringLiteral("web"));
    QTest::keyClicks(child<QLineEdit>("setupSftpPath"), QStringLiteral("var/www/webcasts"));
    QCOMPARE(m_wizard->webTargetUrl(),
             QStringLiteral("sftp://web@www.example.org:2222/var/www/webcasts"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::StreamingPage));
    m_wizard->next();
    m_wizard->accept();
    QCOMPARE(m_settings->load().webTarget,
             QStringLiteral("sftp://web@www.example.org:2222/var/www/webcasts"));
}

void TestSetupWizard::testConnection_toAFolderAnswers()
{
    m_wizard->next();
    auto *folder = child<QLineEdit>("setupFolderEdit");
    folder->clear();
    QTest::keyClicks(folder, m_publish.path());
    QTest::mouseClick(child<QPushButton>("setupTestWeb"), Qt::LeftButton);
    auto *result = child<QLabel>("setupWebTestResult");
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().startsWith(QStringLiteral("Connecting")), 10000);
    QVERIFY2(result->styleSheet().contains(QStringLiteral("#1a7f37")), qPrintable(result->text()));
}

void TestSetupWizard::badPlayerAddress_isRefused()
{
    m_wizard->next();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::StreamingPage));
    QTest::keyClicks(child<QLineEdit>("setupRtspBase"), QStringLiteral("javascript:alert(1)"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::StreamingPage));
    QVERIFY(child<QLabel>("setupStreamingTestResult")->text().contains(QStringLiteral("rtsp://")));
    auto *target = child<QLineEdit>("setupStreamingTarget");
    child<QLineEdit>("setupRtspBase")->clear();
    QTest::keyClicks(target, QStringLiteral("ftp://old.example.org/"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::StreamingPage));
}

void TestSetupWizard::existingWorkshops_areKept()
{
    QVERIFY(m_db->repo->addWorkshop(sampleWorkshop()).ok());
    QVERIFY(!SetupWizard::isFirstRun(*m_db->repo, *m_appSettings));
    SetupWizard again(*m_session, *m_settings, *m_appSettings);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.next();
    again.next();
    again.next();
    QCOMPARE(again.currentId(), int(SetupWizard::StartPage));
    auto *demo = again.findChild<QRadioButton *>(QStringLiteral("setupStartDemo"));
    QVERIFY(!demo->isEnabled());
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("setupStartNote"))
                ->text()
                .contains(QStringLiteral("1 workshop")));
    again.accept();
    QCOMPARE(m_db->repo->workshops().size(), 1);
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
