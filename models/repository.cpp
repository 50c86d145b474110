#include "models/repository.h"

#include "models/database.h"
#include "models/repositoryinternal.h"
#include "models/sitesettings.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace {

const QString workshopColumns = QStringLiteral(
    "id, slug, title, description, location, first_day, last_day, time_zone, webcast_state, "
    "live_stream_url, external_url, external_note, schedule_source, row_version");

const QString presentationColumns = QStringLiteral(
    "id, workshop_id, slug, title, speaker_name, speaker_affiliation, speaker_bio, summary, "
    "starts_at, ends_at, room, has_webcast, webcast_state, webcast_path, webcast_filename, "
    "external_url, sort_order, source_key, cancelled, row_version");

using repositoryinternal::text;

QString toStoredTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate); // 2026-03-14T09:00:00Z, sorts as text
}

QDateTime fromStoredTime(const QString &s)
{
    // What toStoredTime writes ("2026-03-14T09:00:00Z") is read directly:
    // QDateTime::fromString took half of reading a large site. Anything else
    // (an offset, fractions, a team database's own text) goes to Qt.
    if (s.size() == 20 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' &&
        s.at(13) == u':' && s.at(16) == u':' && s.at(19) == u'Z') {
        int v[6];
        const int at[6] = {0, 5, 8, 11, 14, 17};
        const int width[6] = {4, 2, 2, 2, 2, 2};
        bool digits = true;
        for (int i = 0; i < 6 && digits; ++i) {
            v[i] = 0;
            for (int k = 0; k < width[i]; ++k) {
                const QChar c = s.at(at[i] + k);
                digits = digits && c >= u'0' && c <= u'9';
                v[i] = v[i] * 10 + (c.unicode() - '0');
            }
        }
        const QDate date(v[0], v[1], v[2]);
        const QTime time(v[3], v[4], v[5]);
        if (digits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

QString toStoredDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

WebcastState storedState(const QVariant &v)
{
    return stateFromKey(v.toString()).value_or(WebcastState::Upcoming);
}

QString subjectKindKey(SubjectKind kind)
{
    return kind == SubjectKind::Workshop ? QStringLiteral("workshop")
                                         : QStringLiteral("presentation");
}

Workshop readWorkshop(const QSqlQuery &q)
{
    Workshop w;
    w.id = q.value(0).toLongLong();
    w.slug = q.value(1).toString();
    w.title = q.value(2).toString();
    w.description = q.value(3).toString();
    w.location = q.value(4).toString();
    w.firstDay = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    w.lastDay = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    w.timeZone = q.value(7).toString();
    w.state = storedState(q.value(8));
    w.liveStreamUrl = q.value(9).toString();
    w.externalUrl = q.value(10).toString();
    w.externalNote = q.value(11).toString();
    w.scheduleSource = q.value(12).toString();
    w.version = q.value(13).toLongLong();
    return w;
}

Presentation readPresentation(const QSqlQuery &q)
{
    Presentation p;
    p.id = q.value(0).toLongLong();
    p.workshopId = q.value(1).toLongLong();
    p.slug = q.value(2).toString();
    p.title = q.value(3).toString();
    p.speakerName = q.value(4).toString();
    p.speakerAffiliation = q.value(5).toString();
    p.speakerBio = q.value(6).toString();
    p.summary = q.value(7).toString();
    p.startsAt = fromStoredTime(q.value(8).toString());
    p.endsAt = fromStoredTime(q.value(9).toString());
    p.room = q.value(10).toString();
    p.hasWebcast = q.value(11).toInt() != 0;
    p.state = storedState(q.value(12));
    p.webcastPath = q.value(13).toString();
    p.webcastFilename = q.value(14).toString();
    p.externalUrl = q.value(15).toString();
    p.sortOrder = q.value(16).toInt();
    p.sourceKey = q.value(17).toString();
    p.cancelled = q.value(18).toInt() != 0;
    p.version = q.value(19).toLongLong();
    return p;
}

// A record's columns as stored, by column name: what inserts bind and what
// an update compares to write (and audit) only the fields that changed.
QList<std::pair<QString, QVariant>> storedValues(const Workshop &w)
{
    return {{QStringLiteral("slug"), text(w.slug)},
            {QStringLiteral("title"), text(w.title)},
            {QStringLiteral("description"), text(w.description)},
            {QStringLiteral("location"), text(w.location)},
            {QStringLiteral("first_day"), toStoredDate(w.firstDay)},
            {QStringLiteral("last_day"), toStoredDate(w.lastDay)},
            {QStringLiteral("time_zone"), text(w.timeZone)},
            {QStringLiteral("webcast_state"), stateKey(w.state)},
            {QStringLiteral("live_stream_url"), text(w.liveStreamUrl)},
            {QStringLiteral("external_url"), text(w.externalUrl)},
            {QStringLiteral("external_note"), text(w.externalNote)},
            {QStringLiteral("schedule_source"), text(w.scheduleSource)}};
}

QList<std::pair<QString, QVariant>> storedValues(const Presentation &p)
{
    return {{QStringLiteral("workshop_id"), p.workshopId},
            {QStringLiteral("slug"), text(p.slug)},
            {QStringLiteral("title"), text(p.title)},
            {QStringLiteral("speaker_name"), text(p.speakerName)},
            {QStringLiteral("speaker_affiliation"), text(p.speakerAffiliation)},
            {QStringLiteral("speaker_bio"), text(p.speakerBio)},
            {QStringLiteral("summary"), text(p.summary)},
            {QStringLiteral("starts_at"), toStoredTime(p.startsAt)},
            {QStringLiteral("ends_at"), toStoredTime(p.endsAt)},
            {QStringLiteral("room"), text(p.room)},
            {QStringLiteral("has_webcast"), p.hasWebcast ? 1 : 0},
            {QStringLiteral("webcast_state"), stateKey(p.state)},
            {QStringLiteral("webcast_path"), text(p.webcastPath)},
            {QStringLiteral("webcast_filename"), text(p.webcastFilename)},
            {QStringLiteral("external_url"), text(p.externalUrl)},
            {QStringLiteral("sort_order"), p.sortOrder},
            {QStringLiteral("source_key"), text(p.sourceKey)},
            {QStringLiteral("cancelled"), p.cancelled ? 1 : 0}};
}

template <typename T> void bindStored(QSqlQuery &q, const T &record)
{
    const auto values = storedValues(record);
    for (const auto &[column, value] : values)
        q.bindValue(QLatin1Char(':') + column, value);
}

void bindWorkshop(QSqlQuery &q, const Workshop &w)
{
    bindStored(q, w);
}

void bindPresentation(QSqlQuery &q, const Presentation &p)
{
    bindStored(q, p);
}

} // namespace

struct WebcastRepository::Statements
{
    QHash<QString, std::shared_ptr<QSqlQuery>> byText;
};

WebcastRepository::WebcastRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_statements(std::make_unique<Statements>())
{
}

WebcastRepository::~WebcastRepository() = default;

std::shared_ptr<QSqlQuery> WebcastRepository::preparedLookup(const QString &sql) const
{
    // Connections are per thread: another thread gets a statement of its own.
    const bool ownThread = QThread::currentThread() == thread();
    if (ownThread && m_statementsGeneration != m_db.generation()) {
        m_statements->byText.clear(); // the connection was opened again
        m_statementsGeneration = m_db.generation();
    }
    if (ownThread) {
        if (auto it = m_statements->byText.constFind(sql); it != m_statements->byText.cend())
            return *it;
    }
    auto q = std::make_shared<QSqlQuery>(m_db.connection());
    q->setForwardOnly(true);
    if (q->prepare(sql) && ownThread)
        m_statements->byText.insert(sql, q);
    return q;
}

QString WebcastRepository::insertSql(const QString &table, const QString &columns,
                                     bool withId) const
{
    const QStringList names = columns.split(QStringLiteral(", "));
    QStringList values;
    for (const QString &n : names)
        values << QLatin1Char(':') + n;
    return QStringLiteral("INSERT INTO %1 (%2%3) VALUES (%4%5) RETURNING id")
        .arg(table, withId ? QStringLiteral("id, ") : QString(), columns,
             withId ? QStringLiteral(":id, ") : QString(), values.join(QStringLiteral(", ")));
}

Result<qint64> WebcastRepository::insertedId(QSqlQuery &q, const QString &table, qint64 givenId,
                                             const QString &what) const
{
    if (!q.exec() || !q.next())
        return Status::failure(tr("Could not %1: %2").arg(what, q.lastError().text()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (givenId > 0 && m_db.isPostgres()) {
        // An id given by hand leaves the identity behind it: move it on.
        QSqlQuery bump(m_db.connection());
        if (!bump.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                      "(SELECT MAX(id) FROM %1))")
                           .arg(table)))
            return Status::failure(tr("Could not %1: %2").arg(what, bump.lastError().text()));
    }
    return id;
}

Status WebcastRepository::exec(QSqlQuery &q, const QString &what) const
{
    if (q.exec())
        return {};
    // A team login without the right (insufficient_privilege): in words,
    // with the database's own reason after it.
    if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
        return Status::failure(tr("Could not %1: your login may not change this on the team "
                                  "database (%2).")
                                   .arg(what, q.lastError().databaseText().trimmed()));
    return Status::failure(tr("Could not %1: %2").arg(what, q.lastError().text()));
}

Status WebcastRepository::fail(const QString &message, const QString &field) const
{
    return Status::failure(message, field);
}

// ---------------------------------------------------------------- reading

QList<Workshop> WebcastRepository::workshops() const
{
    QList<Workshop> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM workshop ORDER BY first_day DESC, slug")
                  .arg(workshopColumns));
    if (q.exec()) {
        while (q.next())
            result.append(readWorkshop(q));
    }
    return result;
}

std::optional<Workshop> WebcastRepository::workshop(qint64 id) const
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM workshop WHERE id = :id").arg(workshopColumns);
    const std::shared_ptr<QSqlQuery> q = preparedLookup(sql);
    q->bindValue(QStringLiteral(":id"), id);
    std::optional<Workshop> result;
    if (q->exec() && q->next())
        result = readWorkshop(*q);
    q->finish();
    return result;
}

std::optional<Workshop> WebcastRepository::workshopBySlug(const QString &slug) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM workshop WHERE slug = :slug").arg(workshopColumns));
    q.bindValue(QStringLiteral(":slug"), slug);
    if (q.exec() && q.next())
        return readWorkshop(q);
    return std::nullopt;
}

int WebcastRepository::presentationCount(qint64 workshopId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM presentation WHERE workshop_id = :id"));
    q.bindValue(QStringLiteral(":id"), workshopId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<Presentation> WebcastRepository::presentations(qint64 workshopId) const
{
    QList<Presentation> result;
    // Cached: a render reads every workshop's talks, one query each.
    static const QString sql = QStringLiteral("SELECT %1 FROM presentation WHERE workshop_id = :id "
                                              "ORDER BY starts_at, sort_order, id")
                                   .arg(presentationColumns);
    const std::shared_ptr<QSqlQuery> q = preparedLookup(sql);
    q->bindValue(QStringLiteral(":id"), workshopId);
    if (q->exec()) {
        while (q->next())
            result.append(readPresentation(*q));
    }
    q->finish();
    return result;
}

std::optional<Presentation> WebcastRepository::presentation(qint64 id) const
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM presentation WHERE id = :id").arg(presentationColumns);
    const std::shared_ptr<QSqlQuery> q = preparedLookup(sql);
    q->bindValue(QStringLiteral(":id"), id);
    std::optional<Presentation> result;
    if (q->exec() && q->next())
        result = readPresentation(*q);
    q->finish();
    return result;
}

std::optional<Presentation> WebcastRepository::presentationBySlug(qint64 workshopId,
                                                                  const QString &slug) const
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM presentation WHERE workshop_id = :w AND slug = :s")
            .arg(presentationColumns);
    const std::shared_ptr<QSqlQuery> q = preparedLookup(sql);
    q->bindValue(QStringLiteral(":w"), workshopId);
    q->bindValue(QStringLiteral(":s"), slug);
    std::optional<Presentation> result;
    if (q->exec() && q->next())
        result = readPresentation(*q);
    q->finish();
    return result;
}

QDateTime WebcastRepository::lastStateChange(qint64 workshopId) const
{
    static const QString sql =
        QStringLiteral("SELECT MAX(changed_at) FROM state_history WHERE event = 'change' AND "
                       "((subject_kind = 'workshop' AND "
                       "subject_id = :w) OR (subject_kind = 'presentation' AND subject_id IN "
                       "(SELECT id FROM presentation WHERE workshop_id = :w2)))");
    const std::shared_ptr<QSqlQuery> q = preparedLookup(sql);
    q->bindValue(QStringLiteral(":w"), workshopId);
    q->bindValue(QStringLiteral(":w2"), workshopId);
    QDateTime result;
    if (q->exec() && q->next() && !q->value(0).isNull())
        result = fromStoredTime(q->value(0).toString());
    q->finish();
    return result;
}

namespace {

// id, subject_kind, subject_id, subject_label, from_state, to_state,
// changed_by, changed_at, event
const QString historyColumns =
    QStringLiteral("id, subject_kind, subject_id, subject_label, from_state, to_state, "
                   "changed_by, changed_at, event");

QList<StateChange> readHistory(QSqlQuery &q)
{
    QList<StateChange> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        StateChange c;
        c.id = q.value(0).toLongLong();
        c.subjectKind = q.value(1).toString() == QLatin1String("workshop")
                            ? SubjectKind::Workshop
                            : SubjectKind::Presentation;
        c.subjectId = q.value(2).toLongLong();
        c.subjectLabel = q.value(3).toString();
        c.from = storedState(q.value(4));
        c.to = storedState(q.value(5));
        c.changedBy = q.value(6).toString();
        c.changedAt = fromStoredTime(q.value(7).toString());
        c.event = historyEventFromKey(q.value(8).toString());
        result.append(c);
    }
    return result;
}

} // namespace

QList<StateChange> WebcastRepository::history(SubjectKind kind, qint64 subjectId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM state_history WHERE subject_kind = :k AND "
                             "subject_id = :id ORDER BY changed_at DESC, id DESC LIMIT :limit")
                  .arg(historyColumns));
    q.bindValue(QStringLiteral(":k"), subjectKindKey(kind));
    q.bindValue(QStringLiteral(":id"), subjectId);
    q.bindValue(QStringLiteral(":limit"), limit);
    return readHistory(q);
}

QList<StateChange> WebcastRepository::historyOf(qint64 workshopId, qint64 presentationId,
                                                int limit) const
{
    QString where;
    if (presentationId > 0)
        where = QStringLiteral("WHERE subject_kind = 'presentation' AND subject_id = :p ");
    else if (workshopId > 0)
        where = QStringLiteral(
            "WHERE (subject_kind = 'workshop' AND subject_id = :w) OR (subject_kind = "
            "'presentation' AND subject_id IN (SELECT id FROM presentation WHERE workshop_id = "
            ":w)) ");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM state_history ").arg(historyColumns) + where +
              QStringLiteral("ORDER BY changed_at DESC, id DESC LIMIT :limit"));
    if (presentationId > 0)
        q.bindValue(QStringLiteral(":p"), presentationId);
    else if (workshopId > 0)
        q.bindValue(QStringLiteral(":w"), workshopId);
    q.bindValue(QStringLiteral(":limit"), limit);
    return readHistory(q);
}

QList<StateChange> WebcastRepository::stateChangesSince(qint64 stateId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM state_history WHERE id > :id ORDER BY id")
                  .arg(historyColumns));
    q.bindValue(QStringLiteral(":id"), stateId);
    return readHistory(q);
}

void WebcastRepository::forgetPreparedStatements()
{
    m_statements->byText.clear();
}

// ---------------------------------------------------------------- checking

ValidationResult WebcastRepository::checkWorkshop(const Workshop &w) const
{
    ValidationResult r = validation::checkWorkshop(w);
    if (r.hasErrorFor(QStringLiteral("slug")))
        return r;
    if (auto other = workshopBySlug(w.slug); other && other->id != w.id)
        r.add(QStringLiteral("slug"),
              tr("\"%1\" is already used by the workshop \"%2\"").arg(w.slug, other->title));
    if (!r.ok())
        return r;

    // The stored state must stay possible with the new values. A workshop
    // being inserted has no presentations yet, so Archive (which depends on
    // them) is checked by whoever inserts them (import, undo) afterwards.
    const bool stored = w.id > 0 && workshop(w.id).has_value();
    const QList<Presentation> talks = stored ? presentations(w.id) : QList<Presentation>();
    const StateAvailability a = staterules::forWorkshop(w, talks, w.state);
    if (!a.allowed && (stored || w.state != WebcastState::Archive))
        r.add(QStringLiteral("webcast_state"),
              tr("%1 is not possible: %2").arg(stateDisplayName(w.state), a.reason));
    if (w.liveStreamUrl.trimmed().isEmpty()) {
        for (const Presentation &p : talks) {
            if (p.state == WebcastState::Live) {
                r.add(QStringLiteral("live_stream_url"),
                      tr("is needed while the presentation \"%1\" is Live").arg(p.title));
                break;
            }
        }
    }
    return r;
}

ValidationResult WebcastRepository::checkPresentation(const Presentation &p) const
{
    ValidationResult r = validation::checkPresentation(p);
    const std::optional<Workshop> owner = workshop(p.workshopId);
    if (!owner) {
        r.add(QStringLiteral("workshop"), tr("does not exist"));
        return r;
    }
    if (!r.hasErrorFor(QStringLiteral("slug"))) {
        if (auto other = presentationBySlug(p.workshopId, p.slug); other && other->id != p.id)
            r.add(
                QStringLiteral("slug"),
                tr("\"%1\" is already used by \"%2\" in this workshop").arg(p.slug, other->title));
    }
    if (!r.ok())
        return r;
    const StateAvailability a = staterules::forPresentation(
        p, *owner, p.state, p.state == WebcastState::Live ? rooms(p.workshopId) : QList<Room>());
    if (!a.allowed)
        r.add(QStringLiteral("webcast_state"),
              tr("%1 is not possible: %2").arg(stateDisplayName(p.state), a.reason));
    return r;
}

StateAvailability WebcastRepository::workshopStateAvailability(qint64 workshopId,
                                                               WebcastState state,
                                                               bool requirePlayableArchive) const
{
    const std::optional<Workshop> w = workshop(workshopId);
    if (!w)
        return {false, tr("The workshop no longer exists."), {}};
    const StateAvailability a = staterules::forWorkshop(*w, presentations(workshopId), state);
    if (a.allowed && state == WebcastState::Archive && requirePlayableArchive)
        return staterules::archivePlayable(SiteSettingsStore(m_db).load());
    return a;
}

StateAvailability WebcastRepository::presentationStateAvailability(qint64 presentationId,
                                                                   WebcastState state) const
{
    const std::optional<Presentation> p = presentation(presentationId);
    if (!p)
        return {false, tr("The presentation no longer exists."), {}};
    const std::optional<Workshop> w = workshop(p->workshopId);
    if (!w)
        return {false, tr("The workshop no longer exists."), {}};
    const StateAvailability a = staterules::forPresentation(
        *p, *w, state, state == WebcastState::Live ? rooms(p->workshopId) : QList<Room>());
    if (a.allowed && state == WebcastState::Archive)
        return staterules::archivePlayable(SiteSettingsStore(m_db).load());
    return a;
}

// ---------------------------------------------------------------- writing

Result<qint64> WebcastRepository::addWorkshop(const Workshop &w)
{
    Workshop candidate = w;
    const ValidationResult r = checkWorkshop(candidate);
    if (!r.ok())
        return fail(r.summary(), r.errors().first().field);
    if (w.id > 0) {
        if (auto existing = workshop(w.id))
            return fail(tr("id %1 is already used by the workshop \"%2\"")
                            .arg(QString::number(w.id), existing->slug),
                        QStringLiteral("id"));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(insertSql(QStringLiteral("workshop"),
                        QStringLiteral("slug, title, description, location, first_day, last_day, "
                                       "time_zone, webcast_state, live_stream_url, external_url, "
                                       "external_note, schedule_source"),
                        w.id > 0));
    if (w.id > 0)
        q.bindValue(QStringLiteral(":id"), w.id);
    bindWorkshop(q, w);
    const Result<qint64> added =
        insertedId(q, QStringLiteral("workshop"), w.id, tr("add the workshop"));
    if (!added)
        return added;
    const qint64 id = added.value();
    if (Status s = audit(QStringLiteral("workshop"), id, id, w.slug, QStringLiteral("insert")); !s)
        return s;
    if (!inBatch())
        emit workshopAdded(id);
    return id;
}

Status WebcastRepository::updateWorkshop(const Workshop &w)
{
    const std::optional<Workshop> before = workshop(w.id);
    if (!before)
        return fail(tr("The workshop no longer exists."));
    if (before->state != w.state)
        return fail(tr("Change the state with the state buttons, not the editor."),
                    QStringLiteral("webcast_state"));
    const ValidationResult r = checkWorkshop(w);
    if (!r.ok())
        return fail(r.summary(), r.errors().first().field);
    if (Status s = updateChanged(QStringLiteral("workshop"), w.id, w.version,
                                 changedColumns(storedValues(*before), storedValues(w)), w.id,
                                 w.slug, tr("save the workshop"));
        !s)
        return s;
    if (!inBatch())
        emit workshopChanged(w.id);
    return {};
}

Status WebcastRepository::removeWorkshop(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM workshop WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = exec(q, tr("delete the workshop")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return fail(tr("The workshop no longer exists."));
    if (Status s = audit(QStringLiteral("workshop"), id, id, QString(), QStringLiteral("delete"));
        !s)
        return s;
    if (!inBatch())
        emit workshopRemoved(id);
    return {};
}

Result<qint64> WebcastRepository::addPresentation(const Presentation &p)
{
    const ValidationResult r = checkPresentation(p);
    if (!r.ok())
        return fail(r.summary(), r.errors().first().field);
    if (p.id > 0) {
        if (auto existing = presentation(p.id))
            return fail(tr("id %1 is already used by the presentation \"%2\"")
                            .arg(QString::number(p.id), existing->slug),
                        QStringLiteral("id"));
    }
    static const QString columns = QStringLiteral(
        "workshop_id, slug, title, speaker_name, speaker_affiliation, speaker_bio, summary, "
        "starts_at, ends_at, room, has_webcast, webcast_state, webcast_path, webcast_filename, "
        "external_url, sort_order, source_key, cancelled");
    const std::shared_ptr<QSqlQuery> q =
        preparedLookup(insertSql(QStringLiteral("presentation"), columns, p.id > 0));
    if (p.id > 0)
        q->bindValue(QStringLiteral(":id"), p.id);
    bindPresentation(*q, p);
    const Result<qint64> added =
        insertedId(*q, QStringLiteral("presentation"), p.id, tr("add the presentation"));
    q->finish();
    if (!added)
        return added;
    const qint64 id = added.value();
    if (!m_db.isPostgres()) {
        if (Status s = audit(QStringLiteral("presentation"), id, p.workshopId, subjectLabel(p),
                             QStringLiteral("insert"));
            !s)
            return s;
    }
    if (!inBatch())
        emit presentationAdded(id, p.workshopId);
    return id;
}

Status WebcastRepository::updatePresentation(const Presentation &p)
{
    const std::optional<Presentation> before = presentation(p.id);
    if (!before)
        return fail(tr("The presentation no longer exists."));
    if (before->state != p.state)
        return fail(tr("Change the state with the state buttons, not the editor."),
                    QStringLiteral("webcast_state"));
    if (before->workshopId != p.workshopId)
        return fail(tr("A presentation cannot move to another workshop."),
                    QStringLiteral("workshop"));
    const ValidationResult r = checkPresentation(p);
    if (!r.ok())
        return fail(r.summary(), r.errors().first().field);
    if (Status s = updateChanged(QStringLiteral("presentation"), p.id, p.version,
                                 changedColumns(storedValues(*before), storedValues(p)),
                                 p.workshopId, subjectLabel(p), tr("save the presentation"));
        !s)
        return s;
    if (!inBatch())
        emit presentationChanged(p.id, p.workshopId);
    return {};
}

Status WebcastRepository::removePresentation(qint64 id)
{
    const std::optional<Presentation> p = presentation(id);
    if (!p)
        return fail(tr("The presentation no longer exists."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM presentation WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = exec(q, tr("delete the presentation")); !s)
        return s;
    if (!m_db.isPostgres()) {
        if (Status s = audit(QStringLiteral("presentation"), id, p->workshopId, subjectLabel(*p),
                             QStringLiteral("delete"));
            !s)
            return s;
    }
    if (!inBatch())
        emit presentationRemoved(id, p->workshopId);
    return {};
}

// ---------------------------------------------------------------- states

Status WebcastRepository::recordStateChange(const StateChange &c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO state_history (subject_kind, subject_id, subject_label, from_state, "
        "to_state, changed_by, changed_at, event) "
        "VALUES (:k, :id, :label, :from, :to, :by, :at, :event)"));
    q.bindValue(QStringLiteral(":k"), subjectKindKey(c.subjectKind));
    q.bindValue(QStringLiteral(":id"), c.subjectId);
    q.bindValue(QStringLiteral(":label"), text(c.subjectLabel));
    q.bindValue(QStringLiteral(":from"), stateKey(c.from));
    q.bindValue(QStringLiteral(":to"), stateKey(c.to));
    q.bindValue(QStringLiteral(":by"), text(c.changedBy));
    // Milliseconds: flips and edits in the same second keep their order.
    q.bindValue(QStringLiteral(":at"), c.changedAt.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":event"), historyEventKey(c.event));
    return exec(q, tr("record the state change"));
}

Status WebcastRepository::recordSuggestion(StateChange entry)
{
    if (entry.event == StateChange::Event::Change)
        return fail(tr("A state change is stored with the state, not as a suggestion."));
    if (entry.subjectLabel.isEmpty()) {
        if (entry.subjectKind == SubjectKind::Workshop) {
            if (const std::optional<Workshop> w = workshop(entry.subjectId))
                entry.subjectLabel = w->slug;
        } else if (const std::optional<Presentation> p = presentation(entry.subjectId)) {
            const std::optional<Workshop> w = workshop(p->workshopId);
            entry.subjectLabel = (w ? w->slug : QString()) + QLatin1Char('/') + p->slug;
        }
    }
    if (!entry.changedAt.isValid())
        entry.changedAt = QDateTime::currentDateTimeUtc();
    if (Status s = recordStateChange(entry); !s)
        return s;
    if (!inBatch())
        emit historyAdded(entry);
    return {};
}

// The new state and its history line, together or not at all. The state it
// was is read under the row's lock, so two seats flipping the same talk at
// once each record the state they really changed.
Status WebcastRepository::storeStateChange(StateChange &change)
{
    const Result<bool> began = m_db.begin(); // false inside a batch
    if (!began)
        return began.status();
    const bool ownTransaction = began.value();
    const QString table = change.subjectKind == SubjectKind::Workshop
                              ? QStringLiteral("workshop")
                              : QStringLiteral("presentation");
    QSqlQuery q(m_db.connection());
    Status s;
    if (m_db.isPostgres()) {
        q.prepare(
            QStringLiteral("SELECT webcast_state FROM %1 WHERE id = :id FOR UPDATE").arg(table));
        q.bindValue(QStringLiteral(":id"), change.subjectId);
        s = exec(q, tr("change the state"));
        if (s && q.next())
            change.from = storedState(q.value(0));
    }
    if (s) {
        q.prepare(QStringLiteral("UPDATE %1 SET webcast_state = :s, row_version = row_version + 1 "
                                 "WHERE id = :id")
                      .arg(table));
        q.bindValue(QStringLiteral(":s"), stateKey(change.to));
        q.bindValue(QStringLiteral(":id"), change.subjectId);
        s = exec(q, tr("change the state"));
    }
    if (s && change.from != change.to)
        s = recordStateChange(change);
    if (!s) {
        if (ownTransaction)
            m_db.rollback();
        return s;
    }
    if (ownTransaction) {
        if (Status c = m_db.commit(); !c)
            return fail(tr("Could not change the state: %1").arg(c.error()));
    }
    return {};
}

Status WebcastRepository::setWorkshopState(qint64 id, WebcastState state, const QString &who)
{
    const std::optional<Workshop> w = workshop(id);
    if (!w)
        return fail(tr("The workshop no longer exists."));
    if (w->state == state)
        return {};
    const StateAvailability a = workshopStateAvailability(id, state);
    if (!a.allowed)
        return fail(
            tr("Cannot switch \"%1\" to %2: %3").arg(w->slug, stateDisplayName(state), a.reason),
            QStringLiteral("webcast_state"));

    StateChange change{0,   SubjectKind::Workshop,          id, w->slug, w->state, state,
                       who, QDateTime::currentDateTimeUtc()};
    if (Status s = storeStateChange(change); !s)
        return s;
    if (!inBatch()) {
        emit workshopChanged(id);
        if (change.from != change.to) // not when another seat flipped it first
            emit historyAdded(change);
    }
    return {};
}

Status WebcastRepository::setPresentationState(qint64 id, WebcastState state, const QString &who)
{
    const std::optional<Presentation> p = presentation(id);
    if (!p)
        return fail(tr("The presentation no longer exists."));
    if (p->state == state)
        return {};
    const std::optional<Workshop> w = workshop(p->workshopId);
    if (!w)
        return fail(tr("The workshop no longer exists."));
    const StateAvailability a = presentationStateAvailability(id, state);
    if (!a.allowed)
        return fail(tr("Cannot switch \"%1/%2\" to %3: %4")
                        .arg(w->slug, p->slug, stateDisplayName(state), a.reason),
                    QStringLiteral("webcast_state"));

    StateChange change{0,        SubjectKind::Presentation,
                       id,       w->slug + QLatin1Char('/') + p->slug,
                       p->state, state,
                       who,      QDateTime::currentDateTimeUtc()};
    if (Status s = storeStateChange(change); !s)
        return s;
    if (!inBatch()) {
        emit presentationChanged(id, p->workshopId);
        if (change.from != change.to) // not when another seat flipped it first
            emit historyAdded(change);
    }
    return {};
}

// ---------------------------------------------------------------- batches

Status WebcastRepository::beginBatch()
{
    if (m_batchDepth++ > 0)
        return {};
    const Result<bool> began = m_db.begin();
    if (!began) {
        m_batchDepth = 0;
        return fail(tr("Could not start a transaction: %1").arg(began.error()));
    }
    m_ownBatch = began.value(); // false: inside a transaction of the caller's
    return {};
}

Status WebcastRepository::commitBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return {};
    if (m_ownBatch) {
        if (Status s = m_db.commit(); !s)
            return fail(tr("Could not save the changes: %1").arg(s.error()));
    }
    emit dataReset();
    return {};
}

void WebcastRepository::rollbackBatch()
{
    if (m_batchDepth == 0)
        return;
    m_batchDepth = 0;
    if (m_ownBatch)
        m_db.rollback();
}
