#include "ui/transfers/transfersdock.h"

#include "app/media/transferqueue.h"
#include "models/repository.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    FileColumn,
    TalkColumn,
    StateColumn,
    ProgressColumn,
    BytesColumn,
    RateColumn,
    LeftColumn
};

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return QObject::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return QObject::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QObject::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

} // namespace

TransfersDock::TransfersDock(TransferQueue &queue, WebcastRepository &repository, QWidget *parent)
    : QDockWidget(tr("Transfers"), parent)
    , m_queue(queue)
    , m_repository(repository)
    , m_list(new QTreeWidget(this))
    , m_total(new QLabel(this))
    , m_preview(new QPushButton(tr("Pre&view"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_clear(new QPushButton(tr("Clear &Finished"), this))
{
    setObjectName(QStringLiteral("transfersDock"));
    m_list->setObjectName(QStringLiteral("transferList"));
    m_list->setAccessibleName(tr("Archive uploads"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("File"), tr("Presentation"), tr("Status"), tr("Progress"),
                             tr("Size"), tr("Rate"), tr("Time left")});
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TalkColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    m_list->setColumnWidth(FileColumn, 200);
    m_list->setColumnWidth(ProgressColumn, 160);
    m_total->setObjectName(QStringLiteral("transferTotal"));
    m_preview->setObjectName(QStringLiteral("transferPreview"));
    m_preview->setToolTip(tr("Play this file in the preview"));
    m_pause->setObjectName(QStringLiteral("transferPause"));
    m_resume->setObjectName(QStringLiteral("transferResume"));
    m_cancel->setObjectName(QStringLiteral("transferCancel"));
    m_cancel->setToolTip(tr("Stop this upload and take it off the list"));
    m_clear->setObjectName(QStringLiteral("transferClear"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_total, 1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_clear);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (!selectedFile().isEmpty())
            emit previewRequested(selectedFile());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedFile().isEmpty())
            emit previewRequested(selectedFile());
    });
    connect(m_pause, &QPushButton::clicked, this, [this] { m_queue.pause(selectedId()); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_queue.resume(selectedId()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_queue.cancel(selectedId()); });
    connect(m_clear, &QPushButton::clicked, &m_queue, &TransferQueue::removeFinished);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TransfersDock::updateButtons);
    connect(&m_queue, &TransferQueue::changed, this, &TransfersDock::refresh);
    refresh();
}

qint64 TransfersDock::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(FileColumn, Qt::UserRole).toLongLong() : 0;
}

QString TransfersDock::selectedFile() const
{
    const qint64 id = selectedId();
    for (const Transfer &t : m_queue.transfers())
        if (t.id == id)
            return t.file;
    return {};
}

void TransfersDock::refresh()
{
    const QList<Transfer> transfers = m_queue.transfers();
    QSet<qint64> present;
    qint64 done = 0, total = 0;
    int finished = 0;
    for (const Transfer &t : transfers) {
        present.insert(t.id);
        QTreeWidgetItem *item = m_items.value(t.id);
        if (!item) {
            item = new QTreeWidgetItem(m_list);
            item->setData(FileColumn, Qt::UserRole, t.id);
            item->setText(FileColumn, QFileInfo(t.file).fileName());
            item->setToolTip(FileColumn, t.file);
            const std::optional<Presentation> talk = m_repository.presentation(t.presentationId);
            item->setText(TalkColumn, talk ? talk->title : tr("(deleted)"));
            auto *bar = new QProgressBar(m_list);
            bar->setRange(0, 1000);
            bar->setTextVisible(true);
            m_list->setItemWidget(item, ProgressColumn, bar);
            m_items.insert(t.id, item);
        }
        const TransferQueue::Live live = m_queue.live(t.id);
        QString state;
        switch (t.state) {
        case Transfer::State::Queued:
            state = tr("Queued");
            break;
        case Transfer::State::Active:
            state = live.phase == QLatin1String("prepare") ? tr("Preparing") : tr("Uploading");
            break;
        case Transfer::State::Paused:
            state = tr("Paused");
            break;
        case Transfer::State::Done:
            state = tr("Done");
            ++finished;
            break;
        case Transfer::State::Failed:
            state = tr("Failed");
            break;
        }
        item->setText(StateColumn, state);
        item->setToolTip(StateColumn, t.message);
        item->setForeground(StateColumn, t.state == Transfer::State::Failed
                                             ? QBrush(QColor(0xc5, 0x22, 0x1f))
                                             : QBrush());
        auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn));
        const bool preparing =
            t.state == Transfer::State::Active && live.phase == QLatin1String("prepare");
        const int permille = t.bytesTotal > 0 ? int(t.bytesDone * 1000 / t.bytesTotal)
                             : t.state == Transfer::State::Done ? 1000
                                                                : 0;
        if (bar) {
            bar->setValue(permille);
            bar->setFormat(preparing ? tr("preparing %p%") : QStringLiteral("%p%"));
            bar->setAccessibleName(tr("Progress of %1").arg(item->text(FileColumn)));
        }
        item->setText(BytesColumn,
                      preparing || t.bytesTotal == 0
                          ? QString()
                          : tr("%1 of %2").arg(bytes(t.bytesDone), bytes(t.bytesTotal)));
        item->setText(RateColumn, t.state == Transfer::State::Active && live.rate > 0
                                      ? tr("%1/s").arg(bytes(qint64(live.rate)))
                                      : QString());
        item->setText(LeftColumn,
                      t.state == Transfer::State::Active ? duration(live.secondsLeft) : QString());
        if (!preparing) {
            done += t.bytesDone;
            total += t.bytesTotal;
        }
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!present.contains(it.key())) {
            delete it.value();
            it = m_items.erase(it);
        } else {
            ++it;
        }
    }
    m_total->setText(transfers.isEmpty()
                         ? tr("Drop archive videos on a presentation in the schedule.")
                         : tr("%1 of %2 done · %3 of %4")
                               .arg(finished)
                               .arg(transfers.size())
                               .arg(bytes(done), bytes(total)));
    updateButtons();
}

void TransfersDock::updateButtons()
{
    const qint64 id = selectedId();
    Transfer::State state = Transfer::State::Done;
    bool found = false;
    for (const Transfer &t : m_queue.transfers())
        if (t.id == id) {
            state = t.state;
            found = true;
        }
    m_pause->setEnabled(found &&
                        (state == Transfer::State::Queued || state == Transfer::State::Active));
    m_resume->setEnabled(found &&
                         (state == Transfer::State::Paused || state == Transfer::State::Failed));
    m_cancel->setEnabled(found && state != Transfer::State::Done);
    m_preview->setEnabled(found);
    bool anyDone = false;
    for (const Transfer &t : m_queue.transfers())
        anyDone = anyDone || t.state == Transfer::State::Done;
    m_clear->setEnabled(anyDone);
}
