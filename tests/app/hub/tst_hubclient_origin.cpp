// Where the Hub API client sends what: which server URLs it accepts, the headers of its requests, the bearer only for
// the configured origin, and redirects and `next` links to another origin refused (a tiny scriptable server plays
// the other origin).
#include "HubClientTestSupport.h"
#include "app/hub/HubNetworkAccessManager.h"
#include "app/hub/TokenListJob.h"
#include "app/hub/TokenPageRequest.h"
#include "app/hub/TokenRequest.h"
#include "tests/support/TinyHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace HubClientTest;

namespace {

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

class TestHubClientOrigin : public HubClientTestCase {
    Q_OBJECT
private slots:
    void checkServerUrl_data();
    void checkServerUrl();
    void requestHeaders();
    void bearerOnlyForOrigin();
    void crossOriginRedirectRefused();
    void sameOriginRedirectFollowed();
    void foreignNextIgnored();
};

void TestHubClientOrigin::checkServerUrl_data()
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

void TestHubClientOrigin::checkServerUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, usable);
    const QString why = HubClient::checkServerUrl(QUrl(url));
    QCOMPARE(why.isEmpty(), usable);

    HubClient client;
    const auto set = client.setBaseUrl(QUrl(url));
    QCOMPARE(set.ok(), usable);
    QCOMPARE(set.error.value_or(QString()), why);
    if (usable)
        QCOMPARE(set.value, client.baseUrl()); // the server now in use
    if (!usable)
        QCOMPARE(client.baseUrl(), HubClient::defaultBaseUrl()); // the previous server stays
}

void TestHubClientOrigin::requestHeaders()
{
    TinyHttpServer server([](const TinyHttpServer::Request &r) {
        if (r.target.startsWith("/v2/users/login"))
            return TinyHttpServer::response(200, R"({"token":"a.b.c"})");
        return TinyHttpServer::response(200, R"({"uuid":"u1","token":""})");
    });
    QVERIFY(server.start());
    QVERIFY(m_client->setBaseUrl(server.baseUrl()).ok());
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

void TestHubClientOrigin::bearerOnlyForOrigin()
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
    QVERIFY(
        HubNetworkAccessManager::isSameOrigin(QUrl("https://HUB.docker.com/a"), QUrl("https://hub.docker.com:443")));
}

void TestHubClientOrigin::crossOriginRedirectRefused()
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
    QVERIFY(m_client->setBaseUrl(origin.baseUrl()).ok());
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

void TestHubClientOrigin::sameOriginRedirectFollowed()
{
    TinyHttpServer origin([](const TinyHttpServer::Request &r) {
        if (r.target == "/v2/access-tokens/old")
            return TinyHttpServer::response(307, QByteArray(), {{"Location", "/v2/access-tokens/new"}});
        return TinyHttpServer::response(200, R"({"uuid":"new","token":""})");
    });
    QVERIFY(origin.start());
    QVERIFY(m_client->setBaseUrl(origin.baseUrl()).ok());
    m_client->setBearerToken(QStringLiteral("secret-jwt"));
    const auto r = await<ApiResult<AccessToken>>(m_client->getToken(QStringLiteral("old")));
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(describe(r->error)));
    QCOMPARE(r->value.uuid, QStringLiteral("new"));
    QCOMPARE(origin.requests.size(), 2);
    for (const auto &req : origin.requests)
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer secret-jwt"));
}

void TestHubClientOrigin::foreignNextIgnored()
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
    QVERIFY(m_client->setBaseUrl(origin.baseUrl()).ok());
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

QTEST_GUILESS_MAIN(TestHubClientOrigin)
#include "tst_hubclient_origin.moc"
