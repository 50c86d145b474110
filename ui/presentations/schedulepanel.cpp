#include "ui/presentations/schedulepanel.h"

#include "models/presentationtreemodel.h"
#include "models/repository.h"
#include "models/workshoplistmodel.h"
#include "ui/transfers/filedrop.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>

#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

SchedulePanel::SchedulePanel(WebcastRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_model(new PresentationTreeModel(repository, this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_emptyHint(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_buttonRow(new QWidget(this))
{
    setObjectName(QStringLiteral("schedulePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_emptyHint->setObjectName(QStringLiteral("scheduleEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setText(tr("Choose a workshop on the left,\nor create one with File → New "
                            "Workshop (Ctrl+N)."));
    m_stack->addWidget(m_emptyHint);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("workshopTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("workshopSubtitleLabel"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_subtitle);

    m_view->setObjectName(QStringLiteral("scheduleView"));
    // Archive videos and slides dropped from the file manager onto a talk's
    // row; the row under the pointer is selected so the user sees which.
    m_view->setAcceptDrops(true);
    FileDropFilter::install(
        m_view->viewport(),
        [](const QString &f) {
            return FileDropFilter::isVideoFile(f) || FileDropFilter::isSlideFile(f);
        },
        [this](const QPoint &pos) {
            const qint64 id = presentationAt(pos);
            if (id > 0)
                m_view->setCurrentIndex(m_view->indexAt(pos));
            return id;
        },
        [this](qint64 id, const QStringList &files) { emit filesDropped(id, files); });
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setItemsExpandable(false);
    m_view->setRootIsDecorated(false);
    m_view->setIconSize(QSize(18, 18));
    m_view->setAccessibleName(tr("Schedule"));
    m_view->setAccessibleDescription(tr("The workshop's presentations by day; choose one to "
                                        "change its state or edit it"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PresentationTreeModel::TitleColumn,
                                           QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(PresentationTreeModel::TimeColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PresentationTreeModel::StateColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PresentationTreeModel::RoomColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(PresentationTreeModel::SpeakerColumn, 200);
    m_view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 2px; }"));
    pageLayout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    pageLayout->addWidget(m_buttonRow);
    m_stack->addWidget(page);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SchedulePanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SchedulePanel::restoreSelection);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(PresentationTreeModel::IdRole).toLongLong();
        if (id)
            emit editRequested(id);
    });
    connect(&repository, &WebcastRepository::workshopChanged, this, [this](qint64 id) {
        if (id == m_model->workshopId())
            updateHeader();
    });
    setFocusProxy(m_view);
}

void SchedulePanel::addActionButtons(const QList<QAction *> &actions)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttonRow->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttonRow);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->insertWidget(layout->count() - 1, button);
    }
    // The panel is never narrower than its buttons (they would be cut), nor
    // than a readable schedule.
    const int row = layout->sizeHint().width();
    m_buttonRow->setMinimumWidth(row);
    const QMargins margins = this->layout()->contentsMargins();
    setMinimumWidth(std::max(380, row + margins.left() + margins.right() + 4));
}

void SchedulePanel::setWorkshop(qint64 workshopId)
{
    m_selectedId = 0;
    m_model->setWorkshop(workshopId);
    updateHeader();
}

qint64 SchedulePanel::workshopId() const
{
    return m_model->workshopId();
}

void SchedulePanel::updateHeader()
{
    const std::optional<Workshop> w =
        m_model->workshopId() ? m_repository.workshop(m_model->workshopId()) : std::nullopt;
    if (!w) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(w->title);
    QStringList parts{WorkshopListModel::dateRangeText(*w)};
    if (!w->location.isEmpty())
        parts << w->location;
    parts << tr("times in %1").arg(w->timeZone);
    parts << tr("%n presentation(s)", nullptr, m_model->presentationCount());
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
}

qint64 SchedulePanel::currentPresentationId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PresentationTreeModel::IdRole).toLongLong() : 0;
}

void SchedulePanel::selectPresentation(qint64 presentationId)
{
    const QModelIndex index = m_model->indexOfPresentation(presentationId);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void SchedulePanel::restoreSelection()
{
    // A reload (new talk, new time, import) must not lose the user's place.
    m_view->expandAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    updateHeader();
    if (m_selectedId)
        selectPresentation(m_selectedId);
    onCurrentChanged();
}

void SchedulePanel::onCurrentChanged()
{
    const qint64 id = currentPresentationId();
    if (id)
        m_selectedId = id;
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    emit currentPresentationChanged(id);
}

qint64 SchedulePanel::presentationAt(const QPoint &viewportPos) const
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    return index.isValid() ? index.data(PresentationTreeModel::IdRole).toLongLong() : 0;
}
