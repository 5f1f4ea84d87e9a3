#pragma once

#include <QString>

#include <functional>
#include <optional>

// The face of a sign-in: what the conversation (SignInConversation) asks the person and tells them, and nothing
// else. Each front end implements it once: a terminal prompt in hubtokens-cli, the sign-in dialog in the window, a
// scripted prompt in tests. An answer may come at once (a terminal) or later (a dialog); nullopt: the person gave up.
class SignInPrompt {
public:
    using Answer = std::function<void(std::optional<QString>)>;

    // What the conversation tells the person between questions; the prompt chooses the words.
    enum class Notice {
        WrongCode, // the two-factor code was refused; it is asked again
    };

    virtual ~SignInPrompt() = default;

    virtual void askUsername(const QString &suggested, Answer answer) = 0;
    virtual void askPassword(const QString &username, Answer answer) = 0;
    virtual void askCode(const QString &username, Answer answer) = 0;
    virtual void tell(Notice notice) = 0;
};
