#include "SignInConversation.h"

#include "SignInPrompt.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/tokens/Account.h"
#include "models/SecretWipe.h"

#include <QTimer>

namespace {

SignInResult failure(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    return SignInResult::failure(e);
}

bool withinTries(int tries, int limit)
{
    return limit == 0 || tries < limit;
}

} // namespace

SignInConversation::SignInConversation(HubClient *client, SignInPrompt *prompt, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_prompt(prompt)
{
}

SignInConversation::~SignInConversation()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
    SecretWipe::wipe(m_login2faToken);
}

std::function<void(std::optional<QString>)>
SignInConversation::answerNow(std::function<void(std::optional<QString>)> onAnswer)
{
    const quint64 question = ++m_question;
    QPointer<SignInConversation> self(this);
    return [self, question, onAnswer = std::move(onAnswer)](std::optional<QString> answer) {
        if (self && self->m_question == question && !self->m_done)
            onAnswer(std::move(answer));
    };
}

void SignInConversation::start(const QString &username, QString password, bool askCode)
{
    m_username = username;
    m_askCode = askCode;
    m_asking = false;
    m_done = false;
    m_codeTries = 0;
    sendPassword(std::move(password));
}

void SignInConversation::ask(const QString &username, bool fixedUsername)
{
    m_username = username;
    m_fixedUsername = fixedUsername && !username.isEmpty();
    m_askCode = true;
    m_asking = true;
    m_done = false;
    m_codeTries = 0;
    m_passwordTries = 0;
    if (m_fixedUsername)
        askPassword();
    else
        askUsername();
}

void SignInConversation::startOver()
{
    if (!m_asking || m_done || isBusy())
        return;
    SecretWipe::wipe(m_login2faToken);
    m_codeTries = 0;
    m_fixedUsername ? askPassword() : askUsername();
}

void SignInConversation::cancel()
{
    if (m_done)
        return;
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
        m_request = nullptr;
    }
    ++m_question; // an answer still to come is dropped
    finish(failure(ApiError::Kind::Cancelled));
}

void SignInConversation::askUsername()
{
    m_prompt->askUsername(m_username, answerNow([this](std::optional<QString> typed) {
                              const QString user = typed ? typed->trimmed() : QString();
                              if (user.isEmpty()) {
                                  finish(failure(ApiError::Kind::Cancelled));
                                  return;
                              }
                              m_username = user;
                              askPassword();
                          }));
}

void SignInConversation::askPassword()
{
    m_prompt->askPassword(m_username, answerNow([this](std::optional<QString> password) {
                              if (!password) {
                                  finish(failure(ApiError::Kind::Cancelled));
                                  return;
                              }
                              ++m_passwordTries;
                              sendPassword(std::move(*password));
                          }));
}

void SignInConversation::sendPassword(QString password)
{
    m_codeTries = 0;
    m_request = m_client->signIn(m_username, password);
    SecretWipe::wipe(password);
    connect(m_request, &SignInRequest::finished, this, &SignInConversation::onPasswordStep);
}

void SignInConversation::onPasswordStep(const SignInResult &result)
{
    m_request = nullptr;
    if (!result.ok() && result.error->kind == ApiError::Kind::TwoFactorRequired && !result.value.login2faToken.isEmpty()
        && m_askCode) {
        m_login2faToken = result.value.login2faToken;
        askCode();
        return;
    }
    conclude(result, false);
}

void SignInConversation::askCode()
{
    ++m_codeTries;
    m_prompt->askCode(m_username, answerNow([this](std::optional<QString> code) { onCode(std::move(code)); }));
}

void SignInConversation::onCode(std::optional<QString> code)
{
    if (!code) {
        finish(failure(ApiError::Kind::Cancelled));
        return;
    }
    m_request = m_client->signInTwoFactor(m_login2faToken, code->trimmed());
    connect(m_request, &SignInRequest::finished, this, &SignInConversation::onCodeStep);
}

void SignInConversation::onCodeStep(const SignInResult &result)
{
    m_request = nullptr;
    if (!result.ok() && result.error->kind == ApiError::Kind::BadCredentials
        && withinTries(m_codeTries, m_policy.codeTries)) {
        m_prompt->tell(SignInPrompt::Notice::WrongCode);
        askCode();
        return;
    }
    conclude(result, true);
}

void SignInConversation::conclude(SignInResult result, bool atCode)
{
    result = Account::vetted(std::move(result));
    if (result.ok() || result.error->kind == ApiError::Kind::Cancelled) {
        finish(std::move(result));
        return;
    }
    const ApiError error = *result.error;
    if (m_asking && m_policy.askAgainOnFailure) {
        m_prompt->tellError(error);
        if (atCode && error.kind != ApiError::Kind::PatSessionForbidden) {
            askCode();
            return;
        }
        SecretWipe::wipe(m_login2faToken);
        m_fixedUsername ? askPassword() : askUsername();
        return;
    }
    if (m_asking && !atCode && error.kind == ApiError::Kind::BadCredentials
        && withinTries(m_passwordTries, m_policy.passwordTries)) {
        m_prompt->tellError(error);
        askPassword();
        return;
    }
    finish(std::move(result));
}

void SignInConversation::finish(SignInResult result)
{
    if (m_done)
        return;
    m_done = true;
    SecretWipe::wipe(m_login2faToken);
    // Always later: a question given up at once must not finish inside the call that asked it.
    QTimer::singleShot(0, this, [this, result = std::move(result)] { Q_EMIT finished(result); });
}
