#pragma once

#include "models/entities.h"
#include "models/result.h"

#include <QDialog>

#include <memory>

class EditSession;
class FieldErrors;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Creates or edits a workshop. A refused save keeps the dialog open with the
// mistake marked at its field; nothing typed is lost.
class WorkshopEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `workshop.id == 0` creates a new one.
    WorkshopEditorDialog(EditSession &session, const Workshop &workshop, QWidget *parent = nullptr);
    ~WorkshopEditorDialog() override;

    qint64 savedWorkshopId() const { return m_workshop.id; }
    void accept() override;

private:
    Workshop collect() const;
    void showValues(const Workshop &w);
    // Someone saved the workshop since the editor opened: both versions,
    // field by field (ConflictDialog), then what was chosen on theirs.
    Status resolveConflict(const Workshop &mine);

    EditSession &m_session;
    Workshop m_workshop;
    QLineEdit *m_title;
    QLineEdit *m_slug;
    QLineEdit *m_location;
    QDateEdit *m_firstDay;
    QDateEdit *m_lastDay;
    QComboBox *m_timeZone;
    QLineEdit *m_liveUrl;
    QLineEdit *m_externalUrl;
    QPlainTextEdit *m_externalNote;
    QPlainTextEdit *m_description;
    QLabel *m_banner;
    std::unique_ptr<FieldErrors> m_errors;
};
