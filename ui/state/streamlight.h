#pragma once

#include "app/stream/streamhealth.h"

#include <QPixmap>
#include <QWidget>

class QLabel;
class QToolButton;

// The light's disc: its colour and a mark (✓ ! × ?) so colour is not the only cue.
QPixmap streamLightPixmap(StreamLight light, qreal dpr, int size = 22);

// The stream-health light beside the Live button: a coloured disc that also
// differs in its mark (✓, !, ×, ?) so it does not rely on colour, what the
// last check found in words, and when. "Check now" also decodes a picture.
class StreamLightWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StreamLightWidget(QWidget *parent = nullptr);

    void setMonitor(StreamHealthMonitor *monitor);
    QString text() const;

private:
    void refresh();

    StreamHealthMonitor *m_monitor = nullptr;
    QLabel *m_disc;
    QLabel *m_text;
    QToolButton *m_checkNow;
};
