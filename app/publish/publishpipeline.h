#pragma once

#include "app/publish/publisher.h"
#include "app/publish/publishtarget.h"
#include "app/render/sitesnapshot.h"
#include "app/render/templateset.h"
#include "models/publishmanifest.h"

#include <QCoreApplication>

#include <optional>

class Database;

// One publish, the same for the window and the command line: has anything
// changed since the last complete publish (one digest of the database's
// inputs) → render the site, or only what a change touches → add the slides
// → plan against what the target holds (the manifest) → send → record →
// verify the public addresses. Blocking: the window runs it on a worker
// thread with that thread's own database connection, the command line in
// place. The caller decides how to talk to the user.
class PublishPipeline
{
    Q_DECLARE_TR_FUNCTIONS(PublishPipeline)

public:
    // `database` is this thread's; the manifest belongs to the target's
    // address (a new address starts afresh).
    PublishPipeline(Database &database, PublishTarget target);

    struct Prepared
    {
        bool upToDate = false;     // published exactly so already: nothing to render or send
        RenderedSite site;         // what the target should hold (of `scope`)
        PublishPlan plan;          // how it differs from what it holds
        QStringList missingSlides; // "workshop/talk: label", left out
        QByteArray digest;         // of the inputs, for a whole-site publish
        QByteArray mark;           // the database's change mark, taken before the snapshot
        QSet<QString> scope;       // empty: the whole site
        int known = 0;             // files the manifest lists
        // Set when the site was sent while it rendered (prepareWholeSite):
        // how that went. send() is then needed only to try again.
        std::optional<Result<PublishSummary>> sent;
    };
    // The web target renders `snapshot` with `templates` (only `scope` when
    // given); the streaming target has no pages, so nothing is rendered.
    Result<Prepared> prepare(const SiteSnapshot &snapshot, const TemplateSet &templates,
                             const QSet<QString> &scope = {});
    // The whole web site read from `repository` and rendered side by side
    // (SiteRenderer::captureAndRender), then as prepare(); `snapshot`
    // receives what was read. A `transport` that is not open yet and may
    // open on another thread (Transport::opensOnAnotherThread) logs in
    // meanwhile; send() then uses it as it is, or opens again to say why it
    // could not.
    //
    // With `sendAsRendered`, a first publish or a take-over (everything is
    // sent, nothing compared or deleted) sends each part of the site through
    // `transport` as soon as it is rendered, in SiteRenderer's order (every
    // page after what it links to, a workshop's status file after its
    // pages, the index and the feed last), and records it as send() would;
    // Prepared::sent says how that went. If the transport could not be
    // opened, nothing is sent and send() opens it again to say why.
    Result<Prepared> prepareWholeSite(const WebcastRepository &repository,
                                      const SiteSettings &settings, const TemplateSet &templates,
                                      SiteSnapshot &snapshot, Transport *transport = nullptr,
                                      bool sendAsRendered = false);
    // Before the snapshot: takes the database's change mark (with the
    // templates'). True when it is the one recorded with the last
    // whole-site publish: nothing changed, so no snapshot, no rendering, no
    // connection. Otherwise prepare() records it with the digest. Never on
    // the streaming target or a take-over.
    bool upToDateByMark(const TemplateSet &templates);
    // Files the target holds as far as the manifest knows.
    int knownFiles() const { return m_manifest.fileCount(); }
    // Sends what `prepare` decided through `transport` (open or not; a kept
    // connection is used as it is) and records it; a whole-site publish also
    // records its digest, so the next one with nothing changed costs nothing.
    Result<PublishSummary> send(Transport &transport, const Prepared &prepared,
                                const PublishProgress &progress = {});
    // Plans again against what the manifest holds now (a publish that
    // failed part-way recorded what did arrive; a take-over sends all of
    // it again): before trying once more.
    void replan(Prepared &prepared) const;
    // The public site serves what was sent (status, bytes, MIME type): the
    // problems in words, empty when all is well or no public address is set.
    QStringList verify(const Prepared &prepared, const SiteSettings &settings) const;

    const PublishTarget &target() const { return m_target; }

    // On a team database, one seat publishes to a target at a time: waits
    // for the target's lock (PostgreSQL advisory lock), held until the
    // pipeline is gone. Take the snapshot after this, so no seat ever sends
    // an older view than the database holds. Nothing to wait for on a file.
    Status lockTarget();
    ~PublishPipeline();
    // The file on every target that names the database publishing there.
    static QString markerPath();
    // After a failed send(): what the user could decide (take the target
    // over from another database), if anything.
    const LoginNeed &need() const { return m_need; }

private:
    // The target names this database (or nothing yet, and is claimed), or
    // the publish is refused naming both databases, unless taking over.
    // With `batchFollows` a connection that guards the marker (the server
    // checks it with each batch, transport.h) is not asked to read it.
    Status checkMarker(Transport &transport, bool batchFollows);
    // Before the first file goes: the marker is checked now, or returned to
    // be checked before the first commit (a transport whose puts travel at
    // once, see send()); a take-over starts the manifest afresh.
    Result<std::function<Status()>> beginSending(Transport &transport, bool batchFollows);
    // After a complete send: the inputs' digest and the change mark, so the
    // next publish with nothing changed costs nothing.
    void recordInputs(const Prepared &prepared);
    // prepare(), with the whole site already rendered when `rendered` is set.
    Result<Prepared> prepare(const SiteSnapshot &snapshot, const TemplateSet &templates,
                             const QSet<QString> &scope, RenderedSite *rendered);

    Database &m_database;
    PublishTarget m_target;
    PublishManifest m_manifest;
    LoginNeed m_need;
    qint64 m_lockKey = 0; // held when not 0
    QByteArray m_mark;
};
