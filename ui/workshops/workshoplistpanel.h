#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class WorkshopListModel;
class WebcastRepository;

// The list of workshops with a search field. Picks the workshop the rest of
// the window shows.
class WorkshopListPanel : public QWidget
{
    Q_OBJECT

public:
    WorkshopListPanel(WebcastRepository &repository, QWidget *parent = nullptr);

    qint64 currentWorkshopId() const;
    void selectWorkshop(qint64 workshopId);
    void focusSearch();
    QListView *view() const { return m_view; }
    WorkshopListModel *model() const { return m_model; }

signals:
    void currentWorkshopChanged(qint64 workshopId);
    void editRequested(qint64 workshopId);
    // Archive videos dropped on a workshop: to be matched to its talks.
    void filesDropped(qint64 workshopId, const QStringList &files);

private:
    void onCurrentChanged();

    WorkshopListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QListView *m_view;
    qint64 m_lastEmitted = -1;
};
