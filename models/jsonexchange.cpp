#include "jsonexchange.h"

#include "repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecordReader", text);
}

constexpr int formatVersion = 1;

QString formatTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone)
        .toOffsetFromUtc(utc.toTimeZone(zone).offsetFromUtc())
        .toString(Qt::ISODate);
}

// Reads one record's fields, remembering the first mistake with its place.
class RecordReader
{
public:
    RecordReader(const QJsonObject &object, QString place)
        : m_object(object)
        , m_place(std::move(place))
    {
    }

    QString text(const char *key, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(key, tr("is required"));
            return {};
        }
        if (!v.isString()) {
            error(key, tr("must be a string"));
            return {};
        }
        return v.toString();
    }

    bool flag(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            error(key, tr("must be true or false"));
            return false;
        }
        return v.toBool();
    }

    qint64 id()
    {
        const QJsonValue v = m_object.value(QLatin1String("id"));
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > 9007199254740991.0 || d != static_cast<qint64>(d)) {
            error("id", tr("must be a positive whole number"));
            return 0;
        }
        return static_cast<qint64>(d);
    }

    QDate date(const char *key)
    {
        const QString s = text(key, true);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            error(key, tr("\"%1\" is not a date like 2026-03-14").arg(s.left(40)));
        return d;
    }

    QDateTime time(const char *key, const QTimeZone &zone)
    {
        const QString s = text(key, true);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid()) {
            error(key, tr("\"%1\" is not an ISO 8601 time like 2026-03-14T09:30:00+01:00")
                           .arg(s.left(40)));
            return {};
        }
        if (t.timeSpec() == Qt::LocalTime) // no offset given: the workshop's zone
            t = QDateTime(t.date(), t.time(), zone);
        return t.toUTC();
    }

    WebcastState state()
    {
        const QString s = text("webcast_state");
        if (s.isEmpty())
            return WebcastState::Upcoming;
        const std::optional<WebcastState> st = stateFromKey(s);
        if (!st) {
            error("webcast_state",
                  tr("\"%1\" is not a state (use one of: %2)").arg(s.left(40), stateKeyList()));
            return WebcastState::Upcoming;
        }
        return *st;
    }

    void checkKeys(const QStringList &known)
    {
        const QStringList keys = m_object.keys();
        for (const QString &k : keys) {
            if (!known.contains(k)) {
                error(k.toUtf8().constData(), tr("is not a known field"));
                return;
            }
        }
    }

    void error(const char *key, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = m_place + QStringLiteral(": ") + QString::fromUtf8(key) +
                      QStringLiteral(": ") + message;
    }
    const QString &firstError() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_place;
    QString m_error;
};

struct ImportedTalk
{
    Presentation presentation;
    QList<Attachment> attachments;
    QString place;
};

struct ImportedWorkshop
{
    Workshop workshop;
    QList<ImportedTalk> talks;
    QString place;
};

QString placeOf(int wi, const QString &slug, int pi = -1, const QString &talkSlug = {})
{
    QString place = QStringLiteral("workshops[%1]").arg(wi);
    if (!slug.isEmpty())
        place += QStringLiteral(" \"%1\"").arg(slug.left(60));
    if (pi >= 0) {
        place += QStringLiteral(" presentations[%1]").arg(pi);
        if (!talkSlug.isEmpty())
            place += QStringLiteral(" \"%1\"").arg(talkSlug.left(60));
    }
    return place;
}

Result<QList<ImportedWorkshop>> parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Status::failure(
            QCoreApplication::translate("RecordReader", "Not valid JSON at byte %1: %2")
                .arg(QString::number(parseError.offset), parseError.errorString()));
    if (!doc.isObject() || !doc.object().value(QLatin1String("workshops")).isArray())
        return Status::failure(QCoreApplication::translate(
            "RecordReader", "Not a Webcast Admin file: expected an object with a "
                            "\"workshops\" list."));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format_version")).toInt(formatVersion) > formatVersion)
        return Status::failure(
            QCoreApplication::translate(
                "RecordReader", "The file was written by a newer Webcast Admin (format %1).")
                .arg(root.value(QLatin1String("format_version")).toInt()));

    static const QStringList workshopKeys{QStringLiteral("id"),
                                          QStringLiteral("slug"),
                                          QStringLiteral("title"),
                                          QStringLiteral("description"),
                                          QStringLiteral("location"),
                                          QStringLiteral("first_day"),
                                          QStringLiteral("last_day"),
                                          QStringLiteral("time_zone"),
                                          QStringLiteral("webcast_state"),
                                          QStringLiteral("live_stream_url"),
                                          QStringLiteral("external_url"),
                                          QStringLiteral("external_note"),
                                          QStringLiteral("presentations")};
    static const QStringList talkKeys{QStringLiteral("id"),
                                      QStringLiteral("slug"),
                                      QStringLiteral("title"),
                                      QStringLiteral("speaker_name"),
                                      QStringLiteral("speaker_affiliation"),
                                      QStringLiteral("speaker_bio"),
                                      QStringLiteral("summary"),
                                      QStringLiteral("starts_at"),
                                      QStringLiteral("ends_at"),
                                      QStringLiteral("room"),
                                      QStringLiteral("has_webcast"),
                                      QStringLiteral("webcast_state"),
                                      QStringLiteral("webcast_path"),
                                      QStringLiteral("webcast_filename"),
                                      QStringLiteral("external_url"),
                                      QStringLiteral("sort_order"),
                                      QStringLiteral("attachments")};

    QList<ImportedWorkshop> result;
    QSet<QString> slugs;
    const QJsonArray workshops = root.value(QLatin1String("workshops")).toArray();
    for (int wi = 0; wi < workshops.size(); ++wi) {
        if (!workshops.at(wi).isObject())
            return Status::failure(placeOf(wi, {}) + QCoreApplication::translate(
                                                         "RecordReader", ": must be an object"));
        const QJsonObject wo = workshops.at(wi).toObject();
        ImportedWorkshop iw;
        Workshop &w = iw.workshop;
        w.slug = wo.value(QLatin1String("slug")).toString();
        iw.place = placeOf(wi, w.slug);
        RecordReader r(wo, iw.place);
        r.checkKeys(workshopKeys);
        w.id = r.id();
        w.slug = r.text("slug", true);
        w.title = r.text("title", true);
        w.description = r.text("description");
        w.location = r.text("location");
        w.firstDay = r.date("first_day");
        w.lastDay = r.date("last_day");
        w.timeZone = r.text("time_zone", true);
        w.state = r.state();
        w.liveStreamUrl = r.text("live_stream_url");
        w.externalUrl = r.text("external_url");
        w.externalNote = r.text("external_note");
        if (!r.firstError().isEmpty())
            return Status::failure(r.firstError());
        const ValidationResult v = validation::checkWorkshop(w);
        if (!v.ok())
            return Status::failure(iw.place + QStringLiteral(": ") + v.summary(),
                                   v.errors().first().field);
        if (slugs.contains(w.slug))
            return Status::failure(
                iw.place + QCoreApplication::translate("RecordReader",
                                                       ": slug: appears twice in the file"),
                QStringLiteral("slug"));
        slugs.insert(w.slug);
        const QTimeZone zone(w.timeZone.toUtf8());

        const QJsonValue talksValue = wo.value(QLatin1String("presentations"));
        if (!talksValue.isUndefined() && !talksValue.isArray())
            return Status::failure(
                iw.place +
                QCoreApplication::translate("RecordReader", ": presentations: must be a list"));
        const QJsonArray talks = talksValue.toArray();
        for (int pi = 0; pi < talks.size(); ++pi) {
            if (!talks.at(pi).isObject())
                return Status::failure(
                    placeOf(wi, w.slug, pi) +
                    QCoreApplication::translate("RecordReader", ": must be an object"));
            const QJsonObject po = talks.at(pi).toObject();
            ImportedTalk it;
            Presentation &p = it.presentation;
            it.place = placeOf(wi, w.slug, pi, po.value(QLatin1String("slug")).toString());
            RecordReader pr(po, it.place);
            pr.checkKeys(talkKeys);
            p.id = pr.id();
            p.slug = pr.text("slug", true);
            p.title = pr.text("title", true);
            p.speakerName = pr.text("speaker_name");
            p.speakerAffiliation = pr.text("speaker_affiliation");
            p.speakerBio = pr.text("speaker_bio");
            p.summary = pr.text("summary");
            p.startsAt = pr.time("starts_at", zone);
            p.endsAt = pr.time("ends_at", zone);
            p.room = pr.text("room");
            p.hasWebcast = pr.flag("has_webcast");
            p.state = pr.state();
            p.webcastPath = pr.text("webcast_path");
            p.webcastFilename = pr.text("webcast_filename");
            p.externalUrl = pr.text("external_url");
            p.sortOrder = po.value(QLatin1String("sort_order")).toInt(pi);
            if (!pr.firstError().isEmpty())
                return Status::failure(pr.firstError());
            const ValidationResult pv = validation::checkPresentation(p);
            if (!pv.ok())
                return Status::failure(it.place + QStringLiteral(": ") + pv.summary(),
                                       pv.errors().first().field);
            const QJsonArray slides = po.value(QLatin1String("attachments")).toArray();
            for (const QJsonValue &sv : slides) {
                Attachment a;
                a.label = sv.toObject().value(QLatin1String("label")).toString();
                a.localFile = sv.toObject().value(QLatin1String("local_file")).toString();
                it.attachments.append(a);
            }
            iw.talks.append(it);
        }
        result.append(iw);
    }
    return result;
}

} // namespace

namespace jsonexchange {

QByteArray exportAll(const WebcastRepository &repository)
{
    QJsonArray workshops;
    QList<Workshop> all = repository.workshops();
    std::sort(all.begin(), all.end(), [](const Workshop &a, const Workshop &b) {
        return a.firstDay < b.firstDay || (a.firstDay == b.firstDay && a.slug < b.slug);
    });
    for (const Workshop &w : all) {
        const QTimeZone zone(w.timeZone.toUtf8());
        QJsonArray talks;
        const QList<Presentation> presentations = repository.presentations(w.id);
        for (const Presentation &p : presentations) {
            QJsonObject po{
                {QStringLiteral("id"), p.id},
                {QStringLiteral("slug"), p.slug},
                {QStringLiteral("title"), p.title},
                {QStringLiteral("speaker_name"), p.speakerName},
                {QStringLiteral("speaker_affiliation"), p.speakerAffiliation},
                {QStringLiteral("speaker_bio"), p.speakerBio},
                {QStringLiteral("summary"), p.summary},
                {QStringLiteral("starts_at"), formatTime(p.startsAt, zone)},
                {QStringLiteral("ends_at"), formatTime(p.endsAt, zone)},
                {QStringLiteral("room"), p.room},
                {QStringLiteral("has_webcast"), p.hasWebcast},
                {QStringLiteral("webcast_state"), stateKey(p.state)},
                {QStringLiteral("webcast_path"), p.webcastPath},
                {QStringLiteral("webcast_filename"), p.webcastFilename},
                {QStringLiteral("external_url"), p.externalUrl},
                {QStringLiteral("sort_order"), p.sortOrder},
            };
            const QList<Attachment> slides = repository.attachments(p.id);
            if (!slides.isEmpty()) {
                QJsonArray sa;
                for (const Attachment &a : slides)
                    sa.append(QJsonObject{{QStringLiteral("label"), a.label},
                                          {QStringLiteral("local_file"), a.localFile}});
                po.insert(QStringLiteral("attachments"), sa);
            }
            talks.append(po);
        }
        workshops.append(QJsonObject{
            {QStringLiteral("id"), w.id},
            {QStringLiteral("slug"), w.slug},
            {QStringLiteral("title"), w.title},
            {QStringLiteral("description"), w.description},
            {QStringLiteral("location"), w.location},
            {QStringLiteral("first_day"), w.firstDay.toString(Qt::ISODate)},
            {QStringLiteral("last_day"), w.lastDay.toString(Qt::ISODate)},
            {QStringLiteral("time_zone"), w.timeZone},
            {QStringLiteral("webcast_state"), stateKey(w.state)},
            {QStringLiteral("live_stream_url"), w.liveStreamUrl},
            {QStringLiteral("external_url"), w.externalUrl},
            {QStringLiteral("external_note"), w.externalNote},
            {QStringLiteral("presentations"), talks},
        });
    }
    const QJsonObject root{{QStringLiteral("format_version"), formatVersion},
                           {QStringLiteral("workshops"), workshops}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ImportSummary> importAll(WebcastRepository &repository, const QByteArray &json)
{
    const Result<QList<ImportedWorkshop>> parsed = parse(json);
    if (!parsed)
        return parsed.status();

    if (Status s = repository.beginBatch(); !s)
        return s;
    ImportSummary summary;
    auto abort = [&repository](const QString &place, const Status &s) {
        repository.rollbackBatch();
        return Status::failure(place + QStringLiteral(": ") + s.error(), s.field());
    };
    for (ImportedWorkshop iw : parsed.value()) {
        QHash<QString, qint64> previousTalkIds;
        if (const std::optional<Workshop> existing = repository.workshopBySlug(iw.workshop.slug)) {
            if (iw.workshop.id == 0)
                iw.workshop.id = existing->id; // keep published URLs stable
            const QList<Presentation> old = repository.presentations(existing->id);
            for (const Presentation &p : old)
                previousTalkIds.insert(p.slug, p.id);
            if (Status s = repository.removeWorkshop(existing->id); !s)
                return abort(iw.place, s);
            ++summary.workshopsReplaced;
        } else {
            ++summary.workshopsAdded;
        }
        const Result<qint64> wid = repository.addWorkshop(iw.workshop);
        if (!wid)
            return abort(iw.place, wid.status());
        for (ImportedTalk it : iw.talks) {
            it.presentation.workshopId = wid.value();
            if (it.presentation.id == 0)
                it.presentation.id = previousTalkIds.value(it.presentation.slug, 0);
            const Result<qint64> pid = repository.addPresentation(it.presentation);
            if (!pid)
                return abort(it.place, pid.status());
            for (Attachment a : it.attachments) {
                a.presentationId = pid.value();
                if (const Result<qint64> aid = repository.addAttachment(a); !aid)
                    return abort(it.place + QStringLiteral(" attachments"), aid.status());
            }
            ++summary.presentations;
        }
        // Archive depends on the presentations, so it is checked last.
        const StateAvailability a =
            repository.workshopStateAvailability(wid.value(), iw.workshop.state);
        if (!a.allowed)
            return abort(iw.place, Status::failure(QStringLiteral("webcast_state: ") + a.reason,
                                                   QStringLiteral("webcast_state")));
    }
    if (Status s = repository.commitBatch(); !s)
        return s;
    return summary;
}

} // namespace jsonexchange
