#pragma once

#include "models/AccessToken.h"
#include "models/ApiError.h"
#include "models/ApiResult.h"
#include "models/TokenDraft.h"
#include "models/TokenPage.h"
#include "models/TokenScope.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The one place that knows the Hub's JSON field names, scope names, date format and error shapes.
// Everything above the API layer speaks AccessToken / TokenPage / ApiError instead. Pure functions: no network.
namespace WireFormat {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// Which call an error reply answers: the same status means different things on the sign-in routes.
enum class ErrorContext {
    SignIn, // POST /v2/users/login, POST /v2/auth/token
    SecondFactor, // POST /v2/users/2fa-login
    Authenticated, // any call that carries the session's bearer (/v2/access-tokens*)
};

// Replies larger than this are refused as MalformedReply.
constexpr qint64 DefaultMaxReplyBytes = 8 * 1024 * 1024;

// --- scopes -----------------------------------------------------------------------------------------------
QString scopeToWire(TokenScope scope); // "repo:read", …
std::optional<TokenScope> scopeFromWire(const QString &name); // nullopt for names this app does not know
// The token's scope from a "scopes" array: the highest known one; nullopt (legacy) when there is none.
std::optional<TokenScope> scopeFromWireList(const QStringList &names);

// --- dates ------------------------------------------------------------------------------------------------
// RFC 3339 ("2021-10-28T18:30:19.520861Z", "…+02:00", with or without fractional seconds) → UTC.
// Invalid QDateTime for anything else (and for null / "").
QDateTime parseTimestamp(const QString &text);
// "yyyy-MM-ddTHH:mm:ssZ" in UTC.
QString formatTimestamp(const QDateTime &dateTime);

// --- tokens -----------------------------------------------------------------------------------------------
// Tolerant decode of one token object. Fails (nullopt) only without a usable "uuid".
// `secret` (optional) receives the "token" field, or an empty string for "" / "***" / absent.
std::optional<AccessToken> decodeAccessToken(const QJsonObject &object, QString *secret = nullptr);

// Whole reply bodies of 2xx answers. A body that is not the promised JSON gives MalformedReply.
ApiResult<AccessToken> decodeTokenReply(const QByteArray &body);
ApiResult<CreatedToken> decodeCreatedTokenReply(const QByteArray &body);
// `page` and `pageSize` are what was asked for; the body does not repeat them.
ApiResult<TokenPage> decodeTokenPageReply(const QByteArray &body, int page, int pageSize);
// {"token": jwt} (users/login, 2fa-login) or {"access_token": jwt} (auth/token).
ApiResult<QString> decodeSignInReply(const QByteArray &body);
// The "login_2fa_token" of a 401 from users/login, if any.
QString decodeLogin2faToken(const QByteArray &body);

// A token as scripts and exports see it (`hubtokens-cli --format json`, the JSON and CSV exports): the Hub API's own
// field names — uuid, token_label, scopes, is_active, generated_by, created_at, last_used, expires_at, creator_ip,
// creator_ua, client_id (exportFields() lists them in this order, for CSV columns). Dates are RFC 3339 UTC ("2025-01-31T12:00:00Z"); last_used and
// expires_at (and an unknown created_at) are null when absent; scopes is [] for legacy tokens. Never a secret.
QJsonObject encodeTokenForExport(const AccessToken &token);
// The field names above, in order (CSV header row).
QStringList exportFields();

QByteArray encodeTokenDraft(const TokenDraft &draft);
QByteArray encodeTokenPatch(const TokenPatch &patch);
QByteArray encodeLogin(const QString &username, const QString &password);
QByteArray encodeTwoFactorLogin(const QString &login2faToken, const QString &code);
QByteArray encodeAuthToken(const QString &identifier, const QString &secret);

// --- errors -----------------------------------------------------------------------------------------------
// The error an HTTP reply with a non-2xx `status` means. The message is the server's own words
// (`message`, then `detail`, then `text`); 400 `fields` become fieldErrors; 429 gets retryAt from Retry-After
// (seconds, a Unix time above 10^9, or an HTTP-date), falling back to X-RateLimit-Reset.
ApiError decodeError(int status, const RawHeaders &headers, const QByteArray &body, ErrorContext context,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
// When to retry, from the Retry-After / X-RateLimit-Reset headers; invalid when neither says.
QDateTime retryAtFromHeaders(const RawHeaders &headers, const QDateTime &now);
// Only the Retry-After header (seconds, a Unix time above 10^9, or an HTTP-date); invalid when absent.
QDateTime retryAfterFromHeaders(const RawHeaders &headers, const QDateTime &now);

// The request budget a reply announces: X-RateLimit-Limit (per window), X-RateLimit-Remaining, and
// X-RateLimit-Reset (when the window ends: a Unix time, or seconds from now for a value below 10^9).
struct RateLimitInfo {
    bool known = false; // X-RateLimit-Remaining was there and a whole number
    int limit = -1; // -1 when absent
    int remaining = 0;
    QDateTime resetAt; // UTC; invalid when absent
};
RateLimitInfo rateLimitFromHeaders(const RawHeaders &headers, const QDateTime &now);
// A 2xx whose body is not what the contract promises; `why` (in English, for logs) goes to ApiError::detail.
ApiError malformedReply(int status, const QString &why);

// Case-insensitive header lookup; empty when absent.
QByteArray headerValue(const RawHeaders &headers, const QByteArray &name);

} // namespace WireFormat
