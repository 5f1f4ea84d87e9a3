#pragma once
// Finding the widgets a GUI test drives: by accessible name (as assistive technology finds them), by class among the
// visible windows, or by object name (widgetNamed, buttonNamed: not tied to the English text, as KeePassXC's tests find
// theirs); findButton (by label) is left for the dialogs that have no object names yet. QtWidgets only: no server, no
// app parts.

#include <QApplication>
#include <QPushButton>
#include <QString>
#include <QWidget>

namespace GuiTestSupport {

// A child of `root` with this accessible name, shown or not.
template <typename T> T *findNamed(QWidget *root, const QString &accessibleName)
{
    const auto widgets = root->findChildren<T *>();
    for (T *w : widgets) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    return nullptr;
}

// A visible widget with this accessible name in any visible window.
template <typename T> T *visibleChild(const QString &accessibleName)
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        const auto children = top->findChildren<T *>();
        for (T *w : children) {
            if (w->isVisible() && w->accessibleName() == accessibleName)
                return w;
        }
    }
    return nullptr;
}

// A visible window of class T.
template <typename T> T *visibleTopLevel()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(top); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// A push button of `root` with this label (mnemonics ignored), visible as far as `root` goes.
inline QPushButton *findButton(QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().remove(QLatin1Char('&')) == text && b->isVisibleTo(root))
            return b;
    }
    return nullptr;
}

// A child of `root` with this object name, shown or not (as findNamed, without the English words).
template <typename T> T *widgetNamed(QWidget *root, const QString &objectName)
{
    return root->findChild<T *>(objectName);
}

// A push button of `root` with this object name, visible as far as `root` goes (as findButton, whatever its label).
inline QPushButton *buttonNamed(QWidget *root, const QString &objectName)
{
    const auto buttons = root->findChildren<QPushButton *>(objectName);
    for (QPushButton *b : buttons) {
        if (b->isVisibleTo(root))
            return b;
    }
    return nullptr;
}

} // namespace GuiTestSupport
