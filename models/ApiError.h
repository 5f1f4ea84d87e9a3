#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

// What went wrong with a call to the Hub, in terms a UI can act on. Built by the API layer only.
struct ApiError {
    enum class Kind {
        NetworkUnreachable, // connection refused, host not found, TLS failure, …
        Timeout, // no complete reply within the transfer timeout
        InsecureTransport, // http:// to a host that is not loopback: refused before sending anything
        BadCredentials, // wrong username, password or 2FA code
        TwoFactorRequired, // the account has 2FA: send the code with the login_2fa_token (see SignInResult)
        PatSessionForbidden, // signed in with a personal access token: token management is not allowed
        SessionExpired, // 401 on an authenticated call: the session lapsed or was revoked
        Forbidden, // any other 403
        NotFound, // 404
        Validation, // 400, with per-field messages in fieldErrors
        RateLimited, // 429 (or a locked-out sign-in): retryAt says when to try again, if known
        ServerError, // 5xx
        MalformedReply, // a reply that is not what the contract promises
        Cancelled, // aborted by the app
        Other, // any other HTTP status
    };

    Kind kind = Kind::Other;
    int httpStatus = 0; // 0 when no HTTP reply arrived
    QString message; // the server's own words (message, detail or text), if any; only those: never this side's
    QMap<QString, QStringList> fieldErrors; // Validation: field name → messages
    QDateTime retryAt; // RateLimited: when to retry (UTC); invalid if unknown
    QString detail = {}; // what this side saw (transport failures, refusals), in English, for
        // logs and toString(); never shown: the words come from `kind`

    // A short English description for logs and tests; the UI translates from `kind`.
    QString toString() const;
};
