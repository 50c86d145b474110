#include "app/publish/publishpipeline.h"

#include "app/publish/publishverifier.h"
#include "models/repository.h"

#include "models/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace {

// How the marker names a database: its file's name, or "name on host" for a
// team database (never a path in the home folder, never a password: the
// marker is on a public server).
QString shortName(const Database &db)
{
    // The identity's start tells apart two files of the same name.
    const QString id = db.identity().left(8);
    if (!db.isPostgres())
        return QStringLiteral("%1 (%2)").arg(QFileInfo(db.filePath()).fileName(), id);
    const QUrl address(db.displayName());
    return QCoreApplication::translate("PublishPipeline", "%1 on %2 (%3)")
        .arg(address.path().mid(1), address.host(), id);
}

} // namespace

PublishPipeline::PublishPipeline(Database &database, PublishTarget target)
    : m_database(database)
    , m_target(std::move(target))
    , m_manifest(database,
                 m_target.key() + QLatin1Char(' ') + m_target.url.toString(QUrl::RemoveUserInfo))
{
}

PublishPipeline::~PublishPipeline()
{
    if (m_lockKey != 0) {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(:key)"));
        q.bindValue(QStringLiteral(":key"), m_lockKey);
        (void)q.exec();
    }
}

Status PublishPipeline::lockTarget()
{
    if (!m_database.isPostgres() || m_lockKey != 0)
        return {};
    // One 64-bit key per target address.
    const QByteArray name = "webcast-admin publish " + m_target.key().toUtf8() + ' ' +
                            m_target.url.toString(QUrl::RemoveUserInfo).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(name, QCryptographicHash::Sha256);
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | quint8(hash.at(i));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT pg_advisory_lock(:key)"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return Status::failure(tr("Cannot wait for the other seats' publishing: %1")
                                   .arg(q.lastError().text().trimmed()));
    m_lockKey = key;
    return {};
}

QString PublishPipeline::markerPath()
{
    return QStringLiteral(".webcast-admin-database");
}

Status PublishPipeline::checkMarker(Transport &transport, bool batchFollows)
{
    const QString identity = m_database.identity();
    if (identity.isEmpty())
        return Status::failure(tr("This database has no identity; open it with this version of "
                                  "Webcast Admin once."));
    if (!transport.isOpen()) {
        if (Status s = transport.open(); !s)
            return s;
    }
    auto owner = [](const QByteArray &bytes) {
        return QJsonDocument::fromJson(bytes).object().value(QStringLiteral("database")).toString();
    };
    // A kept connection that read this database's marker before has the
    // server check it again as part of the batch that follows: no read.
    if (const std::optional<QByteArray> seen = transport.guarded(markerPath());
        seen && batchFollows && owner(*seen) == identity)
        return {};
    const Result<std::optional<QByteArray>> held = transport.fetch(markerPath());
    if (!held)
        return held.status();
    if (held.value()) {
        const QJsonObject marker = QJsonDocument::fromJson(*held.value()).object();
        const QString other = marker.value(QStringLiteral("database")).toString();
        if (other == identity) {
            (void)transport.guard(markerPath(), *held.value());
            return {};
        }
        if (!m_target.takeOver) {
            m_need.kind = LoginNeed::Kind::OtherDatabase;
            m_need.account = marker.value(QStringLiteral("name")).toString();
            m_need.detail =
                other.isEmpty()
                    ? tr("%1 holds a publishing marker (%2) that cannot be read, so it is not "
                         "known which database publishes there.")
                          .arg(m_target.displayUrl(), markerPath())
                    : tr("%1 receives the site of another database, %2 (published from it "
                         "since %3). This is %4. Take the target over only when that database "
                         "is no longer used.")
                          .arg(m_target.displayUrl(), m_need.account,
                               marker.value(QStringLiteral("since")).toString(),
                               shortName(m_database));
            return Status::failure(m_need.detail);
        }
    }
    // A new target, or taken over on purpose: it names this database now.
    const QJsonObject marker{
        {QStringLiteral("database"), identity},
        {QStringLiteral("name"), shortName(m_database)},
        {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const QByteArray bytes = QJsonDocument(marker).toJson();
    if (Status s = transport.put(markerPath(), bytes, QByteArrayLiteral("application/json")); !s)
        return s;
    if (Status s = transport.commit(); !s)
        return s;
    (void)transport.guard(markerPath(), bytes);
    return {};
}

bool PublishPipeline::upToDateByMark(const TemplateSet &templates)
{
    m_mark.clear();
    if (m_target.role != PublishTarget::Role::Web || m_target.takeOver)
        return false;
    const Result<QByteArray> mark = PublishManifest::changeMark(m_database);
    if (!mark)
        return false; // no mark: the digest decides, as before
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(mark.value());
    QStringList texts = templates.allTexts();
    texts << QCoreApplication::applicationVersion();
    for (const QString &text : std::as_const(texts))
        hash.addData(text.toUtf8());
    m_mark = hash.result().toHex();
    return !m_manifest.inputDigest().isEmpty() && m_manifest.dataMark() == m_mark;
}

Result<PublishPipeline::Prepared>
PublishPipeline::prepareWholeSite(const WebcastRepository &repository, const SiteSettings &settings,
                                  const TemplateSet &templates, SiteSnapshot &snapshot,
                                  Transport *transport, bool sendAsRendered)
{
    // The connection (key exchange, login, the server's shell) is made on a
    // thread of its own while this one reads and the pool renders.
    std::unique_ptr<QThread> opening;
    if (transport && !transport->isOpen() && transport->opensOnAnotherThread()) {
        opening.reset(QThread::create([transport] { (void)transport->open(); }));
        opening->start();
    }
    const auto opened = qScopeGuard([&opening] {
        if (opening)
            opening->wait();
    });
    // Everything goes, nothing is compared: each part is sent as soon as it
    // is rendered, while the rest renders.
    const bool stream = sendAsRendered && transport && m_target.role == PublishTarget::Role::Web &&
                        (m_target.takeOver || m_manifest.fileCount() == 0);
    if (!stream) {
        Result<RenderedSite> site =
            SiteRenderer(templates).captureAndRender(repository, settings, snapshot);
        if (!site)
            return site.status();
        return prepare(snapshot, templates, {}, &site.value());
    }
    std::unique_ptr<SiteSender> sender;
    enum class Sending
    {
        NotYet,
        Going,
        NotOpen, // left to send(), which opens again and says why
    } sending = Sending::NotYet;
    Status sent;
    QStringList order, missing;
    RenderedSite slides;
    auto each = [&](const RenderedSite &part, const WorkshopSnapshot *from,
                    const WorkshopSnapshot *to) -> Status {
        if (sending == Sending::NotYet) {
            if (opening) {
                opening->wait();
                opening.reset();
            }
            if (!transport->isOpen() && transport->opensOnAnotherThread()) {
                sending = Sending::NotOpen;
                return Status::failure(QString());
            }
            sending = Sending::Going;
            Result<std::function<Status()>> checkFirst = beginSending(*transport, true);
            if (!checkFirst)
                return sent = checkFirst.status();
            sender = std::make_unique<SiteSender>(*transport, m_manifest, PublishProgress(),
                                                  nullptr, std::move(checkFirst.value()));
            if (sent = sender->begin(); !sent)
                return sent;
        }
        // A slice's slides go before its pages.
        RenderedSite itsSlides;
        if (from)
            addSlideFiles(from, to, repository, itsSlides, {}, &missing);
        QStringList paths = itsSlides.keys();
        sent = sender->send(itsSlides, paths);
        order << paths;
        slides.insert(itsSlides);
        if (!sent)
            return sent;
        paths = part.keys();
        sortForPublishing(paths);
        sent = sender->send(part, paths);
        order << paths;
        return sent;
    };
    Result<RenderedSite> site =
        SiteRenderer(templates).captureAndRender(repository, settings, snapshot, {}, each);
    if (!site) // refused while reading, before any part was handed over
        return site.status();
    if (sending != Sending::Going)
        return prepare(snapshot, templates, {}, &site.value());
    if (sent)
        sent = sender->finish();
    Prepared p;
    p.digest = publishInputDigest(snapshot, templates);
    p.mark = m_mark;
    p.site = std::move(site.value());
    p.site.insert(slides);
    p.missingSlides = missing;
    p.plan.uploads = order;
    if (!sent) {
        // To try again (send()): all the slides, not only those of the parts
        // handed over before the failure; what did not arrive, by the
        // manifest; everything when taking over, which starts it afresh.
        p.missingSlides.clear();
        addSlideFiles(snapshot, repository, p.site, {}, &p.missingSlides);
        p.plan = PublishPlan::make(p.site, m_target.takeOver ? QHash<QString, ManifestEntry>()
                                                             : m_manifest.load());
        p.sent = Result<PublishSummary>(sent);
        return p;
    }
    recordInputs(p);
    p.sent = Result<PublishSummary>(sender->summary());
    return p;
}

Result<PublishPipeline::Prepared> PublishPipeline::prepare(const SiteSnapshot &snapshot,
                                                           const TemplateSet &templates,
                                                           const QSet<QString> &scope)
{
    return prepare(snapshot, templates, scope, nullptr);
}

Result<PublishPipeline::Prepared> PublishPipeline::prepare(const SiteSnapshot &snapshot,
                                                           const TemplateSet &templates,
                                                           const QSet<QString> &scope,
                                                           RenderedSite *rendered)
{
    Prepared p;
    // Taking a target over from another database: what this one recorded
    // there says nothing about what it holds now, so all of it is sent.
    p.scope = m_target.takeOver ? QSet<QString>() : scope;
    const QHash<QString, ManifestEntry> held =
        m_target.takeOver ? QHash<QString, ManifestEntry>() : m_manifest.load();
    p.known = int(held.size());
    if (m_target.role == PublishTarget::Role::Web) {
        if (p.scope.isEmpty() && !m_target.takeOver) {
            p.digest = publishInputDigest(snapshot, templates);
            p.mark = m_mark;
            if (p.digest == m_manifest.inputDigest()) {
                p.upToDate = true; // published already, exactly as it is
                p.plan.unchanged = p.known;
                // The next one need not read the data to know it.
                if (!m_mark.isEmpty())
                    (void)m_manifest.setDataMark(m_mark);
                return p;
            }
        }
        if (p.scope.isEmpty() && p.digest.isEmpty())
            p.digest = publishInputDigest(snapshot, templates);
        if (rendered && p.scope.isEmpty()) {
            p.site = std::move(*rendered); // the whole site, rendered while it was read
        } else {
            Result<RenderedSite> site = SiteRenderer(templates).render(snapshot, p.scope);
            if (!site)
                return site.status();
            p.site = std::move(site.value());
        }
        const WebcastRepository repository(m_database);
        addSlideFiles(snapshot, repository, p.site, p.scope, &p.missingSlides);
    }
    p.plan = p.scope.isEmpty() ? PublishPlan::make(p.site, held)
                               : PublishPlan::makeWithin(p.site, held, p.scope);
    return p;
}

void PublishPipeline::replan(Prepared &p) const
{
    if (p.upToDate)
        return;
    // A take-over starts the manifest afresh when it sends (send()), so it
    // sends everything again.
    const QHash<QString, ManifestEntry> held =
        m_target.takeOver ? QHash<QString, ManifestEntry>() : m_manifest.load();
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
    std::function<Status()> checkFirst;
    if (!prepared.plan.isEmpty()) {
        Result<std::function<Status()>> began =
            beginSending(transport, !prepared.plan.uploads.isEmpty());
        if (!began)
            return began.status();
        checkFirst = std::move(began.value());
    } else if (m_target.takeOver) {
        if (Status s = m_manifest.clear(); !s)
            return s;
    }
    Result<PublishSummary> done = publishSite(transport, m_manifest, prepared.site, prepared.plan,
                                              progress, nullptr, std::move(checkFirst));
    if (done)
        recordInputs(prepared);
    return done;
}

Result<std::function<Status()>> PublishPipeline::beginSending(Transport &transport,
                                                              bool batchFollows)
{
    // A transport that sends puts at once to hidden names (WebDAV) checks
    // the marker while they travel: one round trip instead of two. Nothing
    // is moved into place before the check has passed.
    std::function<Status()> checkFirst;
    if (!m_target.takeOver && transport.sendsPutsEarly())
        checkFirst = [this, &transport] {
            return checkMarker(transport, true);
        };
    else if (Status s = checkMarker(transport, batchFollows); !s)
        return s;
    // Taken over: what this database recorded there before says nothing.
    if (m_target.takeOver) {
        if (Status s = m_manifest.clear(); !s)
            return s;
    }
    return checkFirst;
}

void PublishPipeline::recordInputs(const Prepared &prepared)
{
    // Without the digest the next publish renders again to find nothing
    // changed: slower, not wrong, so its failure does not fail the publish.
    if (prepared.digest.isEmpty())
        return;
    (void)m_manifest.setInputDigest(prepared.digest);
    (void)m_manifest.setDataMark(prepared.mark);
}

QStringList PublishPipeline::verify(const Prepared &prepared, const SiteSettings &settings) const
{
    if (m_target.role != PublishTarget::Role::Web || settings.publicUrl.isEmpty() ||
        prepared.plan.uploads.isEmpty())
        return {};
    return publishverifier::verify(QUrl(settings.publicUrl), prepared.plan.uploads, prepared.site);
}
