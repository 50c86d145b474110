#include "ui/dialogs/passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &account, const QString &target, bool refused,
                               QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
{
    setWindowTitle(tr("Password"));
    auto *text = new QLabel(refused ? tr("The server refused the password for <b>%1</b>. Type "
                                         "it again:")
                                          .arg(account.toHtmlEscaped())
                                    : tr("Password for <b>%1</b>:").arg(account.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto *purpose = new QLabel(tr("Webcast Admin publishes to %1.").arg(target), this);
    purpose->setWordWrap(true);
    purpose->setTextFormat(Qt::PlainText);
    setMinimumWidth(420);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password for %1").arg(account));
    m_remember->setChecked(true);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Stored by your desktop's keychain, never in Webcast Admin's "
                              "database or settings. Without a keychain it is kept until "
                              "Webcast Admin closes."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(purpose);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}
