#include "app/stream/scheduleassistant.h"

#include "app/editing/editsession.h"
#include "app/stream/streamhealth.h"
#include "models/repository.h"

#include <QLocale>
#include <QTimeZone>

ScheduleAssistant::ScheduleAssistant(EditSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleAssistant::evaluate);
    m_timer.start();
    WebcastRepository &repo = session.repository();
    // A state changed elsewhere can make a pending suggestion moot.
    connect(&repo, &WebcastRepository::presentationChanged, this, [this](qint64, qint64 wid) {
        if (wid == m_workshopId)
            evaluate();
    });
    connect(&repo, &WebcastRepository::dataReset, this, &ScheduleAssistant::evaluate);
}

void ScheduleAssistant::setWorkshop(qint64 workshopId)
{
    if (workshopId == m_workshopId)
        return;
    m_workshopId = workshopId;
    const QList<StateSuggestion> old = m_pending;
    m_pending.clear();
    for (const StateSuggestion &s : old)
        emit withdrawn(s);
    evaluate();
}

void ScheduleAssistant::setHealth(const StreamHealthMonitor *health)
{
    if (m_health)
        disconnect(m_health, nullptr, this, nullptr);
    m_health = health;
    if (m_health)
        connect(m_health, &StreamHealthMonitor::changed, this, &ScheduleAssistant::evaluate);
}

void ScheduleAssistant::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ScheduleAssistant::setConcludeDelay(int seconds)
{
    m_concludeDelay = qMax(0, seconds);
}

void ScheduleAssistant::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        const QList<StateSuggestion> old = m_pending;
        m_pending.clear();
        for (const StateSuggestion &s : old)
            emit withdrawn(s);
    }
    evaluate();
}

void ScheduleAssistant::evaluate()
{
    if (!m_enabled || !m_workshopId)
        return;
    WebcastRepository &repo = m_session.repository();
    const std::optional<Workshop> w = repo.workshop(m_workshopId);
    if (!w)
        return;
    const QTimeZone zone(w->timeZone.toUtf8());
    const auto local = [&](const QDateTime &utc) {
        return clockTime((zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime()).time());
    };
    const QDateTime now = m_clock();
    const bool streamUp = m_health && m_health->light() == StreamLight::Green;
    const QList<Presentation> talks = repo.presentations(m_workshopId);

    // Drop what no longer applies: someone changed the state another way.
    for (const StateSuggestion &s : QList<StateSuggestion>(m_pending)) {
        const auto it = std::find_if(talks.begin(), talks.end(), [&](const Presentation &p) {
            return p.id == s.presentationId;
        });
        if (it == talks.end() || it->state != s.from)
            remove(s);
    }

    for (const Presentation &p : talks) {
        if (!p.startsAt.isValid())
            continue;
        const QDateTime end = p.endsAt.isValid() ? p.endsAt : p.startsAt.addSecs(3600);
        if (p.state == WebcastState::Upcoming && p.hasWebcast && now >= p.startsAt && now < end &&
            streamUp && repo.presentationStateAvailability(p.id, WebcastState::Live).allowed) {
            propose(p, WebcastState::Live,
                    tr("It started at %1 and the live stream is up.").arg(local(p.startsAt)));
        } else if (p.state == WebcastState::Live && now >= end.addSecs(m_concludeDelay)) {
            propose(p, WebcastState::Concluded,
                    tr("It ended at %1 and is still shown as Live.").arg(local(end)));
        }
    }
}

bool ScheduleAssistant::alreadySuggested(const Presentation &p, WebcastState to) const
{
    const StateSuggestion key{p.id, {}, p.state, to, {}};
    if (m_made.contains(key))
        return true;
    // Made in an earlier run of the app (or on another machine).
    const QList<StateChange> history =
        m_session.repository().history(SubjectKind::Presentation, p.id, 50);
    return std::any_of(history.begin(), history.end(), [&](const StateChange &c) {
        return c.event == StateChange::Event::Suggested && c.from == p.state && c.to == to;
    });
}

void ScheduleAssistant::propose(const Presentation &p, WebcastState to, const QString &why)
{
    if (alreadySuggested(p, to))
        return;
    StateSuggestion s{p.id, p.title, p.state, to, why};
    m_made.append(s);
    StateChange entry;
    entry.subjectKind = SubjectKind::Presentation;
    entry.subjectId = p.id;
    entry.from = p.state;
    entry.to = to;
    entry.changedBy = tr("schedule assistant");
    entry.changedAt = QDateTime::currentDateTimeUtc();
    entry.event = StateChange::Event::Suggested;
    if (Status st = m_session.repository().recordSuggestion(entry); !st)
        return; // not recorded, not shown: a suggestion without its trace is not made
    m_pending.append(s);
    emit suggested(s);
}

void ScheduleAssistant::remove(const StateSuggestion &suggestion)
{
    if (m_pending.removeAll(suggestion) > 0)
        emit withdrawn(suggestion);
}

Status ScheduleAssistant::answer(const StateSuggestion &suggestion, bool accepted)
{
    StateChange entry;
    entry.subjectKind = SubjectKind::Presentation;
    entry.subjectId = suggestion.presentationId;
    entry.from = suggestion.from;
    entry.to = suggestion.to;
    entry.changedBy = m_session.userName();
    entry.event = accepted ? StateChange::Event::Accepted : StateChange::Event::Dismissed;
    Status s = m_session.repository().recordSuggestion(entry);
    if (s && accepted)
        s = m_session.setPresentationState(suggestion.presentationId, suggestion.to);
    remove(suggestion);
    return s;
}

Status ScheduleAssistant::accept(const StateSuggestion &suggestion)
{
    return answer(suggestion, true);
}

Status ScheduleAssistant::dismiss(const StateSuggestion &suggestion)
{
    return answer(suggestion, false);
}
