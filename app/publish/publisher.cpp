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

void addSlideFiles(const SiteSnapshot &snapshot, const WebcastRepository &repository,
                   RenderedSite &site, const QSet<QString> &scope, QStringList *missing)
{
    for (const WorkshopSnapshot &ws : snapshot.workshops) {
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
    std::stable_sort(plan.uploads.begin(), plan.uploads.end(),
                     [](const QString &a, const QString &b) { return stage(a) < stage(b); });
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

Result<PublishSummary> publishSite(Transport &transport, PublishManifest &manifest,
                                   const RenderedSite &site, const PublishPlan &plan,
                                   const PublishProgress &progress, const std::atomic_bool *cancel,
                                   std::function<Status()> beforeFirstCommit)
{
    PublishSummary summary;
    summary.unchanged = plan.unchanged;
    if (plan.isEmpty())
        return summary;
    // From here the target may differ from any recorded input until the
    // caller records the new one after success.
    if (Status s = manifest.setInputDigest({}); !s)
        return s;
    if (!transport.isOpen()) {
        if (Status s = transport.open(); !s)
            return s;
    }
    const int total = int(plan.uploads.size() + plan.deletions.size());
    int done = 0;
    // Files are put in batches; a batch is recorded in the manifest only once
    // the transport says all of it is in place, so an interruption never
    // leaves the manifest claiming a file the server does not have. Within a
    // batch files land in plan order, so status.json still comes last.
    //
    // One batch travels while the next is packed: a batch is sent
    // (startCommit) only once the one before is in place (finishCommit), and
    // that one is recorded while the new one travels.
    const int batchSize = std::max(1, transport.preferredBatchSize());
    QStringList batch, travelling;
    auto record = [&](const QStringList &paths) -> Status {
        QList<QPair<QString, ManifestEntry>> entries;
        entries.reserve(paths.size());
        for (const QString &path : paths) {
            const QByteArray &data = site.find(path).value();
            entries.append({path, {data.size(), sha256Hex(data)}});
        }
        if (Status s = manifest.recordAll(entries); !s)
            return s;
        for (const auto &[path, entry] : std::as_const(entries)) {
            ++summary.uploaded;
            summary.bytes += entry.size;
            if (progress)
                progress(++done, total, path);
        }
        return {};
    };
    // The batch on its way is in place: recorded.
    auto settle = [&]() -> Status {
        if (travelling.isEmpty())
            return {};
        const Status arrived = transport.finishCommit();
        const QStringList paths = std::exchange(travelling, {});
        if (!arrived)
            return arrived;
        return record(paths);
    };
    auto commitBatch = [&]() -> Status {
        if (beforeFirstCommit) {
            const Status checked = std::exchange(beforeFirstCommit, nullptr)();
            if (!checked) {
                transport.discard();
                batch.clear();
                return checked;
            }
        }
        const Status arrived = travelling.isEmpty() ? Status() : transport.finishCommit();
        const QStringList arrivedPaths = std::exchange(travelling, {});
        if (!arrived) {
            transport.discard(); // this batch never leaves
            batch.clear();
            return arrived;
        }
        const Status sent = transport.startCommit();
        if (sent)
            travelling = std::exchange(batch, {});
        else
            batch.clear();
        if (Status s = record(arrivedPaths); !s) {
            (void)settle();
            return s;
        }
        return sent;
    };
    // On a stop half way: the batch so far is kept, unless the target was
    // not checked yet; then it is taken back.
    auto keepWhatArrived = [&] {
        if (beforeFirstCommit) {
            transport.discard();
        } else if (commitBatch()) {
            (void)settle();
        }
    };
    for (const QString &path : plan.uploads) {
        if (cancel && *cancel) {
            // Best effort: what arrived is recorded when it can be; if not,
            // it is sent again next time, which is harmless.
            keepWhatArrived();
            return Status::failure(
                QCoreApplication::translate("Publisher",
                                            "Publishing was cancelled; %1 of %2 changes were made.")
                    .arg(done)
                    .arg(total));
        }
        const QByteArray &data = site.find(path).value();
        if (Status s = transport.put(path, data, contentTypeFor(path)); !s) {
            keepWhatArrived(); // the put's failure is the news
            return s;
        }
        batch << path;
        if (batch.size() >= batchSize) {
            if (Status s = commitBatch(); !s)
                return s;
        }
    }
    if (Status s = commitBatch(); !s)
        return s;
    if (Status s = settle(); !s)
        return s;
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
