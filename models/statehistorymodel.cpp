#include "models/statehistorymodel.h"

#include "models/repository.h"
#include "models/stateicons.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QLocale>

StateHistoryModel::StateHistoryModel(WebcastRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    // The subject's lines are read again (a few hundred at most), in order,
    // when it changes: a flip or an edit, here or on another seat. A flip
    // also announces its history line; only the assistant's lines (which
    // change nothing) need that signal, or the flip would be read twice.
    connect(&repository, &WebcastRepository::historyAdded, this, [this](const StateChange &c) {
        if (c.event != StateChange::Event::Change && c.subjectKind == m_kind &&
            c.subjectId == m_id && m_id != 0)
            reload();
    });
    connect(&repository, &WebcastRepository::dataReset, this, &StateHistoryModel::reload);
    connect(&repository, &WebcastRepository::workshopChanged, this, [this](qint64 id) {
        if (m_kind == SubjectKind::Workshop && id == m_id)
            reload();
    });
    connect(&repository, &WebcastRepository::roomsChanged, this, [this](qint64 id) {
        if (m_kind == SubjectKind::Workshop && id == m_id)
            reload();
    });
    connect(&repository, &WebcastRepository::presentationChanged, this, [this](qint64 id) {
        if (m_kind == SubjectKind::Presentation && id == m_id)
            reload();
    });
}

void StateHistoryModel::setSubject(SubjectKind kind, qint64 id)
{
    m_kind = kind;
    m_id = id;
    reload();
}

void StateHistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_id) {
        const QList<StateChange> flips = m_repository.history(m_kind, m_id);
        const bool workshop = m_kind == SubjectKind::Workshop;
        // A workshop's own lines (and its rooms'); each talk has its own.
        // A flip's field change is the flip's line already.
        QList<EditRecord> edits =
            m_repository.editHistoryOf(workshop ? m_id : 0, workshop ? 0 : m_id, 200, workshop);
        edits.removeIf(
            [](const EditRecord &e) { return e.field == QLatin1String("webcast_state"); });
        int f = 0, e = 0;
        while (f < flips.size() || e < edits.size()) {
            const bool flipFirst =
                e >= edits.size() ||
                (f < flips.size() && flips.at(f).changedAt >= edits.at(e).changedAt);
            if (flipFirst)
                m_entries.append(flips.at(f++));
            else
                m_entries.append(edits.at(e++));
        }
    }
    endResetModel();
}

int StateHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString StateHistoryModel::fieldName(const QString &table, const QString &column)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("StateHistoryModel", "title")},
        {QStringLiteral("slug"), QT_TRANSLATE_NOOP("StateHistoryModel", "web address")},
        {QStringLiteral("speaker_name"), QT_TRANSLATE_NOOP("StateHistoryModel", "speaker")},
        {QStringLiteral("speaker_affiliation"),
         QT_TRANSLATE_NOOP("StateHistoryModel", "affiliation")},
        {QStringLiteral("speaker_bio"), QT_TRANSLATE_NOOP("StateHistoryModel", "speaker bio")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("StateHistoryModel", "summary")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("StateHistoryModel", "description")},
        {QStringLiteral("starts_at"), QT_TRANSLATE_NOOP("StateHistoryModel", "start")},
        {QStringLiteral("ends_at"), QT_TRANSLATE_NOOP("StateHistoryModel", "end")},
        {QStringLiteral("room"), QT_TRANSLATE_NOOP("StateHistoryModel", "room")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("StateHistoryModel", "location")},
        {QStringLiteral("first_day"), QT_TRANSLATE_NOOP("StateHistoryModel", "first day")},
        {QStringLiteral("last_day"), QT_TRANSLATE_NOOP("StateHistoryModel", "last day")},
        {QStringLiteral("time_zone"), QT_TRANSLATE_NOOP("StateHistoryModel", "time zone")},
        {QStringLiteral("has_webcast"), QT_TRANSLATE_NOOP("StateHistoryModel", "recording")},
        {QStringLiteral("webcast_path"), QT_TRANSLATE_NOOP("StateHistoryModel", "webcast path")},
        {QStringLiteral("webcast_filename"),
         QT_TRANSLATE_NOOP("StateHistoryModel", "webcast file")},
        {QStringLiteral("external_url"), QT_TRANSLATE_NOOP("StateHistoryModel", "external URL")},
        {QStringLiteral("live_stream_url"), QT_TRANSLATE_NOOP("StateHistoryModel", "live stream")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("StateHistoryModel", "name")},
    };
    const auto it = names.constFind(column);
    const QString name =
        it == names.cend() ? column : QCoreApplication::translate("StateHistoryModel", it.value());
    return table == QLatin1String("room")
               ? QCoreApplication::translate("StateHistoryModel", "room's %1").arg(name)
               : name;
}

QVariant StateHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (const auto *edit = std::get_if<EditRecord>(&entry))
        return editData(*edit, role);
    return flipData(std::get<StateChange>(entry), role);
}

QVariant StateHistoryModel::editData(const EditRecord &e, int role) const
{
    auto shortText = [](QString s) {
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return s.size() > 40 ? s.left(39) + QChar(0x2026) : s;
    };
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(e.changedAt.toLocalTime(), QLocale::ShortFormat);
        if (e.action == QLatin1String("insert"))
            return QCoreApplication::translate("StateHistoryModel", "%1: %2 added by %3")
                .arg(when,
                     e.table == QLatin1String("room")
                         ? QCoreApplication::translate("StateHistoryModel", "a room")
                         : QCoreApplication::translate("StateHistoryModel", "this"),
                     e.changedBy);
        if (e.action == QLatin1String("delete"))
            return QCoreApplication::translate("StateHistoryModel", "%1: a room removed by %2")
                .arg(when, e.changedBy);
        //: history line: "<time>: title “Old” → “New”, by alice"
        return QCoreApplication::translate("StateHistoryModel", "%1: %2 “%3” → “%4”, by %5")
            .arg(when, fieldName(e.table, e.field), shortText(e.oldValue), shortText(e.newValue),
                 e.changedBy);
    }
    case Qt::ToolTipRole:
        if (e.action != QLatin1String("update"))
            return {};
        return QCoreApplication::translate("StateHistoryModel",
                                           "%1 of %2 changed by %3 at %4 UTC\nwas: %5\nnow: %6")
            .arg(fieldName(e.table, e.field), e.subjectLabel, e.changedBy,
                 e.changedAt.toString(Qt::ISODate), e.oldValue, e.newValue);
    default:
        return {};
    }
}

QVariant StateHistoryModel::flipData(const StateChange &c, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(c.changedAt.toLocalTime(), QLocale::ShortFormat);
        switch (c.event) {
        case StateChange::Event::Suggested:
            //: history line: "<time>: schedule assistant suggested Upcoming → Live"
            return QCoreApplication::translate("StateHistoryModel", "%1: %2 suggested %3 → %4")
                .arg(when, c.changedBy, stateDisplayName(c.from), stateDisplayName(c.to));
        case StateChange::Event::Accepted:
            return QCoreApplication::translate("StateHistoryModel",
                                               "%1: %2 accepted the suggestion %3 → %4")
                .arg(when, c.changedBy, stateDisplayName(c.from), stateDisplayName(c.to));
        case StateChange::Event::Dismissed:
            return QCoreApplication::translate("StateHistoryModel",
                                               "%1: %2 dismissed the suggestion %3 → %4")
                .arg(when, c.changedBy, stateDisplayName(c.from), stateDisplayName(c.to));
        case StateChange::Event::Change:
            break;
        }
        //: history line: "<time>: Upcoming → Live, by alice"
        return QCoreApplication::translate("StateHistoryModel", "%1: %2 → %3, by %4")
            .arg(when, stateDisplayName(c.from), stateDisplayName(c.to), c.changedBy);
    }
    case Qt::DecorationRole:
        return stateIcon(c.to);
    case Qt::FontRole:
        if (c.event != StateChange::Event::Change) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (c.event != StateChange::Event::Change)
            return QCoreApplication::translate("StateHistoryModel",
                                               "%1: %2 (%3 → %4) by %5 at %6 UTC; the state "
                                               "was not changed by this line")
                .arg(c.subjectLabel, historyEventKey(c.event), stateDisplayName(c.from),
                     stateDisplayName(c.to), c.changedBy, c.changedAt.toString(Qt::ISODate));
        return QCoreApplication::translate("StateHistoryModel", "%1 changed from %2 to %3 by %4 "
                                                                "at %5 UTC")
            .arg(c.subjectLabel, stateDisplayName(c.from), stateDisplayName(c.to), c.changedBy,
                 c.changedAt.toString(Qt::ISODate));
    default:
        return {};
    }
}
