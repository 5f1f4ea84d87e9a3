#pragma once
// Finding the widgets a GUI test drives: by object name (widgetNamed, buttonNamed, visibleNamed), as KeePassXC's tests
// find theirs, so that no test is tied to the English text; or a window by class (visibleTopLevel). A test whose
// point is a text or an accessible name finds the widget by object name and then asserts that text. QtWidgets only:
// no server, no app parts.

#include <QApplication>
#include <QPushButton>
#include <QString>
#include <QWidget>

namespace GuiTestSupport {

// A visible window of class T.
template <typename T> T *visibleTopLevel()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(top); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// A child of `root` with this object name, shown or not.
template <typename T> T *widgetNamed(QWidget *root, const QString &objectName)
{
    return root->findChild<T *>(objectName);
}

// A push button of `root` with this object name, visible as far as `root` goes (whatever its label).
inline QPushButton *buttonNamed(QWidget *root, const QString &objectName)
{
    const auto buttons = root->findChildren<QPushButton *>(objectName);
    for (QPushButton *b : buttons) {
        if (b->isVisibleTo(root))
            return b;
    }
    return nullptr;
}

// A visible widget with this object name in any visible window.
template <typename T> T *visibleNamed(const QString &objectName)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        const auto children = top->findChildren<T *>(objectName);
        for (T *w : children) {
            if (w->isVisible())
                return w;
        }
    }
    return nullptr;
}

} // namespace GuiTestSupport
