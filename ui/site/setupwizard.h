#pragma once

#include <QWizard>

class AppSettings;
class ConnectionTest;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class SiteSettingsStore;
class EditSession;
class WebcastRepository;

// The first-run assistant (also Site → Setup Assistant…): welcome; where the
// web pages go (a folder here by default, a web server over SFTP or WebDAV)
// with Test connection; the streaming server; and whether to start with the
// demo workshops. Everything it sets can be changed later in Site Settings.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        WelcomePage,
        WebPage,
        StreamingPage,
        StartPage
    };

    // The demo workshops go in through `session` (one undoable step).
    SetupWizard(EditSession &session, SiteSettingsStore &settings, AppSettings &appSettings,
                QWidget *parent = nullptr);

    // True when this database has no workshops and the assistant was never
    // finished on this computer.
    static bool isFirstRun(WebcastRepository &repository, AppSettings &appSettings);

    // The web target the page's fields describe ("" = the default folder).
    QString webTargetUrl(QString *why = nullptr) const;

protected:
    bool validateCurrentPage() override;
    void done(int result) override;

private:
    QWizardPage *createWelcomePage();
    QWizardPage *createWebPage();
    QWizardPage *createStreamingPage();
    QWizardPage *createStartPage();
    void updateWebFields();
    void testConnection(bool web);

    EditSession &m_session;
    WebcastRepository &m_repository;
    SiteSettingsStore &m_settings;
    AppSettings &m_appSettings;
    ConnectionTest *m_connectionTest;
    QString m_trustedCertificates;
    QString m_acceptNextHostKey; // the fingerprint the user accepted
    bool m_lastTestWasWeb = true;

    QButtonGroup *m_webKind = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_sftpHost = nullptr;
    QLineEdit *m_sftpUser = nullptr;
    QLineEdit *m_sftpPath = nullptr;
    QLineEdit *m_webdavUrl = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QLabel *m_webTestResult = nullptr;
    QLineEdit *m_rtspBase = nullptr;
    QLineEdit *m_streamingTarget = nullptr;
    QLabel *m_streamingTestResult = nullptr;
    QRadioButton *m_startDemo = nullptr;
    QRadioButton *m_startEmpty = nullptr;
    QLabel *m_startNote = nullptr;
};
