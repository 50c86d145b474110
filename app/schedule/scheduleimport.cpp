#include "app/schedule/scheduleimport.h"

#include "app/schedule/scheduleexport.h"
#include "app/schedule/scheduleinternal.h"
#include "models/repository.h"
#include "models/staterules.h"
#include "models/validation.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

QString ScheduleDiff::summaryLine() const
{
    return QStringLiteral("added %1, changed %2, removed %3, unchanged %4")
        .arg(added)
        .arg(changed)
        .arg(removed)
        .arg(unchanged);
}

namespace scheduleimport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scheduleimport", text);
}

// Descriptions come as Markdown or HTML. The pages show Markdown (raw HTML
// turned off), so HTML becomes its text: paragraphs and list items kept,
// every tag dropped, entities decoded.
QString plainText(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z/!][^>]*>"));
    if (!tag.match(text).hasMatch())
        return text.trimmed();
    // Compiled once: a 1,000-talk schedule calls this 2,000 times.
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/h[1-6]|/ul|/ol)\\s*/?>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression item(QStringLiteral("<li[^>]*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString s = text;
    s.replace(breaks, QStringLiteral("\n"));
    s.replace(item, QStringLiteral("\n- "));
    s.remove(tag);
    static const QHash<QString, QString> entities{{QStringLiteral("&amp;"), QStringLiteral("&")},
                                                  {QStringLiteral("&lt;"), QStringLiteral("<")},
                                                  {QStringLiteral("&gt;"), QStringLiteral(">")},
                                                  {QStringLiteral("&quot;"), QStringLiteral("\"")},
                                                  {QStringLiteral("&#39;"), QStringLiteral("'")},
                                                  {QStringLiteral("&apos;"), QStringLiteral("'")},
                                                  {QStringLiteral("&nbsp;"), QStringLiteral(" ")}};
    for (auto it = entities.cbegin(); it != entities.cend(); ++it)
        s.replace(it.key(), it.value());
    static const QRegularExpression numeric(QStringLiteral("&#(\\d+);"));
    for (auto m = numeric.globalMatch(s); m.hasNext();) {
        const QRegularExpressionMatch one = m.next();
        const uint code = one.captured(1).toUInt();
        const bool valid = code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        const char32_t c = valid ? char32_t(code) : char32_t(0xFFFD);
        s.replace(one.captured(0), QString::fromUcs4(&c, 1));
    }
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QRegularExpression(QStringLiteral("\n{3,}")), QStringLiteral("\n\n"));
    return s.trimmed();
}

QString clipped(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

// What decides whether a talk changed, field by field (the words the diff
// shows).
QStringList differences(const Presentation &now, const Presentation &source)
{
    QStringList fields;
    if (now.startsAt != source.startsAt || now.endsAt != source.endsAt)
        fields << QStringLiteral("time");
    if (now.room != source.room)
        fields << QStringLiteral("room");
    if (now.title != source.title)
        fields << QStringLiteral("title");
    // Affiliations only when the source gives them (frab's XML has none).
    if (now.speakerName != source.speakerName ||
        (!source.speakerAffiliation.isEmpty() &&
         now.speakerAffiliation != source.speakerAffiliation))
        fields << QStringLiteral("speakers");
    if (now.summary != source.summary)
        fields << QStringLiteral("summary");
    if (now.cancelled)
        fields << QStringLiteral("back in the schedule");
    return fields;
}

// Why a talk the source dropped is kept (cancelled) instead of deleted;
// empty: nothing hangs on it.
QString workOn(const WebcastRepository &repo, const Presentation &p)
{
    if (staterules::hasArchivedWebcast(p))
        return tr("it has an archive");
    if (p.state != WebcastState::Upcoming)
        return tr("it is %1").arg(stateDisplayName(p.state));
    if (!repo.attachments(p.id).isEmpty())
        return tr("it has slides");
    return {};
}

QString uniqueSlug(const QString &title, QSet<QString> &taken)
{
    QString base = validation::slugFromTitle(title).left(validation::maxSlugLength - 4);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("talk");
    QString slug = base;
    for (int n = 2; taken.contains(slug); ++n)
        slug = base + QLatin1Char('-') + QString::number(n);
    taken.insert(slug);
    return slug;
}

} // namespace

Presentation toPresentation(const ScheduleEvent &e)
{
    Presentation p;
    p.title = clipped(e.title, validation::maxTitleLength);
    p.speakerName = clipped(e.speakerLine(), validation::maxTitleLength);
    p.speakerAffiliation = clipped(e.affiliationLine(), validation::maxTitleLength);
    const QString abstract = plainText(e.abstract);
    const QString description = plainText(e.description);
    p.summary = clipped(abstract.isEmpty() ? description
                        : description.isEmpty() || description == abstract
                            ? abstract
                            : abstract + QStringLiteral("\n\n") + description,
                        validation::maxTextLength);
    p.room = clipped(e.room, validation::maxTitleLength);
    p.startsAt = e.start;
    p.endsAt = e.end > e.start ? e.end : e.start.addSecs(60);
    p.sourceKey = e.key;
    return p;
}

ScheduleDiff diff(const WebcastRepository &repo, const ScheduleDocument &doc,
                  const QString &workshopSlug)
{
    ScheduleDiff d;
    const std::optional<Workshop> w = repo.workshopBySlug(workshopSlug);
    d.newWorkshop = !w;
    QHash<QString, Presentation> known;
    // Our own export names a talk without a guid of its own (typed by hand,
    // or from a calendar or a schedule that repeated a guid) by a derived
    // one: importing that export finds the talk again by it. Only a match:
    // a talk typed by hand is never removed by a schedule.
    QHash<QString, Presentation> exported;
    QSet<qint64> matched;
    if (w) {
        const QList<Presentation> talks = repo.presentations(w->id);
        for (const Presentation &p : talks) {
            if (!p.sourceKey.isEmpty())
                known.insert(p.sourceKey, p);
            exported.insert(scheduleexport::derivedTalkGuid(w->slug, p.slug), p);
        }
    }
    // Some exporters make new UIDs on every build: then no identity matches
    // the last import although the talks are the same. When none matches
    // but at least half match on title and start, those are used, and said.
    auto titleAndStart = [](const QString &title, const QDateTime &start) -> QString {
        return title.trimmed().toCaseFolded() + QLatin1Char('@') +
               start.toUTC().toString(Qt::ISODate);
    };
    QHash<QString, Presentation> byTitle;
    bool byTitleToo = false;
    if (!known.isEmpty()) {
        int keyMatches = 0;
        for (const ScheduleEvent &e : doc.events)
            keyMatches += known.contains(e.key) ? 1 : 0;
        if (keyMatches == 0) {
            for (const Presentation &p : std::as_const(known))
                byTitle.insert(titleAndStart(p.title, p.startsAt), p);
            int titleMatches = 0;
            for (const ScheduleEvent &e : doc.events)
                titleMatches += byTitle.contains(titleAndStart(e.title, e.start)) ? 1 : 0;
            const qsizetype smaller = qMin(doc.events.size(), known.size());
            byTitleToo = titleMatches > 0 && 2 * titleMatches >= smaller;
            if (byTitleToo)
                d.notes << tr("None of the schedule's %1 identities match the last import, but "
                              "%2 talks match on title and start: this source makes new "
                              "identities on every export, so talks are matched on title and "
                              "start time.")
                               .arg(doc.events.size())
                               .arg(titleMatches);
        }
    }
    QSet<QString> inSource;
    for (const ScheduleEvent &e : doc.events) {
        inSource.insert(e.key);
        ScheduleChange c;
        c.key = e.key;
        c.title = e.title;
        c.event = e;
        const Presentation *now = nullptr;
        if (const auto k = known.constFind(e.key); k != known.cend())
            now = &*k;
        else if (const auto x = exported.constFind(e.key); x != exported.cend())
            now = &*x;
        else if (const auto t = byTitle.constFind(titleAndStart(e.title, e.start));
                 byTitleToo && t != byTitle.cend() && !matched.contains(t->id))
            now = &*t;
        if (!now) {
            c.kind = ScheduleChange::Kind::Added;
            ++d.added;
        } else {
            c.presentationId = now->id;
            matched.insert(now->id);
            c.fields = differences(*now, toPresentation(e));
            c.kind = c.fields.isEmpty() ? ScheduleChange::Kind::Unchanged
                                        : ScheduleChange::Kind::Changed;
            ++(c.fields.isEmpty() ? d.unchanged : d.changed);
        }
        d.changes.append(c);
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (inSource.contains(it.key()) || matched.contains(it->id))
            continue;
        ScheduleChange c;
        c.key = it.key();
        c.title = it->title;
        c.presentationId = it->id;
        c.event.start = it->startsAt;
        if (it->cancelled) {
            c.kind = ScheduleChange::Kind::Unchanged; // dropped before, kept then
            ++d.unchanged;
        } else {
            c.kind = ScheduleChange::Kind::Removed;
            c.keptBecause = workOn(repo, *it);
            ++d.removed;
        }
        d.changes.append(c);
    }
    std::stable_sort(d.changes.begin(), d.changes.end(),
                     [](const ScheduleChange &a, const ScheduleChange &b) {
                         return a.event.start < b.event.start;
                     });
    return d;
}

Result<qint64> apply(WebcastRepository &repo, const ScheduleDocument &doc,
                     const QString &workshopSlug, const QString &source)
{
    const ScheduleDiff d = diff(repo, doc, workshopSlug);
    if (Status s = repo.beginBatch(); !s)
        return s;
    auto fail = [&repo](const QString &place, const Status &s) {
        repo.rollbackBatch();
        return Status::failure(place + QStringLiteral(": ") + s.error(), s.field());
    };
    // The workshop: made from the schedule when new; its days widened to
    // the talks' when they fall outside.
    std::optional<Workshop> w = repo.workshopBySlug(workshopSlug);
    Workshop workshop = w ? *w : Workshop();
    if (!w) {
        workshop.slug = workshopSlug;
        workshop.title = doc.title.isEmpty() ? workshopSlug : clipped(doc.title, 300);
        workshop.timeZone =
            validation::isKnownTimeZone(doc.timeZone) ? doc.timeZone : QStringLiteral("UTC");
        workshop.firstDay = doc.firstDay;
        workshop.lastDay = doc.lastDay;
    }
    const QTimeZone zone(workshop.timeZone.toUtf8());
    for (const ScheduleEvent &e : doc.events) {
        const QDate day = e.start.toTimeZone(zone).date();
        if (!workshop.firstDay.isValid() || day < workshop.firstDay)
            workshop.firstDay = day;
        if (!workshop.lastDay.isValid() || day > workshop.lastDay)
            workshop.lastDay = day;
    }
    if (!workshop.firstDay.isValid())
        workshop.firstDay = workshop.lastDay = QDate::currentDate();
    workshop.scheduleSource = source;
    if (!w) {
        const Result<qint64> id = repo.addWorkshop(workshop);
        if (!id)
            return fail(tr("workshop %1").arg(workshopSlug), id.status());
        workshop.id = id.value();
    } else if (Status s = repo.updateWorkshop(workshop); !s) {
        return fail(tr("workshop %1").arg(workshopSlug), s);
    }

    // Rooms: the schedule's, in its order; a room's own live stream stays.
    const QList<Room> rooms = repo.rooms(workshop.id);
    for (int i = 0; i < doc.rooms.size(); ++i) {
        const ScheduleRoom &r = doc.rooms.at(i);
        auto have = std::find_if(rooms.cbegin(), rooms.cend(),
                                 [&r](const Room &x) { return x.name == r.name; });
        Room room = have != rooms.cend() ? *have : Room();
        room.workshopId = workshop.id;
        room.name = r.name;
        room.guid = r.guid;
        room.sortOrder = i;
        const Status s = room.id ? repo.updateRoom(room) : repo.addRoom(room).status();
        if (!s)
            return fail(tr("room %1").arg(r.name), s);
    }

    QSet<QString> slugs;
    for (const Presentation &p : repo.presentations(workshop.id))
        slugs.insert(p.slug);
    int order = 0;
    for (const ScheduleChange &c : d.changes) {
        const QString place = tr("talk %1 (\"%2\")").arg(c.key, c.title);
        if (c.kind == ScheduleChange::Kind::Added) {
            Presentation p = toPresentation(c.event);
            p.workshopId = workshop.id;
            p.slug = uniqueSlug(p.title, slugs);
            p.sortOrder = order++;
            if (const Result<qint64> id = repo.addPresentation(p); !id)
                return fail(place, id.status());
        } else if (c.kind == ScheduleChange::Kind::Changed) {
            // The source's fields; ours (id, slug, state, archive, slides,
            // history) stay.
            Presentation p = *repo.presentation(c.presentationId);
            const Presentation from = toPresentation(c.event);
            p.title = from.title;
            if (!from.speakerAffiliation.isEmpty() || from.speakerName != p.speakerName)
                p.speakerAffiliation = from.speakerAffiliation;
            p.speakerName = from.speakerName;
            p.summary = from.summary;
            p.room = from.room;
            p.startsAt = from.startsAt;
            p.endsAt = from.endsAt;
            p.cancelled = false;
            if (!p.sourceKey.isEmpty()) // the identity it has now (never on talks typed by hand)
                p.sourceKey = c.key;
            if (Status s = repo.updatePresentation(p); !s)
                return fail(place, s);
        } else if (c.kind == ScheduleChange::Kind::Unchanged && c.presentationId > 0 &&
                   !c.event.key.isEmpty()) {
            // Matched on title and start under a new identity: keep the new one.
            Presentation p = *repo.presentation(c.presentationId);
            if (!p.sourceKey.isEmpty() && p.sourceKey != c.key && !p.cancelled) {
                p.sourceKey = c.key;
                if (Status s = repo.updatePresentation(p); !s)
                    return fail(place, s);
            }
        } else if (c.kind == ScheduleChange::Kind::Removed) {
            if (c.keptBecause.isEmpty()) {
                if (Status s = repo.removePresentation(c.presentationId); !s)
                    return fail(place, s);
            } else {
                Presentation p = *repo.presentation(c.presentationId);
                p.cancelled = true;
                if (Status s = repo.updatePresentation(p); !s)
                    return fail(place, s);
            }
        }
    }
    if (Status s = repo.commitBatch(); !s)
        return s;
    return workshop.id;
}

QString sourceOf(const QString &fileOrUrl)
{
    const QUrl url(fileOrUrl.trimmed());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return url.toString(QUrl::RemoveUserInfo);
    return QFileInfo(url.isLocalFile() ? url.toLocalFile() : fileOrUrl.trimmed())
        .absoluteFilePath();
}

QString workshopFor(const WebcastRepository &repo, const QString &source)
{
    const QList<Workshop> all = repo.workshops();
    for (const Workshop &w : all) {
        if (!source.isEmpty() && w.scheduleSource == source)
            return w.slug;
    }
    return {};
}

QString suggestedSlug(const ScheduleDocument &doc)
{
    QString slug = validation::slugFromTitle(doc.acronym.isEmpty() ? doc.title : doc.acronym)
                       .left(validation::maxSlugLength);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

Result<ScheduleDocument> load(const QString &fileOrUrl, int timeoutMs)
{
    const QUrl url(fileOrUrl);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        QFile file(url.isLocalFile() ? url.toLocalFile() : fileOrUrl);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read %1: %2").arg(fileOrUrl, file.errorString()));
        if (file.size() > 256 * 1024 * 1024)
            return Status::failure(
                tr("%1 is larger than 256 MiB; that is not a schedule.").arg(fileOrUrl));
        return schedule::parse(file.readAll(), QFileInfo(file.fileName()).fileName());
    }
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json, application/xml, text/calendar, */*");
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return Status::failure(
            tr("%1 did not answer within %2 seconds.").arg(where).arg(timeoutMs / 1000));
    if (reply->error() == QNetworkReply::SslHandshakeFailedError)
        return Status::failure(
            tr("The certificate of %1 is not trusted: %2").arg(url.host(), reply->errorString()));
    if (status >= 400)
        return Status::failure(
            tr("%1 answered %2 %3.")
                .arg(where)
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    if (reply->error() != QNetworkReply::NoError)
        return Status::failure(tr("Cannot fetch %1: %2").arg(where, reply->errorString()));
    return schedule::parse(reply->readAll(), where);
}

} // namespace scheduleimport
