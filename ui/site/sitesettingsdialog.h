#pragma once

#include "sitesettings.h"

#include <QDialog>

#include <memory>

class FieldErrors;
class QComboBox;
class QLabel;
class QLineEdit;
class SiteSettingsStore;

// The public site's settings: its address, the streaming server's rtsp and
// HTTP bases, the player style and an optional template folder.
class SiteSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SiteSettingsDialog(SiteSettingsStore &store, QWidget *parent = nullptr);
    ~SiteSettingsDialog() override;
    void accept() override;

private:
    SiteSettingsStore &m_store;
    QLineEdit *m_publicUrl;
    QLineEdit *m_rtspBase;
    QLineEdit *m_playbackBase;
    QComboBox *m_player;
    QLineEdit *m_templateDir;
    QLabel *m_banner;
    std::unique_ptr<FieldErrors> m_errors;
};
