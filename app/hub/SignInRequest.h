#pragma once

#include "ApiRequest.h"
#include "SignInResult.h"

// POST /v2/users/login, /v2/users/2fa-login or /v2/auth/token. Made by HubClient::signIn…; see HubClient.
class SignInRequest : public ApiRequest {
    Q_OBJECT
public:
    enum class Route { UsersLogin, TwoFactorLogin, AuthToken };

    // Starts at once; `body` is the encoded credentials (sent once, not kept).
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
