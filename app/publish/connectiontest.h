#pragma once

#include "app/publish/publishtarget.h"
#include "app/publish/transport.h"

#include <QFutureWatcher>
#include <QObject>

// "Test connection": logs in to a target on a worker thread and writes and
// removes a small file, then answers in plain words.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        bool ok = false;
        QString message;
        LoginNeed loginNeed; // what the user could provide when it failed
    };

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;
    void start(const PublishTarget &target);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(const ConnectionTest::Answer &answer);

private:
    QFutureWatcher<Answer> m_watcher;
};
