#include "app/publish/connectiontest.h"

#include "app/publish/sftptransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

ConnectionTest::~ConnectionTest()
{
    m_watcher.waitForFinished();
}

void ConnectionTest::start(const PublishTarget &target)
{
    if (isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([target]() -> Answer {
        Answer answer;
        const std::unique_ptr<Transport> transport = Transport::create(target);
        Status s = transport->open();
        const QString probe =
            QStringLiteral(".webcast-admin-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        if (s)
            s = transport->put(probe, QByteArrayLiteral("test\n"), QByteArrayLiteral("text/plain"));
        if (s) // a batching transport writes only now
            s = transport->commit();
        if (s)
            s = transport->remove(probe);
        if (!s)
            answer.loginNeed = transport->loginNeed();
        transport->close();
        answer.ok = s.ok();
        answer.message =
            s.ok() ? QCoreApplication::translate("ConnectionTest", "Connected to %1: files can be "
                                                                   "written and removed there.")
                         .arg(target.displayUrl())
                   : s.error();
        return answer;
    }));
}
