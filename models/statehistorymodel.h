#pragma once

#include "models/entities.h"

#include <QAbstractListModel>
#include <QList>

#include <variant>

class WebcastRepository;

// What happened to one workshop or presentation, newest first: its state
// flips (with the schedule assistant's suggestions and their answers) and
// its edits (who changed which field from what to what; on a team database
// as the database audited them, whoever wrote).
class StateHistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit StateHistoryModel(WebcastRepository &repository, QObject *parent = nullptr);

    void setSubject(SubjectKind kind, qint64 id);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A column's name for people ("title" -> "Title").
    static QString fieldName(const QString &table, const QString &column);

private:
    using Entry = std::variant<StateChange, EditRecord>;
    void reload();
    QVariant flipData(const StateChange &c, int role) const;
    QVariant editData(const EditRecord &e, int role) const;

    WebcastRepository &m_repository;
    SubjectKind m_kind = SubjectKind::Workshop;
    qint64 m_id = 0;
    QList<Entry> m_entries;
};
