#include "ui/dialogs/conflictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// Long texts (a summary) scroll; short ones take one line.
QPlainTextEdit *shown(const QString &text, const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setReadOnly(true);
    edit->setAccessibleName(name);
    edit->setTabChangesFocus(true);
    const int lines =
        std::min<int>(int(text.count(QLatin1Char('\n'))) + 1 + int(text.size() / 60), 7);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &subject, const QString &who, QList<Field> fields,
                               QWidget *parent)
    : QDialog(parent)
    , m_fields(std::move(fields))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Saved by someone else meanwhile"));
    auto *intro = new QLabel(
        tr("<b>%1</b> was saved by %2 while you were editing it. For each field that now "
           "differs, keep what you typed or take what was saved. \"Back to my editor\" "
           "returns to it; nothing you typed is lost.")
            .arg(subject.toHtmlEscaped(), who.isEmpty() ? tr("another seat") : who.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>You typed</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>They saved</b>"), this), 0, 2);
    for (int i = 0; i < m_fields.size(); ++i) {
        const Field &f = m_fields.at(i);
        const int row = 1 + i * 2;
        grid->addWidget(new QLabel(f.label, this), row, 0, Qt::AlignTop);
        grid->addWidget(shown(f.mine, tr("%1, what you typed").arg(f.label), this), row, 1);
        grid->addWidget(shown(f.theirs, tr("%1, what they saved").arg(f.label), this), row, 2);
        auto *mine = new QRadioButton(tr("Keep mine"), this);
        auto *theirs = new QRadioButton(tr("Take theirs"), this);
        mine->setObjectName(QStringLiteral("keepMine%1").arg(i));
        theirs->setObjectName(QStringLiteral("takeTheirs%1").arg(i));
        mine->setAccessibleName(tr("%1: keep what you typed").arg(f.label));
        theirs->setAccessibleName(tr("%1: take what they saved").arg(f.label));
        auto *group = new QButtonGroup(this);
        group->addButton(mine);
        group->addButton(theirs);
        (f.keepMine ? mine : theirs)->setChecked(true);
        grid->addWidget(mine, row + 1, 1);
        grid->addWidget(theirs, row + 1, 2);
        m_mine << mine;
        m_theirs << theirs;
    }
    grid->setRowStretch(1 + int(m_fields.size()) * 2, 1); // rows at the top, room below
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto *inner = new QWidget(this);
    inner->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save these"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Back to my editor"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(760, std::min(170 + int(m_fields.size()) * 70, 640));
}

QList<bool> ConflictDialog::keepMine() const
{
    QList<bool> keep;
    for (const QRadioButton *b : m_mine)
        keep << b->isChecked();
    return keep;
}
