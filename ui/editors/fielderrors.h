#pragma once

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;
class Status;

// Shows a refused save at the place of the mistake: the field named by the
// error gets a red frame and the message as tooltip, the banner repeats it in
// words, and focus moves to the field. Nothing the user typed is touched.
class FieldErrors
{
    // (A field's tooltip shows the mistake; afterwards its description again.)
public:
    explicit FieldErrors(QLabel *banner);
    // `label` is how the form names the field ("Start"), used in the banner.
    void bind(const QString &field, QWidget *widget, const QString &label);
    void show(const Status &status);
    void clear();

private:
    QPointer<QLabel> m_banner;
    QHash<QString, QPointer<QWidget>> m_fields;
    QHash<QString, QString> m_labels;
};

// What a field is for, said the same way to the eye (tooltip) and to a
// screen reader (accessible description).
void describe(QWidget *widget, const QString &text);
