#pragma once

#include <QString>

#include <functional>
#include <optional>

// The face of a sign-in: what the conversation (SignInConversation) asks the person and tells them, and nothing
// else. Each front end implements it once: a terminal prompt in hubtokens-cli, the sign-in dialog in the window, a
// scripted prompt in tests. An answer may come at once (a terminal) or later (a dialog); nullopt: the person gave up.
// Today the conversation starts from a username and password its caller already has, so it asks only for the code;
// the username and password questions join here when the sign-in dialog moves onto it.
class SignInPrompt {
public:
    using Answer = std::function<void(std::optional<QString>)>;

    // What the conversation tells the person between questions; the prompt chooses the words.
    enum class Notice {
        WrongCode, // the two-factor code was refused; it is asked again
    };

    virtual ~SignInPrompt() = default;

    virtual void askCode(const QString &username, Answer answer) = 0;
    virtual void tell(Notice notice) = 0;
};
