#pragma once

#include "app/hub/SignInResult.h"
#include "app/session/SignInConversation.h"
#include "app/session/SignInPrompt.h"

#include <QObject>
#include <QString>

class HubClient;

// One sign-in on the terminal: the core's SignInConversation, with this class as its prompt (the username, the
// password without echo, the two-factor code; a wrong password or code is said and asked again, up to
// MaxPasswordTries and MaxCodeTries). The result is as SignInConversation's; finished() comes once, later; the
// password is wiped once sent.
class CliLogin : public QObject, private SignInPrompt {
    Q_OBJECT
public:
    static constexpr int MaxCodeTries = SignInConversation::MaxCodeTries;
    static constexpr int MaxPasswordTries = 3;

    explicit CliLogin(HubClient *client, QObject *parent = nullptr);
    ~CliLogin() override;

    // With a password the caller has (the environment, stdin); the code is asked when `askCode`.
    void start(const QString &username, QString password, bool askCode);
    // Asks everything: the username (unless `fixedUsername`; `username` is offered), the password, the code.
    void ask(const QString &username, bool fixedUsername);
    QString username() const { return m_conversation.username(); }
    // The password was right and the two-factor code was not (a BadCredentials result).
    bool failedAtCode() const { return m_conversation.failedAtCode(); }

Q_SIGNALS:
    void finished(const SignInResult &result);

private:
    // SignInPrompt, on the terminal.
    void askUsername(const QString &suggested, Answer answer) override;
    void askPassword(const QString &username, Answer answer) override;
    void askCode(const QString &username, Answer answer) override;
    void tell(Notice notice) override;
    void tellError(const ApiError &error) override;

    SignInConversation m_conversation;
};
