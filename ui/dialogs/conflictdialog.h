#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

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

// A field of a record for the dialog: its name, its value as shown, and how
// to copy it from one record into another.
template <typename Record> struct ConflictField
{
    QString label;
    std::function<QString(const Record &)> text;
    std::function<void(Record &, const Record &)> take;
};

// `mine` (typed on top of `base`) against `theirs` (saved meanwhile): the
// fields that differ go into the dialog, yours preselected where you changed
// the field and theirs where only they did. Returns theirs with the fields
// kept from yours, or nothing when the user went back to the editor.
template <typename Record>
std::optional<Record>
mergeInConflictDialog(QWidget *parent, const QString &subject, const QString &who,
                      const QList<ConflictField<Record>> &fields, const Record &base,
                      const Record &mine, const Record &theirs)
{
    QList<ConflictDialog::Field> rows;
    QList<int> shown;
    for (int i = 0; i < fields.size(); ++i) {
        const ConflictField<Record> &f = fields.at(i);
        if (f.text(mine) == f.text(theirs))
            continue;
        rows.append({f.label, f.text(mine), f.text(theirs), f.text(mine) != f.text(base)});
        shown << i;
    }
    Record merged = theirs;
    if (rows.isEmpty())
        return merged;
    ConflictDialog dialog(subject, who, rows, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QList<bool> keep = dialog.keepMine();
    for (int j = 0; j < shown.size(); ++j) {
        if (keep.value(j))
            fields.at(shown.at(j)).take(merged, mine);
    }
    return merged;
}
