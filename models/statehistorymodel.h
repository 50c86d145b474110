#pragma once

#include "models/entities.h"

#include <QAbstractListModel>
#include <QList>

class WebcastRepository;

// The state flips of one workshop or presentation, newest first.
class StateHistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit StateHistoryModel(WebcastRepository &repository, QObject *parent = nullptr);

    void setSubject(SubjectKind kind, qint64 id);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    WebcastRepository &m_repository;
    SubjectKind m_kind = SubjectKind::Workshop;
    qint64 m_id = 0;
    QList<StateChange> m_changes;
};
