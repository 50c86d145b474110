#include "ui/state/webcaststatepanel.h"

#include "app/editing/editsession.h"
#include "models/repository.h"
#include "models/statehistorymodel.h"
#include "models/stateicons.h"
#include "ui/state/streamlight.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QString buttonStyle(WebcastState state)
{
    const QColor c = stateColor(state);
    const QString solid = c.name();
    const QString tint =
        QStringLiteral("rgba(%1, %2, %3, 40)").arg(c.red()).arg(c.green()).arg(c.blue());
    return QStringLiteral(
               "QRadioButton { font-size: 13pt; font-weight: 600; padding: 10px 12px;"
               " border: 2px solid %1; border-radius: 8px; spacing: 10px; }"
               "QRadioButton:checked { background: %2; border-width: 4px; }"
               "QRadioButton:focus { border-style: double; border-width: 5px; }"
               "QRadioButton:disabled { border: 2px dashed palette(mid); color: palette(mid); }"
               "QRadioButton::indicator { width: 20px; height: 20px; }")
        .arg(solid, tint);
}

} // namespace

WebcastStatePanel::WebcastStatePanel(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_subjectLabel(new QLabel(this))
    , m_workshopScopeButton(new QPushButton(tr("&Whole workshop"), this))
    , m_talkScopeButton(new QPushButton(tr("Selected &talk"), this))
    , m_group(new QButtonGroup(this))
    , m_historyModel(new StateHistoryModel(session.repository(), this))
    , m_historyView(new QListView(this))
    , m_streamLight(new StreamLightWidget(this))
{
    setObjectName(QStringLiteral("webcastStatePanel"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Webcast state"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    // Scope: the master page of the workshop, or the selected talk's page.
    auto *scopeRow = new QHBoxLayout;
    for (QPushButton *b : {m_workshopScopeButton, m_talkScopeButton}) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
        scopeRow->addWidget(b);
    }
    m_workshopScopeButton->setObjectName(QStringLiteral("scopeWorkshopButton"));
    m_workshopScopeButton->setToolTip(tr("Flip the state of the workshop's master page"));
    m_workshopScopeButton->setAccessibleDescription(m_workshopScopeButton->toolTip());
    m_talkScopeButton->setObjectName(QStringLiteral("scopeTalkButton"));
    m_talkScopeButton->setToolTip(tr("Flip the state of the talk selected in the schedule"));
    m_talkScopeButton->setAccessibleDescription(m_talkScopeButton->toolTip());
    layout->addLayout(scopeRow);
    connect(m_workshopScopeButton, &QPushButton::clicked, this,
            &WebcastStatePanel::showWorkshopScope);
    connect(m_talkScopeButton, &QPushButton::clicked, this,
            &WebcastStatePanel::showPresentationScope);

    m_subjectLabel->setObjectName(QStringLiteral("stateSubjectLabel"));
    m_subjectLabel->setWordWrap(true);
    m_subjectLabel->setTextFormat(Qt::PlainText);
    QFont subjectFont = m_subjectLabel->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.1);
    m_subjectLabel->setFont(subjectFont);
    layout->addWidget(m_subjectLabel);

    // Not exclusive on purpose: an exclusive group checks the button the
    // arrow keys move to, which would flip the state while browsing.
    m_group->setExclusive(false);
    int shortcut = 1;
    for (WebcastState state : allStates()) {
        const int id = static_cast<int>(state);
        auto *button = new QRadioButton(stateDisplayName(state), this);
        button->setObjectName(QStringLiteral("stateButton_") + stateKey(state));
        button->setAutoExclusive(false);
        button->setIcon(stateIcon(state));
        button->setIconSize(QSize(28, 28));
        button->setMinimumHeight(52);
        button->setStyleSheet(buttonStyle(state));
        button->setToolTip(stateDescription(state) + QStringLiteral("\n") +
                           tr("Shortcut: Ctrl+%1").arg(shortcut++));
        button->setAccessibleName(tr("%1 state").arg(stateDisplayName(state)));
        button->setAccessibleDescription(stateDescription(state));
        m_group->addButton(button, id);
        m_buttons.insert(id, button);
        button->installEventFilter(this);
        layout->addWidget(button);

        auto *reason = new QLabel(this);
        reason->setObjectName(QStringLiteral("stateReason_") + stateKey(state));
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText);
        reason->setContentsMargins(14, 0, 4, 4);
        reason->setStyleSheet(QStringLiteral("color: palette(text); font-style: italic;"));
        reason->hide();
        m_reasons.insert(id, reason);
        layout->addWidget(reason);
        if (state == WebcastState::Live)
            layout->addWidget(m_streamLight);
    }
    connect(m_group, &QButtonGroup::idClicked, this, &WebcastStatePanel::onButtonClicked);

    auto *historyLabel = new QLabel(tr("&History"), this);
    historyLabel->setBuddy(m_historyView);
    layout->addSpacing(8);
    layout->addWidget(historyLabel);
    m_historyView->setObjectName(QStringLiteral("stateHistoryView"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setIconSize(QSize(16, 16));
    m_historyView->setWordWrap(true);
    m_historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyView->setAccessibleName(tr("State history"));
    m_historyView->setAccessibleDescription(tr("Who changed the state, when, from what to what"));
    layout->addWidget(m_historyView, 1);

    // Tab order as read: scope, the state buttons (one stop; the arrow keys
    // move inside), the light's Check now, then the history.
    QWidget::setTabOrder(m_workshopScopeButton, m_talkScopeButton);
    QWidget *previous = m_talkScopeButton;
    for (WebcastState state : allStates()) {
        QWidget::setTabOrder(previous, m_buttons.value(static_cast<int>(state)));
        previous = m_buttons.value(static_cast<int>(state));
    }
    QWidget *checkNow = m_streamLight->findChild<QWidget *>(QStringLiteral("streamCheckNowButton"));
    QWidget::setTabOrder(previous, checkNow);
    QWidget::setTabOrder(checkNow, m_historyView);

    WebcastRepository &repo = session.repository();
    connect(&repo, &WebcastRepository::workshopChanged, this, [this](qint64 id) {
        if (id == m_workshopId)
            refresh();
    });
    connect(&repo, &WebcastRepository::presentationChanged, this, [this](qint64 id, qint64 wid) {
        // A talk's change can make the workshop's Archive possible.
        if (id == m_presentationId || wid == m_workshopId)
            refresh();
    });
    connect(&repo, &WebcastRepository::presentationRemoved, this, [this](qint64 id, qint64) {
        if (id == m_presentationId)
            setPresentation(0);
        else
            refresh();
    });
    connect(&repo, &WebcastRepository::workshopRemoved, this, [this](qint64 id) {
        if (id == m_workshopId)
            setWorkshop(0);
    });
    connect(&repo, &WebcastRepository::dataReset, this, &WebcastStatePanel::refresh);
    refresh();
}

qint64 WebcastStatePanel::subjectId() const
{
    return m_scope == SubjectKind::Workshop ? m_workshopId : m_presentationId;
}

void WebcastStatePanel::setWorkshop(qint64 workshopId)
{
    m_workshopId = workshopId;
    m_presentationId = 0;
    m_scope = SubjectKind::Workshop;
    refresh();
}

void WebcastStatePanel::setPresentation(qint64 presentationId)
{
    m_presentationId = presentationId;
    m_scope = presentationId ? SubjectKind::Presentation : SubjectKind::Workshop;
    refresh();
}

void WebcastStatePanel::showWorkshopScope()
{
    m_scope = SubjectKind::Workshop;
    refresh();
}

void WebcastStatePanel::showPresentationScope()
{
    if (m_presentationId)
        m_scope = SubjectKind::Presentation;
    refresh();
}

void WebcastStatePanel::refresh()
{
    WebcastRepository &repo = m_session.repository();
    std::optional<WebcastState> current;
    QString subject;
    if (m_workshopId && !repo.workshop(m_workshopId))
        m_workshopId = 0;
    if (m_presentationId && !repo.presentation(m_presentationId))
        m_presentationId = 0;
    if (m_scope == SubjectKind::Presentation && !m_presentationId)
        m_scope = SubjectKind::Workshop;

    if (m_scope == SubjectKind::Workshop && m_workshopId) {
        const Workshop w = *repo.workshop(m_workshopId);
        current = w.state;
        subject = tr("Master page of \"%1\"").arg(w.title);
    } else if (m_scope == SubjectKind::Presentation) {
        const Presentation p = *repo.presentation(m_presentationId);
        current = p.state;
        subject = tr("Talk \"%1\"").arg(p.title);
    } else {
        subject = tr("Choose a workshop to see its webcast state.");
    }
    m_subjectLabel->setText(subject);
    m_workshopScopeButton->setEnabled(m_workshopId != 0);
    m_talkScopeButton->setEnabled(m_presentationId != 0);
    m_workshopScopeButton->setChecked(m_scope == SubjectKind::Workshop);
    m_talkScopeButton->setChecked(m_scope == SubjectKind::Presentation);

    for (WebcastState state : allStates()) {
        const int id = static_cast<int>(state);
        QRadioButton *button = m_buttons.value(id);
        QLabel *reason = m_reasons.value(id);
        StateAvailability a;
        if (!current)
            a = {false, QString(), QString()};
        else if (m_scope == SubjectKind::Workshop)
            a = repo.workshopStateAvailability(m_workshopId, state);
        else
            a = repo.presentationStateAvailability(m_presentationId, state);
        const bool isCurrent = current && *current == state;
        {
            const QSignalBlocker block(button);
            button->setChecked(isCurrent);
        }
        button->setEnabled(a.allowed || isCurrent);
        button->setText(isCurrent ? tr("%1 (now)").arg(stateDisplayName(state))
                                  : stateDisplayName(state));
        if (!a.allowed && !a.reason.isEmpty()) {
            reason->setText(a.reason + QLatin1Char(' ') + a.fix);
            button->setAccessibleDescription(reason->text());
            reason->show();
        } else {
            reason->hide();
            button->setAccessibleDescription(stateDescription(state));
        }
    }
    m_historyModel->setSubject(m_scope, subjectId());
}

void WebcastStatePanel::choose(WebcastState state)
{
    QRadioButton *button = m_buttons.value(static_cast<int>(state));
    if (button && button->isEnabled())
        onButtonClicked(static_cast<int>(state));
}

bool WebcastStatePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    int step = 0;
    if (key == Qt::Key_Down || key == Qt::Key_Right)
        step = 1;
    else if (key == Qt::Key_Up || key == Qt::Key_Left)
        step = -1;
    if (step == 0)
        return QWidget::eventFilter(watched, event);
    // Only the focus moves (to the next button that can be chosen); the
    // state changes with Space or a click.
    const QList<WebcastState> states = allStates();
    int index = -1;
    for (int i = 0; i < states.size(); ++i)
        if (m_buttons.value(static_cast<int>(states.at(i))) == watched)
            index = i;
    for (int i = index + step; index >= 0 && i >= 0 && i < states.size(); i += step) {
        QRadioButton *next = m_buttons.value(static_cast<int>(states.at(i)));
        if (next->isEnabled()) {
            next->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return true;
}

void WebcastStatePanel::setStreamHealth(StreamHealthMonitor *monitor)
{
    m_streamLight->setMonitor(monitor);
}

void WebcastStatePanel::onButtonClicked(int id)
{
    const auto state = static_cast<WebcastState>(id);
    const SubjectKind scope = m_scope;
    const qint64 subject = subjectId();
    // The buttons show the state the subject is in until the change is
    // made: not two checked buttons while a question is open.
    refresh();
    if (!subject)
        return;
    // The selection may change before the answer comes: the flip is for
    // the subject that was clicked.
    auto flip = [panel = QPointer<WebcastStatePanel>(this), scope, subject, state](bool proceed) {
        if (!panel || !proceed)
            return;
        const Status s = scope == SubjectKind::Workshop
                             ? panel->m_session.setWorkshopState(subject, state)
                             : panel->m_session.setPresentationState(subject, state);
        if (!s)
            emit panel->error(s.error());
        panel->refresh();
    };
    if (m_guard)
        m_guard(scope, subject, state, flip);
    else
        flip(true);
}
