#pragma once

#include "app/hub/SignInResult.h"

#include <QObject>
#include <QPointer>
#include <QString>

class HubClient;
class SignInPrompt;
class SignInRequest;

// One sign-in with a username and password, and the two-factor step when the account asks for it: the code is asked
// through the SignInPrompt (up to MaxCodeTries, telling WrongCode between tries) when `askCode`, otherwise the result
// stays TwoFactorRequired. The result is vetted (Account::vetted): a personal access token given as the password
// ends with PatSessionForbidden. finished() comes once, later; the password is wiped once sent. QtCore only.
class SignInConversation : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxCodeTries = 3;

    // `client` and `prompt` must outlive the conversation.
    SignInConversation(HubClient *client, SignInPrompt *prompt, QObject *parent = nullptr);
    ~SignInConversation() override;

    void start(const QString &username, QString password, bool askCode);
    QString username() const { return m_username; }
    // The password was right and the two-factor code was not (a BadCredentials result).
    bool failedAtCode() const { return m_codeTries > 0; }

Q_SIGNALS:
    void finished(const SignInResult &result);

private:
    void onPasswordStep(const SignInResult &result);
    void askCode();
    void onCode(std::optional<QString> code);
    void onCodeStep(const SignInResult &result);
    void finish(SignInResult result);

    HubClient *m_client;
    SignInPrompt *m_prompt;
    QPointer<SignInRequest> m_request;
    QString m_username;
    QString m_login2faToken;
    bool m_askCode = false;
    int m_codeTries = 0;
};
