#pragma once

#include "models/entities.h"

#include <QAbstractItemModel>
#include <QList>
#include <QTimeZone>

class WebcastRepository;

// One workshop's presentations grouped by day (in the workshop's time zone):
// top-level rows are days, their children the talks sorted by start time.
class PresentationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        TitleColumn,
        SpeakerColumn,
        RoomColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // presentation id; 0 on day rows
        StateRole,                 // WebcastState as int
        IsDayRole,
    };

    explicit PresentationTreeModel(WebcastRepository &repository, QObject *parent = nullptr);

    void setWorkshop(qint64 workshopId);
    qint64 workshopId() const { return m_workshopId; }
    QModelIndex indexOfPresentation(qint64 presentationId, int column = 0) const;
    int presentationCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Day
    {
        QDate date;
        QList<Presentation> talks;
    };

    void reload();
    void onPresentationChanged(qint64 id, qint64 workshopId);
    void onPresentationAddedOrRemoved(qint64 id, qint64 workshopId);
    QVariant dayData(const Day &day, int column, int role) const;
    QVariant talkData(const Presentation &p, int column, int role) const;
    QDate dayOf(const Presentation &p) const;

    WebcastRepository &m_repository;
    qint64 m_workshopId = 0;
    QTimeZone m_zone;
    QList<Day> m_days;
};
