#pragma once

#include "models/entities.h"

#include <QHash>
#include <QWidget>

#include <functional>

class EditSession;
class QButtonGroup;
class QLabel;
class QListView;
class QPushButton;
class QRadioButton;
class StateHistoryModel;
class StreamHealthMonitor;
class StreamLightWidget;

// The helper's control: five big radio buttons for the webcast state of the
// whole workshop (its master page) or of the selected talk. A state whose
// needs are missing is disabled and says why beside the button. Arrow keys
// and Tab only move the focus; Space or a click chooses, so browsing the
// buttons never flips a live page by accident.
class WebcastStatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WebcastStatePanel(EditSession &session, QWidget *parent = nullptr);

    void setWorkshop(qint64 workshopId);
    // 0 when no talk is selected; a talk switches the panel to it.
    void setPresentation(qint64 presentationId);
    // Which webcast the buttons act on.
    void showWorkshopScope();
    void showPresentationScope();
    SubjectKind scope() const { return m_scope; }
    qint64 subjectId() const;

    // Chooses a state as if its button was clicked (menu shortcuts use it).
    void choose(WebcastState state);

    // The live stream's health light beside the Live button.
    void setStreamHealth(StreamHealthMonitor *monitor);
    StreamLightWidget *streamLight() const { return m_streamLight; }
    // Asked before any state is chosen (confirmations, checks); it answers
    // through the callback, now or later, and false keeps the state as it
    // is. Until the answer the buttons show the state the subject is in.
    using Guard = std::function<void(SubjectKind, qint64, WebcastState, std::function<void(bool)>)>;
    void setGuard(Guard guard) { m_guard = std::move(guard); }

signals:
    void error(const QString &message);

protected:
    // Up/Down (and Left/Right) move the focus between the state buttons.
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    // Looks at the subject again (its rules depend on settings too).
    void refresh();

private:
    void onButtonClicked(int id);

    EditSession &m_session;
    SubjectKind m_scope = SubjectKind::Workshop;
    qint64 m_workshopId = 0;
    qint64 m_presentationId = 0;

    QLabel *m_subjectLabel;
    QPushButton *m_workshopScopeButton;
    QPushButton *m_talkScopeButton;
    QButtonGroup *m_group;
    QHash<int, QRadioButton *> m_buttons;
    QHash<int, QLabel *> m_reasons;
    StateHistoryModel *m_historyModel;
    QListView *m_historyView;
    StreamLightWidget *m_streamLight;
    Guard m_guard;
};
