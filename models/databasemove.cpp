#include "models/databasemove.h"

#include "models/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace databasemove {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("databasemove", text);
}

// Parents before children. A table this list does not know (a later
// migration that forgot it here) stops the move rather than leave it out.
const QStringList &tableOrder()
{
    static const QStringList order{
        QStringLiteral("workshop"),      QStringLiteral("presentation"),
        QStringLiteral("room"),          QStringLiteral("attachment_content"),
        QStringLiteral("attachment"),    QStringLiteral("state_history"),
        QStringLiteral("site_setting"),  QStringLiteral("publish_manifest"),
        QStringLiteral("publish_queue"), QStringLiteral("transfer"),
        QStringLiteral("edit_history")};
    return order;
}

// Not copied: each database keeps its own identity (a publishing target
// tells the file and the team database apart by it).
bool ownTable(const QString &table)
{
    return table == QLatin1String("database_identity");
}

} // namespace

Result<QStringList> copy(Database &from, Database &to)
{
    if (from.isPostgres() || !to.isPostgres())
        return Status::failure(
            tr("move-to copies a database file into a team database (postgresql://…)"));
    QSqlDatabase source = from.connection();
    QSqlDatabase target = to.connection();

    QSqlQuery tables(source);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%' ORDER BY name")))
        return Status::failure(tables.lastError().text());
    while (tables.next()) {
        if (!tableOrder().contains(tables.value(0).toString()) &&
            !ownTable(tables.value(0).toString()))
            return Status::failure(tr("the table %1 is not known to move-to; nothing was copied")
                                       .arg(tables.value(0).toString()));
    }
    // Only into an empty database: a team's data is never mixed with a copy.
    for (const QString &table : tableOrder()) {
        QSqlQuery count(target);
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !count.next())
            return Status::failure(count.lastError().text());
        if (count.value(0).toLongLong() > 0)
            return Status::failure(tr("%1 is not empty (its table %2 has rows); move-to only "
                                      "fills a new team database")
                                       .arg(to.displayName(), table));
    }

    const Result<bool> began = to.begin();
    if (!began)
        return began.status();
    auto fail = [&to](const QString &why) {
        to.rollback();
        return Status::failure(why + QLatin1Char(' ') + tr("Nothing was copied."));
    };
    // The copy is not an edit: the audit trigger skips its inserts (the
    // file's own edit history comes along).
    if (QSqlQuery moving(target); !moving.exec(QStringLiteral("SET LOCAL webcast.moving = 'on'")))
        return fail(moving.lastError().text());
    QStringList summary;
    for (const QString &table : tableOrder()) {
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return fail(read.lastError().text());
        const QSqlRecord columns = read.record();
        QStringList names, marks;
        for (int i = 0; i < columns.count(); ++i) {
            names << columns.fieldName(i);
            marks << QStringLiteral("?");
        }
        QSqlQuery write(target);
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, names.join(QStringLiteral(", ")),
                                    marks.join(QStringLiteral(", ")))))
            return fail(write.lastError().text());
        int rows = 0;
        while (read.next()) {
            for (int i = 0; i < columns.count(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return fail(tr("%1, row %2: %3")
                                .arg(table)
                                .arg(rows + 1)
                                .arg(write.lastError().text().trimmed()));
            ++rows;
        }
        // Rows came with their ids: new ones continue after them.
        if (names.contains(QStringLiteral("id")) && rows > 0) {
            QSqlQuery bump(target);
            if (!bump.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                          "(SELECT MAX(id) FROM %1))")
                               .arg(table)))
                return fail(bump.lastError().text());
        }
        summary << QStringLiteral("%1: %2").arg(table).arg(rows);
    }
    if (Status s = to.commit(); !s)
        return fail(s.error());
    return summary;
}

} // namespace databasemove
