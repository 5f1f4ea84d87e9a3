#include "HubEmulator.h"

#include "EmuDemoData.h"
#include "EmuFaults.h"
#include "EmuDockerSession.h"
#include "EmuJwt.h"
#include "EmuPagination.h"
#include "EmuRateLimiter.h"
#include "EmuRfc3339.h"
#include "EmuSecret.h"
#include "EmuState.h"
#include "EmuTotp.h"
#include "EmuValidation.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>
#include <cstdio>
#include <map>

using namespace emu;

// File-local helpers; inside namespace emu like everything else in the library.
namespace emu {
namespace {

const QString HubClaim = QStringLiteral("https://hub.docker.com");
const QString SessionAudience = QStringLiteral("https://hub.docker.com");
const QString TwoFactorAudience = QStringLiteral("https://hub.docker.com/2fa");
const QString Issuer = QStringLiteral("https://hub.docker.com");
const QString PatSourcePrefix = QStringLiteral("docker_pat|");
const QString TokensPath = QStringLiteral("/v2/access-tokens");

struct Reply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

Reply jsonReply(int status, const QJsonObject &object)
{
    return Reply{status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

// The shape real 401/403/404 replies have: {"message":"…","errinfo":{}}.
Reply errorReply(int status, const QString &message)
{
    return jsonReply(status, {{QStringLiteral("message"), message}, {QStringLiteral("errinfo"), QJsonObject()}});
}

Reply detailReply(int status, const QString &detail)
{
    return jsonReply(status, {{QStringLiteral("detail"), detail}});
}

// The shape of the unknown-route, bad-page and wrong-method replies: {"detail":"…","message":"…","errinfo":{}}.
Reply detailedErrorReply(int status, const QString &detail, const QString &message)
{
    return jsonReply(status, {{QStringLiteral("detail"), detail},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("errinfo"), QJsonObject()}});
}

Reply badRequest(const QJsonObject &valueError)
{
    return jsonReply(400, valueError);
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get: return QStringLiteral("GET");
    case M::Put: return QStringLiteral("PUT");
    case M::Delete: return QStringLiteral("DELETE");
    case M::Post: return QStringLiteral("POST");
    case M::Head: return QStringLiteral("HEAD");
    case M::Options: return QStringLiteral("OPTIONS");
    case M::Patch: return QStringLiteral("PATCH");
    case M::Connect: return QStringLiteral("CONNECT");
    case M::Trace: return QStringLiteral("TRACE");
    default: break;
    }
    return QStringLiteral("UNKNOWN");
}

QString clientAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

struct Session {
    QString username;
    QString source;
};

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

} // namespace
} // namespace emu

struct HubEmulator::Private {
    HubEmulator *q = nullptr;
    EmulatorOptions options;
    QHttpServer server;
    quint16 port = 0;
    EmuState state;
    QString stateError;
    QString lastSecret;
    QRandomGenerator dataRng;
    EmuRateLimiter limiter;
    EmuFaults faults;
    int requests = 0;
    int rateLimited = 0; // 429s answered by the rate limiter
    qint64 skewSecs = 0;
    QHash<QString, Lock> locks;
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

    QString newUuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 16; ++i)
            bytes[i] = char(dataRng.bounded(256));
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

    void changed()
    {
        if (batchDepth > 0 || options.stateFile.isEmpty())
            return;
        QString error;
        if (!state.save(options.stateFile, &error)) {
            stateError = error;
            qWarning("hub-emulator: cannot save the state file: %s", qPrintable(error));
        }
    }

    QString retryAfterValue(qint64 secs) const
    {
        return QString::number(options.retryAfterAsUnixTime ? now() + secs : secs);
    }

    // ---- sessions -------------------------------------------------------------------------------------------
    QByteArray issueSession(const EmuAccount &account, const QString &source, int lifetimeSecs, const QString &scope)
    {
        const qint64 t = now();
        const QJsonObject hub{{QStringLiteral("username"), account.username},
                              {QStringLiteral("uuid"), account.uuid},
                              {QStringLiteral("email"), account.email},
                              {QStringLiteral("session_id"), newUuid()},
                              {QStringLiteral("source"), source}};
        const QJsonObject claims{{QStringLiteral("iss"), Issuer},
                                 {QStringLiteral("aud"), SessionAudience},
                                 {QStringLiteral("sub"), account.uuid},
                                 {QStringLiteral("iat"), t},
                                 {QStringLiteral("nbf"), t},
                                 {QStringLiteral("exp"), t + qMax(1, lifetimeSecs)},
                                 {QStringLiteral("jti"), newUuid()},
                                 {QStringLiteral("scope"), scope},
                                 {HubClaim, hub}};
        return EmuJwt::sign(claims, state.jwtKey);
    }

    QByteArray issueTwoFactorToken(const EmuAccount &account)
    {
        const qint64 t = now();
        const QJsonObject claims{{QStringLiteral("iss"), Issuer},
                                 {QStringLiteral("aud"), TwoFactorAudience},
                                 {QStringLiteral("sub"), account.uuid},
                                 {QStringLiteral("iat"), t},
                                 {QStringLiteral("exp"), t + qMax(1, options.login2faLifetimeSecs)},
                                 {QStringLiteral("jti"), newUuid()},
                                 {QStringLiteral("scope"), QStringLiteral("login_2fa")},
                                 {HubClaim, QJsonObject{{QStringLiteral("username"), account.username}}}};
        return EmuJwt::sign(claims, state.jwtKey);
    }

    // Checks the bearer for /v2/access-tokens*; false with the reply to send.
    bool authenticate(const QHttpServerRequest &request, Session *session, Reply *error)
    {
        const QByteArray auth = headerValue(request, "Authorization").trimmed();
        const QByteArray prefix = "bearer ";
        if (auth.size() <= prefix.size() || !auth.left(prefix.size()).toLower().startsWith(prefix)) {
            *error = errorReply(401, QStringLiteral("unauthorized"));
            return false;
        }
        const QByteArray jwt = auth.mid(prefix.size()).trimmed();
        QJsonObject claims;
        switch (EmuJwt::verify(jwt, state.jwtKey, now(), &claims)) {
        case EmuJwt::Result::Valid: break;
        case EmuJwt::Result::Expired:
            if (EmuDockerSession::hasAudience(claims, SessionAudience)) {
                *error = errorReply(401, QStringLiteral("token expired"));
                return false;
            }
            Q_FALLTHROUGH();
        case EmuJwt::Result::Malformed:
        case EmuJwt::Result::BadSignature:
            *error = errorReply(401, QStringLiteral("unauthorized"));
            return false;
        }
        // The emulator's own sessions, and Docker-style ones (mintDockerSession) with an audience list.
        const QJsonObject hub = claims.value(HubClaim).toObject();
        const EmuAccount *account = EmuDockerSession::account(state, hub);
        if (!EmuDockerSession::hasAudience(claims, SessionAudience) || !account) {
            *error = errorReply(401, QStringLiteral("unauthorized"));
            return false;
        }
        session->username = account->username;
        session->source = hub.value(QStringLiteral("source")).toString();
        if (session->source.startsWith(PatSourcePrefix)) {
            *error = errorReply(403, QStringLiteral("token issued from personal access token is not allowed"));
            return false;
        }
        return true;
    }

    // ---- sign-in and lockout ----------------------------------------------------------------------------------
    void registerFailure(const QString &key)
    {
        Lock &lock = locks[key];
        ++lock.failures;
        if (options.lockoutAttempts > 0 && lock.failures >= options.lockoutAttempts) {
            lock.failures = 0;
            lock.lockedUntil = now() + qMax(1, options.lockoutSecs);
        }
    }

    // 0 if `key` is not locked, else the seconds left.
    qint64 lockedFor(const QString &key)
    {
        auto it = locks.find(key);
        if (it == locks.end() || it->lockedUntil == 0)
            return 0;
        const qint64 left = it->lockedUntil - now();
        if (left <= 0) {
            it->lockedUntil = 0;
            it->failures = 0;
            return 0;
        }
        return left;
    }

    SignInResult signIn(const QString &username, const QString &secret)
    {
        SignInResult result;
        const QString key = username.toLower();
        if (const qint64 left = lockedFor(key)) {
            result.kind = SignInKind::Locked;
            result.retryAfterSecs = left;
            return result;
        }
        const EmuAccount *account = state.account(username);
        if (account && account->checkPassword(secret)) {
            locks.remove(key);
            result.account = account;
            result.kind = account->hasTwoFactor() ? SignInKind::TwoFactor : SignInKind::Ok;
            result.source = QStringLiteral("password");
            return result;
        }
        if (account && !secret.isEmpty()) {
            EmuToken *token = state.tokenBySecretHash(EmuSecret::hash(secret));
            if (token && token->owner.compare(account->username, Qt::CaseInsensitive) == 0 && token->active
                && !token->isExpired(nowUsecs())) {
                token->lastUsedUsecs = nowUsecs();
                changed();
                locks.remove(key);
                result.account = account;
                result.kind = SignInKind::Ok;
                result.source = PatSourcePrefix + token->uuid;
                return result;
            }
        }
        registerFailure(key);
        return result;
    }

    QString sessionScope(const SignInResult &r)
    {
        if (r.source.startsWith(PatSourcePrefix)) {
            if (EmuToken *t = state.token(r.source.mid(PatSourcePrefix.size())))
                return t->hasScopes ? t->scopes.join(QLatin1Char(' ')) : QStringLiteral("repo:admin");
        }
        return QStringLiteral("openid hub:read hub:write");
    }

    // 429 {"detail":"Rate limit exceeded","error":false} (+ "message") with Retry-After.
    Reply tooManyRequests(qint64 retryAfterSecs, const QString &message = {})
    {
        QJsonObject body{{QStringLiteral("detail"), QStringLiteral("Rate limit exceeded")},
                         {QStringLiteral("error"), false}};
        if (!message.isEmpty())
            body.insert(QStringLiteral("message"), message);
        Reply r = jsonReply(429, body);
        r.headers.append({"Retry-After", retryAfterValue(retryAfterSecs).toLatin1()});
        return r;
    }

    Reply lockedReply(qint64 secs)
    {
        return tooManyRequests(secs, QStringLiteral("too many failed sign-in attempts: this username is locked, "
                                                    "try again in %1 seconds")
                                         .arg(secs));
    }

    // Parses the request body as a JSON object; false with a 400 reply.
    static bool parseBody(const QHttpServerRequest &request, QJsonObject *body, Reply *error)
    {
        QJsonObject valueError;
        if (EmuValidation::parseObject(request.body(), body, &valueError))
            return true;
        *error = badRequest(valueError);
        return false;
    }

    // Reads string fields from a JSON body; false with a 400 reply.
    static bool readStrings(const QHttpServerRequest &request, const QStringList &names, QStringList *values,
                            Reply *error)
    {
        QJsonObject body;
        if (!parseBody(request, &body, error))
            return false;
        QJsonObject fields;
        for (const QString &name : names) {
            const QJsonValue v = body.value(name);
            if (v.isString()) {
                values->append(v.toString());
            } else if (v.isDouble() && name == QLatin1String("code")) { // 123456 sent as a number
                values->append(QStringLiteral("%1").arg(qint64(v.toDouble()), 6, 10, QLatin1Char('0')));
            } else {
                EmuValidation::addError(&fields, name, v.isUndefined() ? QStringLiteral("This field is required.")
                                                                       : QStringLiteral("Not a valid string."));
            }
        }
        if (!fields.isEmpty()) {
            *error = badRequest(EmuValidation::valueError(fields));
            return false;
        }
        return true;
    }

    Reply login(const QHttpServerRequest &request)
    {
        QStringList v;
        Reply error;
        if (!readStrings(request, {QStringLiteral("username"), QStringLiteral("password")}, &v, &error))
            return error;
        const SignInResult r = signIn(v.at(0), v.at(1));
        switch (r.kind) {
        case SignInKind::Locked: return lockedReply(r.retryAfterSecs);
        case SignInKind::TwoFactor:
            return jsonReply(401, {{QStringLiteral("detail"),
                                    QStringLiteral("Require secondary authentication on MFA enabled account")},
                                   {QStringLiteral("login_2fa_token"), QString::fromLatin1(issueTwoFactorToken(*r.account))}});
        case SignInKind::Ok:
            return jsonReply(200, {{QStringLiteral("token"),
                                    QString::fromLatin1(issueSession(*r.account, r.source, options.sessionLifetimeSecs,
                                                                     sessionScope(r)))}});
        case SignInKind::Bad: break;
        }
        return detailReply(401, QStringLiteral("Incorrect authentication credentials"));
    }

    Reply twoFactorLogin(const QHttpServerRequest &request)
    {
        QStringList v;
        Reply error;
        if (!readStrings(request, {QStringLiteral("login_2fa_token"), QStringLiteral("code")}, &v, &error))
            return error;
        QJsonObject claims;
        const EmuJwt::Result verdict = EmuJwt::verify(v.at(0).toLatin1(), state.jwtKey, now(), &claims);
        const QString jti = claims.value(QStringLiteral("jti")).toString();
        if (verdict == EmuJwt::Result::Expired && claims.value(QStringLiteral("aud")).toString() == TwoFactorAudience)
            return detailReply(401, QStringLiteral("The two-factor sign-in has expired; sign in again"));
        if (verdict != EmuJwt::Result::Valid || claims.value(QStringLiteral("aud")).toString() != TwoFactorAudience
            || usedTwoFactorTokens.contains(jti))
            return detailReply(401, QStringLiteral("Incorrect authentication credentials"));
        const EmuAccount *account = state.account(claims.value(HubClaim).toObject().value(QStringLiteral("username")).toString());
        if (!account || !account->hasTwoFactor() || account->uuid != claims.value(QStringLiteral("sub")).toString())
            return detailReply(401, QStringLiteral("Incorrect authentication credentials"));
        const QString key = account->username.toLower();
        if (const qint64 left = lockedFor(key))
            return lockedReply(left);
        if (!EmuTotp::verify(EmuTotp::base32Decode(account->totpSecret), v.at(1), now())) {
            registerFailure(key);
            return detailReply(401, QStringLiteral("Incorrect authentication credentials"));
        }
        locks.remove(key);
        usedTwoFactorTokens.insert(jti);
        return jsonReply(200, {{QStringLiteral("token"),
                                QString::fromLatin1(issueSession(*account, QStringLiteral("password"),
                                                                 options.sessionLifetimeSecs,
                                                                 QStringLiteral("openid hub:read hub:write")))}});
    }

    Reply authToken(const QHttpServerRequest &request)
    {
        QStringList v;
        Reply error;
        if (!readStrings(request, {QStringLiteral("identifier"), QStringLiteral("secret")}, &v, &error))
            return error;
        const SignInResult r = signIn(v.at(0), v.at(1));
        auto failure = [](const QString &detail, const QString &message) {
            return jsonReply(401, {{QStringLiteral("errinfo"), QJsonObject()},
                                   {QStringLiteral("detail"), detail},
                                   {QStringLiteral("message"), message}});
        };
        switch (r.kind) {
        case SignInKind::Locked: return lockedReply(r.retryAfterSecs);
        case SignInKind::TwoFactor:
            return failure(QStringLiteral("Require secondary authentication on MFA enabled account"),
                           QStringLiteral("this account has two-factor authentication: use a personal access token "
                                          "as the secret, or sign in through /v2/users/login"));
        case SignInKind::Ok:
            return jsonReply(200, {{QStringLiteral("access_token"),
                                    QString::fromLatin1(issueSession(*r.account, r.source, options.authTokenLifetimeSecs,
                                                                     sessionScope(r)))}});
        case SignInKind::Bad: break;
        }
        return failure(QStringLiteral("Incorrect authentication credentials"),
                       QStringLiteral("incorrect username or password"));
    }

    // ---- /v2/access-tokens ------------------------------------------------------------------------------------
    Reply listTokens(const QHttpServerRequest &request, const Session &session)
    {
        const QUrlQuery query = request.query();
        auto param = [&query](const QString &name) -> std::optional<QString> {
            if (!query.hasQueryItem(name))
                return std::nullopt;
            return query.queryItemValue(name, QUrl::FullyDecoded);
        };
        QList<const EmuToken *> mine = state.tokensOf(session.username, false);
        const EmuPagination::Page page = EmuPagination::compute(int(mine.size()), param(QStringLiteral("page")),
                                                                param(QStringLiteral("page_size")));
        switch (page.status) {
        case EmuPagination::Status::BadPage:
        case EmuPagination::Status::BadPageSize: {
            QJsonObject fields;
            EmuValidation::addError(&fields,
                                    page.status == EmuPagination::Status::BadPage ? QStringLiteral("page")
                                                                                  : QStringLiteral("page_size"),
                                    QStringLiteral("A valid positive integer is required."));
            return badRequest(EmuValidation::valueError(fields));
        }
        case EmuPagination::Status::PastEnd:
            return detailedErrorReply(404, QStringLiteral("Invalid page."), QStringLiteral("Invalid page."));
        case EmuPagination::Status::Ok: break;
        }
        int active = 0;
        for (const EmuToken *t : mine)
            active += t->active ? 1 : 0;
        EmuState::orderRange(mine, page.first, page.count);
        QJsonArray results;
        for (int i = page.first; i < page.first + page.count; ++i)
            results.append(mine.at(i)->toApiJson());
        auto link = [this, &page](int n) -> QJsonValue {
            return q->baseUrl().toString() + TokensPath
                   + QStringLiteral("?page=%1&page_size=%2").arg(n).arg(page.pageSize);
        };
        return jsonReply(200, {{QStringLiteral("count"), int(mine.size())},
                               {QStringLiteral("next"), page.hasNext ? link(page.page + 1) : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("previous"),
                                page.hasPrevious ? link(page.page - 1) : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("active_count"), active},
                               {QStringLiteral("results"), results}});
    }

    Reply createToken(const QHttpServerRequest &request, const Session &session)
    {
        QJsonObject body;
        Reply error;
        if (!parseBody(request, &body, &error))
            return error;
        EmuValidation::CreateRequest create;
        const QJsonObject fields = EmuValidation::validateCreate(body, nowUsecs(), &create);
        if (!fields.isEmpty())
            return badRequest(EmuValidation::valueError(fields));
        EmuToken t;
        t.uuid = newUuid();
        t.owner = session.username;
        const QString secret = EmuSecret::generate();
        t.secretHash = EmuSecret::hash(secret);
        t.label = create.label;
        t.scopes = create.scopes;
        t.creatorIp = clientAddress(request.remoteAddress());
        t.creatorUa = QString::fromUtf8(headerValue(request, "User-Agent"));
        t.createdUsecs = nowUsecs();
        if (create.hasExpiry) {
            t.expiry = EmuToken::Expiry::Time;
            t.expiresUsecs = create.expiresUsecs;
            t.expiresRaw = EmuRfc3339::format(create.expiresUsecs);
        }
        state.tokens.append(t);
        changed();
        return jsonReply(201, t.toApiJson(secret));
    }

    EmuToken *ownedToken(const QString &uuid, const Session &session)
    {
        EmuToken *t = state.token(uuid);
        return t && t->owner.compare(session.username, Qt::CaseInsensitive) == 0 ? t : nullptr;
    }

    Reply patchToken(const QHttpServerRequest &request, const Session &session, const QString &uuid)
    {
        EmuToken *t = ownedToken(uuid, session);
        if (!t)
            return errorReply(404, QStringLiteral("not found"));
        QJsonObject body;
        Reply error;
        if (!parseBody(request, &body, &error))
            return error;
        EmuValidation::PatchRequest patch;
        QJsonObject fields = EmuValidation::validatePatch(body, &patch);
        if (!fields.isEmpty())
            return badRequest(EmuValidation::valueError(fields));
        if (t->isExpired(nowUsecs())) {
            if (patch.active.value_or(false))
                EmuValidation::addError(&fields, QStringLiteral("is_active"),
                                        QStringLiteral("An expired token cannot be activated."));
            if (patch.scopes && (!t->hasScopes || *patch.scopes != t->scopes))
                EmuValidation::addError(&fields, QStringLiteral("scopes"),
                                        QStringLiteral("The permissions of an expired token cannot be changed."));
            if (!fields.isEmpty())
                return badRequest(EmuValidation::valueError(fields));
        }
        if (patch.label)
            t->label = *patch.label;
        if (patch.active)
            t->active = *patch.active;
        if (patch.scopes) {
            t->scopes = *patch.scopes;
            t->hasScopes = true;
        }
        changed();
        return jsonReply(200, t->toApiJson());
    }

    Reply deleteToken(const Session &session, const QString &uuid)
    {
        if (!ownedToken(uuid, session))
            return errorReply(404, QStringLiteral("not found"));
        state.tokens.removeIf([&uuid](const EmuToken &t) { return t.uuid == uuid; });
        changed();
        return Reply{204, {}, {}};
    }

    static Reply methodNotAllowed(QHttpServerRequest::Method m, const QByteArray &allowed)
    {
        Reply r = detailedErrorReply(405, QStringLiteral("Method \"%1\" not allowed.").arg(methodName(m)),
                                     QStringLiteral("method not allowed"));
        r.headers.append({"Allow", allowed});
        return r;
    }

    Reply dispatch(const QHttpServerRequest &request, QString path)
    {
        using M = QHttpServerRequest::Method;
        const M m = request.method();
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (path == QLatin1String("/v2/users/login"))
            return m == M::Post ? login(request) : methodNotAllowed(m, "POST");
        if (path == QLatin1String("/v2/users/2fa-login"))
            return m == M::Post ? twoFactorLogin(request) : methodNotAllowed(m, "POST");
        if (path == QLatin1String("/v2/auth/token"))
            return m == M::Post ? authToken(request) : methodNotAllowed(m, "POST");
        if (path == TokensPath) {
            if (m != M::Get && m != M::Post)
                return methodNotAllowed(m, "GET, POST");
            Session session;
            Reply error;
            if (!authenticate(request, &session, &error))
                return error;
            return m == M::Get ? listTokens(request, session) : createToken(request, session);
        }
        if (path.startsWith(TokensPath + QLatin1Char('/'))) {
            const QString uuid = path.mid(TokensPath.size() + 1);
            if (uuid.contains(QLatin1Char('/')))
                return errorReply(404, QStringLiteral("not found"));
            if (m != M::Get && m != M::Patch && m != M::Delete)
                return methodNotAllowed(m, "GET, PATCH, DELETE");
            if (const int status = faults.tokenFailure(uuid))
                return errorReply(status, EmuFaults::reasonFor(status));
            Session session;
            Reply error;
            if (!authenticate(request, &session, &error))
                return error;
            if (m == M::Get) {
                const EmuToken *t = ownedToken(uuid, session);
                return t ? jsonReply(200, t->toApiJson()) : errorReply(404, QStringLiteral("not found"));
            }
            return m == M::Patch ? patchToken(request, session, uuid) : deleteToken(session, uuid);
        }
        return detailedErrorReply(404, QStringLiteral("Not found."), QStringLiteral("not found"));
    }

    // ---- the pipeline -------------------------------------------------------------------------------------------
    static void write(QHttpServerResponder &responder, const Reply &reply)
    {
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        if (!reply.body.isEmpty())
            responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto &h : reply.headers)
            responder.writeHeader(h.first, h.second);
        responder.writeBody(reply.body);
    }

    // POST /v2/access-tokens, PATCH or DELETE /v2/access-tokens/{uuid}: the calls that change something.
    static bool isTokenChange(QHttpServerRequest::Method m, QString path)
    {
        using M = QHttpServerRequest::Method;
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (path == TokensPath)
            return m == M::Post;
        return (m == M::Patch || m == M::Delete) && path.startsWith(TokensPath + QLatin1Char('/'));
    }

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        QElapsedTimer timer;
        timer.start();
        ++requests;
        const QString path = request.url().path();
        const EmuRateLimiter::Decision rate = limiter.hit(clientAddress(request.remoteAddress()), now());
        Reply reply;
        bool dropConnection = false;
        const char *fault = "";
        if (const int status = faults.takeFailNext()) {
            reply = errorReply(status, EmuFaults::reasonFor(status));
        } else if (rate.limited) {
            reply = tooManyRequests(rate.retryAfterSecs);
            ++rateLimited;
        } else if (const int drawn = faults.drawFailure()) {
            reply = errorReply(drawn, EmuFaults::reasonFor(drawn));
        } else {
            reply = dispatch(request, path);
            if (reply.status >= 200 && reply.status <= 299 && isTokenChange(request.method(), path)) {
                const EmuFaults::Outcome after = faults.afterCommit();
                if (after.what == EmuFaults::AfterCommit::FailWithStatus) {
                    reply = errorReply(after.status, EmuFaults::reasonFor(after.status));
                    fault = " [committed, then failed]";
                } else if (after.what == EmuFaults::AfterCommit::DropConnection) {
                    dropConnection = true;
                    fault = " [committed, reply lost]";
                }
            }
        }
        if (limiter.enabled()) {
            reply.headers.append({"X-RateLimit-Limit", QByteArray::number(rate.limit)});
            reply.headers.append({"X-RateLimit-Remaining", QByteArray::number(rate.remaining)});
            reply.headers.append({"X-RateLimit-Reset", QByteArray::number(rate.resetUnix)});
        }
        if (options.logRequests) {
            std::fprintf(stderr, "%s %s -> %d%s (%lld ms%s)\n", qPrintable(methodName(request.method())),
                         qPrintable(path), dropConnection ? 0 : reply.status, fault,
                         static_cast<long long>(timer.elapsed()),
                         options.latencyMs > 0 ? qPrintable(QStringLiteral(" + %1 ms latency").arg(options.latencyMs)) : "");
            std::fflush(stderr);
        }
        QPointer<QTcpSocket> socket = responder.socket();
        // The reply goes out in several writes (status line, headers, body): without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK add about 40 ms to every reply on loopback.
        if (socket)
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (options.latencyMs <= 0) {
            if (dropConnection)
                drop(socket);
            else
                write(responder, reply);
            return;
        }
        const quint64 id = ++nextPendingId;
        pending.emplace(id, std::move(responder));
        QTimer::singleShot(options.latencyMs, q, [this, id, socket, reply, dropConnection]() {
            auto it = pending.find(id);
            if (it == pending.end())
                return;
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                if (dropConnection)
                    drop(socket);
                else
                    write(it->second, reply);
            }
            pending.erase(it);
        });
    }

    // A lost reply: the connection closes without a byte of the answer.
    static void drop(QTcpSocket *socket)
    {
        if (socket)
            socket->disconnectFromHost();
    }
};

HubEmulator::HubEmulator(const EmulatorOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
    const quint32 seed = options.seed != 0 ? options.seed : QRandomGenerator::system()->generate();
    d->faults.seed(seed);
    d->faults.setFailureRate(options.failureRate);
    d->faults.setCommitThenFailRate(options.commitThenFailRate);
    d->faults.setLostReplyRate(options.lostReplyRate);
    d->dataRng.seed(seed ^ 0x9e3779b9u);
    d->limiter.setLimit(options.rateLimitPerMinute);
    d->state.jwtKey = EmuSecret::randomBytes(32);
    if (!options.stateFile.isEmpty()) {
        bool existed = false;
        QString error;
        if (!d->state.load(options.stateFile, &existed, &error)) {
            d->stateError = error;
            qWarning("hub-emulator: cannot load the state file: %s", qPrintable(error));
        }
    }
    d->server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        d->handle(request, std::move(responder));
    });
}

HubEmulator::~HubEmulator()
{
    d->pending.clear();
}

bool HubEmulator::listen(QString *errorMessage)
{
    if (!d->stateError.isEmpty()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("state file: %1").arg(d->stateError);
        return false;
    }
    const quint16 port = d->server.listen(QHostAddress::LocalHost, d->options.port);
    if (port == 0) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot listen on 127.0.0.1:%1 (port taken?)").arg(d->options.port);
        return false;
    }
    d->port = port;
    return true;
}

QUrl HubEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

quint16 HubEmulator::port() const
{
    return d->port;
}

void HubEmulator::addAccount(const QString &username, const QString &password, const QString &totpSecretBase32)
{
    EmuAccount *existing = d->state.account(username);
    if (!existing) {
        EmuAccount a;
        a.username = username;
        a.uuid = d->newUuid();
        a.email = username.toLower() + QStringLiteral("@example.com");
        d->state.accounts.append(a);
        existing = &d->state.accounts.last();
    }
    existing->setPassword(password);
    existing->totpSecret = totpSecretBase32.trimmed().toUpper().remove(QLatin1Char(' '));
    d->changed();
}

QString HubEmulator::addToken(const QString &username, const SeedToken &seed)
{
    const EmuAccount *account = d->state.account(username);
    if (!account) {
        qWarning("hub-emulator: addToken: no account named %s", qPrintable(username));
        return {};
    }
    EmuToken t;
    t.uuid = d->newUuid();
    t.owner = account->username;
    const QString secret = seed.secret.isEmpty() ? EmuSecret::generate() : seed.secret;
    d->lastSecret = secret;
    t.secretHash = EmuSecret::hash(secret);
    t.label = seed.label;
    t.scopes = seed.omitScopes ? QStringList() : seed.scopes;
    t.hasScopes = !seed.omitScopes;
    t.active = seed.active;
    t.generatedBy = seed.generatedBy;
    t.creatorIp = seed.creatorIp;
    t.creatorUa = seed.creatorUa;
    t.createdUsecs = seed.createdAt.isValid() ? EmuRfc3339::toUsecs(seed.createdAt) + d->dataRng.bounded(1000)
                                              : d->nowUsecs();
    t.lastUsedUsecs = seed.lastUsed.isValid() ? EmuRfc3339::toUsecs(seed.lastUsed) + d->dataRng.bounded(1000) : -1;
    if (seed.expiresAt.isUndefined()) {
        t.expiry = EmuToken::Expiry::Absent;
    } else if (seed.expiresAt.isString() && seed.expiresAt.toString().isEmpty()) {
        t.expiry = EmuToken::Expiry::Empty;
    } else if (seed.expiresAt.isString()) {
        t.expiry = EmuToken::Expiry::Time;
        t.expiresRaw = seed.expiresAt.toString();
        if (!EmuRfc3339::parse(t.expiresRaw, &t.expiresUsecs))
            t.expiresUsecs = 0;
    } else {
        t.expiry = EmuToken::Expiry::Null;
    }
    d->state.tokens.append(t);
    d->changed();
    return t.uuid;
}

QString HubEmulator::lastSeededSecret() const
{
    return d->lastSecret;
}

int HubEmulator::tokenCount(const QString &username) const
{
    return int(d->state.tokensOf(username).size());
}

void HubEmulator::clearTokens(const QString &username)
{
    d->state.tokens.removeIf([&username](const emu::EmuToken &t) {
        return t.owner.compare(username, Qt::CaseInsensitive) == 0;
    });
    d->changed();
}

void HubEmulator::setLatency(int ms)
{
    d->options.latencyMs = qMax(0, ms);
}

void HubEmulator::setFailureRate(double rate)
{
    d->faults.setFailureRate(rate);
    d->options.failureRate = d->faults.failureRate();
}

void HubEmulator::setCommitThenFailRate(double rate)
{
    d->faults.setCommitThenFailRate(rate);
    d->options.commitThenFailRate = d->faults.commitThenFailRate();
}

void HubEmulator::setLostReplyRate(double rate)
{
    d->faults.setLostReplyRate(rate);
    d->options.lostReplyRate = d->faults.lostReplyRate();
}

void HubEmulator::setRateLimit(int perMinute)
{
    d->options.rateLimitPerMinute = qMax(0, perMinute);
    d->limiter.setLimit(d->options.rateLimitPerMinute);
    d->limiter.clear();
}

void HubEmulator::setRetryAfterAsUnixTime(bool on)
{
    d->options.retryAfterAsUnixTime = on;
}

void HubEmulator::setSessionLifetime(int secs)
{
    d->options.sessionLifetimeSecs = qMax(1, secs);
}

void HubEmulator::failNext(int n, int status)
{
    d->faults.failNext(n, status);
}

void HubEmulator::commitThenFailNext(int n, int status)
{
    d->faults.commitThenFailNext(n, status);
}

void HubEmulator::loseReplyNext(int n)
{
    d->faults.loseReplyNext(n);
}

EmulatorFaultCounts HubEmulator::faultCounts() const
{
    const emu::EmuFaults::Counts c = d->faults.counts();
    return EmulatorFaultCounts{c.failures, c.committedThenFailed, c.lostReplies};
}

void HubEmulator::failToken(const QString &uuid, int status)
{
    d->faults.failToken(uuid, status);
}

QString HubEmulator::totpCode(const QString &secretBase32, qint64 unixTime)
{
    return EmuTotp::code(EmuTotp::base32Decode(secretBase32), unixTime);
}

int HubEmulator::requestCount() const
{
    return d->requests;
}

int HubEmulator::rateLimitedCount() const
{
    return d->rateLimited;
}

const EmulatorOptions &HubEmulator::options() const
{
    return d->options;
}

bool HubEmulator::hasAccount(const QString &username) const
{
    return d->state.account(username) != nullptr;
}

void HubEmulator::setClockSkew(qint64 secs)
{
    d->skewSecs = secs;
}

qint64 HubEmulator::nowSecs() const
{
    return d->now();
}

void HubEmulator::waitForRateWindow(int secs) const
{
    const int wanted = qBound(1, secs, 59);
    QEventLoop loop;
    while (60 - d->now() % 60 < wanted) {
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

QString HubEmulator::stateError() const
{
    return d->stateError;
}

QList<QJsonObject> HubEmulator::tokens(const QString &username) const
{
    QList<QJsonObject> out;
    for (const emu::EmuToken *t : d->state.tokensOf(username))
        out << t->toApiJson();
    return out;
}

void HubEmulator::seedDemo()
{
    ++d->batchDepth;
    const QDateTime now = emu::EmuRfc3339::toDateTime(d->nowUsecs());
    addAccount(QStringLiteral("demo"), QStringLiteral("demo"));
    addAccount(QStringLiteral("demo2fa"), QStringLiteral("demo"), emu::EmuDemoData::DemoTotpSecret);
    for (const SeedToken &t : emu::EmuDemoData::demoTokens(now))
        addToken(QStringLiteral("demo"), t);
    for (const SeedToken &t : emu::EmuDemoData::demo2faTokens(now))
        addToken(QStringLiteral("demo2fa"), t);
    --d->batchDepth;
    d->changed();
}

void HubEmulator::seedBulk(const QString &username, int n)
{
    ++d->batchDepth;
    const QDateTime now = emu::EmuRfc3339::toDateTime(d->nowUsecs());
    const int start = tokenCount(username);
    for (int i = 0; i < n; ++i)
        addToken(username, emu::EmuDemoData::bulkToken(start + i, now));
    --d->batchDepth;
    d->changed();
}

QString HubEmulator::mintDockerSession(const QString &username, int lifetimeSecs, bool withUsernameClaim)
{
    const emu::EmuAccount *account = d->state.account(username);
    if (!account)
        return {};
    const QJsonObject claims =
        emu::EmuDockerSession::claims(*account, d->now(), lifetimeSecs, withUsernameClaim, d->newUuid());
    return QString::fromLatin1(emu::EmuJwt::sign(claims, d->state.jwtKey));
}
