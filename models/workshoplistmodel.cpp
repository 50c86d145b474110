#include "models/workshoplistmodel.h"

#include "models/repository.h"
#include "models/stateicons.h"

#include <QLocale>

namespace {

// Newest first; slug breaks ties so the order is stable.
bool before(const Workshop &a, const Workshop &b)
{
    if (a.firstDay != b.firstDay)
        return a.firstDay > b.firstDay;
    return a.slug < b.slug;
}

} // namespace

WorkshopListModel::WorkshopListModel(WebcastRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    connect(&repository, &WebcastRepository::workshopAdded, this, &WorkshopListModel::onAdded);
    connect(&repository, &WebcastRepository::workshopChanged, this, &WorkshopListModel::onChanged);
    connect(&repository, &WebcastRepository::workshopRemoved, this, &WorkshopListModel::onRemoved);
    connect(&repository, &WebcastRepository::dataReset, this, &WorkshopListModel::reload);
    reload();
}

void WorkshopListModel::reload()
{
    beginResetModel();
    m_workshops = m_repository.workshops();
    std::sort(m_workshops.begin(), m_workshops.end(), before);
    endResetModel();
}

int WorkshopListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workshops.size());
}

QString WorkshopListModel::dateRangeText(const Workshop &w)
{
    const QLocale locale;
    if (!w.firstDay.isValid())
        return {};
    if (w.firstDay == w.lastDay || !w.lastDay.isValid())
        return locale.toString(w.firstDay, QLocale::ShortFormat);
    return locale.toString(w.firstDay, QLocale::ShortFormat) + QStringLiteral(" – ") +
           locale.toString(w.lastDay, QLocale::ShortFormat);
}

QVariant WorkshopListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workshop &w = m_workshops.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return w.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3")
            .arg(w.title, w.slug, data(index, SubtitleRole).toString());
    case Qt::DecorationRole:
        return stateIcon(w.state);
    case IdRole:
        return w.id;
    case SlugRole:
        return w.slug;
    case StateRole:
        return static_cast<int>(w.state);
    case SubtitleRole: {
        QStringList parts{dateRangeText(w)};
        if (!w.location.isEmpty())
            parts << w.location;
        parts << stateDisplayName(w.state);
        return parts.join(QStringLiteral(" · "));
    }
    case SearchRole:
        return QStringList{w.title, w.slug, w.location, stateDisplayName(w.state)}.join(
            QLatin1Char(' '));
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkshopListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "workshopId");
    names.insert(SlugRole, "slug");
    names.insert(StateRole, "webcastState");
    names.insert(SubtitleRole, "subtitle");
    return names;
}

int WorkshopListModel::rowOf(qint64 workshopId) const
{
    for (int i = 0; i < m_workshops.size(); ++i) {
        if (m_workshops.at(i).id == workshopId)
            return i;
    }
    return -1;
}

int WorkshopListModel::suggestedRow(const QDate &today) const
{
    int next = -1;
    for (int i = 0; i < m_workshops.size(); ++i) {
        const Workshop &w = m_workshops.at(i);
        if (w.firstDay <= today && today <= w.lastDay)
            return i;
        if (w.firstDay > today)
            next = i; // newest first, so the last one seen starts soonest
    }
    if (next >= 0)
        return next;
    return m_workshops.isEmpty() ? -1 : 0;
}

qint64 WorkshopListModel::idAt(int row) const
{
    return row >= 0 && row < m_workshops.size() ? m_workshops.at(row).id : 0;
}

int WorkshopListModel::insertPosition(const Workshop &w) const
{
    const auto it = std::lower_bound(m_workshops.cbegin(), m_workshops.cend(), w, before);
    return int(it - m_workshops.cbegin());
}

void WorkshopListModel::onAdded(qint64 id)
{
    const std::optional<Workshop> w = m_repository.workshop(id);
    if (!w || rowOf(id) >= 0)
        return;
    const int row = insertPosition(*w);
    beginInsertRows({}, row, row);
    m_workshops.insert(row, *w);
    endInsertRows();
}

void WorkshopListModel::onChanged(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<Workshop> w = m_repository.workshop(id);
    if (row < 0 || !w) {
        onAdded(id);
        return;
    }
    const Workshop old = m_workshops.at(row);
    if (old.firstDay == w->firstDay && old.slug == w->slug) {
        m_workshops[row] = *w;
        emit dataChanged(index(row), index(row));
        return;
    }
    // The sort key changed: move the row to its new place.
    m_workshops.removeAt(row);
    const int target = insertPosition(*w);
    m_workshops.insert(row, old);
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_workshops.move(row, target);
        endMoveRows();
    }
    m_workshops[target] = *w;
    emit dataChanged(index(target), index(target));
}

void WorkshopListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_workshops.removeAt(row);
    endRemoveRows();
}
