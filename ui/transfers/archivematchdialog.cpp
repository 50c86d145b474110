#include "ui/transfers/archivematchdialog.h"

#include "app/media/archivematch.h"
#include "models/repository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

ArchiveMatchDialog::ArchiveMatchDialog(const WebcastRepository &repository, qint64 workshopId,
                                       const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(files.size()), 2, this))
    , m_files(files)
{
    setObjectName(QStringLiteral("archiveMatchDialog"));
    setWindowTitle(tr("Upload archives"));
    const std::optional<Workshop> workshop = repository.workshop(workshopId);
    const QTimeZone zone(workshop ? workshop->timeZone.toUtf8() : QByteArray("UTC"));
    const QList<Presentation> talks = repository.presentations(workshopId);
    QList<archivematch::Candidate> candidates;
    for (const Presentation &p : talks)
        candidates << archivematch::Candidate{p.id, p.slug, p.title, p.speakerName,
                                              p.startsAt.toTimeZone(zone).date()};

    auto *intro = new QLabel(
        tr("Check which presentation each file belongs to. Nothing is uploaded until you "
           "press Upload."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("matchTable"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Presentation")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < files.size(); ++row) {
        const QFileInfo info(files.at(row));
        auto *name = new QTableWidgetItem(info.fileName());
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setToolTip(info.absoluteFilePath());
        m_table->setItem(row, 0, name);
        auto *choice = new QComboBox(m_table);
        choice->setAccessibleName(tr("Presentation for %1").arg(info.fileName()));
        choice->addItem(tr("— skip this file —"), 0);
        for (const Presentation &p : talks)
            choice->addItem(
                QLocale().toString(p.startsAt.toTimeZone(zone), QStringLiteral("ddd HH:mm")) +
                    QStringLiteral("  ") + p.title,
                p.id);
        const qint64 match = archivematch::bestMatch(
            info.fileName(), info.lastModified().toTimeZone(zone).date(), candidates);
        choice->setCurrentIndex(std::max(0, choice->findData(match)));
        m_table->setCellWidget(row, 1, choice);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Upload"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 360);
}

QComboBox *ArchiveMatchDialog::choiceFor(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
}

QList<QPair<QString, qint64>> ArchiveMatchDialog::choices() const
{
    QList<QPair<QString, qint64>> out;
    for (int row = 0; row < m_files.size(); ++row) {
        const qint64 id = choiceFor(row)->currentData().toLongLong();
        if (id > 0)
            out.append({m_files.at(row), id});
    }
    return out;
}
