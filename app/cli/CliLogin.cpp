#include "CliLogin.h"

#include "CliOutput.h"
#include "CliTerminal.h"
#include "CliTokenFormat.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/tokens/Account.h"

CliLogin::CliLogin(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

CliLogin::~CliLogin()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
    CliTerminal::wipe(m_login2faToken);
}

void CliLogin::start(const QString &username, QString password, bool askCode)
{
    m_username = username;
    m_askCode = askCode;
    m_codeTries = 0;
    m_request = m_client->signIn(username, password);
    CliTerminal::wipe(password);
    connect(m_request, &SignInRequest::finished, this, &CliLogin::onPasswordStep);
}

void CliLogin::onPasswordStep(const SignInResult &result)
{
    m_request = nullptr;
    if (!result.ok() && result.error->kind == ApiError::Kind::TwoFactorRequired && !result.login2faToken.isEmpty()
        && m_askCode) {
        m_login2faToken = result.login2faToken;
        askCode();
        return;
    }
    finish(result);
}

void CliLogin::askCode()
{
    ++m_codeTries;
    std::optional<QString> code = CliTerminal::readLine(tr("Two-factor code for %1: ").arg(m_username));
    if (!code) {
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        finish(SignInResult{{}, {}, cancelled});
        return;
    }
    m_request = m_client->signInTwoFactor(m_login2faToken, code->trimmed());
    connect(m_request, &SignInRequest::finished, this, &CliLogin::onCodeStep);
}

void CliLogin::onCodeStep(const SignInResult &result)
{
    m_request = nullptr;
    if (!result.ok() && result.error->kind == ApiError::Kind::BadCredentials && m_codeTries < MaxCodeTries) {
        CliOutput::message(tr("Wrong code. Check the code in your authenticator app and try again; codes change every "
                              "30 seconds."));
        askCode();
        return;
    }
    finish(result);
}

void CliLogin::finish(SignInResult result)
{
    CliTerminal::wipe(m_login2faToken);
    Q_EMIT finished(Account::vetted(std::move(result)));
}
