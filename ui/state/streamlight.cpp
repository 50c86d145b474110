#include "ui/state/streamlight.h"

#include "app/stream/streamhealth.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>

// Okabe-Ito colours (the state buttons use the same palette).
QPixmap streamLightPixmap(StreamLight light, qreal dpr, int size)
{
    QColor colour(0x99, 0x99, 0x99);
    QString mark = QStringLiteral("?");
    switch (light) {
    case StreamLight::Green:
        colour = QColor(0x00, 0x9E, 0x73);
        mark = QStringLiteral("✓");
        break;
    case StreamLight::Amber:
        colour = QColor(0xE6, 0x9F, 0x00);
        mark = QStringLiteral("!");
        break;
    case StreamLight::Red:
        colour = QColor(0xD5, 0x5E, 0x00);
        mark = QStringLiteral("×");
        break;
    case StreamLight::Unknown:
        break;
    }
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(140), 1.5));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(qMax(8, size * 14 / 22));
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, mark);
    return pixmap;
}

StreamLightWidget::StreamLightWidget(QWidget *parent)
    : QWidget(parent)
    , m_disc(new QLabel(this))
    , m_text(new QLabel(this))
    , m_checkNow(new QToolButton(this))
{
    setObjectName(QStringLiteral("streamLight"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 0, 4, 4);
    layout->addWidget(m_disc, 0, Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("streamLightText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text, 1);
    m_checkNow->setObjectName(QStringLiteral("streamCheckNowButton"));
    m_checkNow->setText(tr("Check now"));
    m_checkNow->setToolTip(tr("Check the live stream now and decode a picture from it"));
    m_checkNow->setAccessibleName(tr("Check the live stream now"));
    layout->addWidget(m_checkNow, 0, Qt::AlignTop);
    connect(m_checkNow, &QToolButton::clicked, this, [this] {
        if (m_monitor) {
            m_text->setText(tr("Checking the stream and decoding a picture…"));
            m_monitor->checkNow(true);
        }
    });
    refresh();
}

void StreamLightWidget::setMonitor(StreamHealthMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (m_monitor)
        connect(m_monitor, &StreamHealthMonitor::changed, this, &StreamLightWidget::refresh);
    refresh();
}

QString StreamLightWidget::text() const
{
    return m_text->text();
}

void StreamLightWidget::refresh()
{
    const bool active = m_monitor && !m_monitor->url().isEmpty();
    setVisible(active);
    if (!active)
        return;
    const StreamLight light = m_monitor->light();
    m_disc->setPixmap(streamLightPixmap(light, devicePixelRatioF()));
    QString text = m_monitor->summary();
    if (m_monitor->lastChecked().isValid())
        text += QLatin1Char('\n') + tr("Last checked %1")
                                        .arg(QLocale().toString(m_monitor->lastChecked().time(),
                                                                QStringLiteral("HH:mm:ss")));
    m_text->setText(text);
    const QString name = tr("Live stream light: %1").arg(streamLightName(light));
    m_disc->setAccessibleName(name);
    setAccessibleName(name);
    setAccessibleDescription(text);
    setToolTip(m_monitor->url().toDisplayString());
}
