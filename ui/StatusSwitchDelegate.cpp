#include "StatusSwitchDelegate.h"

#include "Theme.h"
#include "models/AccessToken.h"
#include "models/TokenTableModel.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QPainter>

namespace {
constexpr int SwitchWidth = 30;
constexpr int SwitchHeight = 16;
constexpr int Margin = 4; // lines up with the header text
constexpr int Gap = 8;
} // namespace

QRect StatusSwitchDelegate::switchRect(const QRect &cellRect)
{
    return QRect(cellRect.left() + Margin, cellRect.center().y() - SwitchHeight / 2 + 1, SwitchWidth, SwitchHeight);
}

QSize StatusSwitchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const int text = option.fontMetrics.horizontalAdvance(tr("Updating…"));
    s.setWidth(Margin + SwitchWidth + Gap + text + Margin);
    s.setHeight(qMax(s.height(), SwitchHeight + 12));
    return s;
}

void StatusSwitchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Background and selection as for any cell, but no text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = AccessToken::Status(index.data(TokenTableModel::StatusRole).toInt());
    const bool pending = index.data(TokenTableModel::PendingRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor background = selected                     ? option.palette.color(QPalette::Highlight)
        : (opt.features & QStyleOptionViewItem::Alternate) ? option.palette.color(QPalette::AlternateBase)
                                                           : option.palette.color(QPalette::Base);
    const QColor textColor =
        Theme::readable(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text), background);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (status == AccessToken::Status::Expired) {
        // A pill: "Expired".
        const QString text = index.data(Qt::DisplayRole).toString();
        QFont f = option.font;
        f.setPointSizeF(f.pointSizeF() * 0.92);
        f.setWeight(QFont::DemiBold);
        const QFontMetrics fm(f);
        const QRect pill(option.rect.left() + Margin, option.rect.center().y() - fm.height() / 2 - 2,
                         fm.horizontalAdvance(text) + 16, fm.height() + 4);
        painter->setPen(Qt::NoPen);
        const QColor pillColor = Theme::tint(option.palette, Theme::dangerHue());
        painter->setBrush(pillColor);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(Theme::dangerText(option.palette, pillColor));
        painter->setFont(f);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
        return;
    }

    const bool on = status == AccessToken::Status::Active;
    const QRect sw = switchRect(option.rect);
    if (pending)
        painter->setOpacity(0.45);
    painter->setPen(Qt::NoPen);
    // The accent of the desktop's palette: the view's carries the style sheet's soft selection colours instead.
    const QPalette app = QGuiApplication::palette();
    const QColor track = on ? Theme::accent(app) : Theme::mix(option.palette.color(QPalette::Text), background, 0.55);
    painter->setBrush(track);
    painter->drawRoundedRect(sw, sw.height() / 2.0, sw.height() / 2.0);
    const int knob = sw.height() - 4;
    const QRect knobRect(on ? sw.right() - knob - 1 : sw.left() + 2, sw.top() + 2, knob, knob);
    painter->setBrush(on ? Theme::onAccent(app) : background);
    painter->drawEllipse(knobRect);
    if (option.state & QStyle::State_HasFocus && !pending) {
        QPen focus(Theme::readable(Theme::accent(app), background, 3.0), 1.5);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(sw).adjusted(-2.5, -2.5, 2.5, 2.5), sw.height() / 2.0 + 2,
                                 sw.height() / 2.0 + 2);
    }
    painter->setOpacity(1.0);

    QFont f = option.font;
    QColor color = textColor;
    QString text = index.data(Qt::DisplayRole).toString();
    if (pending) {
        text = tr("Updating…");
        f.setItalic(true);
        color.setAlphaF(0.6);
    } else if (on && !selected) {
        color = Theme::successText(option.palette, background);
    } else if (!selected) {
        color = Theme::muted(option.palette, background);
    }
    painter->setFont(f);
    painter->setPen(color);
    const QRect textRect(sw.right() + Gap, option.rect.top(), option.rect.right() - sw.right() - Gap,
                         option.rect.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(f).elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

bool StatusSwitchDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                       const QModelIndex &index)
{
    const auto type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick) {
        const auto *me = static_cast<QMouseEvent *>(event);
        const auto status = AccessToken::Status(index.data(TokenTableModel::StatusRole).toInt());
        if (me->button() == Qt::LeftButton && status != AccessToken::Status::Expired
            && switchRect(option.rect).adjusted(-4, -4, 4, 4).contains(me->position().toPoint())) {
            if (type == QEvent::MouseButtonRelease && !index.data(TokenTableModel::PendingRole).toBool())
                Q_EMIT toggleRequested(index);
            return true; // the switch is not part of row selection, and a double click on it opens nothing
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
