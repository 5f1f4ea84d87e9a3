#pragma once

#include "models/ApiError.h"

#include <QString>

#include <functional>
#include <optional>

// The face of a sign-in: what the conversation (SignInConversation) asks the person and tells them, and nothing
// else. Each front end implements it once: a terminal prompt in hubtokens-cli, the sign-in dialog in the window, a
// scripted prompt in tests. An answer may come at once (a terminal) or later (a dialog); nullopt: the person gave up.
// A prompt that cannot ask a question gives up on it (the defaults).
class SignInPrompt {
public:
    using Answer = std::function<void(std::optional<QString>)>;

    // What the conversation tells the person between questions; the prompt chooses the words.
    enum class Notice {
        WrongCode, // the two-factor code was refused; it is asked again
    };

    virtual ~SignInPrompt() = default;

    // The username; `suggested` is offered (the last one used here), empty if none.
    virtual void askUsername(const QString &suggested, Answer answer) { answer(std::nullopt), (void)suggested; }
    virtual void askPassword(const QString &username, Answer answer) { answer(std::nullopt), (void)username; }
    virtual void askCode(const QString &username, Answer answer) = 0;
    virtual void tell(Notice notice) = 0;
    // A failure the conversation asks again after (a wrong password; with Policy::askAgainOnFailure, any).
    virtual void tellError(const ApiError &error) { (void)error; }
};
