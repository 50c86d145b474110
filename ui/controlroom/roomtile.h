#pragma once

#include "app/stream/controlroom.h"

#include <QFrame>
#include <QImage>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class StillPicture;
class StreamHealthMonitor;

// The still picture of a tile: the frame scaled to fit (never stretched),
// or why there is none, in words. One click asks for the room's preview.
class StillView : public QWidget
{
    Q_OBJECT

public:
    explicit StillView(QWidget *parent = nullptr);
    void setPicture(const QImage &picture, const QString &caption);
    void setMessage(const QString &message);
    bool hasPicture() const { return !m_picture.isNull(); }
    QString message() const { return m_message; }
    QSize sizeHint() const override { return {320, 180}; }
    QSize minimumSizeHint() const override { return {96, 54}; }

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QImage m_picture;
    QString m_caption;
    QString m_message;
};

// One room of the control room: the room and workshop, its stream light with
// the reason, a still picture, the talk on now (title, speaker, time, how far
// through its slot, its state) and the next one, and the one next step as a
// button. The tile takes the keyboard focus (keys 1–9 choose it); Space or
// Enter takes its step.
class RoomTile : public QFrame
{
    Q_OBJECT

public:
    explicit RoomTile(QWidget *parent = nullptr);

    void setNumber(int number); // 1–9 shown as the key that chooses it; 0: none
    void setRoom(const controlroom::RoomSlot &room, const QDateTime &nowUtc);
    void setStep(const controlroom::NextStep &step, bool allowed, const QString &whyNot);
    void setLight(StreamLight light, const QString &summary);
    // Why there is no picture (the light says why the stream is down).
    void setStill(const StillPicture *still, StreamLight light);

    const controlroom::RoomSlot &room() const { return m_room; }
    const controlroom::NextStep &step() const { return m_step; }
    QPushButton *stepButton() const { return m_stepButton; }
    StillView *stillView() const { return m_still; }
    QString lightSummary() const;
    // Which room (the tiles are remade when the rooms of the day change).
    QString key() const { return m_room.key; }

signals:
    void stepRequested();
    void previewRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateFocusLook();

    controlroom::RoomSlot m_room;
    controlroom::NextStep m_step;
    QLabel *m_number;
    QLabel *m_name;
    QLabel *m_workshop;
    QLabel *m_lightDisc;
    QLabel *m_lightText;
    StillView *m_still;
    QLabel *m_nowTime;
    QLabel *m_nowTitle;
    QLabel *m_nowSpeaker;
    QProgressBar *m_progress;
    QLabel *m_stateIcon;
    QLabel *m_stateText;
    QLabel *m_next;
    QPushButton *m_stepButton;
    QLabel *m_why;
    QBoxLayout *m_body = nullptr;
};
