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

// What a complete publish of `snapshot` with `templates` is made from; equal
// to the manifest's input digest means there is nothing to send.
QByteArray publishInputDigest(const SiteSnapshot &snapshot, const TemplateSet &templates);
