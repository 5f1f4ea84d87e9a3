#pragma once

#include "models/ApiError.h"

#include <QMetaType>
#include <QString>

#include <optional>

// The outcome of a sign-in call. On an account with two-factor authentication, the first step ends with
// error->kind == TwoFactorRequired and login2faToken set: send it with the code (HubClient::signInTwoFactor).
// (POST /v2/auth/token has no 2FA step: on such an account it also ends with TwoFactorRequired, but without a
// login2faToken — use signIn() for a password, or a personal access token there.)
struct SignInResult {
    QString jwt; // the session's bearer on success; never log it
    QString login2faToken; // set with TwoFactorRequired
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value() && !jwt.isEmpty(); }
};

Q_DECLARE_METATYPE(SignInResult)
