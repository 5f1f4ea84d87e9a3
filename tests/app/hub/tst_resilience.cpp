// Resilience of the Hub API client, one test per rule: idempotent calls retried on transient failures (5xx, 429 with
// either form of Retry-After, transfer timeouts, dropped connections) within a bound and cancellable; POST never
// repeated; a failing page of a list retried on its own; the emulator's "committed, then failed" and "lost reply"
// faults really committing the change; and what the hub logging categories say. Pacing is tst_pacing's. Against
// the in-process Hub emulator, and TinyHttpServer where a reply must be exact.
#include "ResilienceTestSupport.h"
#include "app/hub/CreateTokenRequest.h"
#include "app/hub/DeleteTokenRequest.h"
#include "app/hub/HubClient.h"
#include "app/hub/HubNetworkAccessManager.h"
#include "app/hub/RetryPolicy.h"
#include "app/hub/SignInRequest.h"
#include "app/hub/TokenListJob.h"
#include "app/hub/TokenPageRequest.h"
#include "app/hub/TokenRequest.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/TinyHttpServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using Kind = ApiError::Kind;
using namespace ResilienceTest;
Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QString kUser = QStringLiteral("ann");
const QString kPassword = QStringLiteral("correct horse battery staple");

QByteArray pageJson(int count, int first, int n)
{
    QJsonArray results;
    for (int i = first; i < first + n; ++i)
        results.append(QJsonObject{{"uuid", QStringLiteral("t-%1").arg(i)}, {"token_label", "x"}, {"token", ""}});
    return QJsonDocument(QJsonObject{{"count", count},
                                     {"next", QJsonValue::Null},
                                     {"previous", QJsonValue::Null},
                                     {"active_count", count},
                                     {"results", results}})
        .toJson(QJsonDocument::Compact);
}

// Every message of the hub categories while it lives.
class LogCapture {
public:
    LogCapture()
    {
        s_self = this;
        QLoggingCategory::setFilterRules(QStringLiteral("hubtokens.hub*=true"));
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
            QMutexLocker locker(&s_self->m_lock);
            s_self->lines << QStringLiteral("[%1] %2").arg(QString::fromLatin1(context.category), message);
        });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_self = nullptr;
    }
    QStringList lines;

private:
    static inline LogCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    QMutex m_lock;
};

} // namespace

class TestResilience : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void backoffIsCappedAndJittered();
    void serverErrorThenSuccess();
    void retryAfterSeconds();
    void retryAfterUnixTime();
    void unfinishedReplyRetried_data();
    void unfinishedReplyRetried();
    void givesUpAtTheBound_data();
    void givesUpAtTheBound();
    void abortDuringAWait();
    void postNeverRepeated();
    void signInRetriedAfterServerTrouble();
    void signInNeverRetriedWhenRefused_data();
    void signInNeverRetriedWhenRefused();
    void twoFactorCodeNeverSentTwice();
    void listRetriesAPageWithoutRestarting();
    void emulatorFaultsCommit_data();
    void emulatorFaultsCommit();
    void logsSayWhatHappenedWithoutSecrets();

private:
    QString signIn();
    QString seedOne(const QString &label);

    std::unique_ptr<HubEmulator> m_emu;
    std::unique_ptr<HubClient> m_client;
};

void TestResilience::init()
{
    EmulatorOptions options;
    options.rateLimitPerMinute = 0;
    options.seed = 8;
    m_emu = std::make_unique<HubEmulator>(options);
    QString error;
    QVERIFY2(m_emu->listen(&error), qPrintable(error));
    m_emu->addAccount(kUser, kPassword);
    m_client = std::make_unique<HubClient>();
    QVERIFY(m_client->setBaseUrl(m_emu->baseUrl()).ok());
    m_client->setTransferTimeout(10'000);
    m_client->setRetryPolicy(fastPolicy());
}

void TestResilience::cleanup()
{
    m_client.reset();
    m_emu.reset();
}

QString TestResilience::signIn()
{
    const auto r = await<SignInResult>(m_client->signIn(kUser, kPassword));
    if (!r || !r->ok())
        return {};
    m_client->setBearerToken(r->value.jwt);
    return r->value.jwt;
}

QString TestResilience::seedOne(const QString &label)
{
    SeedToken seed;
    seed.label = label;
    return m_emu->addToken(kUser, seed);
}

void TestResilience::backoffIsCappedAndJittered()
{
    RetryPolicy p;
    p.baseDelayMs = 500;
    p.maxDelayMs = 8'000;
    p.jitter = 0;
    QCOMPARE(p.backoffMs(2, 0.9), 500);
    QCOMPARE(p.backoffMs(3, 0.9), 1'000);
    QCOMPARE(p.backoffMs(4, 0.9), 2'000);
    QCOMPARE(p.backoffMs(6, 0.9), 8'000);
    QCOMPARE(p.backoffMs(40, 0.9), 8'000); // capped, no overflow
    p.jitter = 0.2;
    QCOMPARE(p.backoffMs(2, 0.0), 400);
    QCOMPARE(p.backoffMs(2, 0.5), 500);
    QVERIFY(p.backoffMs(2, 0.999) > 590 && p.backoffMs(2, 0.999) <= 600);
    QCOMPARE(p.backoffMs(7, 0.999), 8'000); // jitter never passes the cap
    QCOMPARE(RetryPolicy::none().maxTries, 1);
    QVERIFY(RetryPolicy::isIdempotent("GET") && RetryPolicy::isIdempotent("PATCH")
            && RetryPolicy::isIdempotent("DELETE"));
    QVERIFY(!RetryPolicy::isIdempotent("POST"));
    for (int s : {429, 500, 502, 503, 504})
        QVERIFY2(RetryPolicy::isTransientStatus(s), qPrintable(QString::number(s)));
    for (int s : {400, 401, 403, 404, 501, 505})
        QVERIFY2(!RetryPolicy::isTransientStatus(s), qPrintable(QString::number(s)));
    RetryPolicy odd;
    odd.maxTries = 0;
    odd.jitter = 7;
    QCOMPARE(odd.normalized().maxTries, 1);
    QCOMPARE(odd.normalized().jitter, 1.0);
}

void TestResilience::serverErrorThenSuccess()
{
    QVERIFY(!signIn().isEmpty());
    const QString uuid = seedOne(QStringLiteral("one"));
    m_emu->failNext(1, 503);
    const int before = m_emu->requestCount();
    TokenRequest *request = m_client->getToken(uuid);
    QSignalSpy retrying(request, &ApiRequest::retrying);
    const auto r = await<ApiResult<AccessToken>>(request);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QCOMPARE(r->value.uuid, uuid);
    QCOMPARE(m_emu->requestCount() - before, 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(0).toInt(), 2); // the try that follows
    QCOMPARE(retrying.at(0).at(1).toInt(), 20); // fastPolicy's first backoff
    const auto reason = retrying.at(0).at(2).value<ApiError>();
    QCOMPARE(reason.kind, Kind::ServerError);
    QCOMPARE(reason.httpStatus, 503);
}

void TestResilience::retryAfterSeconds()
{
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    TinyHttpServer server([&](const TinyHttpServer::Request &) {
        arrivals << clock.elapsed();
        if (arrivals.size() == 1)
            return TinyHttpServer::response(429, kRateLimitedBody, {{"Retry-After", "1"}});
        return TinyHttpServer::response(200, tokenJson(QStringLiteral("u1")));
    });
    QVERIFY(useServer(*m_client, server));
    TokenRequest *request = m_client->getToken(QStringLiteral("u1"));
    QSignalSpy retrying(request, &ApiRequest::retrying);
    const auto r = await<ApiResult<AccessToken>>(request);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QCOMPARE(arrivals.size(), 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(2).value<ApiError>().kind, Kind::RateLimited);
    // The server's 1 s, not fastPolicy's 20 ms backoff.
    const int delay = retrying.at(0).at(1).toInt();
    QVERIFY2(delay >= 900 && delay <= 1'000, qPrintable(QString::number(delay)));
    const qint64 gap = arrivals.at(1) - arrivals.at(0);
    QVERIFY2(gap >= 900 && gap < 3'000, qPrintable(QString::number(gap)));
}

void TestResilience::retryAfterUnixTime()
{
    const qint64 retryAt = QDateTime::currentSecsSinceEpoch() + 2;
    QList<qint64> arrivals; // ms since the epoch
    TinyHttpServer server([&](const TinyHttpServer::Request &) {
        arrivals << QDateTime::currentMSecsSinceEpoch();
        if (arrivals.size() == 1)
            return TinyHttpServer::response(429, kRateLimitedBody, {{"Retry-After", QByteArray::number(retryAt)}});
        return TinyHttpServer::response(200, tokenJson(QStringLiteral("u1")));
    });
    QVERIFY(useServer(*m_client, server));
    TokenRequest *request = m_client->getToken(QStringLiteral("u1"));
    QSignalSpy retrying(request, &ApiRequest::retrying);
    const auto r = await<ApiResult<AccessToken>>(request);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QCOMPARE(arrivals.size(), 2);
    QCOMPARE(retrying.size(), 1);
    const int delay = retrying.at(0).at(1).toInt();
    QVERIFY2(delay >= 900 && delay <= 2'000, qPrintable(QString::number(delay)));
    // Not before the time the server named.
    QVERIFY2(arrivals.at(1) >= retryAt * 1000, qPrintable(QString::number(arrivals.at(1) - retryAt * 1000)));
    QVERIFY(arrivals.at(1) < retryAt * 1000 + 2'000);
}

// A GET whose first reply never arrives whole is tried again: silence, which Qt's transfer timeout ends, or a head
// that promises 200 bytes of which 4 come before the server hangs up.
void TestResilience::unfinishedReplyRetried_data()
{
    QTest::addColumn<QByteArray>("firstReply");
    QTest::addColumn<int>("transferTimeoutMs");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("transfer timeout") << QByteArray() << 300 << Kind::Timeout;
    QTest::newRow("dropped connection") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"uu")
                                        << 10'000 << Kind::NetworkUnreachable;
}

void TestResilience::unfinishedReplyRetried()
{
    QFETCH(QByteArray, firstReply);
    QFETCH(int, transferTimeoutMs);
    QFETCH(Kind, kind);
    int seen = 0;
    TinyHttpServer server([&](const TinyHttpServer::Request &) {
        return ++seen == 1 ? firstReply : TinyHttpServer::response(200, tokenJson(QStringLiteral("u1")));
    });
    QVERIFY(useServer(*m_client, server));
    m_client->setTransferTimeout(transferTimeoutMs);
    TokenRequest *request = m_client->getToken(QStringLiteral("u1"));
    QSignalSpy retrying(request, &ApiRequest::retrying);
    const auto r = await<ApiResult<AccessToken>>(request);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QCOMPARE(seen, 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(2).value<ApiError>().kind, kind);
}

void TestResilience::givesUpAtTheBound_data()
{
    QTest::addColumn<int>("maxTries");
    QTest::addColumn<int>("baseDelayMs");
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expectedTries");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("4 tries") << 4 << 20 << 10'000 << QByteArray() << 4 << Kind::ServerError;
    QTest::newRow("retries off") << 1 << 20 << 10'000 << QByteArray() << 1 << Kind::ServerError;
    // Waits of 400 then 800 ms: the second would end after the 1 s deadline.
    QTest::newRow("deadline cuts the backoff") << 10 << 400 << 1'000 << QByteArray() << 2 << Kind::ServerError;
    // A Retry-After beyond the deadline: no wait at all.
    QTest::newRow("Retry-After past the deadline") << 4 << 20 << 2'000 << QByteArray("30") << 1 << Kind::RateLimited;
}

void TestResilience::givesUpAtTheBound()
{
    QFETCH(int, maxTries);
    QFETCH(int, baseDelayMs);
    QFETCH(int, deadlineMs);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expectedTries);
    QFETCH(Kind, kind);
    TinyHttpServer server([&](const TinyHttpServer::Request &) {
        if (!retryAfter.isEmpty())
            return TinyHttpServer::response(429, kRateLimitedBody, {{"Retry-After", retryAfter}});
        return TinyHttpServer::response(503, R"({"message":"service unavailable","errinfo":{}})");
    });
    QVERIFY(useServer(*m_client, server));
    RetryPolicy policy = fastPolicy(maxTries);
    policy.baseDelayMs = baseDelayMs;
    policy.maxDelayMs = 4 * baseDelayMs;
    policy.totalDeadlineMs = deadlineMs;
    m_client->setRetryPolicy(policy);

    QElapsedTimer t;
    t.start();
    TokenRequest *request = m_client->getToken(QStringLiteral("u1"));
    QSignalSpy retrying(request, &ApiRequest::retrying);
    const auto r = await<ApiResult<AccessToken>>(request);
    QVERIFY(r && !r->ok());
    QVERIFY2(r->error->kind == kind, qPrintable(describe(r->error)));
    QCOMPARE(server.requests.size(), expectedTries);
    QCOMPARE(retrying.size(), expectedTries - 1);
    for (int i = 0; i < retrying.size(); ++i)
        QCOMPARE(retrying.at(i).at(0).toInt(), i + 2);
    QVERIFY2(t.elapsed() <= deadlineMs + 1'000, qPrintable(QString::number(t.elapsed())));
    if (kind == Kind::RateLimited) // the caller can still say when
        QVERIFY(r->error->retryAt > QDateTime::currentDateTimeUtc());
}

void TestResilience::abortDuringAWait()
{
    QVERIFY(!signIn().isEmpty());
    const QString uuid = seedOne(QStringLiteral("one"));
    RetryPolicy slow = fastPolicy();
    slow.baseDelayMs = 1'500;
    slow.maxDelayMs = 1'500;
    m_client->setRetryPolicy(slow);
    m_emu->failNext(1, 503);
    const int before = m_emu->requestCount();
    DeleteTokenRequest *request = m_client->deleteToken(uuid);
    QPointer<DeleteTokenRequest> alive(request);
    QSignalSpy finished(request, &DeleteTokenRequest::finished);
    QSignalSpy retrying(request, &ApiRequest::retrying);
    QVERIFY(retrying.wait(5'000));
    QElapsedTimer t;
    t.start();
    request->abort();
    QCOMPARE(finished.size(), 0); // from the event loop, not inside abort()
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1'000);
    QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed()))); // at once, not after the wait
    QCOMPARE(finished.at(0).at(0).value<ApiResult<Done>>().error->kind, Kind::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 1'000);
    QTest::qWait(1'700); // the wait would have ended by now
    QCOMPARE(m_emu->requestCount() - before, 1);
    QCOMPARE(m_emu->tokenCount(kUser), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_client->network()->inFlight(), 0);
}

void TestResilience::postNeverRepeated()
{
    TinyHttpServer server([](const TinyHttpServer::Request &r) {
        return TinyHttpServer::response(r.method == "POST" ? 502 : 200, kBadGatewayBody);
    });
    QVERIFY(useServer(*m_client, server));

    CreateTokenRequest *create = m_client->createToken(TokenDraft{QStringLiteral("ci"), TokenScope::Read, {}});
    QSignalSpy createRetrying(create, &ApiRequest::retrying);
    const auto created = await<ApiResult<CreatedToken>>(create);
    QVERIFY(created && !created->ok());
    QCOMPARE(created->error->kind, Kind::ServerError);
    QCOMPARE(created->error->httpStatus, 502);
    QTest::qWait(300); // a retry would have gone by now
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.at(0).method, QByteArray("POST"));
    QCOMPARE(createRetrying.size(), 0);
}

// A sign-in creates nothing a second try could duplicate: a 5xx is tried again, as a read is.
void TestResilience::signInRetriedAfterServerTrouble()
{
    m_emu->failNext(1, 503);
    const int before = m_emu->requestCount();
    SignInRequest *request = m_client->signIn(kUser, kPassword);
    QSignalSpy retrying(request, &ApiRequest::retrying);
    const auto r = await<SignInResult>(request);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QVERIFY(!r->value.jwt.isEmpty());
    QCOMPARE(m_emu->requestCount() - before, 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(2).value<ApiError>().httpStatus, 503);
}

// A wrong password, a refusal or a lockout is never sent again: a lockout must not be made worse.
void TestResilience::signInNeverRetriedWhenRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("401") << 401;
    QTest::newRow("403") << 403;
    QTest::newRow("429") << 429;
}

void TestResilience::signInNeverRetriedWhenRefused()
{
    QFETCH(int, status);
    TinyHttpServer server([status](const TinyHttpServer::Request &) {
        return TinyHttpServer::response(status, QByteArray(R"({"detail":"no"})"));
    });
    QVERIFY(useServer(*m_client, server));
    SignInRequest *request = m_client->signIn(kUser, kPassword);
    QSignalSpy retrying(request, &ApiRequest::retrying);
    const auto r = await<SignInResult>(request);
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error->httpStatus, status);
    QTest::qWait(300); // a retry would have gone by now (fastPolicy waits 20 ms)
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(retrying.size(), 0);
}

// The two-factor code reached the server with its 5xx: it may have been used, so it is never sent again.
void TestResilience::twoFactorCodeNeverSentTwice()
{
    const QString secret = QStringLiteral("JBSWY3DPEHPK3PXP");
    m_emu->addAccount(QStringLiteral("carol2fa"), QStringLiteral("carol-pw"), secret);
    const auto first = await<SignInResult>(m_client->signIn(QStringLiteral("carol2fa"), QStringLiteral("carol-pw")));
    QVERIFY(first && !first->ok());
    QCOMPARE(first->error->kind, Kind::TwoFactorRequired);
    m_emu->failNext(1, 503);
    const int before = m_emu->requestCount();
    SignInRequest *request =
        m_client->signInTwoFactor(first->value.login2faToken, HubEmulator::totpCode(secret, m_emu->nowSecs()));
    QSignalSpy retrying(request, &ApiRequest::retrying);
    const auto r = await<SignInResult>(request);
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error->kind, Kind::ServerError);
    QTest::qWait(300);
    QCOMPARE(m_emu->requestCount() - before, 1);
    QCOMPARE(retrying.size(), 0);
}

void TestResilience::listRetriesAPageWithoutRestarting()
{
    const int count = 350;
    QHash<int, int> asked; // page → times
    TinyHttpServer server([&](const TinyHttpServer::Request &r) {
        const int page = QUrlQuery(QUrl(QString::fromLatin1(r.target))).queryItemValue(QStringLiteral("page")).toInt();
        if (++asked[page] == 1 && page == 3)
            return TinyHttpServer::response(503, R"({"message":"service unavailable","errinfo":{}})");
        const int first = (page - 1) * 100;
        return TinyHttpServer::response(200, pageJson(count, first, qMin(100, count - first)));
    });
    QVERIFY(useServer(*m_client, server));
    m_client->setMaxConcurrentPages(2);
    TokenListJob *job = m_client->listAllTokens();
    QSignalSpy retrying(job, &ApiRequest::retrying);
    QList<int> pagesReady;
    int firstPageSize = 0;
    int firstPageTotal = 0;
    bool finishedBeforeFirstPage = false;
    bool finished = false;
    connect(job, &TokenListJob::pageReady, this, [&](int page, const QList<AccessToken> &tokens, int total) {
        if (pagesReady.isEmpty()) {
            firstPageSize = int(tokens.size());
            firstPageTotal = total;
            finishedBeforeFirstPage = finished;
        }
        pagesReady << page;
    });
    connect(job, &TokenListJob::finished, this, [&finished] { finished = true; });
    const auto r = await<ApiResult<TokenList>>(job);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QCOMPARE(r->value.tokens.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(r->value.tokens.at(i).uuid, QStringLiteral("t-%1").arg(i));
    // Page 3 twice, every other page once: the list was not restarted.
    QCOMPARE(asked.value(1), 1);
    QCOMPARE(asked.value(2), 1);
    QCOMPARE(asked.value(3), 2);
    QCOMPARE(asked.value(4), 1);
    QCOMPARE(server.requests.size(), 5);
    QCOMPARE(retrying.size(), 1);
    // Page 1 was handed over first, on its own, before the list finished.
    QCOMPARE(pagesReady.size(), 4);
    QCOMPARE(pagesReady.first(), 1);
    QCOMPARE(firstPageSize, 100);
    QCOMPARE(firstPageTotal, count);
    QVERIFY(!finishedBeforeFirstPage);
}

enum class Fault { CommitThenFail, LostReply };
enum class Change { Create, Patch, Delete };
Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Change)

void TestResilience::emulatorFaultsCommit_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Change>("change");
    QTest::newRow("create, committed then 502") << Fault::CommitThenFail << Change::Create;
    QTest::newRow("patch, committed then 502") << Fault::CommitThenFail << Change::Patch;
    QTest::newRow("delete, committed then 502") << Fault::CommitThenFail << Change::Delete;
    QTest::newRow("create, reply lost") << Fault::LostReply << Change::Create;
    QTest::newRow("patch, reply lost") << Fault::LostReply << Change::Patch;
    QTest::newRow("delete, reply lost") << Fault::LostReply << Change::Delete;
}

void TestResilience::emulatorFaultsCommit()
{
    QFETCH(Fault, fault);
    QFETCH(Change, change);
    QVERIFY(!signIn().isEmpty());
    const QString uuid = seedOne(QStringLiteral("existing"));
    if (fault == Fault::CommitThenFail)
        m_emu->commitThenFailNext(1);
    else
        m_emu->loseReplyNext(1);
    const int before = m_emu->requestCount();

    std::optional<ApiError> error;
    int retries = -1;
    switch (change) {
    case Change::Create: {
        CreateTokenRequest *request =
            m_client->createToken(TokenDraft{QStringLiteral("made once"), TokenScope::Read, {}});
        QSignalSpy retrying(request, &ApiRequest::retrying);
        const auto r = await<ApiResult<CreatedToken>>(request);
        QVERIFY(r);
        error = r->error;
        retries = int(retrying.size());
        // The token exists, once, though the client never got its reply.
        QCOMPARE(m_emu->tokenCount(kUser), 2);
        QCOMPARE(m_emu->tokens(kUser).first().value(QStringLiteral("token_label")).toString(),
                 QStringLiteral("made once"));
        QTest::qWait(300);
        QCOMPARE(m_emu->requestCount() - before, 1); // never sent again
        QCOMPARE(m_emu->tokenCount(kUser), 2);
        break;
    }
    case Change::Patch: {
        TokenPatch patch;
        patch.active = false;
        TokenRequest *request = m_client->updateToken(uuid, patch);
        QSignalSpy retrying(request, &ApiRequest::retrying);
        const auto r = await<ApiResult<AccessToken>>(request);
        QVERIFY(r);
        error = r->error;
        retries = int(retrying.size());
        QVERIFY(!m_emu->tokens(kUser).first().value(QStringLiteral("is_active")).toBool());
        if (r->ok())
            QVERIFY(!r->value.active);
        QCOMPARE(m_emu->requestCount() - before, 2);
        break;
    }
    case Change::Delete: {
        DeleteTokenRequest *request = m_client->deleteToken(uuid);
        QSignalSpy retrying(request, &ApiRequest::retrying);
        const auto r = await<ApiResult<Done>>(request);
        QVERIFY(r);
        error = r->error;
        retries = int(retrying.size());
        QCOMPARE(m_emu->tokenCount(kUser), 0);
        QCOMPARE(m_emu->requestCount() - before, 2); // the retry met a 404: gone, so done
        break;
    }
    }
    const EmulatorFaultCounts counts = m_emu->faultCounts();
    QCOMPARE(counts.committedThenFailed, fault == Fault::CommitThenFail ? 1 : 0);
    QCOMPARE(counts.lostReplies, fault == Fault::LostReply ? 1 : 0);
    if (change == Change::Create) {
        // POST is never retried: the failure reaches the caller, who must look for the token.
        QVERIFY(error);
        QCOMPARE(retries, 0);
        if (fault == Fault::CommitThenFail)
            QVERIFY2(error->kind == Kind::ServerError && error->httpStatus == 502, qPrintable(describe(error)));
        else
            QVERIFY2(error->kind == Kind::NetworkUnreachable, qPrintable(describe(error)));
    } else {
        // Idempotent: sent again, and the second answer settles it. After a 502 the client retries; a lost reply Qt
        // may send again by itself, before the client sees a failure.
        QVERIFY2(!error, qPrintable(describe(error)));
        QCOMPARE(retries, fault == Fault::CommitThenFail ? 1 : retries);
        QVERIFY(retries <= 1);
    }
}

void TestResilience::logsSayWhatHappenedWithoutSecrets()
{
    const QString jwt = signIn();
    QVERIFY(!jwt.isEmpty());
    const QString uuid = seedOne(QStringLiteral("logged"));
    QStringList lines;
    {
        LogCapture capture;
        m_emu->failNext(1, 503);
        const auto r = await<ApiResult<AccessToken>>(m_client->getToken(uuid));
        QVERIFY(r && r->ok());
        const auto page = await<ApiResult<TokenPage>>(m_client->listTokenPage(1, 10));
        QVERIFY(page && page->ok());
        lines = capture.lines;
    }
    const QString all = lines.join(u'\n');
    const QString path = QStringLiteral("/v2/access-tokens/") + uuid;
    QVERIFY2(all.contains(QStringLiteral("[hubtokens.hub] GET %1 -> 503 (try 1, ").arg(path)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("[hubtokens.hub] GET %1 -> 200 (try 2, ").arg(path)), qPrintable(all));
    QVERIFY2(
        all.contains(
            QStringLiteral("[hubtokens.hub.retry] GET %1: server error (HTTP 503); try 2 of 4 in 20 ms").arg(path)),
        qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("GET /v2/access-tokens?page=1&page_size=10 -> 200")), qPrintable(all));
    QVERIFY(!all.contains(jwt));
    QVERIFY(!all.contains(QStringLiteral("Bearer")));
    QVERIFY(!all.contains(QStringLiteral("service unavailable"))); // not the server's words either
}

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
