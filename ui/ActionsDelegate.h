#pragma once

#include <QStyledItemDelegate>

// The Actions column: a "⋯" button per row. A click emits menuRequested() with the button's rectangle (view
// viewport coordinates) so the window can open the row menu under it.
class ActionsDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QRect buttonRect(const QRect &cellRect);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    void menuRequested(const QModelIndex &index, const QRect &buttonRect);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};
