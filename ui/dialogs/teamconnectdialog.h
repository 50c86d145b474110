#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// File > Connect to Team Database…: the team's PostgreSQL address and the
// login's password. The connection is tried off the GUI thread before
// anything is kept; then the address is remembered in the settings (never
// the password: that goes to the system keychain, when wanted) and the
// window opens again on the team database. "This Computer's Database" goes
// back to the file.
class TeamConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // `current`: the team address in use, empty on a file.
    explicit TeamConnectDialog(const QString &current, QWidget *parent = nullptr);
    ~TeamConnectDialog() override;

    // After accept(): the address to open; empty for this computer's file.
    const QString &chosenAddress() const { return m_chosen; }

private:
    void tryConnect();
    void finished();

    QLineEdit *m_address;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_status;
    QPushButton *m_connect;
    QPushButton *m_local;
    QFutureWatcher<QString> m_attempt; // empty: connected; else why not
    QString m_chosen;
};
