#include "app/publish/publishservice.h"

#include "app/publish/publishpipeline.h"
#include "app/render/sitesnapshot.h"
#include "app/render/templateset.h"
#include "models/database.h"
#include "models/publishmanifest.h"
#include "models/repository.h"
#include "models/sitesettings.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

PublishService::PublishService(WebcastRepository &repository, SiteSettingsStore &settings,
                               QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_settings(settings)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_debounce.setSingleShot(true);
    // Leading edge: a change is published at once (the signals of one
    // change, emitted together, still make one publish); while one is in
    // flight, later changes wait for it and go out together.
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &PublishService::start);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PublishService::finish);

    auto everything = [this] {
        request();
    };
    connect(&repository, &WebcastRepository::workshopAdded, this, everything);
    connect(&repository, &WebcastRepository::workshopRemoved, this, everything);
    connect(&repository, &WebcastRepository::presentationAdded, this, everything);
    connect(&repository, &WebcastRepository::presentationRemoved, this, everything);
    connect(&repository, &WebcastRepository::attachmentsChanged, this, everything);
    connect(&repository, &WebcastRepository::dataReset, this, everything);
    connect(&settings, &SiteSettingsStore::changed, this, everything);
    // A flip or an edit touches a known set of pages: only those are
    // rendered and compared again.
    connect(&repository, &WebcastRepository::workshopChanged, this, [this](qint64 id) {
        requestChange({SiteChange::Kind::Workshop, id, 0});
    });
    // A room's own live stream: its reference files and the live talk pages.
    connect(&repository, &WebcastRepository::roomsChanged, this, [this](qint64 id) {
        requestChange({SiteChange::Kind::Workshop, id, 0});
    });
    connect(&repository, &WebcastRepository::presentationChanged, this,
            [this](qint64 id, qint64 workshopId) {
                requestChange({SiteChange::Kind::Presentation, workshopId, id});
            });

    m_status.target =
        PublishTarget::fromSettings(m_settings.load(), PublishTarget::Role::Web).displayUrl();
    // Bring the target in step on start: work left over from last time (the
    // app closed, the network was down), changes made with the command line,
    // or a new database. When nothing changed this costs one digest.
    request();
}

PublishService::~PublishService()
{
    m_watcher.waitForFinished();
    // The kept connection is let go in the thread it belongs to.
    m_watcher.setFuture(QFuture<Outcome>());
    m_pool.start(
        [transport = std::exchange(m_transport, nullptr)]() mutable { transport.reset(); });
    m_pool.waitForDone();
}

void PublishService::queue()
{
    // Kept in the database so a closed window or a lost network loses
    // nothing; if even that fails, the publish below still goes out, and the
    // reason is in the log.
    if (const ::Status s = PublishQueue(m_repository.database())
                               .request(QStringLiteral("web"), QDateTime::currentDateTimeUtc());
        !s)
        qWarning("publish request not kept: %s", qPrintable(s.error()));
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    if (m_status.state != State::Waiting)
        setState(State::Waiting);
    m_debounce.start();
}

void PublishService::request()
{
    m_everything = true;
    queue();
}

void PublishService::requestChange(const SiteChange &change)
{
    m_changes.append(change);
    queue();
}

void PublishService::publishNow()
{
    m_everything = true;
    m_debounce.stop();
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    start();
}

void PublishService::acceptHostKey(const QString &fingerprint)
{
    m_acceptHostKey = fingerprint;
    publishNow();
}

void PublishService::takeOverTarget()
{
    m_takeOver = true;
    publishNow();
}

void PublishService::setState(State state, const QString &message)
{
    m_status.state = state;
    m_status.message = message;
    emit statusChanged();
}

void PublishService::start()
{
    const SiteSettings settings = m_settings.load();
    PublishTarget target = PublishTarget::fromSettings(settings, PublishTarget::Role::Web);
    target.acceptHostKey = m_acceptHostKey;
    m_status.target = target.displayUrl();
    m_status.loginNeed = {};
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_again = false;
    setState(State::Publishing);

    // Reading, rendering, sending and verifying run on a worker with its own
    // database connection. On a team database it first waits for the
    // target's lock, and only then reads: what it sends is never older than
    // what the database holds, whichever seat publishes.
    const QList<SiteChange> changes = m_everything ? QList<SiteChange>() : m_changes;
    const bool everything = m_everything;
    m_changes.clear();
    m_everything = false;
    // Templates are read once, here; a broken one is said before any work.
    const Result<TemplateSet> templates = TemplateSet::load(settings.templateDir);
    if (!templates) {
        m_everything = true;
        setState(State::Failed, templates.error());
        return;
    }
    // An open connection is kept for the next publish (an SFTP session: no
    // handshake, login and server process per flip); others are made afresh.
    if (m_transport && m_transportUrl != target.url.toString())
        m_transport.reset();
    m_transportUrl = target.url.toString();
    std::shared_ptr<Transport> transport = m_transport;
    target.takeOver = std::exchange(m_takeOver, false);
    const QString databasePath = m_repository.database().location();
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool,
        [settings, target, databasePath, changes, everything, transport,
         templates = templates.value()]() mutable -> Outcome {
            Outcome outcome;
            Database db(databasePath);
            if (::Status s = db.open(); !s) {
                outcome.error = s.error();
                return outcome;
            }
            PublishPipeline pipeline(db, target);
            if (::Status s = pipeline.lockTarget(); !s) {
                outcome.error = s.error();
                return outcome;
            }
            if (everything && target.role == PublishTarget::Role::Web) {
                // Nothing changed since the last whole-site publish: known from
                // the database's change mark, without the data or the target.
                if (pipeline.upToDateByMark(templates))
                    return outcome;
            }
            const bool kept = transport != nullptr; // from an earlier publish
            // A first publish (or a take-over) sends the whole site: the
            // transport sets up its path for bulk (SFTP: OpenSSH logs in)
            // while the site renders.
            const bool many = everything && (pipeline.knownFiles() == 0 || target.takeOver);
            if (many) {
                if (!transport)
                    transport = std::shared_ptr<Transport>(Transport::create(target));
                transport->expectManyFiles();
            }
            const auto over = qScopeGuard([&transport, many] {
                if (many && transport)
                    transport->endManyFiles();
            });
            // The whole site is read and rendered side by side; a change
            // renders only what it touches.
            const WebcastRepository repository(db);
            SiteSnapshot snapshot;
            Result<PublishPipeline::Prepared> prepared =
                [&]() -> Result<PublishPipeline::Prepared> {
                if (everything)
                    return pipeline.prepareWholeSite(repository, settings, templates, snapshot,
                                                     transport.get(), many);
                snapshot = SiteSnapshot::capture(repository, settings);
                QSet<QString> scope;
                for (const SiteChange &change : changes)
                    scope.unite(SiteRenderer::affectedOutputs(snapshot, change));
                return pipeline.prepare(snapshot, templates, scope);
            }();
            if (!prepared) {
                outcome.error = prepared.error();
                return outcome;
            }
            if (prepared.value().upToDate)
                return outcome; // published already, exactly as it is
            const bool reused = kept;
            if (!transport)
                transport = std::shared_ptr<Transport>(Transport::create(target));
            // A first publish (or a take-over) was sent while it rendered.
            Result<PublishSummary> done = prepared.value().sent
                                              ? *prepared.value().sent
                                              : pipeline.send(*transport, prepared.value());
            if (!done && reused) {
                // The kept connection may have been closed by the server: once
                // more on a fresh one, for what did not arrive.
                pipeline.replan(prepared.value());
                transport = std::shared_ptr<Transport>(Transport::create(target));
                done = pipeline.send(*transport, prepared.value());
            }
            if (!done) {
                outcome.error = done.error();
                outcome.loginNeed = pipeline.need().kind != LoginNeed::Kind::None
                                        ? pipeline.need()
                                        : transport->loginNeed();
                return outcome;
            }
            if (transport->isOpen())
                outcome.transport = transport;
            outcome.sent = done.value().uploaded + done.value().deleted;
            outcome.problems = pipeline.verify(prepared.value(), snapshot.settings);
            return outcome;
        }));
}

void PublishService::finish()
{
    const Outcome outcome = m_watcher.result();
    m_acceptHostKey.clear();
    m_transport = outcome.transport;
    if (!outcome.error.isEmpty()) {
        m_status.loginNeed = outcome.loginNeed;
        m_everything = true; // what failed is sent again, all of it
        setState(State::Failed, outcome.error);
        // The queue keeps the request; Retry or the next change sends it. A
        // request made while this one ran (a new target, Publish Now) is
        // that next change: it goes out now.
        if (m_again)
            queue();
        return;
    }
    if (const ::Status s =
            PublishQueue(m_repository.database()).finished(QStringLiteral("web"), m_startedAt);
        !s)
        qWarning("publish request not cleared (it is sent again): %s", qPrintable(s.error()));
    m_status.lastPublished = QDateTime::currentDateTime();
    m_status.sent = outcome.sent;
    if (!outcome.problems.isEmpty())
        setState(State::Failed, outcome.problems.join(QLatin1Char('\n')));
    else
        setState(State::Published);
    if (m_again)
        queue();
}
