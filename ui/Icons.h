#pragma once

#include <QColor>
#include <QIcon>

// The app's few icons, drawn in code (no SVG plugin needed) so they are crisp at any size.
namespace Icons {
QIcon app(); // the window icon: a key on a Docker-blue rounded square (the installed one, from the theme)
QIcon builtInApp(); // the same, compiled in (the fallback of app())
QIcon warning(); // amber triangle: expires soon
QIcon expired(); // red clock: expired
QIcon error(); // red circle with "!"
QIcon info(); // blue circle with "i"
QIcon dockerInUse(); // ">_" on Docker blue: the token this computer's Docker CLI uses
QIcon quietInfo(); // grey circle with "i": never expires
QIcon search(); // magnifier, for the search box (colours from the application palette)
QIcon refresh(); // circular arrow (the palette's button text)
QIcon key(const QColor &color, int size); // the key glyph alone (empty state)

// Colours shared by the window and the delegates.
QColor accent(); // Docker blue
QColor danger();
QColor warningColor();
QColor success();
} // namespace Icons
