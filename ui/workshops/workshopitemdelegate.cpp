#include "ui/workshops/workshopitemdelegate.h"

#include "models/workshoplistmodel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int margin = 6;
constexpr int iconSize = 22;
} // namespace

void WorkshopItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString subtitle = index.data(WorkshopListModel::SubtitleRole).toString();
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const QRect r = opt.rect.adjusted(margin, margin, -margin, -margin);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left(), r.top() + 2, iconSize, iconSize));
    const QRect textRect = r.adjusted(iconSize + margin, 0, 0, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(role));
    const QFontMetrics titleMetrics(titleFont);
    painter->drawText(textRect.adjusted(0, 0, 0, -textRect.height() / 2),
                      Qt::AlignLeft | Qt::AlignTop,
                      titleMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
    QFont subFont = opt.font;
    subFont.setPointSizeF(subFont.pointSizeF() * 0.9);
    painter->setFont(subFont);
    QColor subColor = opt.palette.color(role);
    if (!selected)
        subColor.setAlphaF(0.7f);
    painter->setPen(subColor);
    const QFontMetrics subMetrics(subFont);
    painter->drawText(textRect.adjusted(0, titleMetrics.height() + 2, 0, 0),
                      Qt::AlignLeft | Qt::AlignTop,
                      subMetrics.elidedText(subtitle, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize WorkshopItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, fm.height() * 2 + 2 * margin + 4};
}
