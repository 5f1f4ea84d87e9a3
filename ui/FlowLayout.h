#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right and starts a new line when the next item does not fit, so a row of controls
// never forces its window wider than its widest item. Items whose horizontal size policy can expand share what is
// left on their line; items marked alignRight() sit at the right end of their line.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 8, int vSpacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // A widget that starts the right-aligned part of its line (it and what follows it on the line go right).
    void addRightWidget(QWidget *w);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // The number of lines at `width` (tests, and the header's choice of layout).
    int lineCount(int width) const;

private:
    int doLayout(const QRect &rect, bool apply, int *lines = nullptr) const;

    QList<QLayoutItem *> m_items;
    QList<bool> m_right;
    int m_hSpacing;
    int m_vSpacing;
};
