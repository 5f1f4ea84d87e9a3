#pragma once

#include <QString>
#include <QStringList>

class MainWindow;
class QWidget;

// A look at the window without pixels, for scripts (scripts/package-test.sh checks that the installed app shows its
// Japanese translation): the texts of the visible widgets, written to a file. Not part of normal use: nothing happens
// unless HUBTOKENS_DUMP_WIDGETS is set.
namespace WidgetDump {

// With HUBTOKENS_DUMP_WIDGETS=<file> in the environment: once `window` has finished loading its first token list
// (well or not), writes to <file>, atomically, "icon: <name>" (the window icon's name in the icon theme, empty when
// it is the built-in one), then visibleTexts() of every visible top-level window. The app then keeps
// running, so that a script can take a screenshot, and quits as soon as <file> is removed. Without the variable,
// does nothing.
void fromEnvironment(MainWindow *window);

// One line per text that `root` and its visible descendants show, "<class> <objectName>: <text>": window titles,
// labels, buttons, line edits, combo boxes, and the header and display texts of item views. Rich text is stripped
// of tags. Hidden widgets are left out.
QStringList visibleTexts(const QWidget *root);

// Writes `lines` (UTF-8, one per line) to `path`, replacing it whole. False if it could not.
bool write(const QString &path, const QStringList &lines);

} // namespace WidgetDump
