// The Hub API client against the Hub emulator over real loopback HTTP, one call at a time: sign-in, two-factor, each
// token endpoint, the error each failure maps to (plus a tiny scriptable server for the replies a well-behaved
// emulator cannot produce: garbage, silence), and a request's life: bound to a receiver, aborted, never synchronous.
#include "HubClientTestSupport.h"
#include "app/hub/CreateTokenRequest.h"
#include "app/hub/DeleteTokenRequest.h"
#include "app/hub/HubNetworkAccessManager.h"
#include "app/hub/TokenListJob.h"
#include "app/hub/TokenPageRequest.h"
#include "app/hub/TokenRequest.h"
#include "app/session/Jwt.h"
#include "app/session/Session.h"
#include "tests/support/TinyHttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>

using namespace HubClientTest;

Q_DECLARE_METATYPE(ApiError::Kind)

class TestHubClientCalls : public HubClientTestCase {
    Q_OBJECT
private slots:
    void signIn();
    void createAuthToken();
    void twoFactor();
    void endpoints();
    void tokenPage();
    void errors_data();
    void errors();
    void receiverBound();
    void abortRequest();
    void neverSynchronous();
    void clientDestroyedWithRequestsInFlight();
};

void TestHubClientCalls::signIn()
{
    const auto r = await<SignInResult>(m_client->signIn(kUser, kPassword));
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QVERIFY(r->value.login2faToken.isEmpty());
    const Jwt jwt = Jwt::decode(r->value.jwt);
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.username(), kUser);
    QVERIFY(jwt.expiresAt() > QDateTime::currentDateTimeUtc());

    Session session;
    session.begin(m_client->baseUrl(), QString(), r->value.jwt);
    QCOMPARE(session.username(), kUser);
    QVERIFY(!session.isPatSession());
    QCOMPARE(session.expiresAt(), jwt.expiresAt());
}

void TestHubClientCalls::createAuthToken()
{
    const auto r = await<SignInResult>(m_client->createAuthToken(kUser, kPassword));
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    m_client->setBearerToken(r->value.jwt);
    const auto list = await<ApiResult<TokenList>>(m_client->listAllTokens());
    QVERIFY(list && list->ok());

    const auto bad = await<SignInResult>(m_client->createAuthToken(kUser, QStringLiteral("wrong")));
    QVERIFY(bad && !bad->ok());
    QCOMPARE(bad->error->kind, Kind::BadCredentials);
    QCOMPARE(bad->error->httpStatus, 401);
}

void TestHubClientCalls::twoFactor()
{
    const auto first = await<SignInResult>(m_client->signIn(kTfaUser, kTfaPassword));
    QVERIFY(first && !first->ok());
    QCOMPARE(first->error->kind, Kind::TwoFactorRequired);
    QVERIFY(!first->value.login2faToken.isEmpty());
    QVERIFY(first->value.jwt.isEmpty());

    const QString code = HubEmulator::totpCode(kTotpSecret, QDateTime::currentSecsSinceEpoch());
    const auto second = await<SignInResult>(m_client->signInTwoFactor(first->value.login2faToken, code));
    QVERIFY(second);
    QVERIFY2(second->ok(), qPrintable(describe(second->error)));
    QCOMPARE(Jwt::decode(second->value.jwt).username(), kTfaUser);

    m_client->setBearerToken(second->value.jwt);
    const auto list = await<ApiResult<TokenList>>(m_client->listAllTokens());
    QVERIFY(list && list->ok());
}

void TestHubClientCalls::endpoints()
{
    QVERIFY(!signInAs().isEmpty());

    // Create
    TokenDraft draft;
    draft.label = QStringLiteral("CI runner");
    draft.scope = TokenScope::Read;
    draft.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
    const auto created = await<ApiResult<CreatedToken>>(m_client->createToken(draft));
    QVERIFY(created);
    QVERIFY2(created->ok(), qPrintable(describe(created->error)));
    const AccessToken token = created->value.token;
    QVERIFY(created->value.secret.startsWith(QLatin1String("dckr_pat_")));
    QCOMPARE(token.label, draft.label);
    QCOMPARE(token.scope, std::optional<TokenScope>(TokenScope::Read));
    QVERIFY(token.active);
    QVERIFY(qAbs(token.expiresAt.secsTo(draft.expiresAt)) <= 1);
    QVERIFY(token.createdAt.isValid());
    QVERIFY(!token.lastUsed.isValid());

    TokenDraft never;
    never.label = QStringLiteral("forever");
    const auto created2 = await<ApiResult<CreatedToken>>(m_client->createToken(never));
    QVERIFY(created2 && created2->ok());
    QVERIFY(created2->value.token.neverExpires());
    QCOMPARE(created2->value.token.scope, std::optional<TokenScope>(TokenScope::PublicRead));

    // Get (no secret)
    const auto got = await<ApiResult<AccessToken>>(m_client->getToken(token.uuid));
    QVERIFY(got && got->ok());
    QCOMPARE(got->value.uuid, token.uuid);
    QCOMPARE(got->value.label, draft.label);

    // Patch
    TokenPatch patch;
    patch.label = QStringLiteral("renamed");
    patch.active = false;
    const auto patched = await<ApiResult<AccessToken>>(m_client->updateToken(token.uuid, patch));
    QVERIFY(patched);
    QVERIFY2(patched->ok(), qPrintable(describe(patched->error)));
    QCOMPARE(patched->value.label, QStringLiteral("renamed"));
    QVERIFY(!patched->value.active);
    TokenPatch scope;
    scope.scope = TokenScope::Write;
    const auto rescoped = await<ApiResult<AccessToken>>(m_client->updateToken(token.uuid, scope));
    QVERIFY(rescoped && rescoped->ok());
    QCOMPARE(rescoped->value.scope, std::optional<TokenScope>(TokenScope::Write));
    QCOMPARE(rescoped->value.label, QStringLiteral("renamed"));

    // List
    const auto list = await<ApiResult<TokenList>>(m_client->listAllTokens());
    QVERIFY(list && list->ok());
    QCOMPARE(list->value.count, 2);
    QCOMPARE(list->value.activeCount, 1);

    // Delete, then it is gone
    const auto deleted = await<ApiResult<Done>>(m_client->deleteToken(token.uuid));
    QVERIFY(deleted);
    QVERIFY2(deleted->ok(), qPrintable(describe(deleted->error)));
    const auto gone = await<ApiResult<AccessToken>>(m_client->getToken(token.uuid));
    QVERIFY(gone && !gone->ok());
    QCOMPARE(gone->error->kind, Kind::NotFound);
    const auto again = await<ApiResult<Done>>(m_client->deleteToken(token.uuid));
    QVERIFY(again && !again->ok());
    QCOMPARE(again->error->kind, Kind::NotFound);
    QCOMPARE(m_emu->tokenCount(kUser), 1);
}

void TestHubClientCalls::tokenPage()
{
    QVERIFY(!signInAs().isEmpty());
    m_emu->seedBulk(kUser, 25);
    const auto p1 = await<ApiResult<TokenPage>>(m_client->listTokenPage(1, 10));
    QVERIFY(p1 && p1->ok());
    QCOMPARE(p1->value.count, 25);
    QCOMPARE(p1->value.results.size(), 10);
    QCOMPARE(p1->value.page, 1);
    QCOMPARE(p1->value.pageSize, 10);
    QVERIFY(p1->value.previous.isEmpty());
    QVERIFY(HubNetworkAccessManager::isSameOrigin(p1->value.next, m_emu->baseUrl()));
    QCOMPARE(QUrlQuery(p1->value.next).queryItemValue("page"), QStringLiteral("2"));

    const auto p3 = await<ApiResult<TokenPage>>(m_client->listTokenPage(3, 10));
    QVERIFY(p3 && p3->ok());
    QCOMPARE(p3->value.results.size(), 5);
    QVERIFY(p3->value.next.isEmpty());
    QCOMPARE(QUrlQuery(p3->value.previous).queryItemValue("page"), QStringLiteral("2"));

    const auto past = await<ApiResult<TokenPage>>(m_client->listTokenPage(4, 10));
    QVERIFY(past && !past->ok());
    QCOMPARE(past->error->kind, Kind::NotFound);
}

enum class Scenario {
    BadCredentials,
    TwoFactorWrongCode,
    LockedOut,
    PatSession,
    SessionExpiredLifetime,
    SessionExpiredGarbage,
    NotFound,
    Validation,
    RateLimitedSeconds,
    RateLimitedUnixTime,
    ServerError,
    MalformedGarbage,
    MalformedTooLarge,
    Timeout,
    ConnectionRefused,
    InsecureTransport,
};
Q_DECLARE_METATYPE(Scenario)

void TestHubClientCalls::errors_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("bad credentials") << Scenario::BadCredentials << Kind::BadCredentials << 401;
    QTest::newRow("2FA wrong code") << Scenario::TwoFactorWrongCode << Kind::BadCredentials << 401;
    QTest::newRow("locked out") << Scenario::LockedOut << Kind::RateLimited << 429;
    QTest::newRow("PAT session") << Scenario::PatSession << Kind::PatSessionForbidden << 403;
    QTest::newRow("session expired (lifetime)") << Scenario::SessionExpiredLifetime << Kind::SessionExpired << 401;
    QTest::newRow("session expired (bad bearer)") << Scenario::SessionExpiredGarbage << Kind::SessionExpired << 401;
    QTest::newRow("not found") << Scenario::NotFound << Kind::NotFound << 404;
    QTest::newRow("validation") << Scenario::Validation << Kind::Validation << 400;
    QTest::newRow("rate limited, Retry-After seconds") << Scenario::RateLimitedSeconds << Kind::RateLimited << 429;
    QTest::newRow("rate limited, Retry-After Unix time") << Scenario::RateLimitedUnixTime << Kind::RateLimited << 429;
    QTest::newRow("server error") << Scenario::ServerError << Kind::ServerError << 503;
    QTest::newRow("malformed reply") << Scenario::MalformedGarbage << Kind::MalformedReply << 200;
    QTest::newRow("reply too large") << Scenario::MalformedTooLarge << Kind::MalformedReply << 200;
    QTest::newRow("timeout") << Scenario::Timeout << Kind::Timeout << 0;
    QTest::newRow("connection refused") << Scenario::ConnectionRefused << Kind::NetworkUnreachable << 0;
    QTest::newRow("http to a remote host") << Scenario::InsecureTransport << Kind::InsecureTransport << 0;
}

void TestHubClientCalls::errors()
{
    QFETCH(Scenario, scenario);
    QFETCH(Kind, kind);
    QFETCH(int, status);
    // What one reply maps to: nothing retried, and no pacing ahead of the 429 (tst_resilience covers both).
    m_client->setRetryPolicy(RetryPolicy::none());
    m_client->setPacingEnabled(false);

    std::optional<ApiError> error;
    TinyHttpServer tiny;
    auto listError = [this]() -> std::optional<ApiError> {
        const auto r = await<ApiResult<TokenList>>(m_client->listAllTokens());
        return r ? r->error : std::optional<ApiError>(ApiError{Kind::Other, 0, "no result", {}, {}});
    };
    auto signInError = [this](const QString &user, const QString &password) -> std::optional<ApiError> {
        const auto r = await<SignInResult>(m_client->signIn(user, password));
        return r ? r->error : std::optional<ApiError>(ApiError{Kind::Other, 0, "no result", {}, {}});
    };

    switch (scenario) {
    case Scenario::BadCredentials:
        error = signInError(kUser, QStringLiteral("wrong"));
        QVERIFY(error);
        QCOMPARE(error->message, QStringLiteral("Incorrect authentication credentials"));
        break;
    case Scenario::TwoFactorWrongCode: {
        const auto first = await<SignInResult>(m_client->signIn(kTfaUser, kTfaPassword));
        QVERIFY(first && first->error && first->error->kind == Kind::TwoFactorRequired);
        const QString good = HubEmulator::totpCode(kTotpSecret, QDateTime::currentSecsSinceEpoch());
        const QString wrong = good == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        const auto second = await<SignInResult>(m_client->signInTwoFactor(first->value.login2faToken, wrong));
        QVERIFY(second);
        error = second->error;
        break;
    }
    case Scenario::LockedOut:
        for (int i = 0; i < m_emu->options().lockoutAttempts; ++i)
            QCOMPARE(signInError(kUser, QStringLiteral("wrong"))->kind, Kind::BadCredentials);
        error = signInError(kUser, kPassword);
        QVERIFY(error);
        QVERIFY(error->retryAt > QDateTime::currentDateTimeUtc());
        break;
    case Scenario::PatSession: {
        QVERIFY(!signInAs().isEmpty());
        const auto created = await<ApiResult<CreatedToken>>(m_client->createToken(TokenDraft{"pat", {}, {}}));
        QVERIFY(created && created->ok());
        const QString jwt = signInAs(kUser, created->value.secret); // a PAT in the password field signs in...
        QVERIFY(!jwt.isEmpty());
        Session session;
        session.begin(m_client->baseUrl(), kUser, jwt);
        QVERIFY(session.isPatSession());
        error = listError(); // ...but cannot manage tokens
        break;
    }
    case Scenario::SessionExpiredLifetime:
        m_emu->setSessionLifetime(1);
        QVERIFY(!signInAs().isEmpty());
        QTest::qWait(2100);
        error = listError();
        break;
    case Scenario::SessionExpiredGarbage:
        m_client->setBearerToken(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"));
        error = listError();
        break;
    case Scenario::NotFound: {
        QVERIFY(!signInAs().isEmpty());
        const auto r = await<ApiResult<AccessToken>>(m_client->getToken(QStringLiteral("no-such-token")));
        QVERIFY(r);
        error = r->error;
        break;
    }
    case Scenario::Validation: {
        QVERIFY(!signInAs().isEmpty());
        TokenDraft draft;
        draft.label = QString(101, u'x');
        draft.expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
        const auto r = await<ApiResult<CreatedToken>>(m_client->createToken(draft));
        QVERIFY(r);
        error = r->error;
        QVERIFY(error);
        QVERIFY2(error->fieldErrors.contains(QStringLiteral("token_label")), qPrintable(error->toString()));
        QVERIFY(!error->fieldErrors.value(QStringLiteral("token_label")).isEmpty());
        break;
    }
    case Scenario::RateLimitedSeconds:
    case Scenario::RateLimitedUnixTime: {
        QVERIFY(!signInAs().isEmpty());
        m_emu->setRetryAfterAsUnixTime(scenario == Scenario::RateLimitedUnixTime);
        m_emu->waitForRateWindow(); // the fourth call must fall in the same minute as the first three
        m_emu->setRateLimit(3);
        for (int i = 0; i < 4 && !error; ++i) {
            const auto r = await<ApiResult<AccessToken>>(m_client->getToken(QStringLiteral("x")));
            QVERIFY(r);
            if (r->error && r->error->kind != Kind::NotFound)
                error = r->error;
        }
        QVERIFY(error);
        QVERIFY2(error->retryAt.isValid(), "retryAt from Retry-After");
        const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(error->retryAt);
        QVERIFY2(secs >= -1 && secs <= 61, qPrintable(QString::number(secs)));
        break;
    }
    case Scenario::ServerError:
        QVERIFY(!signInAs().isEmpty());
        m_emu->failNext(1, 503);
        error = listError();
        break;
    case Scenario::MalformedGarbage:
        tiny.setHandler([](const TinyHttpServer::Request &) {
            return TinyHttpServer::response(200, "\x01\x02 this is not json {{{");
        });
        QVERIFY(tiny.start());
        QVERIFY(m_client->setBaseUrl(tiny.baseUrl()).ok());
        error = listError();
        break;
    case Scenario::MalformedTooLarge:
        tiny.setHandler([](const TinyHttpServer::Request &) {
            return TinyHttpServer::response(200, QByteArray(256 * 1024, ' ') + "{}");
        });
        QVERIFY(tiny.start());
        QVERIFY(m_client->setBaseUrl(tiny.baseUrl()).ok());
        m_client->setMaxReplyBytes(64 * 1024);
        error = listError();
        break;
    case Scenario::Timeout: {
        tiny.setHandler([](const TinyHttpServer::Request &) { return QByteArray(); }); // never answers
        QVERIFY(tiny.start());
        QVERIFY(m_client->setBaseUrl(tiny.baseUrl()).ok());
        m_client->setTransferTimeout(300);
        QElapsedTimer t;
        t.start();
        error = listError();
        QVERIFY(t.elapsed() >= 250);
        QVERIFY(t.elapsed() < 5000);
        break;
    }
    case Scenario::ConnectionRefused: {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))).ok());
        error = signInError(kUser, kPassword);
        break;
    }
    case Scenario::InsecureTransport: {
        const auto refused = m_client->setBaseUrl(QUrl("http://hub.example.com"));
        QVERIFY(!refused.ok());
        const QString message = *refused.error;
        QVERIFY(message.contains(QLatin1String("Refusing to send credentials over unencrypted http:// to "
                                               "hub.example.com")));
        QCOMPARE(m_client->baseUrl(), m_emu->baseUrl());
        // Even if an unusable URL got in, nothing is sent.
        m_client->setBaseUrlUnchecked(QUrl("http://hub.example.com"));
        QVERIFY(!m_client->isBaseUrlUsable());
        const int before = m_emu->requestCount();
        error = signInError(kUser, kPassword);
        QVERIFY(error);
        // The refusal is this side's words: in detail (for logs), never where the server's words go.
        QCOMPARE(error->detail, message);
        QVERIFY(error->message.isEmpty());
        QCOMPARE(listError()->kind, Kind::InsecureTransport);
        QCOMPARE(m_emu->requestCount(), before);
        QCOMPARE(m_client->network()->inFlight(), 0);
        break;
    }
    }
    QVERIFY2(error, "the call succeeded");
    QVERIFY2(error->kind == kind, qPrintable(error->toString()));
    QCOMPARE(error->httpStatus, status);
}

void TestHubClientCalls::receiverBound()
{
    QVERIFY(!signInAs().isEmpty());
    m_emu->setLatency(100);
    auto *receiver = new QObject;
    bool called = false;
    TokenListJob *job = m_client->listAllTokens();
    QPointer<TokenListJob> alive(job);
    connect(job, &TokenListJob::finished, receiver, [&called](const ApiResult<TokenList> &) { called = true; });
    delete receiver; // the dialog closed
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 5000);
    QVERIFY(!called);
}

void TestHubClientCalls::abortRequest()
{
    QVERIFY(!signInAs().isEmpty());
    m_emu->seedBulk(kUser, 500);
    m_emu->setLatency(300);
    TokenListJob *job = m_client->listAllTokens();
    QPointer<TokenListJob> alive(job);
    QSignalSpy spy(job, &TokenListJob::finished);
    QVERIFY(QTest::qWaitFor([this] { return m_client->network()->inFlight() > 0; }, 2000));
    job->abort();
    QCOMPARE(spy.size(), 0); // from the event loop, not inside abort()
    job->abort(); // twice is harmless
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 2000);
    const auto result = spy.at(0).at(0).value<ApiResult<TokenList>>();
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Kind::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 2000);
    QCOMPARE(m_client->network()->inFlight(), 0);
    QTest::qWait(400); // the held-back reply would have landed by now
    QCOMPARE(spy.size(), 1);

    // Sign-in can be aborted too.
    SignInRequest *s = m_client->signIn(kUser, kPassword);
    QSignalSpy sspy(s, &SignInRequest::finished);
    s->abort();
    QTRY_COMPARE_WITH_TIMEOUT(sspy.size(), 1, 2000);
    QCOMPARE(sspy.at(0).at(0).value<SignInResult>().error->kind, Kind::Cancelled);
}

void TestHubClientCalls::neverSynchronous()
{
    // Failures known before sending (an unusable server, an empty id) still arrive from the event loop.
    m_client->setBaseUrlUnchecked(QUrl("http://hub.example.com"));
    TokenRequest *r = m_client->getToken(QStringLiteral("x"));
    QSignalSpy spy(r, &TokenRequest::finished);
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.at(0).at(0).value<ApiResult<AccessToken>>().error->kind, Kind::InsecureTransport);

    QVERIFY(m_client->setBaseUrl(m_emu->baseUrl()).ok());
    DeleteTokenRequest *d = m_client->deleteToken(QString());
    QSignalSpy dspy(d, &DeleteTokenRequest::finished);
    QCOMPARE(dspy.size(), 0);
    QVERIFY(dspy.wait(2000));
    QVERIFY(!dspy.at(0).at(0).value<ApiResult<Done>>().ok());
}

void TestHubClientCalls::clientDestroyedWithRequestsInFlight()
{
    QVERIFY(!signInAs().isEmpty());
    m_emu->seedBulk(kUser, 300);
    m_emu->setLatency(200);
    bool called = false;
    TokenListJob *job = m_client->listAllTokens();
    connect(job, &TokenListJob::finished, this, [&called] { called = true; });
    m_client->getToken(QStringLiteral("x"));
    QTest::qWait(50);
    m_client.reset(); // no crash, and nothing delivered afterwards
    QTest::qWait(300);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestHubClientCalls)
#include "tst_hubclient_calls.moc"
