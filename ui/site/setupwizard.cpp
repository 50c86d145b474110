#include "ui/site/setupwizard.h"

#include "app/core/appsettings.h"
#include "app/editing/editsession.h"
#include "app/publish/connectiontest.h"
#include "app/publish/publishtarget.h"
#include "app/publish/transport.h"
#include "models/repository.h"
#include "models/sitesettings.h"
#include "ui/dialogs/loginprompt.h"
#include "ui/dialogs/messagebox.h"
#include "ui/editors/fielderrors.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

enum WebKind
{
    Folder,
    Sftp,
    WebDav
};

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void showResult(QLabel *label, const QString &text, bool ok)
{
    label->setText(text);
    label->setStyleSheet(ok ? QStringLiteral("color: #1a7f37;")
                            : QStringLiteral("color: #c5221f;"));
}

} // namespace

SetupWizard::SetupWizard(EditSession &session, SiteSettingsStore &settings,
                         AppSettings &appSettings, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_repository(session.repository())
    , m_settings(settings)
    , m_appSettings(appSettings)
    , m_connectionTest(new ConnectionTest(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set Up Webcast Admin"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_trustedCertificates = m_settings.load().trustedCertificates;
    setPage(WelcomePage, createWelcomePage());
    setPage(WebPage, createWebPage());
    setPage(StreamingPage, createStreamingPage());
    setPage(StartPage, createStartPage());

    connect(m_connectionTest, &ConnectionTest::finished, this,
            [this](const ConnectionTest::Answer &answer) {
                QLabel *result = m_lastTestWasWeb ? m_webTestResult : m_streamingTestResult;
                showResult(result, answer.message, answer.ok);
                for (QPushButton *b : findChildren<QPushButton *>())
                    if (b->objectName().startsWith(QLatin1String("setupTest")))
                        b->setEnabled(true);
                if (answer.ok || answer.loginNeed.kind == LoginNeed::Kind::None)
                    return;
                const QString target =
                    m_lastTestWasWeb ? webTargetUrl() : m_streamingTarget->text();
                if (askForLoginAndRemember(this, answer.loginNeed, target, m_trustedCertificates,
                                           m_acceptNextHostKey))
                    testConnection(m_lastTestWasWeb);
            });
    resize(720, 560);
}

bool SetupWizard::isFirstRun(WebcastRepository &repository, AppSettings &appSettings)
{
    return !appSettings.value(AppSettings::Key::SetupDone).toBool() &&
           repository.workshops().isEmpty();
}

QWizardPage *SetupWizard::createWelcomePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("setupWelcomePage"));
    page->setTitle(tr("Welcome to Webcast Admin"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        paragraph(tr("Webcast Admin runs the webcasts of your workshops: helpers switch each talk "
                     "between Upcoming, Live, Concluded, Archive and External, and the public web "
                     "pages follow every change by themselves."),
                  page));
    layout->addWidget(paragraph(
        tr("This assistant asks where the web pages should go, where the streaming server "
           "is, and whether to start with demo workshops. It takes a minute; everything "
           "can be changed later in Site → Site Settings."),
        page));
    layout->addStretch(1);
    return page;
}

QWizardPage *SetupWizard::createWebPage()
{
    const SiteSettings current = m_settings.load();
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("setupWebPage"));
    page->setTitle(tr("Where should the web pages go?"));
    page->setSubTitle(tr("Every change is published there at once. A folder on this computer "
                         "is fine to start with."));
    auto *layout = new QVBoxLayout(page);
    m_webKind = new QButtonGroup(page);
    auto *folder = new QRadioButton(tr("A &folder on this computer"), page);
    auto *sftp = new QRadioButton(tr("A web server over &SFTP (SSH)"), page);
    auto *webdav = new QRadioButton(tr("A web server over &WebDAV (https)"), page);
    folder->setObjectName(QStringLiteral("setupFolderChoice"));
    sftp->setObjectName(QStringLiteral("setupSftpChoice"));
    webdav->setObjectName(QStringLiteral("setupWebDavChoice"));
    m_webKind->addButton(folder, Folder);
    m_webKind->addButton(sftp, Sftp);
    m_webKind->addButton(webdav, WebDav);

    m_folder = new QLineEdit(page);
    m_folder->setObjectName(QStringLiteral("setupFolderEdit"));
    m_folder->setAccessibleName(tr("Folder"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    auto *folderRow = new QHBoxLayout;
    folderRow->setContentsMargins(24, 0, 0, 0);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Publish Into"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });

    m_sftpHost = new QLineEdit(page);
    m_sftpHost->setObjectName(QStringLiteral("setupSftpHost"));
    m_sftpHost->setPlaceholderText(QStringLiteral("www.example.org"));
    m_sftpUser = new QLineEdit(page);
    m_sftpUser->setObjectName(QStringLiteral("setupSftpUser"));
    m_sftpPath = new QLineEdit(page);
    m_sftpPath->setObjectName(QStringLiteral("setupSftpPath"));
    m_sftpPath->setPlaceholderText(QStringLiteral("/var/www/webcasts"));
    auto *sftpForm = new QFormLayout;
    sftpForm->setContentsMargins(24, 0, 0, 0);
    sftpForm->addRow(tr("Server &name:"), m_sftpHost);
    sftpForm->addRow(tr("&User:"), m_sftpUser);
    sftpForm->addRow(tr("F&older on the server:"), m_sftpPath);

    m_webdavUrl = new QLineEdit(page);
    m_webdavUrl->setObjectName(QStringLiteral("setupWebDavUrl"));
    m_webdavUrl->setPlaceholderText(QStringLiteral("https://www.example.org/dav/webcasts/"));
    m_webdavUrl->setAccessibleName(tr("WebDAV address"));
    auto *webdavRow = new QHBoxLayout;
    webdavRow->setContentsMargins(24, 0, 0, 0);
    webdavRow->addWidget(m_webdavUrl);

    m_publicUrl = new QLineEdit(current.publicUrl, page);
    m_publicUrl->setObjectName(QStringLiteral("setupPublicUrl"));
    m_publicUrl->setPlaceholderText(QStringLiteral("https://webcasts.example.org/"));
    auto *publicForm = new QFormLayout;
    publicForm->addRow(tr("&Public address of the pages (optional):"), m_publicUrl);

    auto *test = new QPushButton(tr("&Test Connection"), page);
    test->setObjectName(QStringLiteral("setupTestWeb"));
    m_webTestResult = new QLabel(page);
    m_webTestResult->setObjectName(QStringLiteral("setupWebTestResult"));
    m_webTestResult->setWordWrap(true);
    m_webTestResult->setTextFormat(Qt::PlainText);
    connect(test, &QPushButton::clicked, this, [this] { testConnection(true); });
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(test);
    testRow->addWidget(m_webTestResult, 1);

    layout->addWidget(folder);
    layout->addLayout(folderRow);
    layout->addWidget(sftp);
    layout->addLayout(sftpForm);
    layout->addWidget(webdav);
    layout->addLayout(webdavRow);
    layout->addSpacing(8);
    layout->addLayout(publicForm);
    layout->addLayout(testRow);
    layout->addStretch(1);

    // Start from what is set now.
    const QUrl target(current.webTarget);
    if (target.scheme() == QLatin1String("sftp")) {
        sftp->setChecked(true);
        m_sftpHost->setText(target.port() > 0
                                ? QStringLiteral("%1:%2").arg(target.host()).arg(target.port())
                                : target.host());
        m_sftpUser->setText(target.userName());
        m_sftpPath->setText(target.path());
    } else if (target.scheme().startsWith(QLatin1String("http"))) {
        webdav->setChecked(true);
        m_webdavUrl->setText(current.webTarget);
    } else {
        folder->setChecked(true);
    }
    m_folder->setText(target.isLocalFile()
                          ? target.toLocalFile()
                          : PublishTarget::defaultFolder(PublishTarget::Role::Web));
    describe(m_folder, tr("The folder the pages are written into"));
    describe(m_sftpHost, tr("The web server's name, with :port when it is not 22"));
    describe(m_sftpUser, tr("The account on the web server (empty: your own user name)"));
    describe(m_sftpPath, tr("The folder on the server the web server serves the pages from"));
    describe(m_webdavUrl, tr("The WebDAV folder's full https address"));
    describe(m_publicUrl, tr("Where the public reaches the pages; used in links and to check "
                             "what was published"));
    connect(m_webKind, &QButtonGroup::idToggled, this, &SetupWizard::updateWebFields);
    updateWebFields();
    return page;
}

QWizardPage *SetupWizard::createStreamingPage()
{
    const SiteSettings current = m_settings.load();
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("setupStreamingPage"));
    page->setTitle(tr("The streaming server"));
    page->setSubTitle(tr("Archived talks play from the streaming server. Leave this empty if "
                         "you do not know it yet."));
    auto *form = new QFormLayout(page);
    m_rtspBase = new QLineEdit(current.rtspBase, page);
    m_rtspBase->setObjectName(QStringLiteral("setupRtspBase"));
    m_rtspBase->setPlaceholderText(QStringLiteral("rtsp://stream.example.org/vod/"));
    m_streamingTarget = new QLineEdit(current.streamingTarget, page);
    m_streamingTarget->setObjectName(QStringLiteral("setupStreamingTarget"));
    m_streamingTarget->setPlaceholderText(
        QStringLiteral("sftp://media@stream.example.org/srv/vod"));
    describe(m_rtspBase, tr("The start of every archive's rtsp address on the streaming server"));
    describe(m_streamingTarget, tr("Where archive videos are uploaded (optional)"));
    form->addRow(tr("&Address the players use (rtsp):"), m_rtspBase);
    form->addRow(tr("&Where archive videos are uploaded:"), m_streamingTarget);
    form->addRow(paragraph(tr("Uploads go over SFTP (sftp://user@server/folder) or WebDAV "
                              "(https://…), or into a folder (file:///…)."),
                           page));
    auto *test = new QPushButton(tr("T&est Connection"), page);
    test->setObjectName(QStringLiteral("setupTestStreaming"));
    m_streamingTestResult = new QLabel(page);
    m_streamingTestResult->setObjectName(QStringLiteral("setupStreamingTestResult"));
    m_streamingTestResult->setWordWrap(true);
    m_streamingTestResult->setTextFormat(Qt::PlainText);
    connect(test, &QPushButton::clicked, this, [this] { testConnection(false); });
    form->addRow(test, m_streamingTestResult);
    return page;
}

QWizardPage *SetupWizard::createStartPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("setupStartPage"));
    page->setTitle(tr("How would you like to start?"));
    auto *layout = new QVBoxLayout(page);
    m_startDemo = new QRadioButton(tr("With three &demo workshops, to try everything out"), page);
    m_startDemo->setObjectName(QStringLiteral("setupStartDemo"));
    m_startEmpty = new QRadioButton(tr("&Empty, to enter my own workshops"), page);
    m_startEmpty->setObjectName(QStringLiteral("setupStartEmpty"));
    m_startNote = paragraph(QString(), page);
    m_startNote->setObjectName(QStringLiteral("setupStartNote"));
    layout->addWidget(m_startDemo);
    layout->addWidget(m_startEmpty);
    layout->addWidget(m_startNote);
    layout->addStretch(1);
    const int count = int(m_repository.workshops().size());
    if (count > 0) {
        m_startDemo->setEnabled(false);
        m_startEmpty->setEnabled(false);
        m_startNote->setText(tr(
            "This database already holds %n workshop(s); they stay as they are.", nullptr, count));
    } else {
        m_startDemo->setChecked(true);
        m_startNote->setText(tr("Demo workshops can be deleted later like any other."));
    }
    return page;
}

void SetupWizard::updateWebFields()
{
    const int kind = m_webKind->checkedId();
    m_folder->setEnabled(kind == Folder);
    for (QLineEdit *e : {m_sftpHost, m_sftpUser, m_sftpPath})
        e->setEnabled(kind == Sftp);
    m_webdavUrl->setEnabled(kind == WebDav);
}

QString SetupWizard::webTargetUrl(QString *why) const
{
    QString url;
    switch (m_webKind->checkedId()) {
    case Sftp: {
        QString host = m_sftpHost->text().trimmed();
        int port = -1;
        if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon > 0) {
            bool ok = false;
            port = host.mid(colon + 1).toInt(&ok);
            if (!ok)
                port = -1;
            host.truncate(colon);
        }
        if (host.isEmpty()) {
            if (why)
                *why = tr("Enter the web server's name, e.g. www.example.org.");
            return {};
        }
        QUrl u;
        u.setScheme(QStringLiteral("sftp"));
        u.setHost(host);
        u.setPort(port);
        u.setUserName(m_sftpUser->text().trimmed());
        QString path = m_sftpPath->text().trimmed();
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        u.setPath(path);
        url = u.toString();
        break;
    }
    case WebDav:
        url = m_webdavUrl->text().trimmed();
        if (url.isEmpty()) {
            if (why)
                *why = tr("Enter the WebDAV address, e.g. https://www.example.org/dav/webcasts/.");
            return {};
        }
        break;
    default: {
        const QString folder = m_folder->text().trimmed();
        if (folder.isEmpty() ||
            QDir::cleanPath(folder) ==
                QDir::cleanPath(PublishTarget::defaultFolder(PublishTarget::Role::Web)))
            return {}; // the default folder
        url = QUrl::fromLocalFile(QDir(folder).absolutePath()).toString();
        break;
    }
    }
    QString reason;
    if (!sitesettings::isValidTarget(url, &reason)) {
        if (why)
            *why = reason;
        return {};
    }
    return url;
}

void SetupWizard::testConnection(bool web)
{
    m_lastTestWasWeb = web;
    QLabel *result = web ? m_webTestResult : m_streamingTestResult;
    SiteSettings s = m_settings.load();
    QString why;
    if (web) {
        s.webTarget = webTargetUrl(&why);
        if (!why.isEmpty()) {
            showResult(result, why, false);
            return;
        }
    } else {
        s.streamingTarget = m_streamingTarget->text().trimmed();
        if (s.streamingTarget.isEmpty()) {
            showResult(result, tr("Enter where archive videos are uploaded first."), false);
            return;
        }
        if (!sitesettings::isValidTarget(s.streamingTarget, &why)) {
            showResult(result, why, false);
            return;
        }
    }
    s.trustedCertificates = m_trustedCertificates;
    PublishTarget target = PublishTarget::fromSettings(s, web ? PublishTarget::Role::Web
                                                              : PublishTarget::Role::Streaming);
    target.acceptHostKey = m_acceptNextHostKey;
    m_acceptNextHostKey.clear();
    result->setStyleSheet(QString());
    result->setText(tr("Connecting to %1…").arg(target.displayUrl()));
    for (QPushButton *b : findChildren<QPushButton *>())
        if (b->objectName().startsWith(QLatin1String("setupTest")))
            b->setEnabled(false);
    m_connectionTest->start(target);
}

bool SetupWizard::validateCurrentPage()
{
    if (currentId() == WebPage) {
        QString why;
        webTargetUrl(&why);
        if (!why.isEmpty()) {
            showResult(m_webTestResult, why, false);
            return false;
        }
    }
    if (currentId() == StreamingPage) {
        SiteSettings s = m_settings.load();
        s.rtspBase = m_rtspBase->text().trimmed();
        s.streamingTarget = m_streamingTarget->text().trimmed();
        // The store checks each value; nothing is kept until Finish.
        QString why;
        if (!s.streamingTarget.isEmpty() && !sitesettings::isValidTarget(s.streamingTarget, &why)) {
            showResult(m_streamingTestResult, why, false);
            return false;
        }
        if (!s.rtspBase.isEmpty() && !QUrl(s.rtspBase).scheme().startsWith(QLatin1String("rtsp"))) {
            showResult(m_streamingTestResult,
                       tr("The players' address starts with rtsp://, e.g. "
                          "rtsp://stream.example.org/vod/."),
                       false);
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

void SetupWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        SiteSettings s = m_settings.load();
        s.webTarget = webTargetUrl();
        s.publicUrl = m_publicUrl->text().trimmed();
        s.rtspBase = m_rtspBase->text().trimmed();
        s.streamingTarget = m_streamingTarget->text().trimmed();
        s.trustedCertificates = m_trustedCertificates;
        if (Status st = m_settings.save(s); !st) {
            // Back to the page whose value was refused, with the reason.
            setStartId(WebPage);
            showResult(m_webTestResult, st.error(), false);
            restart();
            return;
        }
        if (m_startDemo->isEnabled() && m_startDemo->isChecked() &&
            m_repository.workshops().isEmpty()) {
            if (const Status demo = m_session.addDemoWorkshops(); !demo)
                MessageBox::warning(
                    this, tr("No demo workshops"),
                    tr("The demo workshops could not be added: %1").arg(demo.error()));
        }
        m_appSettings.setValue(AppSettings::Key::SetupDone, true);
        m_appSettings.sync();
    }
    QWizard::done(result);
}
