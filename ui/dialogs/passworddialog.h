#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for a target's password: the account, a hidden field, and "Remember
// in the system keychain" (on by default). Says so when the last one was
// refused.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &account, const QString &target, bool refused,
                   QWidget *parent = nullptr);
    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
