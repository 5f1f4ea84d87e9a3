#pragma once

#include "RetryPolicy.h"
#include "models/Result.h"
#include "models/TokenDraft.h"

#include <QObject>
#include <QString>
#include <QUrl>

class HubNetworkAccessManager;
class RatePacer;
class SignInRequest;
class TokenPageRequest;
class TokenListJob;
class TokenRequest;
class CreateTokenRequest;
class DeleteTokenRequest;

// The Docker Hub API client: the one place that knows URLs, JSON field names, status codes and error shapes.
//
// Every call returns a new request object that is already under way. It emits exactly one `finished(result)`
// signal — always from the event loop, never from inside the call, so connect right after calling — and then
// deletes itself. Connect with a receiver (`connect(req, &X::finished, this, …)`) so a reply that lands after the
// receiver is gone goes nowhere. `abort()` on a request finishes it with ApiError::Kind::Cancelled.
//
// Transport rules: every request has a transfer timeout; `Authorization: Bearer` is added in one place
// (HubNetworkAccessManager::createRequest) and only to requests for the configured origin; redirects are followed
// only within that origin; `http://` is refused unless the host is a loopback address.
//
// Resilience: GET, PATCH and DELETE are retried on transient failures as retryPolicy() says (each request emits
// ApiRequest::retrying before a wait); POST never is. Every send goes through a RatePacer that holds new requests
// while the server's X-RateLimit budget is spent (pacingStarted / pacingFinished). Logging: HubLogging.h.
class HubClient : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30'000;
    // Pages of a list in flight at once: Qt opens at most 6 HTTP/1.1 connections to a host, so more would only
    // queue (HTTP/2 would multiplex more). 100 pages then take 18 round trips instead of 100 (bench_list_tokens).
    static constexpr int DefaultMaxConcurrentPages = 6;
    static constexpr int ListPageSize = 100;

    explicit HubClient(QObject *parent = nullptr);
    ~HubClient() override;

    // The server, e.g. https://hub.docker.com (the default). Succeeds with the server now in use (baseUrl()); fails,
    // with checkServerUrl()'s message, for a URL that is not http(s), or http:// to a host that is not loopback, and
    // the previous server stays.
    Result<QUrl, QString> setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    static QUrl defaultBaseUrl();
    // Why `url` may not be used as a server, or an empty string if it may.
    static QString checkServerUrl(const QUrl &url);
    // Whether `url` points at this computer: localhost, 127.0.0.0/8 or ::1.
    static bool isLoopback(const QUrl &url);

    // The session's JWT, sent as the bearer on token calls. Empty: none.
    void setBearerToken(const QString &jwt);
    bool hasBearerToken() const;

    // Qt's transfer timeout: a call fails with Timeout when no byte moves for this long (default 30 s).
    void setTransferTimeout(int ms);
    int transferTimeout() const;
    // No call may take longer than this in all, however steadily bytes trickle in (a transfer timeout alone never
    // fires on a server that sends one byte a second forever). 0 (the default): 4 × transferTimeout().
    void setRequestDeadline(int ms);
    int requestDeadline() const;
    void setMaxConcurrentPages(int n);
    int maxConcurrentPages() const;
    // Replies larger than this finish with MalformedReply (default 8 MiB): refused on a larger Content-Length before
    // any of the body is read, and aborted as soon as more than this has arrived otherwise.
    void setMaxReplyBytes(qint64 bytes);
    qint64 maxReplyBytes() const;

    // How failed idempotent calls are retried (default: RetryPolicy{} — 4 tries, 60 s). RetryPolicy::none() turns
    // retrying off. Read when a call fails, so a change applies to requests already under way.
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    // Holding sends while the X-RateLimit budget is spent (default on). Off: requests go at once and meet the 429.
    void setPacingEnabled(bool on);
    bool isPacingEnabled() const;
    // How long new sends are held for the rate limit now (ms); 0 when they may go.
    int pacingDelayMs() const;

    // For tests and diagnostics: takes `url` without checkServerUrl(). Calls made while it is unusable finish
    // with ApiError::Kind::InsecureTransport without sending anything.
    void setBaseUrlUnchecked(const QUrl &url);
    bool isBaseUrlUsable() const { return checkServerUrl(m_baseUrl).isEmpty(); }

    // "HubTokens/<version> (Qt <qt version>; <os>)"
    static QString userAgent();

    // POST /v2/users/login. An account with 2FA finishes with TwoFactorRequired and a login_2fa_token.
    SignInRequest *signIn(const QString &username, const QString &password);
    // POST /v2/users/2fa-login.
    SignInRequest *signInTwoFactor(const QString &login2faToken, const QString &code);
    // POST /v2/auth/token (the current route; no 2FA step).
    SignInRequest *createAuthToken(const QString &identifier, const QString &secret);

    // GET /v2/access-tokens?page=&page_size=
    TokenPageRequest *listTokenPage(int page, int pageSize = ListPageSize);
    // Every token: page 1 at page_size=100, then the remaining pages concurrently (bounded), delivered in order.
    TokenListJob *listAllTokens();
    // POST /v2/access-tokens: 201 with the secret.
    CreateTokenRequest *createToken(const TokenDraft &draft);
    // GET /v2/access-tokens/{uuid}
    TokenRequest *getToken(const QString &uuid);
    // PATCH /v2/access-tokens/{uuid}
    TokenRequest *updateToken(const QString &uuid, const TokenPatch &patch);
    // DELETE /v2/access-tokens/{uuid}: any 2xx is success.
    DeleteTokenRequest *deleteToken(const QString &uuid);

    // For the request classes.
    HubNetworkAccessManager *network() const;
    RatePacer *pacer() const;

Q_SIGNALS:
    // The rate limit's budget is spent: new requests are held until the window resets in `delayMs` (0: until
    // replies in flight bring a new count). For "waiting for Docker Hub's rate limit".
    void pacingStarted(int delayMs);
    // Held requests are going again.
    void pacingFinished();

private:
    HubNetworkAccessManager *m_network;
    RatePacer *m_pacer;
    RetryPolicy m_retryPolicy;
    QUrl m_baseUrl;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_deadlineMs = 0;
    int m_maxConcurrentPages = DefaultMaxConcurrentPages;
    qint64 m_maxReplyBytes; // WireFormat::DefaultMaxReplyBytes
};
