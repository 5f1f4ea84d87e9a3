#pragma once

#include <QColor>
#include <QStyledItemDelegate>

// The table's default delegate. The model says what a cell is (ExpiryStateRole: expiring soon, expired; QuietRole: a
// "Never"), and this chooses its text colour from Theme's hues: danger for expired, warning for expiring soon, quiet
// for "Never". Each hue is chosen for a light page; this moves it just far enough to read on the row's background,
// light or dark.
class ReadableItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The hue of the cell's text before it is made readable; invalid: the palette's text colour.
    static QColor textHue(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
