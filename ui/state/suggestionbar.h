#pragma once

#include "app/stream/scheduleassistant.h"

#include <QFrame>

class QLabel;
class QPushButton;

// Shows the schedule assistant's suggestions one at a time, without a modal
// dialog: "“Opening talk” started at 10:00 and the live stream is up. Set it
// to Live?" with one button to do it and one to dismiss it.
class SuggestionBar : public QFrame
{
    Q_OBJECT

public:
    SuggestionBar(ScheduleAssistant &assistant, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *dismissButton() const { return m_dismiss; }

signals:
    void error(const QString &message);

private:
    void refresh();

    ScheduleAssistant &m_assistant;
    QLabel *m_label;
    QPushButton *m_accept;
    QPushButton *m_dismiss;
};
