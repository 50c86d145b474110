#include "publishservice.h"

#include "database.h"
#include "publisher.h"
#include "publishmanifest.h"
#include "publishverifier.h"
#include "render/siterenderer.h"
#include "render/sitesnapshot.h"
#include "render/templateset.h"
#include "repository.h"
#include "sftptransport.h"
#include "sitesettings.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

QString manifestKey(const PublishTarget &target)
{
    return target.key() + QLatin1Char(' ') + target.url.toString(QUrl::RemoveUserInfo);
}

} // namespace

PublishService::PublishService(WebcastRepository &repository, SiteSettingsStore &settings,
                               QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_settings(settings)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &PublishService::start);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PublishService::finish);

    auto changed = [this] {
        request();
    };
    connect(&repository, &WebcastRepository::workshopAdded, this, changed);
    connect(&repository, &WebcastRepository::workshopChanged, this, changed);
    connect(&repository, &WebcastRepository::workshopRemoved, this, changed);
    connect(&repository, &WebcastRepository::presentationAdded, this, changed);
    connect(&repository, &WebcastRepository::presentationChanged, this, changed);
    connect(&repository, &WebcastRepository::presentationRemoved, this, changed);
    connect(&repository, &WebcastRepository::attachmentsChanged, this, changed);
    connect(&repository, &WebcastRepository::dataReset, this, changed);
    connect(&settings, &SiteSettingsStore::changed, this, changed);

    m_status.target =
        PublishTarget::fromSettings(m_settings.load(), PublishTarget::Role::Web).displayUrl();
    // Work left over from last time (the app closed, the network was down).
    if (!PublishQueue(repository.database()).pending().isEmpty())
        request();
}

PublishService::~PublishService()
{
    m_watcher.waitForFinished();
}

void PublishService::request()
{
    PublishQueue(m_repository.database())
        .request(QStringLiteral("web"), QDateTime::currentDateTimeUtc());
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    if (m_status.state != State::Waiting)
        setState(State::Waiting);
    m_debounce.start();
}

void PublishService::publishNow()
{
    m_debounce.stop();
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    start();
}

void PublishService::acceptHostKey()
{
    m_acceptHostKey = true;
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
    target.acceptNewHostKey = m_acceptHostKey;
    m_status.target = target.displayUrl();
    m_status.hostKeyUnknown = false;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_again = false;
    setState(State::Publishing);
    // Reading is quick and stays here; rendering, sending and verifying run
    // on a worker with its own database connection for the manifest.
    const SiteSnapshot snapshot = SiteSnapshot::capture(m_repository, settings);
    const QString databasePath = m_repository.database().filePath();
    m_watcher.setFuture(QtConcurrent::run([snapshot, target, databasePath]() -> Outcome {
        Outcome outcome;
        auto failed = [](const QString &why) {
            Outcome o;
            o.error = why;
            return o;
        };
        const Result<TemplateSet> templates = TemplateSet::load(snapshot.settings.templateDir);
        if (!templates)
            return failed(templates.error());
        const Result<RenderedSite> site = SiteRenderer(templates.value()).render(snapshot);
        if (!site)
            return failed(site.error());
        Database db(databasePath);
        if (::Status s = db.open(); !s)
            return failed(s.error());
        PublishManifest manifest(db, manifestKey(target));
        const PublishPlan plan = PublishPlan::make(site.value(), manifest.load());
        const std::unique_ptr<Transport> transport = Transport::create(target);
        const Result<PublishSummary> done = publishSite(*transport, manifest, site.value(), plan);
        if (!done) {
            outcome.error = done.error();
            if (auto *sftp = dynamic_cast<SftpTransport *>(transport.get());
                sftp && sftp->hostKeyStatus() == SftpTransport::HostKey::Unknown) {
                outcome.hostKeyUnknown = true;
                outcome.fingerprint = sftp->hostKeyFingerprint();
            }
            return outcome;
        }
        outcome.sent = done.value().uploaded + done.value().deleted;
        if (!snapshot.settings.publicUrl.isEmpty() && !plan.uploads.isEmpty())
            outcome.problems = publishverifier::verify(QUrl(snapshot.settings.publicUrl),
                                                       plan.uploads, site.value());
        return outcome;
    }));
}

void PublishService::finish()
{
    const Outcome outcome = m_watcher.result();
    m_acceptHostKey = false;
    if (!outcome.error.isEmpty()) {
        m_status.hostKeyUnknown = outcome.hostKeyUnknown;
        m_status.fingerprint = outcome.fingerprint;
        setState(State::Failed, outcome.error);
        return; // the queue keeps the request; Retry or the next change sends it
    }
    PublishQueue(m_repository.database()).finished(QStringLiteral("web"), m_startedAt);
    m_status.lastPublished = QDateTime::currentDateTime();
    m_status.sent = outcome.sent;
    if (!outcome.problems.isEmpty())
        setState(State::Failed, outcome.problems.join(QLatin1Char('\n')));
    else
        setState(State::Published);
    if (m_again)
        request();
}
