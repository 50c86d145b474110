#pragma once

#include "app/render/sitesnapshot.h"
#include "app/render/sitewriter.h"
#include "models/result.h"

#include <QFutureWatcher>
#include <QObject>

// Renders a snapshot and writes it into a local folder on a worker thread,
// so the window stays responsive while a large site is built.
class SitePreview : public QObject
{
    Q_OBJECT

public:
    explicit SitePreview(QObject *parent = nullptr);
    ~SitePreview() override;

    bool isRunning() const;
    // Takes the snapshot by value: the worker owns its copy.
    void start(SiteSnapshot snapshot, const QString &folder);

signals:
    void finished(const QString &folder, int files);
    void failed(const QString &message);

private:
    struct Outcome
    {
        QString error;
        int files = 0;
    };
    QFutureWatcher<Outcome> m_watcher;
    QString m_folder;
};
