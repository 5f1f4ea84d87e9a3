#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

// A loopback-only server that behaves like Docker Hub's token API (docker-hub-api.openapi.yaml plus
// hub-api-behaviour.md in shared/reference). Used by the tests, the benchmarks and the app's demo mode.
struct EmulatorOptions {
    quint16 port = 0; // 0: pick a free port
    int sessionLifetimeSecs = 3600; // JWT lifetime for /v2/users/login and 2fa-login
    int authTokenLifetimeSecs = 600; // JWT lifetime for /v2/auth/token (10 minutes, as documented)
    int rateLimitPerMinute = 180; // X-RateLimit-Limit; 0 disables limiting
    bool retryAfterAsUnixTime = false; // 429's Retry-After as a Unix time instead of seconds
    int latencyMs = 0; // added to every reply
    double failureRate = 0.0; // share of replies (0..1) turned into 5xx
    double commitThenFailRate = 0.0; // share of creates/patches/deletes (0..1) committed, then answered 502
    double lostReplyRate = 0.0; // share of creates/patches/deletes (0..1) committed, then left without a reply
    quint32 seed = 0; // random seed for fault injection and sample data; 0: random
    QString stateFile; // empty: in memory; else load at start, save atomically after each change
    int lockoutAttempts = 5; // failed sign-ins in a row before the username is locked
    int lockoutSecs = 600; // how long a lockout lasts
    // Added beyond the original interface:
    int login2faLifetimeSecs = 300; // lifetime of the login_2fa_token handed out by /v2/users/login
    bool logRequests = false; // one line per request on stderr (method, path, status, time; never secrets)
};

// Faults injected so far (HubEmulator::faultCounts).
struct EmulatorFaultCounts {
    int failures = 0; // 5xx instead of handling: failNext, failToken, the failure rate
    int committedThenFailed = 0; // changes committed, then answered with a 5xx
    int lostReplies = 0; // changes committed, then the connection dropped without a reply
};

// A token to seed, with every quirk the real service shows.
struct SeedToken {
    QString label;
    QStringList scopes = {QStringLiteral("repo:public_read")};
    bool omitScopes = false; // legacy token: no "scopes" key at all
    bool active = true;
    QString generatedBy = QStringLiteral("manual");
    QDateTime createdAt; // invalid: now
    QDateTime lastUsed; // invalid: never (null)
    QJsonValue expiresAt; // Undefined: key absent; Null; "" ; or an RFC 3339 string
    QString creatorIp = QStringLiteral("127.0.0.1");
    QString creatorUa = QStringLiteral("Mozilla/5.0");
    QString secret; // empty: generate one
};

class HubEmulator : public QObject {
    Q_OBJECT
public:
    explicit HubEmulator(const EmulatorOptions &options = {}, QObject *parent = nullptr);
    ~HubEmulator() override;

    // Listen on 127.0.0.1. False, with a message, if the port is taken.
    bool listen(QString *errorMessage = nullptr);
    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234
    quint16 port() const;

    // Data.
    void addAccount(const QString &username, const QString &password, const QString &totpSecretBase32 = {});
    // Returns the new token's uuid; the secret is seed.secret or a fresh one (see lastSeededSecret()).
    QString addToken(const QString &username, const SeedToken &seed);
    QString lastSeededSecret() const;
    // Two accounts (demo / demo, demo2fa / demo with TOTP JBSWY3DPEHPK3PXP) and ~25 sample tokens on demo.
    void seedDemo();
    // n more generated tokens on `username`, for scale tests.
    void seedBulk(const QString &username, int n);
    int tokenCount(const QString &username) const;
    void clearTokens(const QString &username);

    // Fault injection and limits, adjustable while running.
    void setLatency(int ms);
    void setFailureRate(double rate);
    void setRateLimit(int perMinute);
    void setRetryAfterAsUnixTime(bool on);
    void setSessionLifetime(int secs);
    // The next `n` replies fail with `status` (e.g. 500, 503) regardless of route; for deterministic tests.
    void failNext(int n, int status = 500);
    // Replies to any token call whose uuid is `uuid` fail with `status` until cleared (status 0 clears).
    void failToken(const QString &uuid, int status);
    // The next `n` creates, patches or deletes that succeed are committed, then answered with `status` (a 5xx body of
    // the usual shape) instead of their reply: "committed, then failed". Failed calls (400, 404, …) do not count.
    void commitThenFailNext(int n, int status = 502);
    // The next `n` creates, patches or deletes that succeed are committed, then the connection is closed without
    // any reply: a lost reply. Taken after any pending commitThenFailNext.
    void loseReplyNext(int n);
    // The same two faults at random, for soak tests (seeded by EmulatorOptions::seed).
    void setCommitThenFailRate(double rate);
    void setLostReplyRate(double rate);
    EmulatorFaultCounts faultCounts() const;

    // The TOTP code (RFC 6238: 30 s, 6 digits, HMAC-SHA1) for a base32 secret at a Unix time.
    static QString totpCode(const QString &secretBase32, qint64 unixTime);

    int requestCount() const;
    // 429 replies the rate limiter has sent so far.
    int rateLimitedCount() const;
    const EmulatorOptions &options() const;

    // Added beyond the original interface.
    bool hasAccount(const QString &username) const;
    // Shifts the emulator's clock (JWT expiry, token expiry, TOTP, lockouts) by `secs`; for tests.
    void setClockSkew(qint64 secs);
    qint64 nowSecs() const; // the emulator's current Unix time (with the skew)
    // The rate limiter counts in fixed windows aligned to the minute of the emulator's clock, so a test that spends
    // the budget and then expects a 429 fails if a window ends in between. This waits (event loop running) until at
    // least `secs` are left in the current window; it returns at once when they already are.
    void waitForRateWindow(int secs = 20) const;
    // Empty unless the state file could not be read or written (listen() also fails on a bad state file).
    QString stateError() const;
    // Tokens of `username` as the API shows them (token ""), newest first; for tests.
    QList<QJsonObject> tokens(const QString &username) const;

    // A Docker-style Hub session for `username`: a JWT shaped like the one Docker Desktop and `docker login`'s
    // browser flow keep under https://index.docker.io/v1/access-token (issuer login.docker.com, audience list),
    // accepted as a bearer for token management until it expires (a lifetime of 0 or less: already lapsed). withUsernameClaim false leaves the username out
    // of its "https://hub.docker.com" claim (the account is then found by uuid). Empty if there is no such account.
    QString mintDockerSession(const QString &username, int lifetimeSecs = 3600, bool withUsernameClaim = true);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
