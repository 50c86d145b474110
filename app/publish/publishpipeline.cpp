#include "app/publish/publishpipeline.h"

#include "app/publish/publishverifier.h"
#include "models/repository.h"

#include <QCoreApplication>

PublishPipeline::PublishPipeline(Database &database, PublishTarget target)
    : m_database(database)
    , m_target(std::move(target))
    , m_manifest(database,
                 m_target.key() + QLatin1Char(' ') + m_target.url.toString(QUrl::RemoveUserInfo))
{
}

Result<PublishPipeline::Prepared> PublishPipeline::prepare(const SiteSnapshot &snapshot,
                                                           const TemplateSet &templates,
                                                           const QSet<QString> &scope)
{
    Prepared p;
    p.scope = scope;
    const QHash<QString, ManifestEntry> held = m_manifest.load();
    p.known = int(held.size());
    if (m_target.role == PublishTarget::Role::Web) {
        if (scope.isEmpty()) {
            p.digest = publishInputDigest(snapshot, templates);
            if (p.digest == m_manifest.inputDigest()) {
                p.upToDate = true; // published already, exactly as it is
                p.plan.unchanged = p.known;
                return p;
            }
        }
        Result<RenderedSite> site = SiteRenderer(templates).render(snapshot, scope);
        if (!site)
            return site.status();
        p.site = std::move(site.value());
        const WebcastRepository repository(m_database);
        addSlideFiles(snapshot, repository, p.site, scope, &p.missingSlides);
    }
    p.plan = scope.isEmpty() ? PublishPlan::make(p.site, held)
                             : PublishPlan::makeWithin(p.site, held, scope);
    return p;
}

void PublishPipeline::replan(Prepared &p) const
{
    if (p.upToDate)
        return;
    const QHash<QString, ManifestEntry> held = m_manifest.load();
    p.plan = p.scope.isEmpty() ? PublishPlan::make(p.site, held)
                               : PublishPlan::makeWithin(p.site, held, p.scope);
}

Result<PublishSummary> PublishPipeline::send(Transport &transport, const Prepared &prepared,
                                             const PublishProgress &progress)
{
    if (prepared.upToDate) {
        PublishSummary nothing;
        nothing.unchanged = prepared.plan.unchanged;
        return nothing;
    }
    Result<PublishSummary> done =
        publishSite(transport, m_manifest, prepared.site, prepared.plan, progress);
    // Without the digest the next publish renders again to find nothing
    // changed: slower, not wrong, so its failure does not fail the publish.
    if (done && !prepared.digest.isEmpty())
        (void)m_manifest.setInputDigest(prepared.digest);
    return done;
}

QStringList PublishPipeline::verify(const Prepared &prepared, const SiteSettings &settings) const
{
    if (m_target.role != PublishTarget::Role::Web || settings.publicUrl.isEmpty() ||
        prepared.plan.uploads.isEmpty())
        return {};
    return publishverifier::verify(QUrl(settings.publicUrl), prepared.plan.uploads, prepared.site);
}
