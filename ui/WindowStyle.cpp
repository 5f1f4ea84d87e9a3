#include "WindowStyle.h"

#include <QFont>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

namespace WindowStyle {

namespace {
const char *StyleSheet = R"(
QPushButton[primary="true"] {
    background: #1d63ed; color: white; border: 1px solid #1a56d1; border-radius: 5px;
    padding: 5px 14px; font-weight: 600;
}
QPushButton[primary="true"]:hover { background: #1a56d1; }
QPushButton[primary="true"]:pressed { background: #1549b3; }
QPushButton[primary="true"]:focus { border: 2px solid #0b3a9c; }
QPushButton[primary="true"]:disabled { background: #a8c1f5; border-color: #a8c1f5; }
QPushButton[danger="true"] {
    color: #b42318; background: #fff; border: 1px solid #f0b4ae; border-radius: 5px; padding: 5px 12px;
}
QPushButton[danger="true"]:hover { background: #fef3f2; }
QPushButton[danger="true"]:focus { border: 2px solid #b42318; }
QLabel#serverChip {
    background: #fff4d6; color: #8a5300; border: 1px solid #f3cf7a; border-radius: 10px; padding: 1px 9px;
}
QLabel#pageTitle { color: #111827; }
QLabel#pageSubtitle, QLabel#emptyText, QLabel#noMatchText { color: #4b5563; }
QLabel#counts { color: #4b5563; }
QProgressBar#progress { border: none; background: transparent; max-height: 3px; }
QProgressBar#progress::chunk { background: #1d63ed; }
QTableView#tokenTable { border: 1px solid #dfe3e8; border-radius: 6px; selection-color: #111827; }
QTableView#tokenTable::item:selected { background: #dbe7fd; }
QTableView#tokenTable QHeaderView::section {
    background: #f6f7f9; color: #374151; border: none; border-bottom: 1px solid #dfe3e8;
    padding: 6px 4px; font-weight: 600;
}
QWidget#emptyState, QWidget#noMatchState { background: #fff; border: 1px solid #dfe3e8; border-radius: 6px; }
)";
} // namespace

QString styleSheet()
{
    return QString::fromLatin1(StyleSheet);
}

StatePage statePage(QWidget *parent, const QString &name, const QPixmap &pixmap)
{
    auto *page = new QWidget(parent);
    page->setObjectName(name + QLatin1String("State"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *col = new QVBoxLayout(page);
    col->setAlignment(Qt::AlignCenter);
    col->setSpacing(10);

    auto *icon = new QLabel(page);
    icon->setPixmap(pixmap);
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(page);
    title->setObjectName(name + QLatin1String("Title"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(page);
    text->setObjectName(name + QLatin1String("Text"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *button = new QPushButton(page);
    button->setAutoDefault(false);

    col->addWidget(icon, 0, Qt::AlignHCenter);
    col->addWidget(title, 0, Qt::AlignHCenter);
    col->addWidget(text, 0, Qt::AlignHCenter);
    col->addSpacing(6);
    col->addWidget(button, 0, Qt::AlignHCenter);
    return {page, title, text, button};
}

} // namespace WindowStyle
