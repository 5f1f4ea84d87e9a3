#pragma once

// Measures text contrast as drawn: in a region of a rendered widget, the background is the most common colour and the
// text is the pixel that differs most from it (a glyph's solid core), and their WCAG contrast ratio is the text's.
// Used by tst_theme for every widget and delegate that sets colours, under light and dark palettes.

#include "ui/Theme.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QTableView>
#include <QToolButton>

namespace ContrastCheck {

struct Sample {
    QString what;
    QColor background;
    QColor text;
    double ratio = 21.0;
};

inline Sample measure(const QImage &image, QRect region, const QString &what)
{
    Sample s;
    s.what = what;
    region &= image.rect();
    if (region.isEmpty())
        return s;
    QHash<QRgb, int> counts;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = region.left(); x <= region.right(); ++x)
            ++counts[line[x] | 0xff000000u];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    s.background = QColor::fromRgb(background);
    s.text = s.background;
    s.ratio = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double r = Theme::contrast(QColor::fromRgb(it.key()), s.background);
        if (r > s.ratio) {
            s.ratio = r;
            s.text = QColor::fromRgb(it.key());
        }
    }
    return s;
}

inline QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 %2 “%3”")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(40));
}

// Every visible, enabled text under `root` that this app colours or that sits on a colour it sets: labels, buttons,
// combo boxes, line edits with text, header sections and the table's cells (text columns, the status text or the
// "Expired" pill). `image` is root->grab() at a device pixel ratio of 1.
inline QList<Sample> samples(QWidget *root, const QImage &image)
{
    QList<Sample> out;
    const auto rectIn = [root](const QWidget *w, QRect r) { return QRect(w->mapTo(root, r.topLeft()), r.size()); };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || !w->isEnabled() || w->width() <= 0 || w->visibleRegion().isEmpty())
            continue;
        if (qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (!label->text().trimmed().isEmpty() && label->pixmap().isNull())
                out << measure(image, rectIn(label, label->contentsRect()), describe(label, label->text()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            const auto *tool = qobject_cast<QToolButton *>(w);
            if (button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
                continue;
            out << measure(image, rectIn(button, button->rect().adjusted(3, 3, -3, -3)),
                           describe(button, button->text()));
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            out << measure(image, rectIn(combo, combo->rect().adjusted(3, 3, -20, -3)),
                           describe(combo, combo->currentText()));
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (!edit->text().isEmpty())
                out << measure(image, rectIn(edit, edit->rect().adjusted(3, 3, -3, -3)), describe(edit, edit->text()));
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section) || header->sectionSize(section) < 8)
                    continue;
                const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
                if (title.isEmpty())
                    continue;
                const QRect r(header->sectionViewportPosition(section) + 2, 3, header->sectionSize(section) - 6,
                              header->height() - 7);
                out << measure(image, rectIn(header->viewport(), r), describe(header, title));
            }
        }
    }
    return out;
}

// The table's cells in the rows it shows. `statusColumn`: its text after the switch (at switchEnd px from the cell's
// left), or the pill of an expired token; `skip`: columns without text (the "⋯" button).
inline QList<Sample> cellSamples(QWidget *root, const QImage &image, QTableView *table, int statusColumn, int switchEnd,
                                 int expiredRole, int expiredValue, const QList<int> &skip)
{
    QList<Sample> out;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (skip.contains(column) || table->isColumnHidden(column))
                continue;
            const QModelIndex index = model->index(row, column);
            QRect cell = table->visualRect(index);
            if (cell.isEmpty() || !table->viewport()->rect().contains(cell))
                continue;
            if (column == statusColumn) {
                if (index.data(expiredRole).toInt() == expiredValue) {
                    // The pill (as StatusSwitchDelegate draws it: 4 px in, its text in a semibold font at 0.92 with
                    // 8 px either side), inside its rounded ends: enough of it that its colour is the commonest.
                    QFont f = table->font();
                    f.setPointSizeF(f.pointSizeF() * 0.92);
                    f.setWeight(QFont::DemiBold);
                    const QFontMetrics fm(f);
                    const int width = fm.horizontalAdvance(index.data().toString()) + 16;
                    cell = QRect(cell.left() + 4 + 5, cell.center().y() - fm.height() / 2 + 1, width - 10,
                                 fm.height() - 2);
                } else {
                    cell.setLeft(cell.left() + switchEnd);
                    cell.adjust(2, 2, -2, -2);
                }
            } else {
                cell.adjust(2, 2, -2, -2);
            }
            const QRect r(table->viewport()->mapTo(root, cell.topLeft()), cell.size());
            out << measure(
                image, r,
                QStringLiteral("cell %1,%2 “%3”%4")
                    .arg(row)
                    .arg(column)
                    .arg(index.data().toString().left(30),
                         table->selectionModel()->isRowSelected(row, {}) ? QStringLiteral(" (selected)") : QString()));
        }
    }
    return out;
}

} // namespace ContrastCheck
