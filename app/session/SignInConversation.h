#pragma once

#include "app/hub/SignInResult.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class HubClient;
class SignInPrompt;
class SignInRequest;

// One sign-in: the username and password (given, or asked through the SignInPrompt), then the two-factor code when
// the account asks for it, then the result vetted (Account::vetted: a personal access token given as the password
// ends with PatSessionForbidden). The Policy says how often a question is asked again: the terminal gives up after a
// few tries, the sign-in dialog asks again after any failure until the person cancels. finished() comes once, later;
// the password is wiped once sent. It makes every network call of a sign-in, so its faces make none. QtCore only.
class SignInConversation : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxCodeTries = 3;

    struct Policy {
        int codeTries = MaxCodeTries; // the two-factor code asked at most this often; 0: no limit
        int passwordTries = 1; // a wrong password asked again (by ask()) up to this often in all; 0: no limit
        // Any other failure (the network, the server, a personal access token) is told and the question that led
        // to it asked again: from the username at the password step, the code at the two-factor step.
        bool askAgainOnFailure = false;
    };

    // `client` and `prompt` must outlive the conversation.
    SignInConversation(HubClient *client, SignInPrompt *prompt, QObject *parent = nullptr);
    ~SignInConversation() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }

    // Signs in with a username and password the caller has; asks the code when `askCode`, else a two-factor account
    // ends with TwoFactorRequired.
    void start(const QString &username, QString password, bool askCode);
    // Asks the username (unless `fixedUsername`; `username` is offered), then the password, then the code.
    void ask(const QString &username, bool fixedUsername);
    // Back to the username (the dialog's Back on the code page); ignored while a request is under way.
    void startOver();
    // Gives up: aborts what is under way; finished(Cancelled).
    void cancel();

    bool isBusy() const { return !m_request.isNull(); }
    QString username() const { return m_username; }
    // The password was right and the two-factor code was not (a BadCredentials result).
    bool failedAtCode() const { return m_codeTries > 0; }

Q_SIGNALS:
    void finished(const SignInResult &result);

private:
    void askUsername();
    void askPassword();
    void sendPassword(QString password);
    void onPasswordStep(const SignInResult &result);
    void askCode();
    void onCode(std::optional<QString> code);
    void onCodeStep(const SignInResult &result);
    // A result that is not "ask the code": vetted, then finished or asked again as the policy says.
    void conclude(SignInResult result, bool atCode);
    void finish(SignInResult result);
    // `onAnswer` for the question asked now: an answer to an older one (the person went back, or gave up), or one
    // that comes after the conversation is gone, is dropped.
    std::function<void(std::optional<QString>)> answerNow(std::function<void(std::optional<QString>)> onAnswer);

    HubClient *m_client;
    SignInPrompt *m_prompt;
    Policy m_policy;
    QPointer<SignInRequest> m_request;
    QString m_username;
    QString m_login2faToken;
    bool m_askCode = false;
    bool m_asking = false; // ask(): the password came from the prompt
    bool m_fixedUsername = false;
    bool m_done = false;
    int m_codeTries = 0;
    int m_passwordTries = 0;
    quint64 m_question = 0;
};
