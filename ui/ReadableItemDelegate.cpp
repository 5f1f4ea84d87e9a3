#include "ReadableItemDelegate.h"

#include "Theme.h"
#include "models/TokenTableModel.h"

QColor ReadableItemDelegate::textHue(const QModelIndex &index)
{
    if (index.column() == TokenTableModel::Expires) {
        switch (TokenTableModel::ExpiryState(index.data(TokenTableModel::ExpiryStateRole).toInt())) {
        case TokenTableModel::ExpiryState::Expired: return Theme::dangerHue();
        case TokenTableModel::ExpiryState::Soon: return Theme::warningHue();
        default: break;
        }
    }
    if (index.data(TokenTableModel::QuietRole).toBool())
        return Theme::quietHue();
    return {};
}

void ReadableItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor hue = textHue(index);
    if (!hue.isValid())
        return;
    const QColor background = (option->features & QStyleOptionViewItem::Alternate)
        ? option->palette.color(QPalette::AlternateBase)
        : option->palette.color(QPalette::Base);
    option->palette.setColor(QPalette::Text, Theme::readable(hue, background));
}
