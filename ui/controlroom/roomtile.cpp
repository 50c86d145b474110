#include "ui/controlroom/roomtile.h"

#include "app/stream/stillpicture.h"
#include "models/stateicons.h"
#include "ui/state/streamlight.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

QString localTime(const QDateTime &utc, const QString &zoneName)
{
    const QTimeZone zone(zoneName.toUtf8());
    return clockTime((zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime()).time());
}

// A label that shows its whole text as a tooltip when it had to be cut.
void setElided(QLabel *label, const QString &text)
{
    label->setProperty("fullText", text);
    const int width = qMax(20, label->width());
    const QString shown = label->fontMetrics().elidedText(text, Qt::ElideRight, width);
    label->setText(shown);
    label->setToolTip(shown == text ? QString() : text);
}

void reElide(QLabel *label)
{
    setElided(label, label->property("fullText").toString());
}

} // namespace

StillView::StillView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stillView"));
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Click to watch this room in the preview"));
    setAccessibleName(tr("Picture of the room's live stream"));
}

void StillView::setPicture(const QImage &picture, const QString &caption)
{
    m_picture = picture;
    m_caption = caption;
    m_message.clear();
    update();
}

void StillView::setMessage(const QString &message)
{
    m_message = message;
    update();
}

void StillView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x20, 0x20, 0x20));
    p.drawRoundedRect(area, 4, 4);
    if (!m_picture.isNull()) {
        QSizeF size = m_picture.size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        const QRectF target(area.center() - QPointF(size.width(), size.height()) / 2, size);
        p.drawImage(target, m_picture);
        if (!m_caption.isEmpty()) {
            QFont f = font();
            f.setPixelSize(qMax(10, font().pixelSize() * 4 / 5));
            p.setFont(f);
            const QRectF box = p.fontMetrics().boundingRect(m_caption).adjusted(-4, -2, 4, 2);
            QRectF where = box;
            where.moveBottomLeft(target.bottomLeft() + QPointF(4, -4));
            p.setBrush(QColor(0, 0, 0, 160));
            p.drawRoundedRect(where, 3, 3);
            p.setPen(Qt::white);
            p.drawText(where, Qt::AlignCenter, m_caption);
        }
    }
    if (!m_message.isEmpty()) {
        p.setPen(QColor(0xE0, 0xE0, 0xE0));
        const QRectF box = area.adjusted(10, 8, -10, -8);
        if (!m_picture.isNull()) {
            // An old picture stays, dimmed, under the reason it is old.
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0, 0, 0, 170));
            p.drawRoundedRect(area, 4, 4);
            p.setPen(QColor(0xF0, 0xF0, 0xF0));
        }
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}

void StillView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
}

RoomTile::RoomTile(QWidget *parent)
    : QFrame(parent)
    , m_number(new QLabel(this))
    , m_name(new QLabel(this))
    , m_workshop(new QLabel(this))
    , m_lightDisc(new QLabel(this))
    , m_lightText(new QLabel(this))
    , m_still(new StillView(this))
    , m_nowTime(new QLabel(this))
    , m_nowTitle(new QLabel(this))
    , m_nowSpeaker(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stateIcon(new QLabel(this))
    , m_stateText(new QLabel(this))
    , m_next(new QLabel(this))
    , m_stepButton(new QPushButton(this))
    , m_why(new QLabel(this))
{
    setObjectName(QStringLiteral("roomTile"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_StyledBackground);
    for (QLabel *l : {m_number, m_name, m_workshop, m_lightText, m_nowTime, m_nowTitle,
                      m_nowSpeaker, m_stateText, m_next, m_why})
        l->setTextFormat(Qt::PlainText); // names come from schedules: never markup
    m_number->setObjectName(QStringLiteral("tileNumber"));
    m_number->setAlignment(Qt::AlignCenter);
    m_name->setObjectName(QStringLiteral("tileRoom"));
    m_workshop->setObjectName(QStringLiteral("tileWorkshop"));
    m_lightText->setObjectName(QStringLiteral("tileLight"));
    m_nowTitle->setObjectName(QStringLiteral("tileNowTitle"));
    m_next->setObjectName(QStringLiteral("tileNext"));
    m_stateText->setObjectName(QStringLiteral("tileState"));
    m_why->setObjectName(QStringLiteral("tileWhy"));
    m_why->setWordWrap(true);
    m_lightText->setWordWrap(true);
    for (QLabel *l : {m_name, m_workshop, m_nowTitle, m_nowSpeaker, m_next})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 100);
    m_progress->setMaximumHeight(8);
    m_progress->setObjectName(QStringLiteral("tileProgress"));
    m_stepButton->setObjectName(QStringLiteral("tileStep"));
    m_stepButton->setFocusPolicy(Qt::NoFocus); // Space on the tile presses it
    m_stepButton->setMinimumHeight(34);
    m_stepButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_number);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_name);
    names->addWidget(m_workshop);
    header->addLayout(names, 1);
    layout->addLayout(header);
    auto *light = new QHBoxLayout;
    light->setSpacing(6);
    light->addWidget(m_lightDisc, 0, Qt::AlignTop);
    light->addWidget(m_lightText, 1);
    layout->addLayout(light);
    // The picture beside the talk on a wide tile, above it on a tall one
    // (resizeEvent turns it).
    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->setSpacing(10);
    m_body->addWidget(m_still, 5);
    auto *info = new QVBoxLayout;
    info->setSpacing(4);
    auto *now = new QHBoxLayout;
    now->setSpacing(6);
    now->addWidget(m_nowTime);
    now->addStretch(1);
    now->addWidget(m_stateIcon);
    now->addWidget(m_stateText);
    info->addLayout(now);
    info->addWidget(m_nowTitle);
    info->addWidget(m_nowSpeaker);
    info->addWidget(m_progress);
    info->addWidget(m_next);
    info->addStretch(1);
    info->addWidget(m_stepButton);
    info->addWidget(m_why);
    m_body->addLayout(info, 6);
    layout->addLayout(m_body, 1);

    connect(m_stepButton, &QPushButton::clicked, this, [this] {
        setFocus(Qt::MouseFocusReason);
        emit stepRequested();
    });
    connect(m_still, &StillView::clicked, this, &RoomTile::previewRequested);
    updateFocusLook();
}

void RoomTile::setNumber(int number)
{
    m_number->setVisible(number > 0);
    m_number->setText(QString::number(number));
    m_number->setToolTip(tr("Press %1 to choose this room").arg(number));
}

void RoomTile::setRoom(const controlroom::RoomSlot &room, const QDateTime &nowUtc)
{
    m_room = room;
    setAccessibleName(tr("Room %1").arg(room.displayName()));
    setElided(m_name, room.displayName());
    setElided(m_workshop, room.roomName.isEmpty() ? tr("whole workshop") : room.workshopTitle);
    if (const std::optional<Presentation> &p = room.current) {
        const QString start = localTime(p->startsAt, room.timeZone);
        const QString end = localTime(controlroom::slotEnd(*p), room.timeZone);
        m_nowTime->setText(nowUtc >= controlroom::slotEnd(*p)
                               ? tr("Over time: %1–%2").arg(start, end)
                               : tr("Now %1–%2").arg(start, end));
        setElided(m_nowTitle, p->title);
        const QString speaker = p->speakerAffiliation.isEmpty()
                                    ? p->speakerName
                                    : tr("%1, %2").arg(p->speakerName, p->speakerAffiliation);
        setElided(m_nowSpeaker, speaker);
        m_progress->setValue(controlroom::progress(*p, nowUtc));
        m_progress->setVisible(true);
        const qreal dpr = devicePixelRatioF();
        const int size = qMax(16, fontMetrics().height());
        QPixmap icon = stateIcon(p->state).pixmap(QSize(size, size), dpr);
        m_stateIcon->setPixmap(icon);
        m_stateIcon->setVisible(true);
        m_stateText->setText(p->hasWebcast ? stateDisplayName(p->state) : tr("not webcast"));
        m_stateText->setToolTip(stateDescription(p->state));
    } else {
        m_nowTime->setText(tr("No talk on now"));
        setElided(m_nowTitle, QString());
        setElided(m_nowSpeaker, QString());
        m_progress->setVisible(false);
        m_stateIcon->setVisible(false);
        m_stateText->setText(QString());
    }
    if (room.next)
        setElided(m_next,
                  tr("Next %1 · %2")
                      .arg(localTime(room.next->startsAt, room.timeZone), room.next->title));
    else
        setElided(m_next, tr("Nothing after this today"));
}

void RoomTile::setStep(const controlroom::NextStep &step, bool allowed, const QString &whyNot)
{
    m_step = step;
    const bool action = step.step != controlroom::Step::None;
    m_stepButton->setText(step.label);
    m_stepButton->setEnabled(action && allowed);
    m_stepButton->setProperty("step", action ? stateKey(step.to) : QString());
    m_stepButton->setToolTip(action
                                 ? tr("%1: set “%2” to %3 (Space)")
                                       .arg(step.label, step.talkTitle, stateDisplayName(step.to))
                                 : QString());
    m_why->setText(action && !allowed ? whyNot : step.why);
    style()->unpolish(m_stepButton);
    style()->polish(m_stepButton);
}

void RoomTile::setLight(StreamLight light, const QString &summary)
{
    const int size = qMax(14, fontMetrics().height());
    m_lightDisc->setPixmap(streamLightPixmap(light, devicePixelRatioF(), size));
    m_lightDisc->setToolTip(streamLightName(light));
    m_lightText->setText(summary);
    m_lightText->setToolTip(m_room.streamUrl.toDisplayString());
}

void RoomTile::setStill(const StillPicture *still, StreamLight light)
{
    if (m_room.streamUrl.isEmpty()) {
        m_still->setPicture({}, {});
        m_still->setMessage(tr("This room has no live stream address (Workshop → Rooms…)."));
        return;
    }
    if (still && !still->picture().isNull()) {
        m_still->setPicture(still->picture(), clockTime(still->takenAt().time()));
        if (light == StreamLight::Red)
            m_still->setMessage(tr("No new picture: the stream is down"));
        return;
    }
    m_still->setPicture({}, {});
    if (light == StreamLight::Red)
        m_still->setMessage(tr("No picture: the stream is down"));
    else if (still && !still->reason().isEmpty())
        m_still->setMessage(tr("No picture yet: %1").arg(still->reason()));
    else
        m_still->setMessage(tr("Waiting for a picture…"));
}

QString RoomTile::lightSummary() const
{
    return m_lightText->text();
}

void RoomTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
        event->key() == Qt::Key_Enter) {
        if (m_stepButton->isEnabled())
            emit stepRequested();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void RoomTile::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

void RoomTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    updateFocusLook();
}

void RoomTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    updateFocusLook();
}

void RoomTile::updateFocusLook()
{
    setProperty("chosen", hasFocus());
    style()->unpolish(this);
    style()->polish(this);
}

void RoomTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // A big tile (one room on a wall) shows its picture large, above.
    const bool wide = height() < 480 && width() > height() * 5 / 4;
    m_body->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_body->setStretch(0, wide ? 5 : 1);
    m_body->setStretch(1, wide ? 6 : 0);
    // Text grows with the tile: one room on a 1920×1080 wall is read from
    // across the room, twelve on a laptop still fit.
    const int pixels = qBound(12, qMin(width() / 26, height() / 22), 30);
    if (font().pixelSize() != pixels) {
        QFont f = font();
        f.setPixelSize(pixels);
        setFont(f);
        // Set on each label: the window's style sheet stops fonts from
        // being inherited once a label is polished.
        for (QLabel *l : {m_lightText, m_nowTime, m_nowSpeaker, m_next, m_stateText})
            l->setFont(f);
        QFont big = f;
        big.setPixelSize(pixels * 5 / 4);
        big.setBold(true);
        m_name->setFont(big);
        QFont bold = f;
        bold.setBold(true);
        m_nowTitle->setFont(bold);
        m_stepButton->setFont(bold);
        m_number->setFont(bold);
        m_number->setFixedSize(QSize(pixels * 2, pixels * 2));
        m_stepButton->setMinimumHeight(pixels * 2 + 6);
        QFont small = f;
        small.setPixelSize(qMax(11, pixels * 5 / 6));
        m_workshop->setFont(small);
        m_why->setFont(small);
    }
    for (QLabel *l : {m_name, m_workshop, m_nowTitle, m_nowSpeaker, m_next})
        reElide(l);
}
