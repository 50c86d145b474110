#pragma once

#include <QDockWidget>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class TransferQueue;
class WebcastRepository;

// The archive uploads, like a good FTP client's queue: one row per file with
// its presentation, state, a progress bar, bytes, rate and time left;
// Pause / Resume / Cancel for the selected row, Clear Finished, and a total.
class TransfersDock : public QDockWidget
{
    Q_OBJECT

public:
    TransfersDock(TransferQueue &queue, WebcastRepository &repository, QWidget *parent = nullptr);

signals:
    // Play the selected row's file in the preview (button or double-click).
    void previewRequested(const QString &file);

private:
    QString selectedFile() const;
    void refresh();
    void updateButtons();
    qint64 selectedId() const;

    TransferQueue &m_queue;
    WebcastRepository &m_repository;
    QTreeWidget *m_list;
    QLabel *m_total;
    QPushButton *m_preview;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_clear;
    QHash<qint64, QTreeWidgetItem *> m_items;
};
