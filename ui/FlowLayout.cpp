#include "FlowLayout.h"

#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpacing(hSpacing)
    , m_vSpacing(vSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    m_right.append(false);
}

void FlowLayout::addRightWidget(QWidget *w)
{
    addWidget(w);
    m_right.last() = true;
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    m_right.removeAt(index);
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest single item: never the sum of a line.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line, as wide as its items want.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return QSize(width + qMax(0, shown - 1) * m_hSpacing + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::lineCount(int width) const
{
    int lines = 0;
    doLayout(QRect(0, 0, width, 0), false, &lines);
    return lines;
}

int FlowLayout::doLayout(const QRect &rect, bool apply, int *lines) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int width = qMax(1, area.width());

    // Break the visible items into lines by their size hints (an item wider than the line gets a line of its own).
    struct Line {
        QList<int> items;
        int used = 0; // hint widths plus spacing
        int height = 0;
    };
    QList<Line> out;
    Line current;
    for (int i = 0; i < m_items.size(); ++i) {
        const QLayoutItem *item = m_items.at(i);
        if (item->isEmpty())
            continue;
        const int w = qMin(width, item->sizeHint().width());
        const int needed = current.items.isEmpty() ? w : current.used + m_hSpacing + w;
        if (!current.items.isEmpty() && needed > width) {
            out.append(current);
            current = Line();
        }
        current.used = current.items.isEmpty() ? w : current.used + m_hSpacing + w;
        current.items.append(i);
        const int h = item->hasHeightForWidth() ? item->heightForWidth(w) : item->sizeHint().height();
        current.height = qMax(current.height, h);
    }
    if (!current.items.isEmpty())
        out.append(current);
    if (lines)
        *lines = int(out.size());

    int y = area.top();
    for (const Line &line : std::as_const(out)) {
        // What is left on the line goes to the items that can grow, or else before the right-aligned part.
        const int spare = qMax(0, width - line.used);
        int growers = 0;
        for (int i : line.items)
            growers += (m_items.at(i)->expandingDirections() & Qt::Horizontal) ? 1 : 0;
        int x = area.left();
        int given = 0;
        int grown = 0;
        for (int i : line.items) {
            QLayoutItem *item = m_items.at(i);
            int w = qMin(width, item->sizeHint().width());
            if (growers > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                ++grown;
                const int share = grown == growers ? spare - given : spare / growers;
                given += share;
                w += share;
            } else if (growers == 0 && m_right.at(i) && given == 0) {
                x += spare; // the right-aligned part starts here
                given = spare;
            }
            if (apply) {
                const int h =
                    qMin(line.height, item->hasHeightForWidth() ? item->heightForWidth(w) : item->sizeHint().height());
                item->setGeometry(QRect(x, y + (line.height - h) / 2, w, h));
            }
            x += w + m_hSpacing;
        }
        y += line.height + m_vSpacing;
    }
    if (!out.isEmpty())
        y -= m_vSpacing;
    const QMargins m = contentsMargins();
    return y - area.top() + m.top() + m.bottom();
}
