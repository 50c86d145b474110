#pragma once

#include <QWidget>

class PublishService;
class QLabel;
class QPushButton;

// "Web: published 12:03:11" / "publishing…" / "failed: … — Retry" in the
// status bar; asks about an unknown SSH host key with its fingerprint.
class PublishStatusWidget : public QWidget
{
    Q_OBJECT

public:
    PublishStatusWidget(PublishService &service, QWidget *parent = nullptr);

private:
    void refresh();

    PublishService &m_service;
    QLabel *m_label;
    QPushButton *m_retry;
    bool m_askedAboutKey = false;
};
