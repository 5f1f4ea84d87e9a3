#pragma once

#include "ui/Prompter.h"

#include <QList>
#include <QString>

// A Prompter that answers from a script and records what it was asked. Install it for the test's lifetime.
class ScriptedPrompter : public Prompter {
public:
    struct Question {
        QString title;
        QString text;
        QString informativeText;
        QString acceptLabel;
        bool destructive = false;
    };

    ScriptedPrompter() { Prompter::install(this); }
    ~ScriptedPrompter() override { Prompter::install(nullptr); }
    ScriptedPrompter(const ScriptedPrompter &) = delete;
    ScriptedPrompter &operator=(const ScriptedPrompter &) = delete;

    // Answers given in order; once used up, `fallback` answers.
    QList<Answer> answers;
    Answer fallback = Answer::Reject;
    QList<Question> questions;
    QList<Question> informed;

    Answer confirm(QWidget *, const QString &title, const QString &text, const QString &informativeText,
                   const QString &acceptLabel, bool destructive) override
    {
        questions.append({title, text, informativeText, acceptLabel, destructive});
        return answers.isEmpty() ? fallback : answers.takeFirst();
    }

    void inform(QWidget *, const QString &title, const QString &text, const QString &informativeText) override
    {
        informed.append({title, text, informativeText, {}, false});
    }
};
