#include "models/statehistorymodel.h"

#include "models/repository.h"
#include "models/stateicons.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

StateHistoryModel::StateHistoryModel(WebcastRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    connect(&repository, &WebcastRepository::historyAdded, this, [this](const StateChange &c) {
        if (c.subjectKind != m_kind || c.subjectId != m_id || m_id == 0)
            return;
        beginInsertRows({}, 0, 0);
        m_changes.prepend(c);
        endInsertRows();
    });
    connect(&repository, &WebcastRepository::dataReset, this, &StateHistoryModel::reload);
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
    m_changes = m_id ? m_repository.history(m_kind, m_id) : QList<StateChange>();
    endResetModel();
}

int StateHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

QVariant StateHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StateChange &c = m_changes.at(index.row());
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
