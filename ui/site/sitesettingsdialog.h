#pragma once

#include "models/sitesettings.h"

#include <QDialog>

#include <memory>

class ConnectionTest;
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
    SiteSettings collect() const;
    void testConnection(bool web);
    SiteSettingsStore &m_store;
    QLineEdit *m_publicUrl;
    QLineEdit *m_rtspBase;
    QLineEdit *m_playbackBase;
    QComboBox *m_player;
    QLineEdit *m_templateDir;
    QLineEdit *m_webTarget;
    QLineEdit *m_webIdentity;
    QLineEdit *m_streamingTarget;
    QLineEdit *m_streamingIdentity;
    QLineEdit *m_knownHosts;
    QLabel *m_testResult;
    ConnectionTest *m_connectionTest;
    QString m_acceptNextHostKey; // the fingerprint the user accepted
    QString m_lastTestedTarget;
    QString m_trustedCertificates;
    bool m_lastTestWasWeb = true;
    QLabel *m_banner;
    std::unique_ptr<FieldErrors> m_errors;
};
