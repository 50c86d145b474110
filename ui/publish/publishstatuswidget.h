#pragma once

#include <QWidget>

class PublishService;
class SiteSettingsStore;
class QLabel;
class QPushButton;

// "Web: published 12:03:11" / "publishing…" / "failed: … — Retry" in the
// status bar; asks what a failed login needs (an unknown SSH host key with its
// fingerprint, a password, an untrusted certificate), then tries again.
class PublishStatusWidget : public QWidget
{
    Q_OBJECT

public:
    PublishStatusWidget(PublishService &service, SiteSettingsStore &settings,
                        QWidget *parent = nullptr);

private:
    void refresh();

    PublishService &m_service;
    SiteSettingsStore &m_settings;
    QLabel *m_label;
    QPushButton *m_retry;
    bool m_askedAboutKey = false;
};
