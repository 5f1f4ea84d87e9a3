// HubEmulator's sign-in side: the session JWTs it issues, the bearer check for /v2/access-tokens*, signing in with a
// password or a personal access token with a lockout after failures in a row, and the three routes that sign in:
// /v2/users/login, /v2/users/2fa-login and /v2/auth/token.

#include "EmuDockerSession.h"
#include "EmuJwt.h"
#include "EmuSecret.h"
#include "EmuTotp.h"
#include "EmuValidation.h"
#include "HubEmulatorPrivate.h"

#include <QJsonObject>
#include <QStringList>

using namespace emu;

namespace emu {
namespace {

const QString HubClaim = QStringLiteral("https://hub.docker.com");
const QString SessionAudience = QStringLiteral("https://hub.docker.com");
const QString TwoFactorAudience = QStringLiteral("https://hub.docker.com/2fa");
const QString Issuer = QStringLiteral("https://hub.docker.com");
const QString PatSourcePrefix = QStringLiteral("docker_pat|");

// Reads string fields from a JSON body; false with a 400 reply.
bool readStrings(const QHttpServerRequest &request, const QStringList &names, QStringList *values, Reply *error)
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
            EmuValidation::addError(&fields, name,
                                    v.isUndefined() ? QStringLiteral("This field is required.")
                                                    : QStringLiteral("Not a valid string."));
        }
    }
    if (!fields.isEmpty()) {
        *error = badRequest(EmuValidation::valueError(fields));
        return false;
    }
    return true;
}

} // namespace
} // namespace emu

// ---- sessions -------------------------------------------------------------------------------------------
QByteArray HubEmulator::Private::issueSession(const EmuAccount &account, const QString &source, int lifetimeSecs,
                                              const QString &scope)
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

QByteArray HubEmulator::Private::issueTwoFactorToken(const EmuAccount &account)
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

bool HubEmulator::Private::authenticate(const QHttpServerRequest &request, Session *session, Reply *error)
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
    case EmuJwt::Result::BadSignature: *error = errorReply(401, QStringLiteral("unauthorized")); return false;
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
void HubEmulator::Private::registerFailure(const QString &key)
{
    Lock &lock = locks[key];
    ++lock.failures;
    if (options.lockoutAttempts > 0 && lock.failures >= options.lockoutAttempts) {
        lock.failures = 0;
        lock.lockedUntil = now() + qMax(1, options.lockoutSecs);
    }
}

qint64 HubEmulator::Private::lockedFor(const QString &key)
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

SignInResult HubEmulator::Private::signIn(const QString &username, const QString &secret)
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

QString HubEmulator::Private::sessionScope(const SignInResult &r)
{
    if (r.source.startsWith(PatSourcePrefix)) {
        if (EmuToken *t = state.token(r.source.mid(PatSourcePrefix.size())))
            return t->hasScopes ? t->scopes.join(QLatin1Char(' ')) : QStringLiteral("repo:admin");
    }
    return QStringLiteral("openid hub:read hub:write");
}

Reply HubEmulator::Private::lockedReply(qint64 secs)
{
    return tooManyRequests(secs,
                           QStringLiteral("too many failed sign-in attempts: this username is locked, "
                                          "try again in %1 seconds")
                               .arg(secs));
}

Reply HubEmulator::Private::login(const QHttpServerRequest &request)
{
    QStringList v;
    Reply error;
    if (!readStrings(request, {QStringLiteral("username"), QStringLiteral("password")}, &v, &error))
        return error;
    const SignInResult r = signIn(v.at(0), v.at(1));
    switch (r.kind) {
    case SignInKind::Locked: return lockedReply(r.retryAfterSecs);
    case SignInKind::TwoFactor:
        return jsonReply(
            401,
            {{QStringLiteral("detail"), QStringLiteral("Require secondary authentication on MFA enabled account")},
             {QStringLiteral("login_2fa_token"), QString::fromLatin1(issueTwoFactorToken(*r.account))}});
    case SignInKind::Ok:
        return jsonReply(
            200,
            {{QStringLiteral("token"),
              QString::fromLatin1(issueSession(*r.account, r.source, options.sessionLifetimeSecs, sessionScope(r)))}});
    case SignInKind::Bad: break;
    }
    return detailReply(401, QStringLiteral("Incorrect authentication credentials"));
}

Reply HubEmulator::Private::twoFactorLogin(const QHttpServerRequest &request)
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
    const EmuAccount *account =
        state.account(claims.value(HubClaim).toObject().value(QStringLiteral("username")).toString());
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
    return jsonReply(
        200,
        {{QStringLiteral("token"),
          QString::fromLatin1(issueSession(*account, QStringLiteral("password"), options.sessionLifetimeSecs,
                                           QStringLiteral("openid hub:read hub:write")))}});
}

Reply HubEmulator::Private::authToken(const QHttpServerRequest &request)
{
    QStringList v;
    Reply error;
    if (!readStrings(request, {QStringLiteral("identifier"), QStringLiteral("secret")}, &v, &error))
        return error;
    const SignInResult r = signIn(v.at(0), v.at(1));
    auto failure = [](const QString &detail, const QString &message) {
        return jsonReply(401,
                         {{QStringLiteral("errinfo"), QJsonObject()},
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
        return jsonReply(200,
                         {{QStringLiteral("access_token"),
                           QString::fromLatin1(
                               issueSession(*r.account, r.source, options.authTokenLifetimeSecs, sessionScope(r)))}});
    case SignInKind::Bad: break;
    }
    return failure(QStringLiteral("Incorrect authentication credentials"),
                   QStringLiteral("incorrect username or password"));
}
