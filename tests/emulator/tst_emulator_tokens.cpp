// Tests of the Hub emulator's token API: timestamps, pages and secrets directly, then the request checks, the
// life of a token and the list through QNetworkAccessManager against a real loopback server.

#include "EmuPagination.h"
#include "EmuRfc3339.h"
#include "EmuSecret.h"
#include "EmulatorTestSupport.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace EmulatorTest;

class TestEmulatorTokens : public EmulatorTestCase {
    Q_OBJECT

private slots:
    // ---- building blocks -----------------------------------------------------------------------------------------
    void rfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("usecs");
        QTest::newRow("micro Z") << QStringLiteral("2024-05-01T12:00:00.123456Z") << true << qint64(1714564800123456);
        QTest::newRow("no fraction") << QStringLiteral("2024-05-01T12:00:00Z") << true << qint64(1714564800000000);
        QTest::newRow("offset") << QStringLiteral("2024-05-01T14:00:00+02:00") << true << qint64(1714564800000000);
        QTest::newRow("nanos") << QStringLiteral("2024-05-01T12:00:00.1234567Z") << true << qint64(1714564800123456);
        QTest::newRow("no zone") << QStringLiteral("2024-05-01T12:00:00") << false << qint64(0);
        QTest::newRow("date only") << QStringLiteral("2024-05-01") << false << qint64(0);
        QTest::newRow("bad month") << QStringLiteral("2024-13-01T12:00:00Z") << false << qint64(0);
        QTest::newRow("feb 30") << QStringLiteral("2024-02-30T12:00:00Z") << false << qint64(0);
        QTest::newRow("text") << QStringLiteral("tomorrow") << false << qint64(0);
    }
    void rfc3339()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, usecs);
        qint64 parsed = 0;
        QCOMPARE(emu::EmuRfc3339::parse(text, &parsed), valid);
        if (valid) {
            QCOMPARE(parsed, usecs);
            QVERIFY(TimestampRe.match(emu::EmuRfc3339::format(parsed)).hasMatch());
            qint64 again = 0;
            QVERIFY(emu::EmuRfc3339::parse(emu::EmuRfc3339::format(parsed), &again));
            QCOMPARE(again, parsed);
        }
        QCOMPARE(emu::EmuRfc3339::format(1714564800123456), QStringLiteral("2024-05-01T12:00:00.123456Z"));
    }

    void pagination_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("page"); // "-" : absent
        QTest::addColumn<QString>("pageSize"); // "-" : absent
        QTest::addColumn<int>("status"); // EmuPagination::Status
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("lastPage");
        QTest::addColumn<bool>("hasNext");
        QTest::addColumn<bool>("hasPrevious");
        using S = emu::EmuPagination::Status;
        QTest::newRow("empty, defaults") << 0 << "-"
                                         << "-" << int(S::Ok) << 0 << 0 << 1 << false << false;
        QTest::newRow("empty, page 2") << 0 << "2"
                                       << "-" << int(S::PastEnd) << 0 << 0 << 1 << false << false;
        QTest::newRow("25 default size p1") << 25 << "-"
                                            << "-" << int(S::Ok) << 0 << 10 << 3 << true << false;
        QTest::newRow("25 default size p3") << 25 << "3"
                                            << "-" << int(S::Ok) << 20 << 5 << 3 << false << true;
        QTest::newRow("25 p4 past end") << 25 << "4"
                                        << "-" << int(S::PastEnd) << 0 << 0 << 3 << false << false;
        QTest::newRow("exact fit") << 20 << "2"
                                   << "10" << int(S::Ok) << 10 << 10 << 2 << false << true;
        QTest::newRow("clamped 500") << 250 << "2"
                                     << "500" << int(S::Ok) << 100 << 100 << 3 << true << true;
        QTest::newRow("size 1") << 3 << "2"
                                << "1" << int(S::Ok) << 1 << 1 << 3 << true << true;
        QTest::newRow("page 0") << 5 << "0"
                                << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("page -1") << 5 << "-1"
                                 << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("page abc") << 5 << "abc"
                                  << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("page empty") << 5 << ""
                                    << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("page 1.5") << 5 << "1.5"
                                  << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("size 0") << 5 << "1"
                                << "0" << int(S::BadPageSize) << 0 << 0 << 1 << false << false;
        QTest::newRow("size x") << 5 << "1"
                                << "x" << int(S::BadPageSize) << 0 << 0 << 1 << false << false;
    }
    void pagination()
    {
        QFETCH(int, total);
        QFETCH(QString, page);
        QFETCH(QString, pageSize);
        QFETCH(int, status);
        auto opt = [](const QString &s) { return s == QLatin1String("-") ? std::nullopt : std::optional<QString>(s); };
        const auto p = emu::EmuPagination::compute(total, opt(page), opt(pageSize));
        QCOMPARE(int(p.status), status);
        if (p.status != emu::EmuPagination::Status::Ok)
            return;
        QTEST(p.first, "first");
        QTEST(p.count, "count");
        QTEST(p.lastPage, "lastPage");
        QTEST(p.hasNext, "hasNext");
        QTEST(p.hasPrevious, "hasPrevious");
    }

    void secrets()
    {
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const QString s = emu::EmuSecret::generate();
            QVERIFY2(emu::EmuSecret::looksLikeSecret(s), qPrintable(s));
            QCOMPARE(s.size(), 9 + 27);
            seen.insert(s);
        }
        QCOMPARE(seen.size(), 500);
        QCOMPARE(emu::EmuSecret::hash(QStringLiteral("abc")),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("badField"); // empty: valid
        const qint64 day = 86400;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto iso = [](const QDateTime &t) { return t.toString(Qt::ISODateWithMs).toLatin1(); };
        QTest::newRow("valid") << QByteArray(R"({"token_label":"ok","scopes":["repo:read"]})") << QString();
        QTest::newRow("valid all scopes")
            << QByteArray(R"({"token_label":"ok","scopes":["repo:admin","repo:write","repo:read","repo:public_read"]})")
            << QString();
        QTest::newRow("valid expiry") << createBody("ok", iso(now.addSecs(30 * day))) << QString();
        QTest::newRow("valid null expiry")
            << QByteArray(R"({"token_label":"ok","scopes":["repo:read"],"expires_at":null})") << QString();
        QTest::newRow("valid 100 chars") << createBody(QByteArray(100, 'x')) << QString();
        QTest::newRow("valid 100 CJK") << createBody(QString(100, QChar(0x672c)).toUtf8()) << QString();
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUcs4(U"\U0001F680");
        QTest::newRow("valid 100 emoji") << createBody(emoji.toUtf8()) << QString();
        QTest::newRow("label missing") << QByteArray(R"({"scopes":["repo:read"]})") << QStringLiteral("token_label");
        QTest::newRow("label empty") << QByteArray(R"({"token_label":"","scopes":["repo:read"]})")
                                     << QStringLiteral("token_label");
        QTest::newRow("label blank") << QByteArray(R"({"token_label":"   ","scopes":["repo:read"]})")
                                     << QStringLiteral("token_label");
        QTest::newRow("label 101") << createBody(QByteArray(101, 'x')) << QStringLiteral("token_label");
        QTest::newRow("label 101 CJK") << createBody(QString(101, QChar(0x672c)).toUtf8())
                                       << QStringLiteral("token_label");
        QTest::newRow("label number") << QByteArray(R"({"token_label":5,"scopes":["repo:read"]})")
                                      << QStringLiteral("token_label");
        QTest::newRow("scopes missing") << QByteArray(R"({"token_label":"a"})") << QStringLiteral("scopes");
        QTest::newRow("scopes empty") << QByteArray(R"({"token_label":"a","scopes":[]})") << QStringLiteral("scopes");
        QTest::newRow("scopes string") << QByteArray(R"({"token_label":"a","scopes":"repo:read"})")
                                       << QStringLiteral("scopes");
        QTest::newRow("scope unknown") << QByteArray(R"({"token_label":"a","scopes":["repo:everything"]})")
                                       << QStringLiteral("scopes");
        QTest::newRow("scope number") << QByteArray(R"({"token_label":"a","scopes":[1]})") << QStringLiteral("scopes");
        QTest::newRow("expiry past") << createBody("a", iso(now.addSecs(-day))) << QStringLiteral("expires_at");
        QTest::newRow("expiry > 1 year") << createBody("a", iso(now.addYears(1).addDays(1)))
                                         << QStringLiteral("expires_at");
        QTest::newRow("expiry garbage") << QByteArray(
            R"({"token_label":"a","scopes":["repo:read"],"expires_at":"soon"})")
                                        << QStringLiteral("expires_at");
        QTest::newRow("expiry empty") << QByteArray(R"({"token_label":"a","scopes":["repo:read"],"expires_at":""})")
                                      << QStringLiteral("expires_at");
        QTest::newRow("expiry number") << QByteArray(R"({"token_label":"a","scopes":["repo:read"],"expires_at":17})")
                                       << QStringLiteral("expires_at");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("*");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("*");
        QTest::newRow("empty body") << QByteArray(" ") << QStringLiteral("*");
    }
    void createValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, badField);
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        const QByteArray jwt = login(*e, QStringLiteral("alice"), QStringLiteral("pw"));
        QVERIFY(!jwt.isEmpty());
        const Http h = call(*e, "POST", QStringLiteral("/v2/access-tokens"), body, jwt);
        if (badField.isEmpty()) {
            QCOMPARE(h.status, 201);
            QVERIFY(emu::EmuSecret::looksLikeSecret(h.json.value(QStringLiteral("token")).toString()));
            QCOMPARE(e->tokenCount(QStringLiteral("alice")), 1);
            return;
        }
        QCOMPARE(h.status, 400);
        QVERIFY(h.json.value(QStringLiteral("fields")).isObject());
        QVERIFY(h.json.value(QStringLiteral("text")).isString());
        QVERIFY(!h.json.value(QStringLiteral("text")).toString().isEmpty());
        if (badField != QLatin1String("*"))
            QVERIFY2(!h.fieldErrors(badField).isEmpty(), h.body.constData());
        QCOMPARE(e->tokenCount(QStringLiteral("alice")), 0);
    }

    void patchValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("expiredToken");
        QTest::addColumn<int>("status");
        QTest::newRow("label") << QByteArray(R"({"token_label":"renamed"})") << false << 200;
        QTest::newRow("deactivate") << QByteArray(R"({"is_active":false})") << false << 200;
        QTest::newRow("scopes") << QByteArray(R"({"scopes":["repo:admin"]})") << false << 200;
        QTest::newRow("empty object") << QByteArray("{}") << false << 200;
        QTest::newRow("label empty") << QByteArray(R"({"token_label":""})") << false << 400;
        QTest::newRow("label 101") << ("{\"token_label\":\"" + QByteArray(101, 'y') + "\"}") << false << 400;
        QTest::newRow("is_active string") << QByteArray(R"({"is_active":"false"})") << false << 400;
        QTest::newRow("is_active number") << QByteArray(R"({"is_active":0})") << false << 400;
        QTest::newRow("scopes empty") << QByteArray(R"({"scopes":[]})") << false << 400;
        QTest::newRow("scopes bad") << QByteArray(R"({"scopes":["root"]})") << false << 400;
        QTest::newRow("expires_at") << QByteArray(R"({"expires_at":null})") << false << 400;
        QTest::newRow("malformed") << QByteArray(R"({"is_active":)") << false << 400;
        QTest::newRow("string body") << QByteArray(R"("x")") << false << 400;
        QTest::newRow("expired: rename") << QByteArray(R"({"token_label":"renamed"})") << true << 200;
        QTest::newRow("expired: deactivate") << QByteArray(R"({"is_active":false})") << true << 200;
        QTest::newRow("expired: activate") << QByteArray(R"({"is_active":true})") << true << 400;
        QTest::newRow("expired: new scopes") << QByteArray(R"({"scopes":["repo:admin"]})") << true << 400;
        QTest::newRow("expired: same scopes") << QByteArray(R"({"scopes":["repo:read"]})") << true << 200;
    }
    void patchValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, expiredToken);
        QFETCH(int, status);
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        SeedToken seed;
        seed.label = QStringLiteral("t");
        seed.scopes = {QStringLiteral("repo:read")};
        seed.active = !expiredToken;
        if (expiredToken)
            seed.expiresAt =
                emu::EmuRfc3339::format(emu::EmuRfc3339::toUsecs(QDateTime::currentDateTimeUtc().addDays(-1)));
        const QString uuid = e->addToken(QStringLiteral("alice"), seed);
        const QByteArray jwt = login(*e, QStringLiteral("alice"), QStringLiteral("pw"));
        const Http h = call(*e, "PATCH", QStringLiteral("/v2/access-tokens/") + uuid, body, jwt);
        QCOMPARE(h.status, status);
        if (status == 400) {
            QVERIFY(h.json.value(QStringLiteral("fields")).isObject());
            QVERIFY(h.json.value(QStringLiteral("text")).isString());
            QCOMPARE(e->tokens(QStringLiteral("alice")).constFirst().value(QStringLiteral("token_label")).toString(),
                     QStringLiteral("t"));
        } else {
            QCOMPARE(h.json.value(QStringLiteral("uuid")).toString(), uuid);
            QCOMPARE(h.json.value(QStringLiteral("token")).toString(), QString());
        }
    }

    // ---- the token API -------------------------------------------------------------------------------------------
    void tokenLifecycle()
    {
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        e->addAccount(QStringLiteral("bob"), QStringLiteral("pw"));
        const QByteArray jwt = login(*e, QStringLiteral("alice"), QStringLiteral("pw"));
        const QByteArray bobJwt = login(*e, QStringLiteral("bob"), QStringLiteral("pw"));
        const QString expires =
            emu::EmuRfc3339::format(emu::EmuRfc3339::toUsecs(QDateTime::currentDateTimeUtc().addDays(30)));
        const Http made = call(*e, "POST", QStringLiteral("/v2/access-tokens/"),
                               toJson({{QStringLiteral("token_label"), QStringLiteral("本番環境の CI")},
                                       {QStringLiteral("scopes"), QJsonArray{QStringLiteral("repo:write")}},
                                       {QStringLiteral("expires_at"), expires}}),
                               jwt, "MyClient/2.0");
        QCOMPARE(made.status, 201);
        const QJsonObject t = made.json;
        const QString uuid = t.value(QStringLiteral("uuid")).toString();
        QVERIFY(!QUuid::fromString(uuid).isNull());
        QCOMPARE(t.value(QStringLiteral("client_id")).toString(), QStringLiteral("HUB"));
        QCOMPARE(t.value(QStringLiteral("creator_ip")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(t.value(QStringLiteral("creator_ua")).toString(), QStringLiteral("MyClient/2.0"));
        QVERIFY(TimestampRe.match(t.value(QStringLiteral("created_at")).toString()).hasMatch());
        QVERIFY(t.value(QStringLiteral("last_used")).isNull());
        QCOMPARE(t.value(QStringLiteral("generated_by")).toString(), QStringLiteral("manual"));
        QCOMPARE(t.value(QStringLiteral("is_active")), QJsonValue(true));
        QVERIFY(emu::EmuSecret::looksLikeSecret(t.value(QStringLiteral("token")).toString()));
        QCOMPARE(t.value(QStringLiteral("token_label")).toString(), QStringLiteral("本番環境の CI"));
        QCOMPARE(t.value(QStringLiteral("scopes")).toArray(), QJsonArray{QStringLiteral("repo:write")});
        QCOMPARE(t.value(QStringLiteral("expires_at")).toString(), expires);
        // Without an expiry: null.
        QVERIFY(create(*e, jwt, QStringLiteral("no expiry")).value(QStringLiteral("expires_at")).isNull());

        const Http got = call(*e, "GET", QStringLiteral("/v2/access-tokens/") + uuid, {}, jwt);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json.value(QStringLiteral("token")).toString(), QString());
        QJsonObject expected = t;
        expected.insert(QStringLiteral("token"), QString());
        QCOMPARE(got.json, expected);
        QVERIFY(!got.body.contains(t.value(QStringLiteral("token")).toString().toLatin1()));

        const Http list = call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, jwt);
        QVERIFY(!list.body.contains("dckr_pat_"));

        const Http patched = call(*e, "PATCH", QStringLiteral("/v2/access-tokens/") + uuid,
                                  R"({"token_label":"renamed","is_active":false,"scopes":["repo:admin"]})", jwt);
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json.value(QStringLiteral("token_label")).toString(), QStringLiteral("renamed"));
        QCOMPARE(patched.json.value(QStringLiteral("is_active")), QJsonValue(false));
        QCOMPARE(patched.json.value(QStringLiteral("scopes")).toArray(), QJsonArray{QStringLiteral("repo:admin")});
        QCOMPARE(patched.json.value(QStringLiteral("token")).toString(), QString());

        // Another account sees 404 for every call on alice's token.
        for (const QByteArray &verb : {QByteArray("GET"), QByteArray("PATCH"), QByteArray("DELETE")}) {
            const Http other =
                call(*e, verb, QStringLiteral("/v2/access-tokens/") + uuid, R"({"is_active":true})", bobJwt);
            QCOMPARE(other.status, 404);
            QVERIFY(other.isErrorShape());
        }
        const Http gone0 =
            call(*e, "GET", QStringLiteral("/v2/access-tokens/00000000-0000-0000-0000-000000000000"), {}, jwt);
        QCOMPARE(gone0.status, 404);

        const Http deleted =
            call(*e, "DELETE", QStringLiteral("/v2/access-tokens/") + uuid + QLatin1Char('/'), {}, jwt);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens/") + uuid, {}, jwt).status, 404);
        QCOMPARE(call(*e, "DELETE", QStringLiteral("/v2/access-tokens/") + uuid, {}, jwt).status, 404);
        QCOMPARE(e->tokenCount(QStringLiteral("alice")), 1);
    }

    void listing()
    {
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        const QByteArray jwt = login(*e, QStringLiteral("alice"), QStringLiteral("pw"));
        const Http empty = call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, jwt);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json.value(QStringLiteral("count")).toInt(), 0);
        QCOMPARE(empty.json.value(QStringLiteral("results")).toArray(), QJsonArray());
        QVERIFY(empty.json.value(QStringLiteral("next")).isNull());
        QVERIFY(empty.json.value(QStringLiteral("previous")).isNull());
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens?page=2"), {}, jwt).status, 404);

        e->seedBulk(QStringLiteral("alice"), 25);
        QCOMPARE(e->tokenCount(QStringLiteral("alice")), 25);
        const Http p1 = call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, jwt);
        QCOMPARE(p1.status, 200);
        QCOMPARE(p1.json.value(QStringLiteral("count")).toInt(), 25);
        QCOMPARE(p1.json.value(QStringLiteral("results")).toArray().size(), 10);
        const QString base = e->baseUrl().toString();
        QCOMPARE(p1.json.value(QStringLiteral("next")).toString(),
                 base + QStringLiteral("/v2/access-tokens?page=2&page_size=10"));
        QVERIFY(p1.json.value(QStringLiteral("previous")).isNull());
        int active = 0;
        for (const QJsonObject &t : e->tokens(QStringLiteral("alice")))
            active += t.value(QStringLiteral("is_active")).toBool() ? 1 : 0;
        QCOMPARE(p1.json.value(QStringLiteral("active_count")).toInt(), active);
        QVERIFY(active < 25);

        const Http p3 = call(*e, "GET", QStringLiteral("/v2/access-tokens/?page=3&page_size=10"), {}, jwt);
        QCOMPARE(p3.status, 200);
        QCOMPARE(p3.json.value(QStringLiteral("results")).toArray().size(), 5);
        QVERIFY(p3.json.value(QStringLiteral("next")).isNull());
        QCOMPARE(p3.json.value(QStringLiteral("previous")).toString(),
                 base + QStringLiteral("/v2/access-tokens?page=2&page_size=10"));
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens?page=4"), {}, jwt).status, 404);

        // Walking every page with an odd page size gives every token once, newest first.
        QStringList seen;
        QString previousCreated;
        QString url = QStringLiteral("/v2/access-tokens?page_size=7");
        while (!url.isEmpty()) {
            const Http h = call(*e, "GET", url, {}, jwt);
            QCOMPARE(h.status, 200);
            for (const QJsonValue &v : h.json.value(QStringLiteral("results")).toArray()) {
                const QJsonObject t = v.toObject();
                seen << t.value(QStringLiteral("uuid")).toString();
                QCOMPARE(t.value(QStringLiteral("token")).toString(), QString());
                const QString created = t.value(QStringLiteral("created_at")).toString();
                if (!previousCreated.isEmpty())
                    QVERIFY(created <= previousCreated);
                previousCreated = created;
            }
            const QJsonValue next = h.json.value(QStringLiteral("next"));
            url =
                next.isNull() ? QString() : QUrl(next.toString()).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);

        e->seedBulk(QStringLiteral("alice"), 100);
        const Http big = call(*e, "GET", QStringLiteral("/v2/access-tokens?page_size=1000"), {}, jwt);
        QCOMPARE(big.status, 200);
        QCOMPARE(big.json.value(QStringLiteral("results")).toArray().size(), 100);
        QCOMPARE(big.json.value(QStringLiteral("next")).toString(),
                 base + QStringLiteral("/v2/access-tokens?page=2&page_size=100"));

        for (const char *query : {"page=0", "page=-1", "page=abc", "page_size=0", "page_size=x", "page="}) {
            const Http bad = call(*e, "GET", QStringLiteral("/v2/access-tokens?") + QLatin1String(query), {}, jwt);
            QVERIFY2(bad.status == 400, query);
            QVERIFY(bad.json.value(QStringLiteral("fields")).isObject());
        }
    }
};

QTEST_GUILESS_MAIN(TestEmulatorTokens)
#include "tst_emulator_tokens.moc"
