#pragma once

#include <QPalette>
#include <QSize>
#include <QString>

class QLabel;
class QPixmap;
class QPushButton;
class QWidget;

// The main window's look: its style sheet, and the centred pages of its stack.
namespace WindowStyle {

// The window's style sheet (buttons marked primary or danger, the server chip, the table, the state pages), its
// colours derived from `palette` (Theme.h).
QString styleSheet(const QPalette &palette);

// Gives `window` the style sheet for the application's palette, and again whenever that palette changes (a desktop
// switched to dark).
void install(QWidget *window);

// Makes `window` (as restoreGeometry() or resize() left it) fit the available geometry of its screen, and moves it
// onto the screen if it is off it.
void fitToScreen(QWidget *window);

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
