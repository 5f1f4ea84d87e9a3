#include "ActionsDelegate.h"

#include "Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr int ButtonSize = 26;
} // namespace

QRect ActionsDelegate::buttonRect(const QRect &cellRect)
{
    return QRect(cellRect.center().x() - ButtonSize / 2 + 1, cellRect.center().y() - ButtonSize / 2 + 1, ButtonSize,
                 ButtonSize);
}

QSize ActionsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return QSize(ButtonSize + 16, qMax(s.height(), ButtonSize + 6));
}

void ActionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect button = buttonRect(option.rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (option.state & (QStyle::State_MouseOver | QStyle::State_HasFocus)) {
        QColor frame = ink;
        frame.setAlphaF(0.35f);
        QColor fill = ink;
        fill.setAlphaF(0.07f);
        painter->setPen(frame);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(button).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    const QPointF c = QRectF(button).center();
    for (int dx : {-6, 0, 6})
        painter->drawEllipse(c + QPointF(dx, 0), 1.8, 1.8);
    painter->restore();
}

bool ActionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    const auto type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick) {
        const auto *me = static_cast<QMouseEvent *>(event);
        const QRect button = buttonRect(option.rect);
        if (me->button() == Qt::LeftButton && button.contains(me->position().toPoint())) {
            if (type == QEvent::MouseButtonRelease)
                Q_EMIT menuRequested(index, button);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ActionsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && buttonRect(option.rect).contains(event->pos())) {
        QToolTip::showText(event->globalPos(), tr("More actions"), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
