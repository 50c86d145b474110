#include "ui/publish/publishstatuswidget.h"

#include "app/publish/publishservice.h"
#include "models/sitesettings.h"
#include "ui/dialogs/loginprompt.h"
#include "ui/dialogs/messagebox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

PublishStatusWidget::PublishStatusWidget(PublishService &service, SiteSettingsStore &settings,
                                         QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_settings(settings)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("publishStatus"));
    m_label->setObjectName(QStringLiteral("publishStatusLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(QStringLiteral("publishRetryButton"));
    m_retry->setToolTip(tr("Publish the pages again now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_askedAboutKey = false; // Retry asks again what was answered No before
        m_service.publishNow();
    });
    connect(&m_service, &PublishService::statusChanged, this, &PublishStatusWidget::refresh);
    refresh();
}

void PublishStatusWidget::refresh()
{
    const PublishService::Status &s = m_service.status();
    QString text;
    QString colour;
    switch (s.state) {
    case PublishService::State::Idle:
        text = tr("Web: not published yet");
        break;
    case PublishService::State::Waiting:
        text = tr("Web: changes waiting…");
        break;
    case PublishService::State::Publishing:
        text = tr("Web: publishing…");
        break;
    case PublishService::State::Published:
        text = tr("Web: published %1")
                   .arg(QLocale().toString(s.lastPublished.time(), QStringLiteral("HH:mm:ss")));
        colour = QStringLiteral("#1a7f37");
        break;
    case PublishService::State::Failed:
        text = tr("Web: failed: %1").arg(s.message.section(QLatin1Char('\n'), 0, 0));
        colour = QStringLiteral("#c5221f");
        break;
    }
    m_label->setText(text);
    m_label->setToolTip(tr("Publishing to %1\n%2").arg(s.target, s.message));
    m_label->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: 600;").arg(colour));
    m_retry->setVisible(s.state == PublishService::State::Failed);

    // A login the user can help with (host key, password, certificate): ask
    // once per failure, then try again.
    if (s.state == PublishService::State::Failed && s.loginNeed.kind != LoginNeed::Kind::None &&
        !m_askedAboutKey) {
        m_askedAboutKey = true;
        const LoginAnswer answer = askForLogin(window(), s.loginNeed, s.target);
        if (!answer.trustCertificate.isEmpty()) {
            const Status kept =
                m_settings.set(QStringLiteral("trusted-certificates"),
                               QString(m_settings.value(QStringLiteral("trusted-certificates")) +
                                       QLatin1Char(' ') + answer.trustCertificate)
                                   .trimmed());
            if (!kept)
                MessageBox::warning(window(), tr("Certificate not remembered"), kept.error());
        }
        if (answer.takeOver)
            m_service.takeOverTarget();
        else if (!answer.acceptHostKey.isEmpty())
            m_service.acceptHostKey(answer.acceptHostKey);
        else if (answer.retry)
            m_service.publishNow();
        if (answer.retry)
            m_askedAboutKey = false;
        return;
    }
    if (s.state == PublishService::State::Published)
        m_askedAboutKey = false;
}
