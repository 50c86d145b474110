// The repository's rooms: a workshop's rooms as one ordered list, each with
// its optional live stream; talks name their room by name.
#include "models/database.h"
#include "models/repository.h"
#include "models/repositoryinternal.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using repositoryinternal::text;

QList<Room> WebcastRepository::rooms(qint64 workshopId) const
{
    QList<Room> result;
    static const QString sql =
        QStringLiteral("SELECT id, workshop_id, name, guid, live_stream_url, sort_order "
                       "FROM room WHERE workshop_id = :w ORDER BY sort_order, id");
    const std::shared_ptr<QSqlQuery> q = preparedLookup(sql);
    q->bindValue(QStringLiteral(":w"), workshopId);
    if (q->exec()) {
        while (q->next()) {
            Room r;
            r.id = q->value(0).toLongLong();
            r.workshopId = q->value(1).toLongLong();
            r.name = q->value(2).toString();
            r.guid = q->value(3).toString();
            r.liveStreamUrl = q->value(4).toString();
            r.sortOrder = q->value(5).toInt();
            result.append(r);
        }
    }
    q->finish();
    return result;
}

namespace {

Status checkRoom(const Room &r)
{
    if (r.name.trimmed().isEmpty())
        return Status::failure(
            QCoreApplication::translate("WebcastRepository", "name: a room needs a name"),
            QStringLiteral("name"));
    if (validation::hasControlCharacters(r.name))
        return Status::failure(
            QCoreApplication::translate("WebcastRepository",
                                        "name: must be a single line without control characters"),
            QStringLiteral("name"));
    if (!r.liveStreamUrl.isEmpty() &&
        !validation::isAcceptableUrl(r.liveStreamUrl,
                                     {QStringLiteral("rtsp"), QStringLiteral("rtsps"),
                                      QStringLiteral("http"), QStringLiteral("https")}))
        return Status::failure(
            QCoreApplication::translate("WebcastRepository",
                                        "live_stream_url: must be an rtsp, http or https address"),
            QStringLiteral("live_stream_url"));
    return {};
}

void bindRoom(QSqlQuery &q, const Room &r)
{
    q.bindValue(QStringLiteral(":workshop_id"), r.workshopId);
    q.bindValue(QStringLiteral(":name"), text(r.name.trimmed()));
    q.bindValue(QStringLiteral(":guid"), text(r.guid));
    q.bindValue(QStringLiteral(":live_stream_url"), text(r.liveStreamUrl.trimmed()));
    q.bindValue(QStringLiteral(":sort_order"), r.sortOrder);
}

} // namespace

Result<qint64> WebcastRepository::addRoom(const Room &r)
{
    if (Status s = checkRoom(r); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(insertSql(QStringLiteral("room"),
                        QStringLiteral("workshop_id, name, guid, live_stream_url, sort_order"),
                        r.id > 0));
    if (r.id > 0)
        q.bindValue(QStringLiteral(":id"), r.id);
    bindRoom(q, r);
    const Result<qint64> added = insertedId(q, QStringLiteral("room"), r.id, tr("add the room"));
    if (added && !inBatch())
        emit roomsChanged(r.workshopId);
    return added;
}

Status WebcastRepository::updateRoom(const Room &r)
{
    if (Status s = checkRoom(r); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE room SET workshop_id = :workshop_id, name = :name, guid = :guid, "
                       "live_stream_url = :live_stream_url, sort_order = :sort_order "
                       "WHERE id = :id"));
    bindRoom(q, r);
    q.bindValue(QStringLiteral(":id"), r.id);
    if (Status s = exec(q, tr("save the room")); !s)
        return s;
    if (!inBatch())
        emit roomsChanged(r.workshopId);
    return {};
}

Status WebcastRepository::removeRoom(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT workshop_id FROM room WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return fail(tr("The room no longer exists."));
    const qint64 workshopId = q.value(0).toLongLong();
    q.prepare(QStringLiteral("DELETE FROM room WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = exec(q, tr("remove the room")); !s)
        return s;
    if (!inBatch())
        emit roomsChanged(workshopId);
    return {};
}

Status WebcastRepository::checkRooms(const QList<Room> &rooms) const
{
    QSet<QString> names;
    for (int i = 0; i < rooms.size(); ++i) {
        const Room &r = rooms.at(i);
        const QString where = tr("Room %1").arg(i + 1);
        if (Status s = checkRoom(r); !s)
            return Status::failure(where + QStringLiteral(": ") + s.error(), s.field());
        const QString key = r.name.trimmed().toCaseFolded();
        if (names.contains(key))
            return Status::failure(
                where + QStringLiteral(": ") +
                    tr("name: \"%1\" is already a room of this workshop").arg(r.name.trimmed()),
                QStringLiteral("name"));
        names.insert(key);
    }
    return {};
}

Status WebcastRepository::setRooms(qint64 workshopId, const QList<Room> &rooms)
{
    if (Status s = checkRooms(rooms); !s)
        return s;
    const QList<Room> before = this->rooms(workshopId);
    if (Status s = beginBatch(); !s)
        return s;
    auto fail = [this](const Status &s) {
        rollbackBatch();
        return s;
    };
    QSet<qint64> kept;
    for (const Room &r : rooms)
        kept.insert(r.id);
    for (const Room &old : before) {
        if (!kept.contains(old.id)) {
            if (Status s = removeRoom(old.id); !s)
                return fail(s);
        }
    }
    // Names are unique per workshop: park the saved rooms' names first so
    // that two rooms may swap theirs.
    for (const Room &old : before) {
        if (!kept.contains(old.id))
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE room SET name = :park WHERE id = :id"));
        q.bindValue(QStringLiteral(":park"), QStringLiteral("\x01%1").arg(old.id));
        q.bindValue(QStringLiteral(":id"), old.id);
        if (Status s = exec(q, tr("save the room")); !s)
            return fail(s);
    }
    for (int i = 0; i < rooms.size(); ++i) {
        Room r = rooms.at(i);
        r.workshopId = workshopId;
        r.name = r.name.trimmed();
        r.liveStreamUrl = r.liveStreamUrl.trimmed();
        r.sortOrder = i;
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&r](const Room &b) { return b.id == r.id; });
        if (r.id > 0 && old != before.cend()) {
            if (Status s = updateRoom(r); !s)
                return fail(s);
            if (old->name != r.name) {
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral("UPDATE presentation SET room = :new "
                                         "WHERE workshop_id = :w AND room = :old"));
                q.bindValue(QStringLiteral(":new"), r.name);
                q.bindValue(QStringLiteral(":w"), workshopId);
                q.bindValue(QStringLiteral(":old"), old->name);
                if (Status s = exec(q, tr("move the talks to the renamed room")); !s)
                    return fail(s);
            }
        } else {
            r.id = 0;
            if (const Result<qint64> id = addRoom(r); !id)
                return fail(id.status());
        }
    }
    if (Status s = commitBatch(); !s)
        return s;
    emit roomsChanged(workshopId);
    return {};
}
