#pragma once

#include <QString>

class QWidget;

// The seam for message boxes: the app asks through a Prompter, tests install one that answers by script.
class Prompter {
public:
    enum class Answer { Accept, Reject };
    virtual ~Prompter() = default;

    // A yes/no question. `acceptLabel` names the accepting button ("Delete", "Close anyway").
    virtual Answer confirm(QWidget *parent, const QString &title, const QString &text,
                           const QString &informativeText, const QString &acceptLabel,
                           bool destructive = false) = 0;
    // A message with one OK button.
    virtual void inform(QWidget *parent, const QString &title, const QString &text,
                        const QString &informativeText = {}) = 0;

    // The one in use: a QMessageBox-based prompter unless a test installed another.
    static Prompter &instance();
    // Tests: install `p` (not owned); nullptr restores the default.
    static void install(Prompter *p);
};
