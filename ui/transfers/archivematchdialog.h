#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QTableWidget;
class WebcastRepository;

// Files dropped on a whole workshop: each is matched to a presentation by
// name and date (archivematch), shown for confirmation, and can be changed
// or skipped before anything is uploaded.
class ArchiveMatchDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveMatchDialog(const WebcastRepository &repository, qint64 workshopId,
                       const QStringList &files, QWidget *parent = nullptr);
    // (file, presentation id) for every row not skipped.
    QList<QPair<QString, qint64>> choices() const;
    QComboBox *choiceFor(int row) const;

private:
    QTableWidget *m_table;
    QStringList m_files;
};
