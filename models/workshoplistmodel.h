#pragma once

#include "models/entities.h"

#include <QAbstractListModel>
#include <QList>

class WebcastRepository;

// All workshops, newest first, kept in step with the repository.
class WorkshopListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SlugRole,
        StateRole,    // WebcastState as int
        SubtitleRole, // "14–16 Mar 2026 · Main Auditorium · Live"
        SearchRole,   // what the search field matches against
    };

    explicit WorkshopListModel(WebcastRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 workshopId) const;
    // The workshop a helper most likely wants on `today`: one running that
    // day, else the next to start, else the most recent; -1 when empty.
    int suggestedRow(const QDate &today) const;
    qint64 idAt(int row) const;
    void reload();

    // "14–16 March 2026" in the user's locale.
    static QString dateRangeText(const Workshop &w);

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    int insertPosition(const Workshop &w) const;

    WebcastRepository &m_repository;
    QList<Workshop> m_workshops;
};
