#include "ui/dialogs/teamconnectdialog.h"

#include "app/publish/credentials.h"
#include "models/database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

TeamConnectDialog::TeamConnectDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(current, this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_status(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_local(new QPushButton(tr("This Computer's &Database"), this))
{
    setObjectName(QStringLiteral("teamConnectDialog"));
    setWindowTitle(tr("Connect to Team Database"));
    auto *intro = new QLabel(
        tr("A team shares one PostgreSQL database: every helper, coordinator and staff member "
           "sees the others' changes as they happen, and one publishes at a time. Ask the "
           "team's coordinator for the address and your login."),
        this);
    intro->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("teamAddressEdit"));
    m_address->setPlaceholderText(
        QStringLiteral("postgresql://helper@db.example.org/webcasts?sslmode=require"));
    m_address->setAccessibleName(tr("Team database address"));
    m_password->setObjectName(QStringLiteral("teamPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password of your login"));
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setChecked(true);
    m_status->setObjectName(QStringLiteral("teamConnectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect->setObjectName(QStringLiteral("teamConnectButton"));
    m_connect->setDefault(true);
    m_local->setObjectName(QStringLiteral("localDatabaseButton"));
    m_local->setToolTip(tr("Work on the database file on this computer again"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_local, QDialogButtonBox::ResetRole);
    m_local->setVisible(!current.isEmpty()); // after the box, which shows what it takes
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &TeamConnectDialog::tryConnect);
    connect(m_local, &QPushButton::clicked, this, [this] {
        m_chosen.clear();
        QDialog::accept();
    });
    connect(&m_attempt, &QFutureWatcher<QString>::finished, this, &TeamConnectDialog::finished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

TeamConnectDialog::~TeamConnectDialog()
{
    m_attempt.waitForFinished();
}

void TeamConnectDialog::tryConnect()
{
    const QString address = m_address->text().trimmed();
    QUrl url(address, QUrl::StrictMode);
    if (!Database::isTeamAddress(address) || !url.isValid() || url.host().isEmpty() ||
        url.userName().isEmpty() || url.path().size() < 2) {
        m_status->setText(tr("Write the address as postgresql://login@host/database (a port "
                             "and ?sslmode=require may follow)."));
        m_address->setFocus();
        return;
    }
    if (!url.password().isEmpty()) {
        m_status->setText(tr("Type the password in its own field, not in the address: the "
                             "address is remembered in the settings, the password is not."));
        m_address->setFocus();
        return;
    }
    m_connect->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(url.host()));
    const QString password = m_password->text();
    const bool remember = m_remember->isChecked();
    // Opening waits for the network (up to the connection timeout): never
    // on the GUI thread.
    m_attempt.setFuture(QtConcurrent::run([address, password, remember]() -> QString {
        QUrl withPassword(address);
        if (!password.isEmpty())
            withPassword.setPassword(password);
        QString why;
        {
            Database trial(withPassword.toString());
            if (const Status s = trial.open(); !s)
                why = s.error();
            else if (!password.isEmpty())
                (void)credentials::remember(trial.loginKey(), password, remember);
        }
        return why;
    }));
}

void TeamConnectDialog::finished()
{
    m_connect->setEnabled(true);
    const QString why = m_attempt.result();
    if (!why.isEmpty()) {
        m_status->setText(why);
        return;
    }
    m_chosen = m_address->text().trimmed();
    QDialog::accept();
}
