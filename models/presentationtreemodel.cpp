#include "models/presentationtreemodel.h"

#include "models/repository.h"
#include "models/stateicons.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace {

// Day rows have internal id 0; a talk's internal id is its day's row + 1.
constexpr quintptr dayMarker = 0;

} // namespace

PresentationTreeModel::PresentationTreeModel(WebcastRepository &repository, QObject *parent)
    : QAbstractItemModel(parent)
    , m_repository(repository)
{
    connect(&repository, &WebcastRepository::presentationChanged, this,
            &PresentationTreeModel::onPresentationChanged);
    connect(&repository, &WebcastRepository::presentationAdded, this,
            &PresentationTreeModel::onPresentationAddedOrRemoved);
    connect(&repository, &WebcastRepository::presentationRemoved, this,
            &PresentationTreeModel::onPresentationAddedOrRemoved);
    connect(&repository, &WebcastRepository::workshopChanged, this, [this](qint64 id) {
        if (id == m_workshopId)
            reload(); // the time zone may have changed, and with it the days
    });
    connect(&repository, &WebcastRepository::workshopRemoved, this, [this](qint64 id) {
        if (id == m_workshopId)
            setWorkshop(0);
    });
    connect(&repository, &WebcastRepository::dataReset, this, &PresentationTreeModel::reload);
}

void PresentationTreeModel::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    reload();
}

QDate PresentationTreeModel::dayOf(const Presentation &p) const
{
    return p.startsAt.toTimeZone(m_zone).date();
}

void PresentationTreeModel::reload()
{
    beginResetModel();
    m_days.clear();
    const std::optional<Workshop> w =
        m_workshopId ? m_repository.workshop(m_workshopId) : std::nullopt;
    if (!w) {
        m_workshopId = 0;
    } else {
        m_zone = QTimeZone(w->timeZone.toUtf8());
        if (!m_zone.isValid())
            m_zone = QTimeZone::utc();
        const QList<Presentation> talks = m_repository.presentations(m_workshopId);
        for (const Presentation &p : talks) {
            const QDate day = dayOf(p);
            if (m_days.isEmpty() || m_days.last().date != day)
                m_days.append({day, {}});
            m_days.last().talks.append(p);
        }
    }
    endResetModel();
}

void PresentationTreeModel::onPresentationChanged(qint64 id, qint64 workshopId)
{
    if (workshopId != m_workshopId)
        return;
    const QModelIndex at = indexOfPresentation(id);
    const std::optional<Presentation> p = m_repository.presentation(id);
    if (!at.isValid() || !p) {
        reload();
        return;
    }
    Presentation &stored = m_days[at.parent().row()].talks[at.row()];
    // A new time can move the talk to another day or place: rebuild then.
    if (stored.startsAt != p->startsAt || stored.sortOrder != p->sortOrder) {
        reload();
        return;
    }
    stored = *p;
    emit dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
}

void PresentationTreeModel::onPresentationAddedOrRemoved(qint64, qint64 workshopId)
{
    if (workshopId == m_workshopId)
        reload();
}

QModelIndex PresentationTreeModel::indexOfPresentation(qint64 presentationId, int column) const
{
    for (int d = 0; d < m_days.size(); ++d) {
        const QList<Presentation> &talks = m_days.at(d).talks;
        for (int t = 0; t < talks.size(); ++t) {
            if (talks.at(t).id == presentationId)
                return createIndex(t, column, quintptr(d + 1));
        }
    }
    return {};
}

int PresentationTreeModel::presentationCount() const
{
    int n = 0;
    for (const Day &d : m_days)
        n += int(d.talks.size());
    return n;
}

QModelIndex PresentationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_days.size() ? createIndex(row, column, dayMarker) : QModelIndex();
    if (parent.internalId() != dayMarker || parent.column() != 0 || parent.row() >= m_days.size())
        return {};
    if (row >= m_days.at(parent.row()).talks.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PresentationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == dayMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, dayMarker);
}

int PresentationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_days.size());
    if (parent.internalId() == dayMarker && parent.column() == 0 && parent.row() < m_days.size())
        return int(m_days.at(parent.row()).talks.size());
    return 0;
}

int PresentationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PresentationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == dayMarker)
        return dayData(m_days.at(index.row()), index.column(), role);
    const Day &day = m_days.at(int(index.internalId() - 1));
    return talkData(day.talks.at(index.row()), index.column(), role);
}

QVariant PresentationTreeModel::dayData(const Day &day, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == TimeColumn)
            return QLocale().toString(day.date, QLocale::LongFormat);
        return {};
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case IsDayRole:
        return true;
    case IdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant PresentationTreeModel::talkData(const Presentation &p, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn: {
            return QString(clockTime(p.startsAt.toTimeZone(m_zone).time()) + QStringLiteral(" – ") +
                           clockTime(p.endsAt.toTimeZone(m_zone).time()));
        }
        case TitleColumn:
            if (p.cancelled)
                return QCoreApplication::translate("PresentationTreeModel", "%1 (cancelled)")
                    .arg(p.title);
            return p.title;
        case SpeakerColumn:
            return p.speakerName;
        case RoomColumn:
            return p.room;
        case StateColumn:
            return stateDisplayName(p.state);
        }
        return {};
    case Qt::DecorationRole:
        if (column == StateColumn)
            return stateIcon(p.state);
        return {};
    case Qt::FontRole:
        if (p.cancelled && column == TitleColumn) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StateColumn)
            return stateDescription(p.state);
        if (p.cancelled)
            return QCoreApplication::translate(
                       "PresentationTreeModel",
                       "%1: no longer in the conference's schedule; kept for its webcast work")
                .arg(p.title);
        if (column == SpeakerColumn && !p.speakerAffiliation.isEmpty())
            return QString(p.speakerName + QStringLiteral(", ") + p.speakerAffiliation);
        return p.title;
    case IdRole:
        return p.id;
    case StateRole:
        return static_cast<int>(p.state);
    case IsDayRole:
        return false;
    default:
        return {};
    }
}

QVariant PresentationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("PresentationTreeModel", "Time");
    case TitleColumn:
        return QCoreApplication::translate("PresentationTreeModel", "Title");
    case SpeakerColumn:
        return QCoreApplication::translate("PresentationTreeModel", "Speaker");
    case RoomColumn:
        return QCoreApplication::translate("PresentationTreeModel", "Room");
    case StateColumn:
        return QCoreApplication::translate("PresentationTreeModel", "Webcast");
    }
    return {};
}
