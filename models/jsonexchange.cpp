#include "models/jsonexchange.h"

#include "models/repository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecordReader", text);
}

// 2: slides are files beside the JSON ("file"), no longer paths on this
// computer ("local_file").
constexpr int formatVersion = 2;

} // namespace

namespace jsonexchange {
namespace {

// The messages of reading and writing (RecordReader has its own).
QString tr(const char *text)
{
    return QCoreApplication::translate("jsonexchange", text);
}

// Where the slides of `place` are: a path inside `folder` that stays inside
// it (no absolute path, no "..", no link leading out), naming a file.
Result<QString> resolveInside(const QString &folder, const QString &relative, const QString &place)
{
    auto refuse = [&place](const QString &why) {
        return Status::failure(place + QStringLiteral(": file: ") + why, QStringLiteral("file"));
    };
    if (relative.isEmpty())
        return refuse(tr("is required"));
    if (folder.isEmpty())
        return refuse(tr("slides can only be imported from a file, with their folder beside it"));
    const QStringList parts = relative.split(QLatin1Char('/'));
    if (relative.startsWith(QLatin1Char('/')) || relative.startsWith(QLatin1Char('~')) ||
        relative.contains(QLatin1Char('\\')) || QDir::isAbsolutePath(relative) ||
        parts.contains(QStringLiteral("..")) || parts.contains(QString()))
        return refuse(tr("\"%1\" must be a path inside %2").arg(relative, folder));
    const QFileInfo base(folder);
    if (!base.isDir())
        return refuse(tr("the folder %1 with the slides is missing (it is written beside the "
                         "JSON, named after it)")
                          .arg(folder));
    const QFileInfo file(base.absoluteFilePath() + QLatin1Char('/') + relative);
    const QString canonical = file.canonicalFilePath();
    if (canonical.isEmpty() || !file.isFile())
        return refuse(tr("%1 does not exist").arg(file.absoluteFilePath()));
    if (!canonical.startsWith(base.canonicalFilePath() + QLatin1Char('/')))
        return refuse(tr("\"%1\" leads out of %2 (through a link)").arg(relative, folder));
    return canonical;
}

// The bytes of one attachment named in the JSON, checked like slides
// added by hand (a slide format, not empty, not too large, and the SHA-256
// the export wrote, when given).
Result<QByteArray> readSlides(const QString &file, const QString &expectedSha256,
                              const QString &place)
{
    auto refuse = [&place](const QString &why) {
        return Status::failure(place + QStringLiteral(": file: ") + why, QStringLiteral("file"));
    };
    const QFileInfo info(file);
    if (Attachment::kindForFile(info.fileName()).isEmpty())
        return refuse(tr("%1 is not slides (.pdf, .ppt, .pptx, .key, .odp)").arg(info.fileName()));
    if (info.size() == 0)
        return refuse(tr("%1 is empty").arg(file));
    if (info.size() > Attachment::maximumSize)
        return refuse(tr("%1 is larger than slides can be").arg(file));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return refuse(tr("cannot read %1: %2").arg(file, in.errorString()));
    const QByteArray bytes = in.readAll();
    if (!expectedSha256.isEmpty() &&
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() !=
            expectedSha256.toLatin1())
        return refuse(tr("%1 is not the file that was exported (its SHA-256 differs)").arg(file));
    return bytes;
}

} // namespace
} // namespace jsonexchange

namespace {

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

} // namespace

namespace jsonexchange {
namespace {

struct ImportedTalk
{
    Presentation presentation;
    QList<QPair<Attachment, QByteArray>> attachments; // with their bytes
    QString place;
};

struct ImportedWorkshop
{
    Workshop workshop;
    QList<Room> rooms;
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

Result<QList<ImportedWorkshop>> parse(const QByteArray &json, const QString &filesFolder)
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
                                          QStringLiteral("schedule_source"),
                                          QStringLiteral("rooms"),
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
                                      QStringLiteral("source_key"),
                                      QStringLiteral("cancelled"),
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
        w.scheduleSource = r.text("schedule_source");
        const QJsonArray rooms = wo.value(QLatin1String("rooms")).toArray();
        for (int ri = 0; ri < rooms.size(); ++ri) {
            RecordReader rr(rooms.at(ri).toObject(),
                            iw.place + QStringLiteral(" rooms[%1]").arg(ri));
            rr.checkKeys({QStringLiteral("name"), QStringLiteral("guid"),
                          QStringLiteral("live_stream_url")});
            Room room;
            room.name = rr.text("name", true);
            room.guid = rr.text("guid");
            room.liveStreamUrl = rr.text("live_stream_url");
            room.sortOrder = ri;
            if (!rr.firstError().isEmpty())
                return Status::failure(rr.firstError());
            iw.rooms.append(room);
        }
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
            p.sourceKey = pr.text("source_key");
            p.cancelled = po.value(QLatin1String("cancelled")).toBool(false);
            if (!pr.firstError().isEmpty())
                return Status::failure(pr.firstError());
            const ValidationResult pv = validation::checkPresentation(p);
            if (!pv.ok())
                return Status::failure(it.place + QStringLiteral(": ") + pv.summary(),
                                       pv.errors().first().field);
            const QJsonArray slides = po.value(QLatin1String("attachments")).toArray();
            for (int si = 0; si < slides.size(); ++si) {
                const QString place = it.place + QStringLiteral(" attachments[%1]").arg(si);
                const QJsonObject so = slides.at(si).toObject();
                if (so.contains(QLatin1String("local_file")))
                    return Status::failure(
                        place + tr(": local_file: is no longer read (it could name any file on "
                                   "this computer, and importing would publish it). Export again: "
                                   "slides are now written beside the JSON and named by \"file\"."),
                        QStringLiteral("local_file"));
                RecordReader sr(so, place);
                sr.checkKeys(
                    {QStringLiteral("label"), QStringLiteral("file"), QStringLiteral("sha256")});
                Attachment a;
                a.label = sr.text("label", true);
                const QString relative = sr.text("file", true);
                if (!sr.firstError().isEmpty())
                    return Status::failure(sr.firstError());
                const Result<QString> file = resolveInside(filesFolder, relative, place);
                if (!file)
                    return file.status();
                const Result<QByteArray> bytes =
                    readSlides(file.value(), so.value(QLatin1String("sha256")).toString(), place);
                if (!bytes)
                    return bytes.status();
                a.fileName = QFileInfo(relative).fileName();
                it.attachments.append({a, bytes.value()});
            }
            iw.talks.append(it);
        }
        result.append(iw);
    }
    return result;
}

} // namespace

QString filesFolderFor(const QString &jsonPath)
{
    const QFileInfo info(jsonPath);
    QString stem = info.fileName();
    if (stem.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        stem.chop(5);
    return info.absolutePath() + QLatin1Char('/') + stem + QStringLiteral(".files");
}

Export exportAll(const WebcastRepository &repository)
{
    Export result;
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
                {QStringLiteral("source_key"), p.sourceKey},
                {QStringLiteral("cancelled"), p.cancelled},
            };
            const QList<Attachment> slides = repository.attachments(p.id);
            QJsonArray sa;
            for (const Attachment &a : slides) {
                const Result<QByteArray> bytes = a.sha256.isEmpty()
                                                     ? Result<QByteArray>(Status::failure({}))
                                                     : repository.attachmentContent(a.sha256);
                if (!bytes) {
                    result.notKept << QStringLiteral("%1/%2: %3").arg(w.slug, p.slug, a.label);
                    continue;
                }
                const QString name = QStringLiteral("%1/%2/%3")
                                         .arg(p.id)
                                         .arg(a.id)
                                         .arg(QFileInfo(a.fileName).fileName());
                result.files.append({name, bytes.value()});
                sa.append(QJsonObject{{QStringLiteral("label"), a.label},
                                      {QStringLiteral("file"), name},
                                      {QStringLiteral("sha256"), QString::fromLatin1(a.sha256)}});
            }
            if (!sa.isEmpty())
                po.insert(QStringLiteral("attachments"), sa);
            talks.append(po);
        }
        QJsonArray roomList;
        const QList<Room> rooms = repository.rooms(w.id);
        for (const Room &room : rooms)
            roomList.append(QJsonObject{{QStringLiteral("name"), room.name},
                                        {QStringLiteral("guid"), room.guid},
                                        {QStringLiteral("live_stream_url"), room.liveStreamUrl}});
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
            {QStringLiteral("schedule_source"), w.scheduleSource},
            {QStringLiteral("rooms"), roomList},
            {QStringLiteral("presentations"), talks},
        });
    }
    const QJsonObject root{{QStringLiteral("format_version"), formatVersion},
                           {QStringLiteral("workshops"), workshops}};
    result.json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return result;
}

Status writeExport(const Export &exported, const QString &jsonPath)
{
    const QString folder = filesFolderFor(jsonPath);
    if (!exported.files.isEmpty()) {
        // The folder is made anew beside the old one and swapped in, so a
        // failed export leaves the earlier one as it was.
        const QFileInfo old(folder);
        if (old.isSymLink() || (old.exists() && !old.isDir()))
            return Status::failure(
                tr("Cannot write the slides to %1: it is not a folder.").arg(folder));
        QByteArray staging = QFile::encodeName(folder) + ".new-XXXXXX";
        if (!::mkdtemp(staging.data()))
            return Status::failure(tr("Cannot create a folder beside %1.").arg(folder));
        QDir fresh(QFile::decodeName(staging));
        for (const auto &[name, bytes] : exported.files) {
            QFile out(fresh.filePath(name));
            if (!fresh.mkpath(QFileInfo(name).path()) || !out.open(QIODevice::WriteOnly) ||
                out.write(bytes) != bytes.size()) {
                const QString why = out.errorString();
                fresh.removeRecursively();
                return Status::failure(tr("Cannot write %1: %2").arg(out.fileName(), why));
            }
        }
        QDir previous(folder + QStringLiteral(".old"));
        previous.removeRecursively();
        if (old.exists() && !QDir().rename(folder, previous.path())) {
            fresh.removeRecursively();
            return Status::failure(tr("Cannot replace the folder %1.").arg(folder));
        }
        if (!QDir().rename(fresh.path(), folder)) {
            fresh.removeRecursively();
            return Status::failure(tr("Cannot write the slides to %1.").arg(folder));
        }
        previous.removeRecursively();
    }
    // Written beside and renamed: an interrupted export never leaves a half
    // file where a good one was.
    QSaveFile file(jsonPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.json) != exported.json.size() ||
        !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(jsonPath, file.errorString()));
    return {};
}

Result<ImportSummary> importFile(WebcastRepository &repository, const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(jsonPath, file.errorString()));
    constexpr qint64 maxSize = 256 * 1024 * 1024;
    if (file.size() > maxSize)
        return Status::failure(
            tr("%1 is larger than 256 MiB; that is not a schedule.").arg(jsonPath));
    return importAll(repository, file.readAll(), filesFolderFor(jsonPath));
}

Result<ImportSummary> importAll(WebcastRepository &repository, const QByteArray &json,
                                const QString &filesFolder)
{
    const Result<QList<ImportedWorkshop>> parsed = parse(json, filesFolder);
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
        summary.slugs << iw.workshop.slug;
        for (Room room : iw.rooms) {
            room.workshopId = wid.value();
            if (const Result<qint64> rid = repository.addRoom(room); !rid)
                return abort(iw.place + QStringLiteral(" rooms"), rid.status());
        }
        for (ImportedTalk it : iw.talks) {
            it.presentation.workshopId = wid.value();
            if (it.presentation.id == 0)
                it.presentation.id = previousTalkIds.value(it.presentation.slug, 0);
            const Result<qint64> pid = repository.addPresentation(it.presentation);
            if (!pid)
                return abort(it.place, pid.status());
            for (auto [a, bytes] : it.attachments) {
                a.presentationId = pid.value();
                const Result<QByteArray> sha256 = repository.storeAttachmentContent(bytes);
                if (!sha256)
                    return abort(it.place + QStringLiteral(" attachments"), sha256.status());
                a.sha256 = sha256.value();
                if (const Result<qint64> aid = repository.addAttachment(a); !aid)
                    return abort(it.place + QStringLiteral(" attachments"), aid.status());
            }
            ++summary.presentations;
        }
        // Archive depends on the presentations, so it is checked last.
        const StateAvailability a =
            repository.workshopStateAvailability(wid.value(), iw.workshop.state, false);
        if (!a.allowed)
            return abort(iw.place, Status::failure(QStringLiteral("webcast_state: ") + a.reason,
                                                   QStringLiteral("webcast_state")));
    }
    if (Status s = repository.commitBatch(); !s)
        return s;
    return summary;
}

} // namespace jsonexchange
