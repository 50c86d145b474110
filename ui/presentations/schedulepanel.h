#pragma once

#include <QWidget>

class PresentationTreeModel;
class QLabel;
class QStackedWidget;
class QTreeView;
class WebcastRepository;

// The chosen workshop: its title and dates, and its presentations grouped by
// day. Picks the talk the state panel and the editors act on.
class SchedulePanel : public QWidget
{
    Q_OBJECT

public:
    SchedulePanel(WebcastRepository &repository, QWidget *parent = nullptr);

    void setWorkshop(qint64 workshopId);
    qint64 workshopId() const;
    qint64 currentPresentationId() const;
    void selectPresentation(qint64 presentationId);
    QTreeView *view() const { return m_view; }
    PresentationTreeModel *model() const { return m_model; }
    // Buttons shown under the schedule (actions owned by the main window).
    void addActionButtons(const QList<QAction *> &actions);

signals:
    void currentPresentationChanged(qint64 presentationId);
    void editRequested(qint64 presentationId);
    void filesDropped(qint64 presentationId, const QStringList &files);

private:
    qint64 presentationAt(const QPoint &viewportPos) const;
    void updateHeader();
    void onCurrentChanged();
    void restoreSelection();

    WebcastRepository &m_repository;
    PresentationTreeModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_emptyHint;
    QTreeView *m_view;
    QWidget *m_buttonRow;
    qint64 m_selectedId = 0;
    qint64 m_lastEmitted = -1;
};
