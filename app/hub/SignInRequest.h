#pragma once

#include "ApiRequest.h"
#include "SignInResult.h"

// POST /v2/users/login, /v2/users/2fa-login or /v2/auth/token. Made by HubClient::signIn…; see HubClient. Retried as a
// sign-in (ApiRequest::Call::Retry): after a 5xx, a timeout or a dropped connection, never after a 401, 403 or 429; the
// two-factor step only when its try never reached the server.
class SignInRequest : public ApiRequest {
    Q_OBJECT
public:
    enum class Route { UsersLogin, TwoFactorLogin, AuthToken };

    // Starts at once; `body` is the encoded credentials (kept only while a try may follow, then wiped).
    SignInRequest(HubClient *client, Route route, const QByteArray &body);

    Route route() const { return m_route; }

Q_SIGNALS:
    void finished(const SignInResult &result);

protected:
    void emitFailure(const ApiError &error) override;

private:
    Route m_route;
    QString m_login2faToken;
};
