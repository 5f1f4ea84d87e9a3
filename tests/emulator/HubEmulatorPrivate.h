#pragma once
// HubEmulator's insides, shared by the files that implement it (not installed, not for tests):
//   HubEmulator.cpp         the server: construction, listening, the request pipeline (rate limit, faults, latency)
//                           and the routing;
//   HubEmulatorAuth.cpp     sessions, bearer checks, sign-in with lockout, and the three sign-in routes;
//   HubEmulatorTokens.cpp   the /v2/access-tokens routes;
//   HubEmulatorControl.cpp  the test-facing API: seeding and reading data, faults, limits and the clock.

#include "EmuAccount.h"
#include "EmuFaults.h"
#include "EmuHttp.h"
#include "EmuRateLimiter.h"
#include "EmuState.h"
#include "EmuToken.h"
#include "HubEmulator.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <chrono>
#include <map>

namespace emu {

inline const QString TokensPath = QStringLiteral("/v2/access-tokens");

// Who a request's bearer speaks for.
struct Session {
    QString username;
    QString source;
};

// Failed sign-ins in a row for a username, and until when it is locked.
struct Lock {
    int failures = 0;
    qint64 lockedUntil = 0;
};

enum class SignInKind { Ok, TwoFactor, Bad, Locked };

struct SignInResult {
    SignInKind kind = SignInKind::Bad;
    const EmuAccount *account = nullptr;
    QString source;
    qint64 retryAfterSecs = 0;
};

} // namespace emu

struct HubEmulator::Private {
    HubEmulator *q = nullptr;
    EmulatorOptions options;
    QHttpServer server;
    quint16 port = 0;
    emu::EmuState state;
    QString stateError;
    QString lastSecret;
    QRandomGenerator dataRng;
    emu::EmuRateLimiter limiter;
    emu::EmuFaults faults;
    int requests = 0;
    int rateLimited = 0; // 429s answered by the rate limiter
    qint64 skewSecs = 0;
    QHash<QString, emu::Lock> locks;
    QSet<QString> usedTwoFactorTokens;
    int batchDepth = 0;
    // Replies held back by the latency setting; declared after `server` so they go first.
    quint64 nextPendingId = 0;
    std::map<quint64, QHttpServerResponder> pending;

    qint64 nowUsecs() const
    {
        const auto since = std::chrono::system_clock::now().time_since_epoch();
        return qint64(std::chrono::duration_cast<std::chrono::microseconds>(since).count()) + skewSecs * 1000000;
    }
    qint64 now() const { return nowUsecs() / 1000000; }

    // ---- HubEmulator.cpp ----------------------------------------------------------------------------------------
    QString newUuid();
    // Saves the state file (if any) unless a batch of changes is under way.
    void changed();
    QString retryAfterValue(qint64 secs) const;
    // 429 {"detail":"Rate limit exceeded","error":false} (+ "message") with Retry-After.
    emu::Reply tooManyRequests(qint64 retryAfterSecs, const QString &message = {});
    emu::Reply dispatch(const QHttpServerRequest &request, QString path);
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    // ---- HubEmulatorAuth.cpp ------------------------------------------------------------------------------------
    QByteArray issueSession(const emu::EmuAccount &account, const QString &source, int lifetimeSecs,
                            const QString &scope);
    QByteArray issueTwoFactorToken(const emu::EmuAccount &account);
    // Checks the bearer for /v2/access-tokens*; false with the reply to send.
    bool authenticate(const QHttpServerRequest &request, emu::Session *session, emu::Reply *error);
    void registerFailure(const QString &key);
    // 0 if `key` is not locked, else the seconds left.
    qint64 lockedFor(const QString &key);
    emu::SignInResult signIn(const QString &username, const QString &secret);
    QString sessionScope(const emu::SignInResult &r);
    emu::Reply lockedReply(qint64 secs);
    emu::Reply login(const QHttpServerRequest &request);
    emu::Reply twoFactorLogin(const QHttpServerRequest &request);
    emu::Reply authToken(const QHttpServerRequest &request);

    // ---- HubEmulatorTokens.cpp ----------------------------------------------------------------------------------
    emu::Reply listTokens(const QHttpServerRequest &request, const emu::Session &session);
    emu::Reply createToken(const QHttpServerRequest &request, const emu::Session &session);
    emu::EmuToken *ownedToken(const QString &uuid, const emu::Session &session);
    emu::Reply patchToken(const QHttpServerRequest &request, const emu::Session &session, const QString &uuid);
    emu::Reply deleteToken(const emu::Session &session, const QString &uuid);
};
