#include "ui/workshops/roomsdialog.h"

#include "app/editing/editsession.h"
#include "models/repository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    NameColumn,
    StreamColumn
};
constexpr int IdRole = Qt::UserRole + 1;
constexpr int GuidRole = Qt::UserRole + 2;

// The cell editors say what they edit, to screen readers too.
class NamedEditorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor) {
            const QString column =
                index.model()->headerData(index.column(), Qt::Horizontal).toString();
            editor->setAccessibleName(column);
            editor->setAccessibleDescription(index.column() == NameColumn
                                                 ? RoomsDialog::tr("The room's name")
                                                 : RoomsDialog::tr("The room's own live stream"));
        }
        return editor;
    }
};

} // namespace

RoomsDialog::RoomsDialog(EditSession &session, const Workshop &workshop, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_workshop(workshop)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add Room"), this))
    , m_remove(new QPushButton(tr("&Remove Room"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("roomsDialog"));
    setWindowTitle(tr("Rooms of %1").arg(workshop.title));
    auto *intro = new QLabel(
        workshop.liveStreamUrl.isEmpty()
            ? tr("A talk in a room with a live stream of its own goes live on that stream. "
                 "The workshop has no live stream of its own yet.")
            : tr("A talk in a room with a live stream of its own goes live on that stream; "
                 "talks in the other rooms use the workshop's (%1).")
                  .arg(workshop.liveStreamUrl),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("roomsTable"));
    m_table->setHorizontalHeaderLabels({tr("Room"), tr("Live stream (optional)")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 200);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegate(new NamedEditorDelegate(m_table));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    m_table->setAccessibleName(tr("Rooms"));
    m_table->setAccessibleDescription(
        tr("One row per room: its name and an optional rtsp, http or https live stream"));
    const QList<Room> rooms = m_session.repository().rooms(workshop.id);
    for (const Room &r : rooms)
        addRow(r);
    if (rooms.isEmpty()) {
        // No rooms yet: start from the ones the talks name.
        QStringList named;
        for (const Presentation &p : m_session.repository().presentations(workshop.id)) {
            if (!p.room.trimmed().isEmpty() && !named.contains(p.room.trimmed()))
                named << p.room.trimmed();
        }
        for (const QString &name : std::as_const(named)) {
            Room r;
            r.name = name;
            addRow(r);
        }
    }

    m_add->setObjectName(QStringLiteral("addRoomButton"));
    m_remove->setObjectName(QStringLiteral("removeRoomButton"));
    m_add->setAccessibleDescription(tr("Add a row for a new room and type its name"));
    m_remove->setAccessibleDescription(
        tr("Remove the selected room; its talks keep the room's name"));
    connect(m_add, &QPushButton::clicked, this, &RoomsDialog::addRoom);
    connect(m_remove, &QPushButton::clicked, this, &RoomsDialog::removeRoom);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RoomsDialog::updateButtons);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoomsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoomsDialog::reject);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 400);
    updateButtons();
}

void RoomsDialog::addRow(const Room &room)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(room.name);
    name->setData(IdRole, room.id);
    name->setData(GuidRole, room.guid);
    m_table->setItem(row, NameColumn, name);
    auto *stream = new QTableWidgetItem(room.liveStreamUrl);
    stream->setToolTip(tr("rtsp://…, or an HLS address ending in .m3u8; empty: the workshop's"));
    m_table->setItem(row, StreamColumn, stream);
}

void RoomsDialog::addRoom()
{
    addRow(Room());
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
    updateButtons();
}

void RoomsDialog::removeRoom()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    updateButtons();
}

void RoomsDialog::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}

QList<Room> RoomsDialog::collect() const
{
    QList<Room> rooms;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        const QTableWidgetItem *stream = m_table->item(row, StreamColumn);
        Room r;
        r.workshopId = m_workshop.id;
        r.id = name ? name->data(IdRole).toLongLong() : 0;
        r.guid = name ? name->data(GuidRole).toString() : QString();
        r.name = name ? name->text().trimmed() : QString();
        r.liveStreamUrl = stream ? stream->text().trimmed() : QString();
        // A row left empty is no room.
        if (r.id == 0 && r.name.isEmpty() && r.liveStreamUrl.isEmpty())
            continue;
        rooms.append(r);
    }
    return rooms;
}

void RoomsDialog::accept()
{
    // Commit the cell being typed in.
    if (QWidget *editor = m_table->focusWidget(); editor && editor != m_table)
        m_table->setFocus();
    const QList<Room> rooms = collect();
    if (const Status s = m_session.setRooms(m_workshop.id, rooms); !s) {
        m_problem->setText(s.error());
        m_problem->show();
        // "Room 2: …": select that row.
        static const QRegularExpression which(QStringLiteral("(\\d+)"));
        if (const QRegularExpressionMatch m = which.match(s.error()); m.hasMatch()) {
            // Rows skipped as empty do not count; find the n-th kept row.
            int wanted = m.captured(1).toInt();
            for (int row = 0; row < m_table->rowCount(); ++row) {
                const QTableWidgetItem *name = m_table->item(row, NameColumn);
                const QTableWidgetItem *stream = m_table->item(row, StreamColumn);
                const bool empty = (!name || name->text().trimmed().isEmpty()) &&
                                   (!stream || stream->text().trimmed().isEmpty()) &&
                                   (!name || name->data(IdRole).toLongLong() == 0);
                if (!empty && --wanted == 0) {
                    m_table->setCurrentCell(row, s.field() == QLatin1String("live_stream_url")
                                                     ? StreamColumn
                                                     : NameColumn);
                    break;
                }
            }
        }
        return;
    }
    QDialog::accept();
}
