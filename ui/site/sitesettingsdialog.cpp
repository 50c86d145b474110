#include "sitesettingsdialog.h"

#include "editors/fielderrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
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
    , m_banner(new QLabel(this))
    , m_errors(std::make_unique<FieldErrors>(m_banner))
{
    setObjectName(QStringLiteral("siteSettingsDialog"));
    setWindowTitle(tr("Site settings"));
    const SiteSettings s = store.load();

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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SiteSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 260);
}

SiteSettingsDialog::~SiteSettingsDialog() = default;

void SiteSettingsDialog::accept()
{
    SiteSettings s;
    s.publicUrl = m_publicUrl->text().trimmed();
    s.rtspBase = m_rtspBase->text().trimmed();
    s.playbackBase = m_playbackBase->text().trimmed();
    s.player = m_player->currentData().toString();
    s.templateDir = m_templateDir->text().trimmed();
    const Status status = m_store.save(s);
    if (!status) {
        // The store's messages start with the key ("rtsp-base: ...").
        m_errors->show(status);
        return;
    }
    QDialog::accept();
}
