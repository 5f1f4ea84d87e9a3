// The whole token list against the Hub emulator: listAllTokens page by page in the server's order, the bound on pages
// in flight, overlapping latency, and the list when a page fails or the count changes while it loads.
#include "HubClientTestSupport.h"
#include "app/hub/HubNetworkAccessManager.h"
#include "app/hub/TokenListJob.h"
#include "app/hub/TokenPageRequest.h"

#include <QElapsedTimer>
#include <QSet>

using namespace HubClientTest;

class TestHubClientList : public HubClientTestCase {
    Q_OBJECT
private slots:
    void listAll_data();
    void listAll();
    void concurrencyBound_data();
    void concurrencyBound();
    void latencyOverlaps();
    void listFailsWhenAPageFails();
    void listDedupesWhenCountGrows();
    void listKeepsWhatItHasWhenCountShrinks();
};

void TestHubClientList::listAll_data()
{
    QTest::addColumn<int>("n");
    QTest::newRow("0") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("100") << 100;
    QTest::newRow("101") << 101;
    QTest::newRow("1000") << 1000;
}

void TestHubClientList::listAll()
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
    connect(job, &TokenListJob::progress, this, [&progress](int loaded, int total) {
        progress.append({loaded, total});
    });
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

void TestHubClientList::concurrencyBound_data()
{
    QTest::addColumn<int>("maxConcurrent");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("default") << int(HubClient::DefaultMaxConcurrentPages);
}

void TestHubClientList::concurrencyBound()
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

void TestHubClientList::latencyOverlaps()
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

void TestHubClientList::listFailsWhenAPageFails()
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

void TestHubClientList::listDedupesWhenCountGrows()
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

void TestHubClientList::listKeepsWhatItHasWhenCountShrinks()
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

QTEST_GUILESS_MAIN(TestHubClientList)
#include "tst_hubclient_list.moc"
