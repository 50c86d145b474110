#pragma once

#include "app/publish/transport.h"
#include "app/render/siterenderer.h"
#include "app/render/templateset.h"
#include "models/publishmanifest.h"

#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>

class WebcastRepository;

// What a publish will do: the files that differ from what the target holds
// (by size and SHA-256 in the manifest), and the files this app put there
// earlier that the site no longer has.
struct PublishPlan
{
    QStringList uploads;   // in a safe order: assets, talk pages, master pages, index, status
    QStringList deletions; // only paths in the manifest
    int unchanged = 0;

    static PublishPlan make(const RenderedSite &site,
                            const QHash<QString, ManifestEntry> &manifest);
    // For a site rendered only in part: `scope` is every path the render was
    // asked for; a path in scope that the manifest has but the site no longer
    // produced is deleted, nothing outside scope is touched.
    static PublishPlan makeWithin(const RenderedSite &site,
                                  const QHash<QString, ManifestEntry> &manifest,
                                  const QSet<QString> &scope);
    bool isEmpty() const { return uploads.isEmpty() && deletions.isEmpty(); }
};

struct PublishSummary
{
    int uploaded = 0;
    int deleted = 0;
    int unchanged = 0;
    qint64 bytes = 0;
};

using PublishProgress = std::function<void(int done, int total, const QString &path)>;

// Sends files through a transport in batches, each file replaced atomically
// and recorded in the manifest once its batch is in place (see
// publishSite). The files may come in several goes (parts of a site sent
// while the rest renders): a batch fills across them, and one batch
// travels while the next is packed. Files land in the order they are given.
class SiteSender
{
public:
    // `beforeFirstCommit` as for publishSite.
    SiteSender(Transport &transport, PublishManifest &manifest, PublishProgress progress = {},
               const std::atomic_bool *cancel = nullptr,
               std::function<Status()> beforeFirstCommit = {});
    // Before the first file: the manifest's input digest is cleared (the
    // target may differ from any recorded input until the caller records
    // the new one) and the transport is opened if it is not.
    Status begin();
    // Puts `paths` of `site`, in that order; full batches are sent. On a
    // failure or cancel what arrived is recorded when it can be, and nothing
    // more is sent.
    Status send(const RenderedSite &site, const QStringList &paths);
    // Sends the last batch and waits until all of it is in place.
    Status finish();
    // Files the publish will handle in all (for progress), when known.
    void setTotal(int total) { m_total = total; }
    PublishSummary &summary() { return m_summary; }
    int done() const { return m_done; }

private:
    using Entries = QList<QPair<QString, ManifestEntry>>;
    Status record(const Entries &entries);
    Status settle();
    Status commitBatch();
    void keepWhatArrived();

    Transport &m_transport;
    PublishManifest &m_manifest;
    PublishProgress m_progress;
    const std::atomic_bool *m_cancel;
    std::function<Status()> m_beforeFirstCommit;
    PublishSummary m_summary;
    Entries m_batch, m_travelling;
    int m_batchSize = 1;
    int m_total = 0;
    int m_done = 0;
};

// Carries out a plan: each file replaced atomically, each success recorded in
// the manifest at once, so an interrupted publish resumes where it stopped.
// Opens the transport if it is not open; leaves closing to its owner, who may
// keep the connection for the next publish. `beforeFirstCommit`, when set,
// runs once before anything is committed; when it fails, the puts so far are
// discarded and nothing is in place (the target's marker check while a
// transport's early puts travel, publishpipeline.cpp).
Result<PublishSummary> publishSite(Transport &transport, PublishManifest &manifest,
                                   const RenderedSite &site, const PublishPlan &plan,
                                   const PublishProgress &progress = {},
                                   const std::atomic_bool *cancel = nullptr,
                                   std::function<Status()> beforeFirstCommit = {});

QByteArray sha256Hex(const QByteArray &data);

// Adds the slide files the talk pages link to (their bytes as kept in the
// database) to a rendered site, so they are published, compared and removed
// like pages. With a `scope`, only slides in it. Slides whose bytes the
// database does not hold are left out and named ("workshop/talk: label") in
// `missing`.
void addSlideFiles(const SiteSnapshot &snapshot, const WebcastRepository &repository,
                   RenderedSite &site, const QSet<QString> &scope = {},
                   QStringList *missing = nullptr);
// The same for the workshops `from` up to `to`.
void addSlideFiles(const WorkshopSnapshot *from, const WorkshopSnapshot *to,
                   const WebcastRepository &repository, RenderedSite &site,
                   const QSet<QString> &scope = {}, QStringList *missing = nullptr);
// The order a site's files are published in: what a page links to before
// the page, talk pages before master pages, the index and the feed after
// them, status files last.
void sortForPublishing(QStringList &paths);

// What a complete publish of `snapshot` with `templates` is made from; equal
// to the manifest's input digest means there is nothing to send.
QByteArray publishInputDigest(const SiteSnapshot &snapshot, const TemplateSet &templates);
