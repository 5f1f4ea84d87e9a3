#pragma once

#include <QString>

#include <memory>

class QMessageBox;
class QPushButton;
class QWidget;

// The seam for message boxes: the app asks through a Prompter, tests install one that answers by script.
class Prompter {
public:
    enum class Answer { Accept, Reject };
    virtual ~Prompter() = default;

    // A yes/no question. `acceptLabel` names the accepting button ("Delete", "Close anyway").
    virtual Answer confirm(QWidget *parent, const QString &title, const QString &text, const QString &informativeText,
                           const QString &acceptLabel, bool destructive = false) = 0;
    // A message with one OK button.
    virtual void inform(QWidget *parent, const QString &title, const QString &text,
                        const QString &informativeText = {}) = 0;

    // The message box the default prompter shows for confirm(), wide enough for a list of token names; `accept`
    // receives its accepting button. The screenshot tool photographs the very same box.
    static std::unique_ptr<QMessageBox> confirmationBox(QWidget *parent, const QString &title, const QString &text,
                                                        const QString &informativeText, const QString &acceptLabel,
                                                        bool destructive, QPushButton **accept = nullptr);

    // The one in use: a QMessageBox-based prompter unless a test installed another.
    static Prompter &instance();
    // Tests: install `p` (not owned); nullptr restores the default.
    static void install(Prompter *p);
};
