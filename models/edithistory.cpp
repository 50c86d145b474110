// The repository's part of working as a team: versioned updates of only the
// fields that changed, and the edit history (written by the database on
// PostgreSQL, by the program on a file).
#include "models/database.h"
#include "models/repository.h"
#include "models/repositoryinternal.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using repositoryinternal::text;

namespace {

const QString editColumns =
    QStringLiteral("id, changed_at, changed_by, table_name, row_id, workshop_id, subject_label, "
                   "action, field, old_value, new_value");

QList<EditRecord> readEdits(QSqlQuery &q)
{
    QList<EditRecord> edits;
    while (q.next()) {
        EditRecord e;
        e.id = q.value(0).toLongLong();
        e.changedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toUTC();
        e.changedBy = q.value(2).toString();
        e.table = q.value(3).toString();
        e.rowId = q.value(4).toLongLong();
        e.workshopId = q.value(5).toLongLong();
        e.subjectLabel = q.value(6).toString();
        e.action = q.value(7).toString();
        e.field = q.value(8).toString();
        e.oldValue = q.value(9).toString();
        e.newValue = q.value(10).toString();
        edits << e;
    }
    return edits;
}

} // namespace

WebcastRepository::Changes
WebcastRepository::changedColumns(const QList<std::pair<QString, QVariant>> &before,
                                  const QList<std::pair<QString, QVariant>> &after)
{
    Changes changes;
    for (int i = 0; i < after.size() && i < before.size(); ++i) {
        if (before.at(i).second.toString() != after.at(i).second.toString())
            changes.append({after.at(i).first, {before.at(i).second, after.at(i).second}});
    }
    return changes;
}

QString WebcastRepository::subjectLabel(const Presentation &p) const
{
    const std::optional<Workshop> w = workshop(p.workshopId);
    return (w ? w->slug : QString()) + QLatin1Char('/') + p.slug;
}

Status WebcastRepository::updateChanged(const QString &table, qint64 id, qint64 version,
                                        const Changes &changes, qint64 workshopId,
                                        const QString &label, const QString &what)
{
    if (changes.isEmpty())
        return {};
    QStringList sets;
    for (const auto &change : changes)
        sets << change.first + QStringLiteral(" = :") + change.first;
    sets << QStringLiteral("row_version = row_version + 1");
    const Result<bool> began = m_db.begin();
    if (!began)
        return fail(began.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = :id%3")
                  .arg(table, sets.join(QStringLiteral(", ")),
                       version > 0 ? QStringLiteral(" AND row_version = :version") : QString()));
    for (const auto &change : changes)
        q.bindValue(QLatin1Char(':') + change.first, change.second.second);
    q.bindValue(QStringLiteral(":id"), id);
    if (version > 0)
        q.bindValue(QStringLiteral(":version"), version);
    Status s = exec(q, what);
    if (s && q.numRowsAffected() == 0)
        s = version > 0
                ? fail(tr("Someone else saved \"%1\" while you were editing it.").arg(label),
                       QStringLiteral("row_version"))
                : fail(tr("\"%1\" no longer exists.").arg(label));
    if (s && !m_db.isPostgres())
        s = audit(table, id, workshopId, label, QStringLiteral("update"), changes);
    if (began.value()) {
        if (!s)
            m_db.rollback();
        else if (Status c = m_db.commit(); !c)
            s = fail(c.error());
    }
    return s;
}

Status WebcastRepository::audit(const QString &table, qint64 rowId, qint64 workshopId,
                                const QString &label, const QString &action, const Changes &changes)
{
    if (m_db.isPostgres())
        return {}; // the database's triggers write it, with the login role
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO edit_history (changed_at, changed_by, table_name, row_id, workshop_id, "
        "subject_label, action, field, old_value, new_value) VALUES (:at, :by, :table, :row, "
        ":workshop, :label, :action, :field, :old, :new)"));
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto write = [&](const QString &field, const QVariant &before, const QVariant &after) {
        q.bindValue(QStringLiteral(":at"), at);
        q.bindValue(QStringLiteral(":by"), text(m_editor));
        q.bindValue(QStringLiteral(":table"), table);
        q.bindValue(QStringLiteral(":row"), rowId);
        q.bindValue(QStringLiteral(":workshop"), workshopId);
        q.bindValue(QStringLiteral(":label"), text(label));
        q.bindValue(QStringLiteral(":action"), action);
        q.bindValue(QStringLiteral(":field"), text(field));
        q.bindValue(QStringLiteral(":old"), text(before.toString()));
        q.bindValue(QStringLiteral(":new"), text(after.toString()));
        return exec(q, tr("record the edit"));
    };
    if (changes.isEmpty())
        return write({}, {}, {});
    for (const auto &change : changes) {
        if (Status s = write(change.first, change.second.first, change.second.second); !s)
            return s;
    }
    return {};
}

QList<EditRecord> WebcastRepository::editHistoryOf(qint64 workshopId, qint64 presentationId,
                                                   int limit, bool ownRowsOnly) const
{
    QString where;
    if (presentationId > 0)
        where = QStringLiteral("WHERE table_name = 'presentation' AND row_id = :p ");
    else if (workshopId > 0)
        where = ownRowsOnly ? QStringLiteral("WHERE workshop_id = :w AND table_name IN "
                                             "('workshop', 'room') ")
                            : QStringLiteral("WHERE workshop_id = :w ");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM edit_history ").arg(editColumns) + where +
              QStringLiteral("ORDER BY id DESC LIMIT :limit"));
    if (presentationId > 0) {
        q.bindValue(QStringLiteral(":p"), presentationId);
    } else if (workshopId > 0) {
        q.bindValue(QStringLiteral(":w"), workshopId);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return {};
    return readEdits(q);
}

std::pair<qint64, qint64> WebcastRepository::lastHistoryIds() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM edit_history), "
                              "(SELECT COALESCE(MAX(id), 0) FROM state_history)")) &&
        q.next())
        return {q.value(0).toLongLong(), q.value(1).toLongLong()};
    return {0, 0};
}

QList<EditRecord> WebcastRepository::editsSince(qint64 editId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM edit_history WHERE id > :id ORDER BY id").arg(editColumns));
    q.bindValue(QStringLiteral(":id"), editId);
    if (!q.exec())
        return {};
    return readEdits(q);
}

void WebcastRepository::announceRemoteChange(const QString &table, const QString &action, qint64 id,
                                             qint64 parentId)
{
    const bool added = action == QLatin1String("insert");
    const bool removed = action == QLatin1String("delete");
    if (table == QLatin1String("workshop")) {
        if (added)
            emit workshopAdded(id);
        else if (removed)
            emit workshopRemoved(id);
        else
            emit workshopChanged(id);
    } else if (table == QLatin1String("presentation")) {
        if (added)
            emit presentationAdded(id, parentId);
        else if (removed)
            emit presentationRemoved(id, parentId);
        else
            emit presentationChanged(id, parentId);
    } else if (table == QLatin1String("room")) {
        emit roomsChanged(parentId);
    } else if (table == QLatin1String("attachment")) {
        emit attachmentsChanged(parentId);
    } else if (table == QLatin1String("site_setting")) {
        emit settingsChanged();
    }
}

void WebcastRepository::announceRemoteHistory(qint64 stateHistoryId)
{
    const QList<StateChange> changes = stateChangesSince(stateHistoryId - 1);
    if (!changes.isEmpty() && changes.first().id == stateHistoryId)
        emit historyAdded(changes.first());
}
