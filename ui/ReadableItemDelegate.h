#pragma once

#include <QStyledItemDelegate>

// The table's default delegate: the model's text colours (ForegroundRole: expiry warnings, a quiet "Never") are hues
// chosen for a light page; this moves each just far enough to read on the row's background, light or dark.
class ReadableItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
