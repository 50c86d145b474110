#include "app/publish/credentials.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <functional>
#include <memory>

namespace credentials {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("credentials", text);
}

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QString &serviceNameStorage()
{
    static QString name = QStringLiteral("webcast-admin");
    return name;
}

QString serviceName()
{
    QMutexLocker lock(&mutex());
    return serviceNameStorage();
}

constexpr int keychainTimeoutMs = 60000; // an unlock prompt may be showing

// QtKeychain queues every job on one executor object and touches a job
// again after it has finished, so jobs must all live in one thread with an
// event loop and be deleted by QtKeychain itself. That thread is this one;
// callers from any thread (the window, publishing workers, the command
// line) wait for the answer.
QObject *keychainContext()
{
    static QObject *context = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("keychain"));
        thread->start();
        auto *object = new QObject;
        object->moveToThread(thread);
        qAddPostRoutine([] {
            QObject *o = keychainContext();
            QThread *t = o->thread();
            QMetaObject::invokeMethod(o, &QObject::deleteLater);
            t->quit();
            t->wait(5000);
        });
        return object;
    }();
    return context;
}

struct JobOutcome
{
    QMutex lock;
    QKeychain::Error code = QKeychain::OtherError;
    QString error;
    QString text;
};

// Runs the job `make` creates (in the keychain thread) and waits for it.
// Returns the error text, empty on success.
QString run(const std::function<QKeychain::Job *()> &make, QKeychain::Error *code,
            QString *text = nullptr)
{
    auto outcome = std::make_shared<JobOutcome>();
    auto done = std::make_shared<QSemaphore>();
    QObject *context = keychainContext();
    QMetaObject::invokeMethod(context, [make, outcome, done, context] {
        QKeychain::Job *job = make();
        job->setAutoDelete(true);
        QObject::connect(
            job, &QKeychain::Job::finished, context, [outcome, done](QKeychain::Job *finished) {
                {
                    QMutexLocker lock(&outcome->lock);
                    outcome->code = finished->error();
                    outcome->error = finished->errorString();
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                        outcome->text = read->textData();
                }
                done->release();
            });
        job->start();
    });
    if (!done->tryAcquire(1, keychainTimeoutMs)) {
        *code = QKeychain::OtherError;
        return tr("the keychain did not answer");
    }
    QMutexLocker lock(&outcome->lock);
    *code = outcome->code;
    if (text)
        *text = outcome->text;
    return outcome->code == QKeychain::NoError ? QString() : outcome->error;
}

} // namespace

QString keyFor(const QString &scheme, const QString &user, const QString &host, int port)
{
    return QStringLiteral("%1://%2@%3:%4").arg(scheme.toLower(), user, host.toLower()).arg(port);
}

QString environmentVariable(const QString &role)
{
    if (role == QLatin1String("database"))
        return QStringLiteral("WEBCAST_ADMIN_DATABASE_PASSWORD");
    return role == QLatin1String("streaming") ? QStringLiteral("WEBCAST_ADMIN_PASSWORD_STREAMING")
                                              : QStringLiteral("WEBCAST_ADMIN_PASSWORD_WEB");
}

Lookup lookup(const QString &key, const QString &role)
{
    Lookup result;
    result.password = qEnvironmentVariable(environmentVariable(role).toLatin1().constData());
    if (result.password.isEmpty() && role == QLatin1String("web"))
        result.password = qEnvironmentVariable("WEBCAST_ADMIN_PASSWORD");
    if (!result.password.isEmpty())
        return result;
    {
        QMutexLocker lock(&mutex());
        result.password = sessionPasswords().value(key);
    }
    if (!result.password.isEmpty())
        return result;
    QKeychain::Error code = QKeychain::NoError;
    QString text;
    const QString error = run(
        [service = serviceName(), key] {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        &code, &text);
    if (code == QKeychain::NoError)
        result.password = text;
    else if (code != QKeychain::EntryNotFound)
        result.keychainProblem = error;
    return result;
}

Status remember(const QString &key, const QString &password, bool persist)
{
    {
        QMutexLocker lock(&mutex());
        sessionPasswords().insert(key, password);
    }
    if (!persist)
        return {};
    QKeychain::Error code = QKeychain::NoError;
    const QString error = run(
        [service = serviceName(), key, password] {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setTextData(password);
            return job;
        },
        &code);
    if (code != QKeychain::NoError)
        return Status::failure(
            tr("The password could not be stored in the system keychain (%1); it is kept "
               "until Webcast Admin closes.")
                .arg(error));
    return {};
}

Status forget(const QString &key, bool keychain)
{
    {
        QMutexLocker lock(&mutex());
        sessionPasswords().remove(key);
    }
    if (!keychain)
        return {};
    QKeychain::Error code = QKeychain::NoError;
    const QString error = run(
        [service = serviceName(), key] {
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        &code);
    if (code != QKeychain::NoError && code != QKeychain::EntryNotFound)
        return Status::failure(
            tr("The password could not be removed from the system keychain: %1").arg(error));
    return {};
}

void setServiceName(const QString &name)
{
    QMutexLocker lock(&mutex());
    serviceNameStorage() = name;
}

} // namespace credentials
