#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QRadioButton;

// Someone else saved a record while this seat was editing it: the fields
// that differ, what you typed beside what they saved, and for each a choice
// between keeping yours and taking theirs. Nothing typed is lost: Cancel
// goes back to the editor with your text as it was.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    struct Field
    {
        QString label;
        QString mine;
        QString theirs;
        bool keepMine = true; // the default choice: yours where you changed it
    };

    ConflictDialog(const QString &subject, const QString &who, QList<Field> fields,
                   QWidget *parent = nullptr);

    // After exec(): for each field, true to keep yours.
    QList<bool> keepMine() const;
    // Tests and keyboard users: the choice buttons of field `i`.
    QRadioButton *mineButton(int i) const { return m_mine.value(i); }
    QRadioButton *theirsButton(int i) const { return m_theirs.value(i); }

private:
    QList<Field> m_fields;
    QList<QRadioButton *> m_mine;
    QList<QRadioButton *> m_theirs;
};
