// The test-facing side of HubEmulator: seeding accounts and tokens and reading them back, and adjusting faults,
// limits and the clock while it runs.

#include "EmuDemoData.h"
#include "EmuDockerSession.h"
#include "EmuJwt.h"
#include "EmuRfc3339.h"
#include "EmuSecret.h"
#include "EmuTotp.h"
#include "HubEmulatorPrivate.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

using namespace emu;

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
    t.createdUsecs =
        seed.createdAt.isValid() ? EmuRfc3339::toUsecs(seed.createdAt) + d->dataRng.bounded(1000) : d->nowUsecs();
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
    d->state.tokens.removeIf(
        [&username](const emu::EmuToken &t) { return t.owner.compare(username, Qt::CaseInsensitive) == 0; });
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
    const qint64 wanted = qBound(qint64(1), qint64(secs), emu::EmuRateLimiter::WindowSecs - 1);
    QEventLoop loop;
    while (emu::EmuRateLimiter::secondsLeft(d->now()) < wanted) {
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
