#include "app/publish/publisher.h"

#include "app/core/sha256.h"
#include "models/repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace {

// Files a page links to go first, the pages that link to them after, and
// status.json last: an open master page reloads its block only when
// status.json changes, and by then everything it points at is in place.
int stage(const QString &path)
{
    if (path.endsWith(QLatin1String("status.json")))
        return 5;
    if (path == QLatin1String("index.html") || path == QLatin1String("feed.xml"))
        return 4;
    if (!path.endsWith(QLatin1String(".html")))
        return 1;
    return path.count(QLatin1Char('/')) >= 3 ? 2 : 3; // talk pages, then master pages
}

} // namespace

QByteArray sha256Hex(const QByteArray &data)
{
    return Sha256::hex(data);
}

void sortForPublishing(QStringList &paths)
{
    std::stable_sort(paths.begin(), paths.end(),
                     [](const QString &a, const QString &b) { return stage(a) < stage(b); });
}

void addSlideFiles(const SiteSnapshot &snapshot, const WebcastRepository &repository,
                   RenderedSite &site, const QSet<QString> &scope, QStringList *missing)
{
    const WorkshopSnapshot *first = snapshot.workshops.constData();
    addSlideFiles(first, first + snapshot.workshops.size(), repository, site, scope, missing);
}

void addSlideFiles(const WorkshopSnapshot *from, const WorkshopSnapshot *to,
                   const WebcastRepository &repository, RenderedSite &site,
                   const QSet<QString> &scope, QStringList *missing)
{
    for (const WorkshopSnapshot *at = from; at != to; ++at) {
        const WorkshopSnapshot &ws = *at;
        for (const Presentation &p : ws.presentations) {
            for (const SlideFile &slide : ws.slides.value(p.id)) {
                const QString path = SiteRenderer::slidePath(ws.workshop, p, slide.attachment);
                if (!scope.isEmpty() && !scope.contains(path))
                    continue;
                // Only bytes kept in the database, never a file on this computer.
                const Result<QByteArray> bytes =
                    slide.attachment.sha256.isEmpty()
                        ? Result<QByteArray>(Status::failure(QString()))
                        : repository.attachmentContent(slide.attachment.sha256);
                if (bytes)
                    site.insert(path, bytes.value());
                else if (missing)
                    *missing << QStringLiteral("%1/%2: %3")
                                    .arg(ws.workshop.slug, p.slug, slide.attachment.label);
            }
        }
    }
}

QByteArray publishInputDigest(const SiteSnapshot &snapshot, const TemplateSet &templates)
{
    return snapshot.digest(templates.allTexts() << QCoreApplication::applicationVersion());
}

PublishPlan PublishPlan::make(const RenderedSite &site,
                              const QHash<QString, ManifestEntry> &manifest)
{
    PublishPlan plan;
    for (auto it = site.cbegin(); it != site.cend(); ++it) {
        const auto known = manifest.constFind(it.key());
        if (known != manifest.cend() && known->size == it.value().size() &&
            known->sha256 == sha256Hex(it.value()))
            ++plan.unchanged;
        else
            plan.uploads << it.key();
    }
    sortForPublishing(plan.uploads);
    for (auto it = manifest.cbegin(); it != manifest.cend(); ++it) {
        if (!site.contains(it.key()))
            plan.deletions << it.key();
    }
    plan.deletions.sort();
    return plan;
}

PublishPlan PublishPlan::makeWithin(const RenderedSite &site,
                                    const QHash<QString, ManifestEntry> &manifest,
                                    const QSet<QString> &scope)
{
    QHash<QString, ManifestEntry> inScope;
    for (const QString &path : scope) {
        const auto it = manifest.constFind(path);
        if (it != manifest.cend())
            inScope.insert(path, *it);
    }
    return make(site, inScope);
}

SiteSender::SiteSender(Transport &transport, PublishManifest &manifest, PublishProgress progress,
                       const std::atomic_bool *cancel, std::function<Status()> beforeFirstCommit)
    : m_transport(transport)
    , m_manifest(manifest)
    , m_progress(std::move(progress))
    , m_cancel(cancel)
    , m_beforeFirstCommit(std::move(beforeFirstCommit))
{
}

Status SiteSender::begin()
{
    // From here the target may differ from any recorded input until the
    // caller records the new one after success.
    if (Status s = m_manifest.setInputDigest({}); !s)
        return s;
    if (!m_transport.isOpen()) {
        if (Status s = m_transport.open(); !s)
            return s;
    }
    // Files are put in batches; a batch is recorded in the manifest only once
    // the transport says all of it is in place, so an interruption never
    // leaves the manifest claiming a file the server does not have. Within a
    // batch files land in the order given, so status.json still comes last.
    m_batchSize = std::max(1, m_transport.preferredBatchSize());
    return {};
}

Status SiteSender::record(const Entries &entries)
{
    if (Status s = m_manifest.recordAll(entries); !s)
        return s;
    for (const auto &[path, entry] : entries) {
        ++m_summary.uploaded;
        m_summary.bytes += entry.size;
        if (m_progress)
            m_progress(++m_done, m_total, path);
    }
    return {};
}

// The batch on its way is in place: recorded.
Status SiteSender::settle()
{
    if (m_travelling.isEmpty())
        return {};
    const Status arrived = m_transport.finishCommit();
    const Entries entries = std::exchange(m_travelling, {});
    if (!arrived)
        return arrived;
    return record(entries);
}

// One batch travels while the next is packed: a batch is sent (startCommit)
// only once the one before is in place (finishCommit), and that one is
// recorded while the new one travels.
Status SiteSender::commitBatch()
{
    if (m_beforeFirstCommit) {
        const Status checked = std::exchange(m_beforeFirstCommit, nullptr)();
        if (!checked) {
            m_transport.discard();
            m_batch.clear();
            return checked;
        }
    }
    const Status arrived = m_travelling.isEmpty() ? Status() : m_transport.finishCommit();
    const Entries arrivedEntries = std::exchange(m_travelling, {});
    if (!arrived) {
        m_transport.discard(); // this batch never leaves
        m_batch.clear();
        return arrived;
    }
    const Status sent = m_batch.isEmpty() ? Status() : m_transport.startCommit();
    if (sent)
        m_travelling = std::exchange(m_batch, {});
    else
        m_batch.clear();
    if (Status s = record(arrivedEntries); !s) {
        (void)settle();
        return s;
    }
    return sent;
}

// On a stop half way: the batch so far is kept, unless the target was not
// checked yet; then it is taken back.
void SiteSender::keepWhatArrived()
{
    if (m_beforeFirstCommit) {
        m_transport.discard();
    } else if (commitBatch()) {
        (void)settle();
    }
}

Status SiteSender::send(const RenderedSite &site, const QStringList &paths)
{
    for (const QString &path : paths) {
        if (m_cancel && *m_cancel) {
            // Best effort: what arrived is recorded when it can be; if not,
            // it is sent again next time, which is harmless.
            keepWhatArrived();
            return Status::failure(
                QCoreApplication::translate("Publisher",
                                            "Publishing was cancelled; %1 of %2 changes were made.")
                    .arg(m_done)
                    .arg(m_total));
        }
        const QByteArray &data = site.find(path).value();
        if (Status s = m_transport.put(path, data, contentTypeFor(path)); !s) {
            keepWhatArrived(); // the put's failure is the news
            return s;
        }
        m_batch.append({path, {data.size(), sha256Hex(data)}});
        if (m_batch.size() >= m_batchSize) {
            if (Status s = commitBatch(); !s)
                return s;
        }
    }
    return {};
}

Status SiteSender::finish()
{
    if (!m_batch.isEmpty() || m_beforeFirstCommit) {
        if (Status s = commitBatch(); !s)
            return s;
    }
    return settle();
}

Result<PublishSummary> publishSite(Transport &transport, PublishManifest &manifest,
                                   const RenderedSite &site, const PublishPlan &plan,
                                   const PublishProgress &progress, const std::atomic_bool *cancel,
                                   std::function<Status()> beforeFirstCommit)
{
    if (plan.isEmpty()) {
        PublishSummary summary;
        summary.unchanged = plan.unchanged;
        return summary;
    }
    SiteSender sender(transport, manifest, progress, cancel, std::move(beforeFirstCommit));
    sender.setTotal(int(plan.uploads.size() + plan.deletions.size()));
    sender.summary().unchanged = plan.unchanged;
    if (Status s = sender.begin(); !s)
        return s;
    if (Status s = sender.send(site, plan.uploads); !s)
        return s;
    if (Status s = sender.finish(); !s)
        return s;
    PublishSummary &summary = sender.summary();
    int done = sender.done();
    const int total = int(plan.uploads.size() + plan.deletions.size());
    for (const QString &path : plan.deletions) {
        if (Status s = transport.remove(path); !s)
            return s;
        if (Status s = manifest.forget(path); !s)
            return s;
        ++summary.deleted;
        if (progress)
            progress(++done, total, path);
    }
    return summary;
}
