#pragma once
// The dark palette the theme test and the screenshots use (tst_theme, hubtokens-screenshots --dark).

#include <QColor>
#include <QPalette>

// A dark desktop palette as Plasma's Breeze Dark gives it: light text, a bright accent with light text on it.
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x31, 0x36, 0x3b), base(0x1b, 0x1e, 0x20), text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::Light, QColor(0x47, 0x4d, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x42, 0x48));
    p.setColor(QPalette::Mid, QColor(0x24, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x1d, 0x20, 0x23));
    p.setColor(QPalette::Shadow, QColor(0x13, 0x15, 0x16));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x71, 0x75));
    return p;
}
