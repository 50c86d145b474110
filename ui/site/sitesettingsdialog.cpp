#include "ui/site/sitesettingsdialog.h"

#include "app/publish/connectiontest.h"
#include "ui/dialogs/loginprompt.h"
#include "ui/dialogs/messagebox.h"
#include "ui/editors/fielderrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SiteSettingsDialog::SiteSettingsDialog(SiteSettingsStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_publicUrl(new QLineEdit(this))
    , m_rtspBase(new QLineEdit(this))
    , m_playbackBase(new QLineEdit(this))
    , m_player(new QComboBox(this))
    , m_templateDir(new QLineEdit(this))
    , m_webTarget(new QLineEdit(this))
    , m_webIdentity(new QLineEdit(this))
    , m_streamingTarget(new QLineEdit(this))
    , m_streamingIdentity(new QLineEdit(this))
    , m_knownHosts(new QLineEdit(this))
    , m_testResult(new QLabel(this))
    , m_connectionTest(new ConnectionTest(this))
    , m_banner(new QLabel(this))
    , m_errors(std::make_unique<FieldErrors>(m_banner))
{
    setObjectName(QStringLiteral("siteSettingsDialog"));
    setWindowTitle(tr("Site settings"));
    const SiteSettings s = store.load();
    m_trustedCertificates = s.trustedCertificates;

    m_publicUrl->setObjectName(QStringLiteral("publicUrlEdit"));
    m_publicUrl->setText(s.publicUrl);
    m_publicUrl->setPlaceholderText(QStringLiteral("https://webcasts.example.org/"));
    m_publicUrl->setToolTip(tr("Where the public pages can be reached; used in the feed and "
                               "calendar links"));
    m_rtspBase->setObjectName(QStringLiteral("rtspBaseEdit"));
    m_rtspBase->setText(s.rtspBase);
    m_rtspBase->setPlaceholderText(QStringLiteral("rtsp://stream.example.org/vod/"));
    m_rtspBase->setToolTip(tr("The streaming server's address for archives; a talk's webcast "
                              "path and file name are added to it"));
    m_playbackBase->setObjectName(QStringLiteral("playbackBaseEdit"));
    m_playbackBase->setText(s.playbackBase);
    m_playbackBase->setPlaceholderText(QStringLiteral("https://stream.example.org/hls/"));
    m_playbackBase->setToolTip(tr("Optional: the same archives over HTTP or HLS, for the "
                                  "player inside the web page"));
    m_player->setObjectName(QStringLiteral("playerCombo"));
    m_player->addItem(tr("HTML5 video (modern browsers)"), QStringLiteral("html5"));
    m_player->addItem(tr("QuickTime plug-in (legacy)"), QStringLiteral("quicktime"));
    m_player->setCurrentIndex(qMax(0, m_player->findData(s.player)));
    m_templateDir->setObjectName(QStringLiteral("templateDirEdit"));
    m_templateDir->setText(s.templateDir);
    m_templateDir->setPlaceholderText(tr("built-in templates"));
    m_templateDir->setAccessibleName(tr("Template folder"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Template folder"), m_templateDir->text());
        if (!dir.isEmpty())
            m_templateDir->setText(dir);
    });
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateDir, 1);
    templateRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Public site URL:"), m_publicUrl);
    form->addRow(tr("&RTSP base:"), m_rtspBase);
    form->addRow(tr("&HTTP/HLS base:"), m_playbackBase);
    form->addRow(tr("P&layer:"), m_player);
    form->addRow(tr("&Templates:"), templateRow);
    m_errors->bind(QStringLiteral("public-url"), m_publicUrl, tr("Public site URL"));
    m_errors->bind(QStringLiteral("rtsp-base"), m_rtspBase, tr("RTSP base"));
    m_errors->bind(QStringLiteral("playback-base"), m_playbackBase, tr("HTTP/HLS base"));
    m_errors->bind(QStringLiteral("template-dir"), m_templateDir, tr("Templates"));

    // Where publishing sends things.
    auto *publishing = new QGroupBox(tr("Publishing"), this);
    auto *publishForm = new QFormLayout(publishing);
    const struct
    {
        QLineEdit *edit;
        const char *name;
        QString value;
        QString placeholder;
    } fields[] = {
        {m_webTarget, "webTargetEdit", s.webTarget,
         tr("empty: a folder on this computer; or sftp://user@host/path, https://host/dav/")},
        {m_webIdentity, "webIdentityEdit", s.webIdentity,
         tr("SSH key file (empty: agent, ~/.ssh)")},
        {m_streamingTarget, "streamingTargetEdit", s.streamingTarget,
         tr("empty: a folder on this computer; or sftp://user@host/path")},
        {m_streamingIdentity, "streamingIdentityEdit", s.streamingIdentity,
         tr("SSH key file (empty: agent, ~/.ssh)")},
        {m_knownHosts, "knownHostsEdit", s.knownHosts, tr("empty: ~/.ssh/known_hosts")},
    };
    for (const auto &f : fields) {
        f.edit->setObjectName(QLatin1String(f.name));
        f.edit->setText(f.value);
        f.edit->setPlaceholderText(f.placeholder);
    }
    describe(m_publicUrl, tr("The address where the public reaches the pages; used in links, "
                             "the feed and the calendar, and to check what was published"));
    describe(m_rtspBase, tr("The start of every archive's rtsp address on the streaming server"));
    describe(m_playbackBase, tr("The same recordings over HTTP/HLS, for the browser's player "
                                "(optional)"));
    describe(m_player, tr("How the pages play a recording: the browser's own player, or the "
                          "QuickTime plug-in of old"));
    describe(m_templateDir, tr("A folder whose page templates replace the built-in ones "
                               "(optional)"));
    describe(m_webTarget, tr("Where the web pages are published: empty for a folder on this "
                             "computer, sftp://user@host/path or https:// (WebDAV)"));
    describe(m_webIdentity, tr("The SSH key for the web server (empty: the key agent and ~/.ssh)"));
    describe(m_streamingTarget, tr("Where archive videos are uploaded: empty for a folder on "
                                   "this computer, sftp://user@host/path or https:// (WebDAV)"));
    describe(m_streamingIdentity, tr("The SSH key for the streaming server (empty: the key "
                                     "agent and ~/.ssh)"));
    describe(m_knownHosts, tr("The list of servers whose SSH keys are trusted (empty: "
                              "~/.ssh/known_hosts)"));
    auto *testWeb = new QPushButton(tr("Test &web connection"), this);
    testWeb->setObjectName(QStringLiteral("testWebButton"));
    auto *testStreaming = new QPushButton(tr("Test &streaming connection"), this);
    testStreaming->setObjectName(QStringLiteral("testStreamingButton"));
    connect(testWeb, &QPushButton::clicked, this, [this] { testConnection(true); });
    connect(testStreaming, &QPushButton::clicked, this, [this] { testConnection(false); });
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(testWeb);
    testRow->addWidget(testStreaming);
    testRow->addStretch(1);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    publishForm->addRow(tr("W&eb server:"), m_webTarget);
    publishForm->addRow(tr("Web &key file:"), m_webIdentity);
    publishForm->addRow(tr("Stream&ing server:"), m_streamingTarget);
    publishForm->addRow(tr("Streaming key f&ile:"), m_streamingIdentity);
    publishForm->addRow(tr("Known &hosts:"), m_knownHosts);
    publishForm->addRow(testRow);
    publishForm->addRow(m_testResult);
    m_errors->bind(QStringLiteral("web-target"), m_webTarget, tr("Web server"));
    m_errors->bind(QStringLiteral("web-identity"), m_webIdentity, tr("Web key file"));
    m_errors->bind(QStringLiteral("streaming-target"), m_streamingTarget, tr("Streaming server"));
    m_errors->bind(QStringLiteral("streaming-identity"), m_streamingIdentity,
                   tr("Streaming key file"));
    m_errors->bind(QStringLiteral("known-hosts"), m_knownHosts, tr("Known hosts"));
    connect(m_connectionTest, &ConnectionTest::finished, this,
            [this, testWeb, testStreaming](const ConnectionTest::Answer &answer) {
                testWeb->setEnabled(true);
                testStreaming->setEnabled(true);
                m_testResult->setText(answer.message);
                m_testResult->setStyleSheet(answer.ok ? QStringLiteral("color: #1a7f37;")
                                                      : QStringLiteral("color: #c5221f;"));
                if (answer.ok || answer.loginNeed.kind == LoginNeed::Kind::None)
                    return;
                if (askForLoginAndRemember(this, answer.loginNeed, m_lastTestedTarget,
                                           m_trustedCertificates, m_acceptNextHostKey))
                    testConnection(m_lastTestWasWeb);
            });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SiteSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(publishing);
    layout->addWidget(buttons);
    resize(640, 520);
}

SiteSettingsDialog::~SiteSettingsDialog() = default;

SiteSettings SiteSettingsDialog::collect() const
{
    SiteSettings s;
    s.publicUrl = m_publicUrl->text().trimmed();
    s.rtspBase = m_rtspBase->text().trimmed();
    s.playbackBase = m_playbackBase->text().trimmed();
    s.player = m_player->currentData().toString();
    s.templateDir = m_templateDir->text().trimmed();
    s.webTarget = m_webTarget->text().trimmed();
    s.webIdentity = m_webIdentity->text().trimmed();
    s.streamingTarget = m_streamingTarget->text().trimmed();
    s.streamingIdentity = m_streamingIdentity->text().trimmed();
    s.knownHosts = m_knownHosts->text().trimmed();
    s.trustedCertificates = m_trustedCertificates; // decided in a connection test
    return s;
}

void SiteSettingsDialog::testConnection(bool web)
{
    const SiteSettings s = collect();
    const QString url = web ? s.webTarget : s.streamingTarget;
    QString why;
    if (!url.isEmpty() && !sitesettings::isValidTarget(url, &why)) {
        m_testResult->setText(why);
        m_testResult->setStyleSheet(QStringLiteral("color: #c5221f;"));
        return;
    }
    m_lastTestWasWeb = web;
    PublishTarget target = PublishTarget::fromSettings(s, web ? PublishTarget::Role::Web
                                                              : PublishTarget::Role::Streaming);
    target.acceptHostKey = m_acceptNextHostKey;
    m_acceptNextHostKey.clear();
    m_lastTestedTarget = target.displayUrl();
    m_testResult->setText(tr("Connecting to %1…").arg(target.displayUrl()));
    m_testResult->setStyleSheet(QString());
    for (QPushButton *b : findChildren<QPushButton *>())
        if (b->objectName().startsWith(QLatin1String("test")))
            b->setEnabled(false);
    m_connectionTest->start(target);
}

void SiteSettingsDialog::accept()
{
    const Status status = m_store.save(collect());
    if (!status) {
        // The store's messages start with the key ("rtsp-base: ...").
        m_errors->show(status);
        return;
    }
    QDialog::accept();
}
