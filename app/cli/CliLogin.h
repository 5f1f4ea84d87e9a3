#pragma once

#include "app/hub/SignInResult.h"
#include "app/session/SignInConversation.h"
#include "app/session/SignInPrompt.h"

#include <QObject>
#include <QString>

class HubClient;

// One sign-in on the terminal: the core's SignInConversation (password, then the two-factor code when `askCode`,
// then vetted), with this class as its prompt, which asks the code on the terminal and says when it was wrong. The
// result is as SignInConversation's; finished() comes once, later; the password is wiped once sent.
class CliLogin : public QObject, private SignInPrompt {
    Q_OBJECT
public:
    static constexpr int MaxCodeTries = SignInConversation::MaxCodeTries;

    explicit CliLogin(HubClient *client, QObject *parent = nullptr);
    ~CliLogin() override;

    void start(const QString &username, QString password, bool askCode);
    QString username() const { return m_conversation.username(); }
    // The password was right and the two-factor code was not (a BadCredentials result).
    bool failedAtCode() const { return m_conversation.failedAtCode(); }

Q_SIGNALS:
    void finished(const SignInResult &result);

private:
    // SignInPrompt, on the terminal. Only the code is asked here: the username and password come from the caller.
    void askCode(const QString &username, Answer answer) override;
    void tell(Notice notice) override;

    SignInConversation m_conversation;
};
