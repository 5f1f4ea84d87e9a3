#pragma once

#include "models/ApiError.h"
#include "models/Result.h"

#include <QMetaType>
#include <QString>

#include <optional>

// The outcome of a sign-in call. On an account with two-factor authentication, the first step ends with
// error->kind == TwoFactorRequired and login2faToken set: send it with the code (HubClient::signInTwoFactor).
// (POST /v2/auth/token has no 2FA step: on such an account it also ends with TwoFactorRequired, but without a
// login2faToken — use signIn() for a password, or a personal access token there.)
//
// ok() means a session: the reply's decoder (WireFormat::decodeSignInReply) fails with MalformedReply when the reply
// carries no token, so a success always holds a non-empty jwt.
struct SignInTicket {
    QString jwt; // the session's bearer on success; never log it
    QString login2faToken; // set with TwoFactorRequired (the one failure that carries a value)
};

using SignInResult = Result<SignInTicket, ApiError>;

Q_DECLARE_METATYPE(SignInResult)
