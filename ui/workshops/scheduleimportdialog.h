#pragma once

#include "app/schedule/scheduleimport.h"

#include <QDialog>
#include <QFutureWatcher>

class EditSession;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Imports a conference schedule (a file or an address) into a workshop, or
// updates a workshop from its schedule: reads it off the GUI thread, shows
// talk by talk what would be added, changed and removed (and what is kept
// because webcast work hangs on it), and imports only when asked, as one
// step Edit -> Undo takes back.
class ScheduleImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `source` and `workshopSlug` prefill the dialog ("update from
    // schedule"); with a source it starts reading at once.
    ScheduleImportDialog(EditSession &session, const QString &source = {},
                         const QString &workshopSlug = {}, QWidget *parent = nullptr);
    ~ScheduleImportDialog() override;

    // After a successful import.
    qint64 importedWorkshopId() const { return m_importedId; }
    // "2 new, 1 changed, 0 removed, 5 unchanged", in the user's language.
    QString summary() const;

    void accept() override;

    // For tests: reading has finished (the diff is shown or an error).
    bool isReading() const { return m_reading.isRunning(); }

signals:
    void readingFinished();

private:
    void chooseFile();
    void read();
    void showRead();
    void updateDiff();
    QString targetSlug() const;
    void showProblem(const QString &text);

    EditSession &m_session;
    QLineEdit *m_source;
    QPushButton *m_choose;
    QPushButton *m_readButton;
    QComboBox *m_workshop;
    QLineEdit *m_newSlug;
    QProgressBar *m_progress;
    QLabel *m_problem;
    QLabel *m_summary;
    QLabel *m_notes;
    QCheckBox *m_showUnchanged;
    QTreeWidget *m_changes;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;

    QFutureWatcher<Result<ScheduleDocument>> m_reading;
    std::optional<ScheduleDocument> m_schedule;
    QString m_readSource;
    ScheduleDiff m_diff;
    qint64 m_importedId = 0;
};
