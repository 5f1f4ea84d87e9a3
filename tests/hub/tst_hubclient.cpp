// The Hub API client against the Hub emulator over real loopback HTTP (plus a tiny scriptable server for the
// cases a well-behaved emulator cannot produce: garbage, silence, cross-origin redirects and links).
#include "CreateTokenRequest.h"
#include "DeleteTokenRequest.h"
#include "HubClient.h"
#include "HubEmulator.h"
#include "HubNetworkAccessManager.h"
#include "Jwt.h"
#include "Session.h"
#include "SignInRequest.h"
#include "TinyHttpServer.h"
#include "TokenListJob.h"
#include "TokenPageRequest.h"
#include "TokenRequest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QString kUser = QStringLiteral("ann");
const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kTfaUser = QStringLiteral("tfa");
const QString kTfaPassword = QStringLiteral("tfa-password");
const QString kTotpSecret = QStringLiteral("JBSWY3DPEHPK3PXP");

// Waits for the one `finished` of `request`; checks that it comes once and that the request deletes itself.
template <typename Result, typename Request>
std::optional<Result> await(Request *request, int timeoutMs = 15000)
{
    auto got = std::make_shared<std::optional<Result>>();
    auto emissions = std::make_shared<int>(0);
    QPointer<Request> alive(request);
    QObject::connect(request, &Request::finished, [got, emissions](const Result &r) {
        ++*emissions;
        *got = r;
    });
    if (!QTest::qWaitFor([&] { return got->has_value(); }, timeoutMs))
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return alive.isNull(); }, 2000)) {
        qWarning("request did not delete itself");
        return std::nullopt;
    }
    if (*emissions != 1) {
        qWarning("finished emitted %d times", *emissions);
        return std::nullopt;
    }
    return *got;
}

QString describe(const std::optional<ApiError> &e)
{
    return e ? e->toString() : QStringLiteral("ok");
}

QByteArray pageJson(int count, int first, int n, const QJsonValue &next)
{
    QJsonArray results;
    for (int i = first; i < first + n; ++i)
        results.append(QJsonObject{{"uuid", QStringLiteral("t-%1").arg(i)}, {"token_label", "x"}, {"token", ""}});
    return QJsonDocument(QJsonObject{{"count", count},
                                     {"next", next},
                                     {"previous", QJsonValue::Null},
                                     {"active_count", count},
                                     {"results", results}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestHubClient : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void checkServerUrl_data();
    void checkServerUrl();
    void requestHeaders();
    void signIn();
    void createAuthToken();
    void twoFactor();
    void endpoints();
    void tokenPage();
    void errors_data();
    void errors();
    void listAll_data();
    void listAll();
    void concurrencyBound_data();
    void concurrencyBound();
    void latencyOverlaps();
    void listFailsWhenAPageFails();
    void listDedupesWhenCountGrows();
    void listKeepsWhatItHasWhenCountShrinks();
    void bearerOnlyForOrigin();
    void crossOriginRedirectRefused();
    void sameOriginRedirectFollowed();
    void foreignNextIgnored();
    void receiverBound();
    void abortRequest();
    void neverSynchronous();
    void clientDestroyedWithRequestsInFlight();

private:
    // Signs `client` in as kUser; returns the JWT.
    QString signInAs(const QString &user = kUser, const QString &password = kPassword);
    QString seedOne(const QString &label = QStringLiteral("seeded"));

    std::unique_ptr<HubEmulator> m_emu;
    std::unique_ptr<HubClient> m_client;
};

void TestHubClient::init()
{
    EmulatorOptions options;
    options.rateLimitPerMinute = 0;
    options.seed = 42;
    m_emu = std::make_unique<HubEmulator>(options);
    QString error;
    QVERIFY2(m_emu->listen(&error), qPrintable(error));
    m_emu->addAccount(kUser, kPassword);
    m_emu->addAccount(kTfaUser, kTfaPassword, kTotpSecret);
    m_client = std::make_unique<HubClient>();
    QVERIFY(m_client->setBaseUrl(m_emu->baseUrl()));
    m_client->setTransferTimeout(10'000);
}

void TestHubClient::cleanup()
{
    m_client.reset();
    m_emu.reset();
}

QString TestHubClient::signInAs(const QString &user, const QString &password)
{
    const auto r = await<SignInResult>(m_client->signIn(user, password));
    if (!r || !r->ok()) {
        qWarning("sign-in failed: %s", qPrintable(r ? describe(r->error) : QStringLiteral("no result")));
        return {};
    }
    m_client->setBearerToken(r->jwt);
    return r->jwt;
}

QString TestHubClient::seedOne(const QString &label)
{
    SeedToken seed;
    seed.label = label;
    return m_emu->addToken(kUser, seed);
}

void TestHubClient::checkServerUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("usable");
    QTest::newRow("hub") << "https://hub.docker.com" << true;
    QTest::newRow("https other host") << "https://hub.example.com:8443" << true;
    QTest::newRow("http localhost") << "http://localhost:5000" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234" << true;
    QTest::newRow("http 127.3.4.5") << "http://127.3.4.5" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080" << true;
    QTest::newRow("http remote") << "http://hub.example.com" << false;
    QTest::newRow("http private LAN") << "http://192.168.1.10" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.example.com" << false;
    QTest::newRow("http 127.0.0.1 lookalike") << "http://127.0.0.1.example.com" << false;
    QTest::newRow("http any address") << "http://0.0.0.0:8080" << false;
    QTest::newRow("http user info on loopback") << "http://u:p@127.0.0.1" << false;
    QTest::newRow("ftp") << "ftp://hub.docker.com" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("relative") << "hub.docker.com" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("credentials in URL") << "https://user:pw@hub.docker.com" << false;
}

void TestHubClient::checkServerUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, usable);
    const QString why = HubClient::checkServerUrl(QUrl(url));
    QCOMPARE(why.isEmpty(), usable);

    HubClient client;
    QString message;
    QCOMPARE(client.setBaseUrl(QUrl(url), &message), usable);
    QCOMPARE(message, why);
    if (!usable)
        QCOMPARE(client.baseUrl(), HubClient::defaultBaseUrl()); // the previous server stays
}

void TestHubClient::requestHeaders()
{
    TinyHttpServer server([](const TinyHttpServer::Request &r) {
        if (r.target.startsWith("/v2/users/login"))
            return TinyHttpServer::response(200, R"({"token":"a.b.c"})");
        return TinyHttpServer::response(200, R"({"uuid":"u1","token":""})");
    });
    QVERIFY(server.start());
    QVERIFY(m_client->setBaseUrl(server.baseUrl()));
    m_client->setBearerToken(QStringLiteral("jwt-value"));
    QVERIFY(m_client->hasBearerToken());

    const auto signIn = await<SignInResult>(m_client->signIn(kUser, kPassword));
    QVERIFY(signIn && signIn->ok());
    const auto get = await<ApiResult<AccessToken>>(m_client->getToken(QStringLiteral("u1")));
    QVERIFY(get && get->ok());

    QCOMPARE(server.requests.size(), 2);
    const TinyHttpServer::Request &login = server.requests.at(0);
    QCOMPARE(login.method, QByteArray("POST"));
    QCOMPARE(login.target, QByteArray("/v2/users/login"));
    QVERIFY2(!login.hasHeader("Authorization"), "sign-in must not carry the bearer");
    QCOMPARE(login.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(login.body).object().value("username").toString(), kUser);

    const TinyHttpServer::Request &token = server.requests.at(1);
    QCOMPARE(token.method, QByteArray("GET"));
    QCOMPARE(token.target, QByteArray("/v2/access-tokens/u1"));
    QCOMPARE(token.header("Authorization"), QByteArray("Bearer jwt-value"));
    QCOMPARE(token.header("Accept"), QByteArray("application/json"));
    for (const auto &r : server.requests) {
        QCOMPARE(QString::fromUtf8(r.header("User-Agent")), HubClient::userAgent());
        QVERIFY(r.header("User-Agent").startsWith("HubTokens/" HUBTOKENS_VERSION " (Qt "));
    }

    m_client->setBearerToken(QString());
    QVERIFY(!m_client->hasBearerToken());
    QVERIFY(await<ApiResult<AccessToken>>(m_client->getToken(QStringLiteral("u1"))));
    QVERIFY(!server.requests.last().hasHeader("Authorization"));
}

void TestHubClient::signIn()
{
    const auto r = await<SignInResult>(m_client->signIn(kUser, kPassword));
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QVERIFY(r->login2faToken.isEmpty());
    const Jwt jwt = Jwt::decode(r->jwt);
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.username(), kUser);
    QVERIFY(jwt.expiresAt() > QDateTime::currentDateTimeUtc());

    Session session;
    session.begin(m_client->baseUrl(), QString(), r->jwt);
    QCOMPARE(session.username(), kUser);
    QVERIFY(!session.isPatSession());
    QCOMPARE(session.expiresAt(), jwt.expiresAt());
}

void TestHubClient::createAuthToken()
{
    const auto r = await<SignInResult>(m_client->createAuthToken(kUser, kPassword));
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    m_client->setBearerToken(r->jwt);
    const auto list = await<ApiResult<TokenList>>(m_client->listAllTokens());
    QVERIFY(list && list->ok());

    const auto bad = await<SignInResult>(m_client->createAuthToken(kUser, QStringLiteral("wrong")));
    QVERIFY(bad && !bad->ok());
    QCOMPARE(bad->error->kind, Kind::BadCredentials);
    QCOMPARE(bad->error->httpStatus, 401);
}

void TestHubClient::twoFactor()
{
    const auto first = await<SignInResult>(m_client->signIn(kTfaUser, kTfaPassword));
    QVERIFY(first && !first->ok());
    QCOMPARE(first->error->kind, Kind::TwoFactorRequired);
    QVERIFY(!first->login2faToken.isEmpty());
    QVERIFY(first->jwt.isEmpty());

    const QString code = HubEmulator::totpCode(kTotpSecret, QDateTime::currentSecsSinceEpoch());
    const auto second = await<SignInResult>(m_client->signInTwoFactor(first->login2faToken, code));
    QVERIFY(second);
    QVERIFY2(second->ok(), qPrintable(describe(second->error)));
    QCOMPARE(Jwt::decode(second->jwt).username(), kTfaUser);

    m_client->setBearerToken(second->jwt);
    const auto list = await<ApiResult<TokenList>>(m_client->listAllTokens());
    QVERIFY(list && list->ok());
}

void TestHubClient::endpoints()
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

void TestHubClient::tokenPage()
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

void TestHubClient::errors_data()
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

void TestHubClient::errors()
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
        const auto second = await<SignInResult>(m_client->signInTwoFactor(first->login2faToken, wrong));
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
        QVERIFY(m_client->setBaseUrl(tiny.baseUrl()));
        error = listError();
        break;
    case Scenario::MalformedTooLarge:
        tiny.setHandler([](const TinyHttpServer::Request &) {
            return TinyHttpServer::response(200, QByteArray(256 * 1024, ' ') + "{}");
        });
        QVERIFY(tiny.start());
        QVERIFY(m_client->setBaseUrl(tiny.baseUrl()));
        m_client->setMaxReplyBytes(64 * 1024);
        error = listError();
        break;
    case Scenario::Timeout: {
        tiny.setHandler([](const TinyHttpServer::Request &) { return QByteArray(); }); // never answers
        QVERIFY(tiny.start());
        QVERIFY(m_client->setBaseUrl(tiny.baseUrl()));
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
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        error = signInError(kUser, kPassword);
        break;
    }
    case Scenario::InsecureTransport: {
        QString message;
        QVERIFY(!m_client->setBaseUrl(QUrl("http://hub.example.com"), &message));
        QVERIFY(message.contains(QLatin1String("Refusing to send credentials over unencrypted http:// to "
                                               "hub.example.com")));
        QCOMPARE(m_client->baseUrl(), m_emu->baseUrl());
        // Even if an unusable URL got in, nothing is sent.
        m_client->setBaseUrlUnchecked(QUrl("http://hub.example.com"));
        QVERIFY(!m_client->isBaseUrlUsable());
        const int before = m_emu->requestCount();
        error = signInError(kUser, kPassword);
        QVERIFY(error);
        QCOMPARE(error->message, message);
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

void TestHubClient::listAll_data()
{
    QTest::addColumn<int>("n");
    QTest::newRow("0") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("100") << 100;
    QTest::newRow("101") << 101;
    QTest::newRow("1000") << 1000;
}

void TestHubClient::listAll()
{
    QFETCH(int, n);
    QVERIFY(!signInAs().isEmpty());
    m_emu->seedBulk(kUser, n);

    // The truth: page by page, one at a time.
    QList<QString> expected;
    for (int page = 1; page <= (n + 99) / 100; ++page) {
        const auto p = await<ApiResult<TokenPage>>(m_client->listTokenPage(page, 100));
        QVERIFY(p && p->ok());
        for (const AccessToken &t : p->value.results)
            expected.append(t.uuid);
    }
    QCOMPARE(expected.size(), n);

    TokenListJob *job = m_client->listAllTokens();
    QList<QPair<int, int>> progress;
    connect(job, &TokenListJob::progress, this, [&progress](int loaded, int total) { progress.append({loaded, total}); });
    const auto r = await<ApiResult<TokenList>>(job);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QCOMPARE(r->value.count, n);
    QCOMPARE(r->value.tokens.size(), n);
    QList<QString> got;
    QSet<QString> unique;
    for (const AccessToken &t : r->value.tokens) {
        got.append(t.uuid);
        unique.insert(t.uuid);
    }
    QCOMPARE(unique.size(), n);
    QCOMPARE(got, expected); // the server's order
    QCOMPARE(progress.size(), qMax(1, (n + 99) / 100));
    QCOMPARE(progress.last(), qMakePair(n, n));
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first > progress.at(i - 1).first);
}

void TestHubClient::concurrencyBound_data()
{
    QTest::addColumn<int>("maxConcurrent");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("default") << int(HubClient::DefaultMaxConcurrentPages);
}

void TestHubClient::concurrencyBound()
{
    QFETCH(int, maxConcurrent);
    QVERIFY(!signInAs().isEmpty());
    m_emu->seedBulk(kUser, 1000);
    m_emu->setLatency(40);
    m_client->setMaxConcurrentPages(maxConcurrent);
    m_client->network()->resetPeakInFlight();
    const int before = m_emu->requestCount();
    const auto r = await<ApiResult<TokenList>>(m_client->listAllTokens());
    QVERIFY(r && r->ok());
    QCOMPARE(r->value.tokens.size(), 1000);
    QCOMPARE(m_emu->requestCount() - before, 10);
    QCOMPARE(m_client->network()->peakInFlight(), maxConcurrent);
}

void TestHubClient::latencyOverlaps()
{
    QVERIFY(!signInAs().isEmpty());
    m_emu->seedBulk(kUser, 1000);
    const int latency = 150;
    m_emu->setLatency(latency);
    QElapsedTimer t;
    t.start();
    const auto r = await<ApiResult<TokenList>>(m_client->listAllTokens());
    const qint64 elapsed = t.elapsed();
    QVERIFY(r && r->ok());
    QCOMPARE(r->value.tokens.size(), 1000);
    // 10 pages one at a time would take at least 10 × latency; page 1, then 9 pages 6 at a time: ~3 × latency.
    QVERIFY2(elapsed >= 2 * latency, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 9 * latency, qPrintable(QString::number(elapsed)));
}

void TestHubClient::listFailsWhenAPageFails()
{
    QVERIFY(!signInAs().isEmpty());
    m_emu->seedBulk(kUser, 1000);
    m_emu->setLatency(30);
    m_client->setMaxConcurrentPages(2);
    m_client->setRetryPolicy(RetryPolicy::none()); // a page retried is tst_resilience's case
    TokenListJob *job = m_client->listAllTokens();
    connect(job, &TokenListJob::progress, this, [this](int loaded, int) {
        if (loaded == 100)
            m_emu->failNext(1, 502); // the next reply to land fails
    });
    const int before = m_emu->requestCount();
    const auto r = await<ApiResult<TokenList>>(job);
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error->kind, Kind::ServerError);
    QCOMPARE(r->error->httpStatus, 502);
    QTest::qWait(100);
    QVERIFY2(m_emu->requestCount() - before < 10, "the remaining pages are not fetched");
    QCOMPARE(m_client->network()->inFlight(), 0);
}

void TestHubClient::listDedupesWhenCountGrows()
{
    QVERIFY(!signInAs().isEmpty());
    m_emu->seedBulk(kUser, 150);
    m_emu->setLatency(50);
    m_client->setMaxConcurrentPages(1);
    TokenListJob *job = m_client->listAllTokens();
    connect(job, &TokenListJob::progress, this, [this](int loaded, int) {
        if (loaded == 100) { // page 1 is in: new tokens push the rest down, so page 2 repeats some of page 1
            for (int i = 0; i < 5; ++i)
                seedOne(QStringLiteral("new %1").arg(i));
        }
    });
    const auto r = await<ApiResult<TokenList>>(job);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QSet<QString> unique;
    for (const AccessToken &t : r->value.tokens)
        unique.insert(t.uuid);
    QCOMPARE(unique.size(), r->value.tokens.size());
    QCOMPARE(r->value.count, r->value.tokens.size());
    QVERIFY(r->value.tokens.size() >= 145 && r->value.tokens.size() <= 155);
}

void TestHubClient::listKeepsWhatItHasWhenCountShrinks()
{
    QVERIFY(!signInAs().isEmpty());
    m_emu->seedBulk(kUser, 250);
    m_emu->setLatency(50);
    m_client->setMaxConcurrentPages(1);
    TokenListJob *job = m_client->listAllTokens();
    connect(job, &TokenListJob::progress, this, [this](int loaded, int) {
        if (loaded == 100)
            m_emu->clearTokens(kUser); // pages 2 and 3 are now past the end (404)
    });
    const auto r = await<ApiResult<TokenList>>(job);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QCOMPARE(r->value.tokens.size(), 100);
    QCOMPARE(r->value.count, 100);
}

void TestHubClient::bearerOnlyForOrigin()
{
    TinyHttpServer other([](const TinyHttpServer::Request &) { return TinyHttpServer::response(200, "{}"); });
    QVERIFY(other.start());
    m_client->setBearerToken(QStringLiteral("secret-jwt"));

    // A request for another origin through the client's manager: no bearer.
    QNetworkReply *reply = m_client->network()->get(QNetworkRequest(other.baseUrl().resolved(QUrl("/x"))));
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
    reply->deleteLater();
    QCOMPARE(other.requests.size(), 1);
    QVERIFY(!other.requests.at(0).hasHeader("Authorization"));
    QVERIFY(other.requests.at(0).header("User-Agent").startsWith("HubTokens/"));

    // Even a caller-set Authorization header is dropped for another origin.
    QNetworkRequest sneaky(other.baseUrl().resolved(QUrl("/y")));
    sneaky.setRawHeader("Authorization", "Bearer leaked");
    QNetworkReply *reply2 = m_client->network()->get(sneaky);
    QVERIFY(QTest::qWaitFor([reply2] { return reply2->isFinished(); }, 5000));
    reply2->deleteLater();
    QVERIFY(!other.requests.at(1).hasHeader("Authorization"));

    // Same host, other port: another origin.
    QVERIFY(!HubNetworkAccessManager::isSameOrigin(QUrl("http://127.0.0.1:1"), QUrl("http://127.0.0.1:2")));
    QVERIFY(!HubNetworkAccessManager::isSameOrigin(QUrl("http://hub.docker.com"), QUrl("https://hub.docker.com")));
    QVERIFY(HubNetworkAccessManager::isSameOrigin(QUrl("https://HUB.docker.com/a"), QUrl("https://hub.docker.com:443")));
}

void TestHubClient::crossOriginRedirectRefused()
{
    TinyHttpServer elsewhere([](const TinyHttpServer::Request &) {
        return TinyHttpServer::response(200, R"({"uuid":"stolen","token":""})");
    });
    QVERIFY(elsewhere.start());
    const QByteArray target = elsewhere.baseUrl().toString().toLatin1() + "/v2/access-tokens/u1";
    TinyHttpServer origin([target](const TinyHttpServer::Request &) {
        return TinyHttpServer::response(302, QByteArray(), {{"Location", target}});
    });
    QVERIFY(origin.start());
    QVERIFY(m_client->setBaseUrl(origin.baseUrl()));
    m_client->setBearerToken(QStringLiteral("secret-jwt"));

    const auto r = await<ApiResult<AccessToken>>(m_client->getToken(QStringLiteral("u1")));
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error->kind, Kind::Other);
    QCOMPARE(r->error->httpStatus, 302);
    QCOMPARE(origin.requests.size(), 1);
    QCOMPARE(origin.requests.at(0).header("Authorization"), QByteArray("Bearer secret-jwt"));
    QTest::qWait(50);
    QCOMPARE(elsewhere.requests.size(), 0);

    // Nor does a sign-in body (the password) follow a redirect elsewhere.
    const auto s = await<SignInResult>(m_client->signIn(kUser, kPassword));
    QVERIFY(s && !s->ok());
    QCOMPARE(elsewhere.requests.size(), 0);
}

void TestHubClient::sameOriginRedirectFollowed()
{
    TinyHttpServer origin([](const TinyHttpServer::Request &r) {
        if (r.target == "/v2/access-tokens/old")
            return TinyHttpServer::response(307, QByteArray(), {{"Location", "/v2/access-tokens/new"}});
        return TinyHttpServer::response(200, R"({"uuid":"new","token":""})");
    });
    QVERIFY(origin.start());
    QVERIFY(m_client->setBaseUrl(origin.baseUrl()));
    m_client->setBearerToken(QStringLiteral("secret-jwt"));
    const auto r = await<ApiResult<AccessToken>>(m_client->getToken(QStringLiteral("old")));
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QCOMPARE(r->value.uuid, QStringLiteral("new"));
    QCOMPARE(origin.requests.size(), 2);
    for (const auto &req : origin.requests)
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer secret-jwt"));
}

void TestHubClient::foreignNextIgnored()
{
    TinyHttpServer elsewhere([](const TinyHttpServer::Request &) {
        return TinyHttpServer::response(200, pageJson(150, 100, 50, QJsonValue::Null));
    });
    QVERIFY(elsewhere.start());
    const QString foreignNext = elsewhere.baseUrl().toString() + "/v2/access-tokens?page=2&page_size=100";
    TinyHttpServer origin([foreignNext](const TinyHttpServer::Request &r) {
        const QUrlQuery q(QUrl(QString::fromLatin1(r.target)));
        if (q.queryItemValue("page") == QLatin1String("2"))
            return TinyHttpServer::response(200, pageJson(150, 100, 50, QJsonValue::Null));
        return TinyHttpServer::response(200, pageJson(150, 0, 100, foreignNext));
    });
    QVERIFY(origin.start());
    QVERIFY(m_client->setBaseUrl(origin.baseUrl()));
    m_client->setBearerToken(QStringLiteral("secret-jwt"));

    const auto list = await<ApiResult<TokenList>>(m_client->listAllTokens());
    QVERIFY(list);
    QVERIFY2(list->ok(), qPrintable(describe(list->error)));
    QCOMPARE(list->value.tokens.size(), 150);
    QCOMPARE(list->value.tokens.last().uuid, QStringLiteral("t-149"));
    QCOMPARE(origin.requests.size(), 2);

    const auto page = await<ApiResult<TokenPage>>(m_client->listTokenPage(1));
    QVERIFY(page && page->ok());
    QVERIFY(HubNetworkAccessManager::isSameOrigin(page->value.next, origin.baseUrl()));
    QCOMPARE(elsewhere.requests.size(), 0);
}

void TestHubClient::receiverBound()
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

void TestHubClient::abortRequest()
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
    job->abort();            // twice is harmless
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

void TestHubClient::neverSynchronous()
{
    // Failures known before sending (an unusable server, an empty id) still arrive from the event loop.
    m_client->setBaseUrlUnchecked(QUrl("http://hub.example.com"));
    TokenRequest *r = m_client->getToken(QStringLiteral("x"));
    QSignalSpy spy(r, &TokenRequest::finished);
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.at(0).at(0).value<ApiResult<AccessToken>>().error->kind, Kind::InsecureTransport);

    QVERIFY(m_client->setBaseUrl(m_emu->baseUrl()));
    DeleteTokenRequest *d = m_client->deleteToken(QString());
    QSignalSpy dspy(d, &DeleteTokenRequest::finished);
    QCOMPARE(dspy.size(), 0);
    QVERIFY(dspy.wait(2000));
    QVERIFY(!dspy.at(0).at(0).value<ApiResult<Done>>().ok());
}

void TestHubClient::clientDestroyedWithRequestsInFlight()
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

QTEST_GUILESS_MAIN(TestHubClient)
#include "tst_hubclient.moc"
