#pragma once

#include "models/entities.h"
#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class EditSession;
class StreamHealthMonitor;

// One thing the assistant proposes: "Set <talk> to Live?".
struct StateSuggestion
{
    qint64 presentationId = 0;
    QString title;
    WebcastState from = WebcastState::Upcoming;
    WebcastState to = WebcastState::Live;
    QString why; // "It starts at 10:00 and the stream is up."

    bool operator==(const StateSuggestion &o) const
    {
        return presentationId == o.presentationId && to == o.to;
    }
};

// Watches the clock against the selected workshop's schedule and proposes
// state changes, never making them itself: at a talk's start, when the stream
// is healthy, "Set it to Live?"; a set time after its end, "Set it to
// Concluded?". Each suggestion is made once and goes into the state history,
// and so does the answer (accepted or dismissed).
class ScheduleAssistant : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // returns UTC

    ScheduleAssistant(EditSession &session, QObject *parent = nullptr);

    void setWorkshop(qint64 workshopId);
    // Live is only suggested while this monitor's light is green.
    void setHealth(const StreamHealthMonitor *health);
    // Tests put a clock of their own here.
    void setClock(Clock clock);
    // How long after a talk's end Concluded is suggested (default 10 min).
    void setConcludeDelay(int seconds);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    const QList<StateSuggestion> &pending() const { return m_pending; }

    // Looks at the schedule now (a timer does this every 15 s).
    void evaluate();
    // The user's answers: accepting changes the state (undoable, like a click).
    Status accept(const StateSuggestion &suggestion);
    Status dismiss(const StateSuggestion &suggestion);

signals:
    void suggested(const StateSuggestion &suggestion);
    // No longer applies (the state was changed some other way) or answered.
    void withdrawn(const StateSuggestion &suggestion);

private:
    bool alreadySuggested(const Presentation &p, WebcastState to) const;
    void propose(const Presentation &p, WebcastState to, const QString &why);
    void remove(const StateSuggestion &suggestion);
    Status answer(const StateSuggestion &suggestion, bool accepted);

    EditSession &m_session;
    const StreamHealthMonitor *m_health = nullptr;
    Clock m_clock;
    qint64 m_workshopId = 0;
    int m_concludeDelay = 600;
    bool m_enabled = true;
    QList<StateSuggestion> m_pending;
    QList<StateSuggestion> m_made; // this session, whatever the answer
    QTimer m_timer;
};
