#pragma once

#include "models/entities.h"

#include <QDialog>

class EditSession;
class QLabel;
class QPushButton;
class QTableWidget;

// A workshop's rooms: their names and, for parallel rooms, a live stream
// of their own. A talk in a room with its own stream goes live on it; the
// others use the workshop's. Saved as one undoable step; a refused save
// keeps the dialog open with the reason and the row selected.
class RoomsDialog : public QDialog
{
    Q_OBJECT

public:
    RoomsDialog(EditSession &session, const Workshop &workshop, QWidget *parent = nullptr);

    void accept() override;

private:
    void addRow(const Room &room);
    void addRoom();
    void removeRoom();
    QList<Room> collect() const;
    void updateButtons();

    EditSession &m_session;
    Workshop m_workshop;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
};
