#include "ReadableItemDelegate.h"

#include "Theme.h"

void ReadableItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (!foreground.canConvert<QColor>() || !foreground.value<QColor>().isValid())
        return;
    const QColor background = (option->features & QStyleOptionViewItem::Alternate)
        ? option->palette.color(QPalette::AlternateBase)
        : option->palette.color(QPalette::Base);
    option->palette.setColor(QPalette::Text, Theme::readable(foreground.value<QColor>(), background));
}
