#include "ui/workshops/workshoplistpanel.h"

#include "ui/transfers/filedrop.h"

#include "models/workshoplistmodel.h"
#include "ui/workshops/workshopitemdelegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

WorkshopListPanel::WorkshopListPanel(WebcastRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_model(new WorkshopListModel(repository, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("workshopListPanel"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(WorkshopListModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("&Workshops"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    title->setBuddy(m_view);
    layout->addWidget(title);

    m_search->setObjectName(QStringLiteral("workshopSearch"));
    m_search->setPlaceholderText(tr("Search workshops (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search workshops"));
    m_search->setAccessibleDescription(tr("Filters the list by title, slug, place or state"));
    layout->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("workshopList"));
    // Archive videos dropped on a workshop are matched to its talks.
    m_view->setAcceptDrops(true);
    FileDropFilter::install(
        m_view->viewport(), &FileDropFilter::isVideoFile,
        [this](const QPoint &pos) {
            const QModelIndex index = m_view->indexAt(pos);
            return index.isValid() ? index.data(WorkshopListModel::IdRole).toLongLong() : 0;
        },
        [this](qint64 id, const QStringList &files) { emit filesDropped(id, files); });
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new WorkshopItemDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Workshops"));
    m_view->setAccessibleDescription(tr("Choose the workshop to work on"));
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorkshopListPanel::onCurrentChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &WorkshopListPanel::onCurrentChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &WorkshopListPanel::onCurrentChanged);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit editRequested(index.data(WorkshopListModel::IdRole).toLongLong());
    });
    setFocusProxy(m_view);
}

qint64 WorkshopListPanel::currentWorkshopId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(WorkshopListModel::IdRole).toLongLong() : 0;
}

void WorkshopListPanel::selectWorkshop(qint64 workshopId)
{
    const int row = m_model->rowOf(workshopId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (!index.isValid()) {
        m_search->clear(); // the filter hid it: show everything
        index = m_filter->mapFromSource(m_model->index(row));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void WorkshopListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WorkshopListPanel::onCurrentChanged()
{
    const qint64 id = currentWorkshopId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    emit currentWorkshopChanged(id);
}
