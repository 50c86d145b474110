#include "ui/state/suggestionbar.h"

#include "models/stateicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

SuggestionBar::SuggestionBar(ScheduleAssistant &assistant, QWidget *parent)
    : QFrame(parent)
    , m_assistant(assistant)
    , m_label(new QLabel(this))
    , m_accept(new QPushButton(this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    setObjectName(QStringLiteral("suggestionBar"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Schedule assistant suggestion"));
    setStyleSheet(QStringLiteral("#suggestionBar { background: rgba(86, 180, 233, 45);"
                                 " border: 1px solid #56B4E9; border-radius: 6px; }"));
    auto *layout = new QHBoxLayout(this);
    m_label->setObjectName(QStringLiteral("suggestionText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label, 1);
    m_accept->setObjectName(QStringLiteral("suggestionAcceptButton"));
    m_dismiss->setObjectName(QStringLiteral("suggestionDismissButton"));
    m_dismiss->setToolTip(tr("Keep the state as it is; the assistant will not ask again"));
    layout->addWidget(m_accept);
    layout->addWidget(m_dismiss);

    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (m_assistant.pending().isEmpty())
            return;
        if (Status s = m_assistant.accept(m_assistant.pending().constFirst()); !s)
            emit error(s.error());
        refresh();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (m_assistant.pending().isEmpty())
            return;
        if (Status s = m_assistant.dismiss(m_assistant.pending().constFirst()); !s)
            emit error(s.error());
        refresh();
    });
    connect(&m_assistant, &ScheduleAssistant::suggested, this, &SuggestionBar::refresh);
    connect(&m_assistant, &ScheduleAssistant::withdrawn, this, &SuggestionBar::refresh);
    refresh();
}

QString SuggestionBar::text() const
{
    return m_label->text();
}

void SuggestionBar::refresh()
{
    const QList<StateSuggestion> &pending = m_assistant.pending();
    setVisible(!pending.isEmpty());
    if (pending.isEmpty())
        return;
    const StateSuggestion &s = pending.constFirst();
    QString text = tr("“%1”: %2 Set it to %3?").arg(s.title, s.why, stateDisplayName(s.to));
    if (pending.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more waiting)", nullptr, int(pending.size() - 1));
    m_label->setText(text);
    m_accept->setText(tr("Set to &%1").arg(stateDisplayName(s.to)));
    m_accept->setIcon(stateIcon(s.to));
    m_accept->setAccessibleDescription(text);
}
