#include "ui/dialogs/loginprompt.h"

#include "app/publish/credentials.h"
#include "app/publish/webdavtransport.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct PresetAnswer
{
    QString password;
    bool remember = true;
};
QList<PresetAnswer> s_nextPasswords;

} // namespace

void setNextPasswordAnswer(const QString &password, bool remember)
{
    s_nextPasswords.append(PresetAnswer{password, remember});
}

QString readableFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    // Two lines of 16, easier to compare than one of 95 characters.
    return pairs.mid(0, 16).join(QLatin1Char(':')) + QLatin1Char('\n') +
           pairs.mid(16).join(QLatin1Char(':'));
}

bool askForLoginAndRemember(QWidget *parent, const LoginNeed &need, const QString &target,
                            QString &trustedCertificates, QString &acceptHostKey)
{
    const LoginAnswer login = askForLogin(parent, need, target);
    if (!login.trustCertificate.isEmpty())
        trustedCertificates =
            QString(trustedCertificates + QLatin1Char(' ') + login.trustCertificate).trimmed();
    acceptHostKey = login.acceptHostKey;
    return login.retry;
}

LoginAnswer askForLogin(QWidget *parent, const LoginNeed &need, const QString &target)
{
    LoginAnswer answer;
    switch (need.kind) {
    case LoginNeed::Kind::None:
        break;
    case LoginNeed::Kind::OtherDatabase:
        // No is the default: usually it is this seat that has the wrong
        // database open (a laptop's copy, the demo).
        answer.takeOver =
            MessageBox::question(
                parent, QObject::tr("Another database publishes here"),
                need.detail + QStringLiteral("\n\n") +
                    QObject::tr("Publish this database to %1 instead? Its pages then replace "
                                "those of %2, and %2 is refused there from now on.")
                        .arg(target, need.account.isEmpty() ? QObject::tr("the other database")
                                                            : need.account),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        answer.retry = answer.takeOver;
        break;
    case LoginNeed::Kind::HostKeyUnknown:
        if (MessageBox::question(
                parent, QObject::tr("Unknown server"),
                QObject::tr("Webcast Admin has not connected to %1 before.\n\nIts key "
                            "fingerprint is\n%2\n\nCompare it with the one the server's "
                            "administrator gives you. Trust this server?")
                    .arg(target, need.fingerprint),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            answer.acceptHostKey = need.fingerprint;
        answer.retry = !answer.acceptHostKey.isEmpty();
        break;
    case LoginNeed::Kind::Password:
    case LoginNeed::Kind::PasswordRefused: {
        QString password;
        bool remember = true;
        if (!s_nextPasswords.isEmpty()) {
            const PresetAnswer preset = s_nextPasswords.takeFirst();
            password = preset.password;
            remember = preset.remember;
        } else {
            PasswordDialog dialog(need.account, target,
                                  need.kind == LoginNeed::Kind::PasswordRefused, parent);
            if (dialog.exec() == QDialog::Accepted) {
                password = dialog.password();
                remember = dialog.remember();
            }
        }
        if (password.isEmpty())
            break;
        (void)credentials::remember(need.key, password, false); // this session: memory, cannot fail
        if (remember) {
            // The keychain may show its own unlock prompt: not on this thread.
            (void)QtConcurrent::run(
                // A keychain that cannot take it is said the next time it is
                // asked (Lookup::keychainProblem); this session's copy holds.
                [key = need.key, password] { (void)credentials::remember(key, password, true); });
        } else if (need.kind == LoginNeed::Kind::PasswordRefused) {
            (void)QtConcurrent::run([key = need.key] { (void)credentials::forget(key, true); });
        }
        answer.retry = true;
        break;
    }
    case LoginNeed::Kind::CertificateUntrusted: {
        // A certificate made out for another name is said in so many words:
        // trusting it then also means accepting that name.
        const QString names =
            need.nameMismatch
                ? QObject::tr("\n\nThe certificate is not made out for %1 but for another "
                              "name. Trusting it accepts that too, for %1 only.")
                      .arg(need.server)
                : QString();
        if (MessageBox::question(
                parent, QObject::tr("Untrusted certificate"),
                QObject::tr("The certificate of %1 is not trusted:\n%2\n\nIts SHA-256 "
                            "fingerprint is\n%3%4\n\nTrust this certificate only if the "
                            "server's administrator confirms the fingerprint. Trust it for %1 "
                            "and remember the decision?")
                    .arg(need.server.isEmpty() ? target : need.server, need.detail,
                         readableFingerprint(need.fingerprint), names),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
            answer.trustCertificate = WebDavTransport::trustEntryFor(need);
            answer.retry = true;
        }
        break;
    }
    }
    return answer;
}
