// Pacing before the rate limit (RatePacer, owned by HubClient): the budget rules on their own, and a client against
// a server with a tiny limit that holds sends until the window resets, so no 429 is ever reached.
#include "ResilienceTestSupport.h"
#include "app/hub/HubClient.h"
#include "app/hub/RatePacer.h"
#include "app/hub/TokenRequest.h"
#include "tests/support/TinyHttpServer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace ResilienceTest;

class TestPacing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void pacerBudgetRules();
    void pacingHoldsSendsUntilReset();

private:
    std::unique_ptr<HubClient> m_client;
};

void TestPacing::init()
{
    m_client = std::make_unique<HubClient>();
    m_client->setTransferTimeout(10'000);
    m_client->setRetryPolicy(fastPolicy());
}

void TestPacing::cleanup()
{
    m_client.reset();
}

void TestPacing::pacerBudgetRules()
{
    int inFlight = 0;
    RatePacer pacer([&inFlight] { return inFlight; });
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto headers = [](int limit, int remaining, qint64 reset) {
        return WireFormat::RawHeaders{{"X-RateLimit-Limit", QByteArray::number(limit)},
                                      {"X-RateLimit-Remaining", QByteArray::number(remaining)},
                                      {"X-RateLimit-Reset", QByteArray::number(reset)}};
    };
    QCOMPARE(pacer.budget(), std::numeric_limits<int>::max()); // nothing known: no pacing
    pacer.observe(200, headers(10, 5, now + 30));
    QCOMPARE(pacer.budget(), 5);
    inFlight = 2; // requests in flight count against what is left
    QCOMPARE(pacer.budget(), 3);
    pacer.observe(200, headers(10, 7, now + 30)); // an older reply landing late does not raise it
    QCOMPARE(pacer.budget(), 3);
    pacer.observe(200, headers(10, 2, now + 30));
    QCOMPARE(pacer.budget(), 0);
    QVERIFY(pacer.pacingDelayMs() > 28'000 && pacer.pacingDelayMs() <= 30'000);
    pacer.observe(200, headers(10, 9, now - 30)); // an earlier window's count is ignored
    QCOMPARE(pacer.budget(), 0);

    // Held sends go in order once the budget allows; one whose owner is gone is dropped.
    QStringList sent;
    auto *gone = new QObject;
    QObject owner;
    pacer.schedule(&owner, [&] { sent << QStringLiteral("a"); });
    pacer.schedule(gone, [&] { sent << QStringLiteral("gone"); });
    pacer.schedule(&owner, [&] { sent << QStringLiteral("b"); });
    QCOMPARE(pacer.heldCount(), 3);
    delete gone;
    pacer.observe(200, headers(10, 10, now + 90)); // a new window (reset later): the full budget less in flight
    QTRY_COMPARE(sent, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(pacer.heldCount(), 0);

    // A server clock far ahead cannot hold sends for longer than a window.
    pacer.observe(200, headers(10, 0, now + 3600));
    inFlight = 0;
    QVERIFY(pacer.pacingDelayMs() <= RatePacer::MaxHoldMs);
    QVERIFY(pacer.pacingDelayMs() > RatePacer::MaxHoldMs - 2'000);
    // Off: everything goes at once.
    pacer.setEnabled(false);
    QCOMPARE(pacer.pacingDelayMs(), 0);
    pacer.schedule(&owner, [&] { sent << QStringLiteral("c"); });
    QCOMPARE(sent.last(), QStringLiteral("c"));
    pacer.setEnabled(true);

    // A bare 429 (no X-RateLimit headers) holds sends until its Retry-After.
    RatePacer bare([] { return 0; });
    bare.observe(429, {{"Retry-After", "5"}});
    QCOMPARE(bare.budget(), 0);
    QVERIFY(bare.pacingDelayMs() > 4'000 && bare.pacingDelayMs() <= 5'000);
}

void TestPacing::pacingHoldsSendsUntilReset()
{
    // A server allowing 3 requests per window; a window ends 2 s after its first request, on a whole second.
    const int limit = 3;
    qint64 windowEnd = 0;
    int used = 0;
    int tooMany = 0;
    QList<qint64> arrivals; // ms since the epoch
    TinyHttpServer server([&](const TinyHttpServer::Request &r) {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        arrivals << nowMs;
        if (nowMs >= windowEnd * 1000) {
            windowEnd = nowMs / 1000 + 2;
            used = 0;
        }
        ++used;
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"X-RateLimit-Limit", QByteArray::number(limit)},
            {"X-RateLimit-Remaining", QByteArray::number(qMax(0, limit - used))},
            {"X-RateLimit-Reset", QByteArray::number(windowEnd)}};
        if (used > limit) {
            ++tooMany;
            return TinyHttpServer::response(429, kRateLimitedBody, headers);
        }
        return TinyHttpServer::response(200, tokenJson(QString::fromLatin1(r.target.split('/').last())), headers);
    });
    QVERIFY(useServer(*m_client, server));
    m_client->setRetryPolicy(RetryPolicy::none()); // a 429 would show, not be retried away
    QSignalSpy pacingStarted(m_client.get(), &HubClient::pacingStarted);
    QSignalSpy pacingFinished(m_client.get(), &HubClient::pacingFinished);

    // The first reply tells the client the budget; then six at once.
    const auto first = await<ApiResult<AccessToken>>(m_client->getToken(QStringLiteral("u0")));
    QVERIFY(first && first->ok());
    const qint64 firstWindowEnd = windowEnd;
    int done = 0;
    int failed = 0;
    for (int i = 1; i <= 6; ++i) {
        TokenRequest *request = m_client->getToken(QStringLiteral("u%1").arg(i));
        connect(request, &TokenRequest::finished, this, [&](const ApiResult<AccessToken> &r) {
            ++done;
            failed += r.ok() ? 0 : 1;
        });
    }
    // Two go at once (3 − the one spent); the rest are held.
    QTRY_COMPARE_WITH_TIMEOUT(pacingStarted.size(), 1, 2'000);
    QTRY_COMPARE_WITH_TIMEOUT(arrivals.size(), 3, 2'000);
    QVERIFY2(m_client->pacingDelayMs() > 0, "sends are held until the window resets");
    QVERIFY(m_client->pacingDelayMs() <= 2'000);
    QCOMPARE(m_client->pacer()->heldCount(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(done, 6, 8'000);
    QCOMPARE(failed, 0);
    QCOMPARE(tooMany, 0); // slowed down before the limit, not after it
    QCOMPARE(arrivals.size(), 7);
    for (int i = 3; i < 7; ++i) // the held ones went after the first window ended
        QVERIFY2(arrivals.at(i) >= firstWindowEnd * 1000,
                 qPrintable(QString::number(arrivals.at(i) - firstWindowEnd * 1000)));
    QVERIFY(pacingFinished.size() >= 1);
    QCOMPARE(m_client->pacer()->heldCount(), 0);
}

QTEST_GUILESS_MAIN(TestPacing)
#include "tst_pacing.moc"
