#include "SignInRequest.h"

SignInRequest::SignInRequest(HubClient *client, Route route, const QByteArray &body)
    : ApiRequest(client)
    , m_route(route)
{
    Call call;
    call.verb = "POST";
    call.body = body;
    call.authenticated = false;
    call.retry = route == Route::TwoFactorLogin ? Call::Retry::SignInUnsent : Call::Retry::SignIn;
    switch (route) {
    case Route::UsersLogin:
        call.url = apiUrl(QStringLiteral("users/login"));
        call.context = WireFormat::ErrorContext::SignIn;
        break;
    case Route::TwoFactorLogin:
        call.url = apiUrl(QStringLiteral("users/2fa-login"));
        call.context = WireFormat::ErrorContext::SecondFactor;
        break;
    case Route::AuthToken:
        call.url = apiUrl(QStringLiteral("auth/token"));
        call.context = WireFormat::ErrorContext::SignIn;
        break;
    }
    send(
        call,
        [this](const HttpResponse &response) {
            ApiResult<QString> decoded = WireFormat::decodeSignInReply(response.body);
            if (!accept(decoded, response))
                return;
            finish([this, jwt = decoded.value] { Q_EMIT finished(SignInResult::success(SignInTicket{jwt, {}})); });
        },
        [this](const ApiError &error, const HttpResponse &response) {
            if (error.kind == ApiError::Kind::TwoFactorRequired)
                m_login2faToken = WireFormat::decodeLogin2faToken(response.body);
            fail(error);
        });
}

void SignInRequest::emitFailure(const ApiError &error)
{
    SignInResult result = SignInResult::failure(error);
    if (error.kind == ApiError::Kind::TwoFactorRequired)
        result.value.login2faToken = m_login2faToken;
    Q_EMIT finished(result);
}
