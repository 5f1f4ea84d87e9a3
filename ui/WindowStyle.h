#pragma once

#include <QString>

class QLabel;
class QPixmap;
class QPushButton;
class QWidget;

// The main window's look: its style sheet, and the centred pages of its stack.
namespace WindowStyle {

// The window's style sheet (buttons marked primary or danger, the server chip, the table, the state pages).
QString styleSheet();

// A centred page of the stack (no tokens yet; nothing matches the filters): an icon, a large title, a wrapped text and
// a button, named "<name>State", "<name>Title" and "<name>Text".
struct StatePage {
    QWidget *page;
    QLabel *title;
    QLabel *text;
    QPushButton *button;
};

StatePage statePage(QWidget *parent, const QString &name, const QPixmap &pixmap);

} // namespace WindowStyle
