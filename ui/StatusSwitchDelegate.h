#pragma once

#include <QStyledItemDelegate>

// The Status column: an activation switch with "Active" / "Inactive" beside it, dimmed with "Updating…" while a
// change is under way; expired tokens get a red "Expired" pill and no switch (they can only be deleted).
// A click on the switch emits toggleRequested(); the window handles Space for the current row.
class StatusSwitchDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Where the switch is drawn inside a cell (view coordinates in, view coordinates out). For hit tests and tests.
    static QRect switchRect(const QRect &cellRect);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    void toggleRequested(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};
