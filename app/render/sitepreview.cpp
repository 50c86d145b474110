#include "app/render/sitepreview.h"

#include "app/render/siterenderer.h"
#include "app/render/templateset.h"

#include <QtConcurrent/QtConcurrentRun>

SitePreview::SitePreview(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.error.isEmpty())
            emit finished(m_folder, outcome.files);
        else
            emit failed(outcome.error);
    });
}

SitePreview::~SitePreview()
{
    m_watcher.waitForFinished();
}

bool SitePreview::isRunning() const
{
    return m_watcher.isRunning();
}

void SitePreview::start(SiteSnapshot snapshot, const QString &folder)
{
    if (isRunning())
        return;
    m_folder = folder;
    m_watcher.setFuture(QtConcurrent::run([snapshot = std::move(snapshot), folder]() -> Outcome {
        const Result<TemplateSet> templates = TemplateSet::load(snapshot.settings.templateDir);
        if (!templates)
            return {templates.error(), 0};
        const Result<RenderedSite> site = SiteRenderer(templates.value()).render(snapshot);
        if (!site)
            return {site.error(), 0};
        const Result<sitewriter::WriteSummary> written = sitewriter::write(site.value(), folder);
        if (!written)
            return {written.error(), 0};
        return {QString(), int(site.value().size())};
    }));
}
