#pragma once

#include "models/entities.h"
#include "models/result.h"

#include <QDialog>
#include <QTimeZone>

#include <memory>

class EditSession;
class FieldErrors;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Creates or edits a presentation. Times are entered in the workshop's time
// zone, whatever the computer's own zone is.
class PresentationEditorDialog : public QDialog
{
    Q_OBJECT

public:
    PresentationEditorDialog(EditSession &session, const Presentation &presentation,
                             QWidget *parent = nullptr);
    ~PresentationEditorDialog() override;

    qint64 savedPresentationId() const { return m_presentation.id; }
    QListWidget *slidesList() const { return m_slides; }
    void accept() override;
    // A staff login: only the webcast fields are editable; `why` says so.
    void limitToWebcastFields(const QString &why);

private:
    void showValues(const Presentation &p);
    Status resolveConflict(const Presentation &mine);
    Presentation collect() const;
    QWidget *createSlidesRow();
    void refreshSlides();
    void addSlides();
    void removeSlides();
    QDateTime toEditor(const QDateTime &utc) const;
    QDateTime fromEditor(const QDateTime &shown) const;

    EditSession &m_session;
    Presentation m_presentation;
    QTimeZone m_zone;
    QLineEdit *m_title;
    QLineEdit *m_slug;
    QLineEdit *m_speaker;
    QLineEdit *m_affiliation;
    QDateTimeEdit *m_startsAt;
    QDateTimeEdit *m_endsAt;
    QLineEdit *m_room;
    QCheckBox *m_hasWebcast;
    QLineEdit *m_webcastPath;
    QLineEdit *m_webcastFilename;
    QLineEdit *m_externalUrl;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_bio;
    QListWidget *m_slides = nullptr;
    QPushButton *m_addSlides = nullptr;
    QPushButton *m_removeSlides = nullptr;
    QLabel *m_banner;
    std::unique_ptr<FieldErrors> m_errors;
};
