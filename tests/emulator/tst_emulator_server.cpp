// Tests of the Hub emulator as a server, through QNetworkAccessManager against a real loopback server: the rate
// limit, injected failures and latency, the routing, the demo data, the state file and listening.

#include "EmuRfc3339.h"
#include "EmuSecret.h"
#include "EmuValidation.h"
#include "EmulatorTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace EmulatorTest;

class TestEmulatorServer : public EmulatorTestCase {
    Q_OBJECT

private slots:
    // ---- limits and faults ---------------------------------------------------------------------------------------
    void rateLimit()
    {
        EmulatorOptions o;
        o.rateLimitPerMinute = 3;
        auto e = start(o);
        // Stay clear of a minute boundary so all four requests share one window.
        e->waitForRateWindow();
        for (int i = 0; i < 3; ++i) {
            const Http h = call(*e, "GET", QStringLiteral("/v2/nothing"));
            QCOMPARE(h.status, 404);
            QCOMPARE(h.headers.value("x-ratelimit-limit"), QByteArray("3"));
            QCOMPARE(h.headers.value("x-ratelimit-remaining").toInt(), 2 - i);
            const qint64 reset = h.headers.value("x-ratelimit-reset").toLongLong();
            QVERIFY(reset > e->nowSecs() && reset <= e->nowSecs() + 60);
        }
        const Http limited = call(*e, "GET", QStringLiteral("/v2/nothing"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json,
                 QJsonObject({{QStringLiteral("detail"), QStringLiteral("Rate limit exceeded")},
                              {QStringLiteral("error"), false}}));
        const qint64 retry = limited.headers.value("retry-after").toLongLong();
        QVERIFY(retry >= 1 && retry <= 60);
        QCOMPARE(limited.headers.value("x-ratelimit-remaining"), QByteArray("0"));
        e->setRetryAfterAsUnixTime(true);
        const Http unix = call(*e, "GET", QStringLiteral("/v2/nothing"));
        QCOMPARE(unix.status, 429);
        QCOMPARE(unix.headers.value("retry-after"), unix.headers.value("x-ratelimit-reset"));
        QVERIFY(unix.headers.value("retry-after").toLongLong() > 1000000000);
        e->setRateLimit(0);
        const Http off = call(*e, "GET", QStringLiteral("/v2/nothing"));
        QCOMPARE(off.status, 404);
        QVERIFY(!off.headers.contains("x-ratelimit-limit"));
    }

    void failNextAndFailToken()
    {
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        const QByteArray jwt = login(*e, QStringLiteral("alice"), QStringLiteral("pw"));
        const QString a = create(*e, jwt, QStringLiteral("a")).value(QStringLiteral("uuid")).toString();
        const QString b = create(*e, jwt, QStringLiteral("b")).value(QStringLiteral("uuid")).toString();
        e->failNext(2, 503);
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, jwt).status, 503);
        const Http second = call(*e, "GET", QStringLiteral("/v2/nope"));
        QCOMPARE(second.status, 503);
        QVERIFY(second.headers.contains("x-ratelimit-limit"));
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, jwt).status, 200);
        e->failNext(1);
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, jwt).status, 500);

        e->failToken(a, 502);
        for (const QByteArray &verb : {QByteArray("GET"), QByteArray("PATCH"), QByteArray("DELETE")})
            QCOMPARE(call(*e, verb, QStringLiteral("/v2/access-tokens/") + a, R"({"is_active":false})", jwt).status,
                     502);
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens/") + b, {}, jwt).status, 200);
        e->failToken(a, 0);
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens/") + a, {}, jwt).status, 200);
        QCOMPARE(e->tokenCount(QStringLiteral("alice")), 2);
    }

    void failureRate()
    {
        auto statuses = [this](quint32 seed) {
            EmulatorOptions o;
            o.seed = seed;
            o.failureRate = 0.5;
            o.rateLimitPerMinute = 0;
            auto e = start(o);
            QList<int> out;
            for (int i = 0; i < 24; ++i)
                out << call(*e, "GET", QStringLiteral("/v2/x")).status;
            return out;
        };
        const QList<int> first = statuses(42);
        QCOMPARE(statuses(42), first); // seeded: reproducible
        int failures = 0;
        for (int s : first) {
            QVERIFY(s == 404 || s == 500 || s == 502 || s == 503);
            failures += s >= 500 ? 1 : 0;
        }
        QVERIFY2(failures > 0 && failures < 24, qPrintable(QString::number(failures)));
        auto e = start();
        e->setFailureRate(1.0);
        QVERIFY(call(*e, "GET", QStringLiteral("/v2/x")).status >= 500);
        e->setFailureRate(0.0);
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/x")).status, 404);
    }

    void latencyKeepsServerResponsive()
    {
        auto e = start();
        e->setLatency(600);
        QElapsedTimer timer;
        timer.start();
        QNetworkRequest request(QUrl(e->baseUrl().toString() + QStringLiteral("/v2/a")));
        request.setTransferTimeout(10000);
        QNetworkReply *first = m_nam.get(request);
        QNetworkReply *second = m_nam.get(request);
        qint64 firstAt = -1;
        qint64 secondAt = -1;
        connect(first, &QNetworkReply::finished, this, [&] { firstAt = timer.elapsed(); });
        connect(second, &QNetworkReply::finished, this, [&] { secondAt = timer.elapsed(); });
        QTRY_VERIFY_WITH_TIMEOUT(firstAt >= 0 && secondAt >= 0, 8000);
        QVERIFY(qMin(firstAt, secondAt) >= 590);
        // Held back side by side, not one after the other (that would put them 600 ms apart).
        QVERIFY2(qAbs(firstAt - secondAt) < 450, qPrintable(QStringLiteral("%1 / %2 ms").arg(firstAt).arg(secondAt)));
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        first->deleteLater();
        second->deleteLater();

        // A client that gives up, and an emulator destroyed with a reply still held back: no crash.
        QNetworkReply *aborted = m_nam.get(request);
        QTest::qWait(50);
        aborted->abort();
        aborted->deleteLater();
        QNetworkReply *orphan = m_nam.get(request);
        QSignalSpy orphanDone(orphan, &QNetworkReply::finished);
        QTest::qWait(100);
        e.reset();
        QTRY_COMPARE_WITH_TIMEOUT(orphanDone.size(), 1, 5000);
        QVERIFY(orphan->error() != QNetworkReply::NoError);
        orphan->deleteLater();
    }

    // ---- routing -------------------------------------------------------------------------------------------------
    void routes_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown") << QByteArray("GET") << QStringLiteral("/v2/repositories") << 404;
        QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << 404;
        QTest::newRow("deep") << QByteArray("GET") << QStringLiteral("/v2/access-tokens/a/b") << 404;
        QTest::newRow("login GET") << QByteArray("GET") << QStringLiteral("/v2/users/login") << 405;
        QTest::newRow("2fa PUT") << QByteArray("PUT") << QStringLiteral("/v2/users/2fa-login/") << 405;
        QTest::newRow("auth GET") << QByteArray("GET") << QStringLiteral("/v2/auth/token") << 405;
        QTest::newRow("tokens DELETE") << QByteArray("DELETE") << QStringLiteral("/v2/access-tokens") << 405;
        QTest::newRow("token POST") << QByteArray("POST") << QStringLiteral("/v2/access-tokens/abc") << 405;
        QTest::newRow("token PUT") << QByteArray("PUT") << QStringLiteral("/v2/access-tokens/abc/") << 405;
        QTest::newRow("list no auth") << QByteArray("GET") << QStringLiteral("/v2/access-tokens/") << 401;
        QTest::newRow("login slash") << QByteArray("POST") << QStringLiteral("/v2/users/login/") << 400;
    }
    void routes()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        auto e = start();
        const Http h = call(*e, verb, path, verb == "GET" ? QByteArray() : QByteArray("{"));
        QCOMPARE(h.status, status);
        QVERIFY2(!h.json.isEmpty(), h.body.constData()); // always a JSON body
        QVERIFY(h.headers.value("content-type").startsWith("application/json"));
        QVERIFY(h.headers.contains("x-ratelimit-reset"));
        if (status == 405)
            QVERIFY(h.headers.contains("allow"));
    }

    // ---- data --------------------------------------------------------------------------------------------------
    void seedDemoContents()
    {
        auto e = start();
        e->seedDemo();
        QVERIFY(e->hasAccount(QStringLiteral("demo")));
        QVERIFY(e->hasAccount(QStringLiteral("demo2fa")));
        QVERIFY(!login(*e, QStringLiteral("demo"), QStringLiteral("demo")).isEmpty());
        const Http twoFa = post(*e, QStringLiteral("/v2/users/login"),
                                {{QStringLiteral("username"), QStringLiteral("demo2fa")},
                                 {QStringLiteral("password"), QStringLiteral("demo")}});
        QVERIFY(twoFa.json.contains(QStringLiteral("login_2fa_token")));
        QVERIFY(e->tokenCount(QStringLiteral("demo2fa")) >= 3);

        const QList<QJsonObject> tokens = e->tokens(QStringLiteral("demo"));
        QVERIFY2(tokens.size() >= 22 && tokens.size() <= 30, qPrintable(QString::number(tokens.size())));
        const qint64 now = emu::EmuRfc3339::toUsecs(QDateTime::currentDateTimeUtc());
        const qint64 day = 86400LL * 1000000;
        QSet<QString> scopes;
        int active = 0, inactive = 0, expired = 0, expiringThisWeek = 0, neverUsed = 0, usedToday = 0, usedLongAgo = 0;
        int legacy = 0, expiresEmpty = 0, expiresNull = 0, expiresAbsent = 0, autoGenerated = 0, japanese = 0,
            chinese = 0;
        for (const QJsonObject &t : tokens) {
            QVERIFY(TimestampRe.match(t.value(QStringLiteral("created_at")).toString()).hasMatch());
            QVERIFY(emu::EmuValidation::characterCount(t.value(QStringLiteral("token_label")).toString()) <= 100);
            QCOMPARE(t.value(QStringLiteral("token")).toString(), QString());
            for (const QJsonValue &s : t.value(QStringLiteral("scopes")).toArray())
                scopes.insert(s.toString());
            (t.value(QStringLiteral("is_active")).toBool() ? active : inactive)++;
            const QJsonValue exp = t.value(QStringLiteral("expires_at"));
            qint64 expUsecs = 0;
            if (exp.isUndefined()) {
                ++expiresAbsent;
            } else if (exp.isNull()) {
                ++expiresNull;
            } else if (exp.toString().isEmpty()) {
                ++expiresEmpty;
            } else {
                QVERIFY(emu::EmuRfc3339::parse(exp.toString(), &expUsecs));
                if (expUsecs <= now)
                    ++expired;
                else if (expUsecs < now + 7 * day)
                    ++expiringThisWeek;
            }
            const QJsonValue used = t.value(QStringLiteral("last_used"));
            qint64 usedUsecs = 0;
            if (used.isNull()) {
                ++neverUsed;
            } else {
                QVERIFY(emu::EmuRfc3339::parse(used.toString(), &usedUsecs));
                if (usedUsecs > now - day)
                    ++usedToday;
                else if (usedUsecs < now - 365 * day)
                    ++usedLongAgo;
            }
            if (!t.contains(QStringLiteral("scopes")) && !t.contains(QStringLiteral("expires_at")))
                ++legacy;
            if (t.value(QStringLiteral("generated_by")).toString() != QLatin1String("manual")) {
                ++autoGenerated;
                QCOMPARE(t.value(QStringLiteral("scopes")).toArray(), QJsonArray{QStringLiteral("repo:admin")});
            }
            const QString label = t.value(QStringLiteral("token_label")).toString();
            if (label.contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}]"))))
                ++japanese;
            else if (label.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))))
                ++chinese;
        }
        QCOMPARE(scopes,
                 QSet<QString>({QStringLiteral("repo:admin"), QStringLiteral("repo:write"), QStringLiteral("repo:read"),
                                QStringLiteral("repo:public_read")}));
        QVERIFY(active > 0 && inactive > 0);
        QVERIFY(expired > 0);
        QVERIFY(expiringThisWeek > 0);
        QVERIFY(neverUsed > 0 && usedToday > 0 && usedLongAgo > 0);
        QVERIFY(legacy > 0);
        QVERIFY(expiresEmpty > 0 && expiresNull > 0 && expiresAbsent > legacy);
        QVERIFY(autoGenerated > 0 && autoGenerated <= 5);
        QVERIFY(japanese > 0 && chinese > 0);

        // Seeded secrets are not kept in the clear: signing in with one works, listing never shows it.
        e->addToken(QStringLiteral("demo"), SeedToken{});
        const QString secret = e->lastSeededSecret();
        QVERIFY(emu::EmuSecret::looksLikeSecret(secret));
        const QByteArray jwt = login(*e, QStringLiteral("demo"), QStringLiteral("demo"));
        const Http all = call(*e, "GET", QStringLiteral("/v2/access-tokens?page_size=100"), {}, jwt);
        QVERIFY(!all.body.contains(secret.toLatin1()));
        QVERIFY(!login(*e, QStringLiteral("demo"), secret).isEmpty());
        e->clearTokens(QStringLiteral("demo"));
        QCOMPARE(e->tokenCount(QStringLiteral("demo")), 0);
        QVERIFY(e->tokenCount(QStringLiteral("demo2fa")) >= 3);
    }

    void stateFileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EmulatorOptions o;
        o.stateFile = dir.filePath(QStringLiteral("state.json"));
        QString secret;
        QString uuid;
        QByteArray oldJwt;
        {
            auto first = start(o);
            QVERIFY(first->stateError().isEmpty());
            first->seedDemo();
            oldJwt = login(*first, QStringLiteral("demo"), QStringLiteral("demo"));
            const QJsonObject made = create(*first, oldJwt, QStringLiteral("persisted"));
            secret = made.value(QStringLiteral("token")).toString();
            uuid = made.value(QStringLiteral("uuid")).toString();
            QVERIFY(!secret.isEmpty());
            QCOMPARE(call(*first, "PATCH", QStringLiteral("/v2/access-tokens/") + uuid,
                          R"({"token_label":"persisted 2"})", oldJwt)
                         .status,
                     200);
        }
        QFile file(o.stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("persisted 2"));
        QVERIFY(!saved.contains(secret.toLatin1())); // only a hash
        QVERIFY(saved.contains(emu::EmuSecret::hash(secret)));
        QVERIFY(!saved.contains("\"password\""));

        auto second = start(o);
        QVERIFY(second->stateError().isEmpty());
        QVERIFY(second->hasAccount(QStringLiteral("demo2fa")));
        QCOMPARE(second->tokenCount(QStringLiteral("demo")), 27);
        // Same JWT key: the old session still works.
        const Http got = call(*second, "GET", QStringLiteral("/v2/access-tokens/") + uuid, {}, oldJwt);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json.value(QStringLiteral("token_label")).toString(), QStringLiteral("persisted 2"));
        QVERIFY(!login(*second, QStringLiteral("demo"), QStringLiteral("demo")).isEmpty());
        QVERIFY(!login(*second, QStringLiteral("demo"), secret).isEmpty());
        QCOMPARE(second->tokens(QStringLiteral("demo")), [&] {
            auto third = start(o);
            return third->tokens(QStringLiteral("demo"));
        }());

        // A broken state file: listen() refuses with a message.
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ nope");
        broken.close();
        EmulatorOptions bad;
        bad.stateFile = broken.fileName();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot load the state file.*broken\\.json")));
        HubEmulator refused(bad);
        QString error;
        QVERIFY(!refused.listen(&error));
        QVERIFY(error.contains(QStringLiteral("broken.json")));
    }

    void listenOnLoopbackOnly()
    {
        auto e = start();
        QVERIFY(e->port() != 0);
        QCOMPARE(e->baseUrl().host(), QStringLiteral("127.0.0.1"));
        EmulatorOptions taken;
        taken.port = e->port();
        HubEmulator second(taken);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("listen failed")));
        QString error;
        QVERIFY(!second.listen(&error));
        QVERIFY(!error.isEmpty());
        const int before = e->requestCount();
        call(*e, "GET", QStringLiteral("/x"));
        QCOMPARE(e->requestCount(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorServer)
#include "tst_emulator_server.moc"
