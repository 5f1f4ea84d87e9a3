#include "SignInConversation.h"

#include "SignInPrompt.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/tokens/Account.h"
#include "models/SecretWipe.h"

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

void SignInConversation::start(const QString &username, QString password, bool askCode)
{
    m_username = username;
    m_askCode = askCode;
    m_codeTries = 0;
    m_request = m_client->signIn(username, password);
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
    finish(result);
}

void SignInConversation::askCode()
{
    ++m_codeTries;
    QPointer<SignInConversation> self(this);
    m_prompt->askCode(m_username, [self](std::optional<QString> code) {
        if (self)
            self->onCode(std::move(code));
    });
}

void SignInConversation::onCode(std::optional<QString> code)
{
    if (!code) {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        finish(SignInResult::failure(cancelled));
        return;
    }
    m_request = m_client->signInTwoFactor(m_login2faToken, code->trimmed());
    connect(m_request, &SignInRequest::finished, this, &SignInConversation::onCodeStep);
}

void SignInConversation::onCodeStep(const SignInResult &result)
{
    m_request = nullptr;
    if (!result.ok() && result.error->kind == ApiError::Kind::BadCredentials && m_codeTries < MaxCodeTries) {
        m_prompt->tell(SignInPrompt::Notice::WrongCode);
        askCode();
        return;
    }
    finish(result);
}

void SignInConversation::finish(SignInResult result)
{
    SecretWipe::wipe(m_login2faToken);
    Q_EMIT finished(Account::vetted(std::move(result)));
}
