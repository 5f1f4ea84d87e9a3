// Tests of the Hub emulator's sign-in side: TOTP and JWT directly, then the sign-in routes, sessions, bearers and
// the lockout through QNetworkAccessManager against a real loopback server.

#include "EmuJwt.h"
#include "EmuRfc3339.h"
#include "EmuSecret.h"
#include "EmuTotp.h"
#include "EmulatorTestSupport.h"

#include <QTest>

using namespace EmulatorTest;

class TestEmulatorAuth : public EmulatorTestCase {
    Q_OBJECT

private slots:
    // ---- building blocks -----------------------------------------------------------------------------------------
    void totpVectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("eightDigits");
        // RFC 6238 appendix B, SHA1.
        QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
    }
    void totpVectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, eightDigits);
        const QByteArray key("12345678901234567890");
        QCOMPARE(emu::EmuTotp::code(key, time, 8), eightDigits);
        QCOMPARE(HubEmulator::totpCode(Base32Rfc, time), eightDigits.right(6));
        QVERIFY(emu::EmuTotp::verify(key, eightDigits.right(6), time));
        QVERIFY(emu::EmuTotp::verify(key, eightDigits.right(6), time + 30)); // the previous step is accepted
        QVERIFY(!emu::EmuTotp::verify(key, eightDigits.right(6), time + 60));
        QVERIFY(!emu::EmuTotp::verify(key, eightDigits.right(6), time - 30)); // a future code is not
    }

    void base32()
    {
        bool ok = false;
        QCOMPARE(emu::EmuTotp::base32Decode(QStringLiteral("JBSWY3DPEHPK3PXP"), &ok),
                 QByteArray("Hello!\xde\xad\xbe\xef"));
        QVERIFY(ok);
        QCOMPARE(emu::EmuTotp::base32Decode(QStringLiteral("jbsw y3dp ehpk 3pxp"), &ok),
                 QByteArray("Hello!\xde\xad\xbe\xef"));
        QVERIFY(ok);
        QCOMPARE(emu::EmuTotp::base32Decode(Base32Rfc, &ok), QByteArray("12345678901234567890"));
        emu::EmuTotp::base32Decode(QStringLiteral("JBSW1"), &ok);
        QVERIFY(!ok);
        QCOMPARE(emu::EmuTotp::base32Encode("12345678901234567890"), Base32Rfc);
    }

    void jwtSignVerify()
    {
        const QByteArray key = emu::EmuSecret::randomBytes(32);
        const QJsonObject claims{{QStringLiteral("exp"), 2000}, {QStringLiteral("sub"), QStringLiteral("x")}};
        const QByteArray jwt = emu::EmuJwt::sign(claims, key);
        QCOMPARE(jwt.count('.'), 2);
        QJsonObject out;
        QCOMPARE(emu::EmuJwt::verify(jwt, key, 1999, &out), emu::EmuJwt::Result::Valid);
        QCOMPARE(out, claims);
        QCOMPARE(emu::EmuJwt::verify(jwt, key, 2000), emu::EmuJwt::Result::Expired);
        QCOMPARE(emu::EmuJwt::verify(jwt, emu::EmuSecret::randomBytes(32), 1000), emu::EmuJwt::Result::BadSignature);
        // Same signature, different payload.
        const QList<QByteArray> parts = jwt.split('.');
        const QByteArray otherPayload = emu::EmuJwt::base64Url(R"({"exp":999999,"sub":"admin"})");
        QCOMPARE(emu::EmuJwt::verify(parts[0] + '.' + otherPayload + '.' + parts[2], key, 1000),
                 emu::EmuJwt::Result::BadSignature);
        // "alg":"none" is refused.
        const QByteArray none =
            emu::EmuJwt::base64Url(R"({"alg":"none","typ":"JWT"})") + '.' + parts[1] + '.' + parts[2];
        QCOMPARE(emu::EmuJwt::verify(none, key, 1000), emu::EmuJwt::Result::BadSignature);
    }

    void jwtMalformed_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one part") << QByteArray("abc");
        QTest::newRow("two parts") << QByteArray("abc.def");
        QTest::newRow("four parts") << QByteArray("a.b.c.d");
        QTest::newRow("not base64") << QByteArray("***.***.***");
        QTest::newRow("not json") << (emu::EmuJwt::base64Url("nope") + '.' + emu::EmuJwt::base64Url("{}") + ".AAAA");
        QTest::newRow("raw PAT") << QByteArray("dckr_pat_abcdefghijklmnopqrstuvwxyz0");
    }
    void jwtMalformed()
    {
        QFETCH(QByteArray, token);
        QCOMPARE(emu::EmuJwt::verify(token, "key", 0), emu::EmuJwt::Result::Malformed);
    }

    // ---- signing in ----------------------------------------------------------------------------------------------
    void passwordLogin()
    {
        EmulatorOptions o;
        o.sessionLifetimeSecs = 1234;
        auto e = start(o);
        e->addAccount(QStringLiteral("alice"), QStringLiteral("s3cret"));
        const Http ok = post(*e, QStringLiteral("/v2/users/login"),
                             {{QStringLiteral("username"), QStringLiteral("alice")},
                              {QStringLiteral("password"), QStringLiteral("s3cret")}});
        QCOMPARE(ok.status, 200);
        const QByteArray jwt = ok.json.value(QStringLiteral("token")).toString().toLatin1();
        const QJsonObject claims = emu::EmuJwt::peekClaims(jwt);
        for (const char *claim : {"exp", "iat", "iss", "aud", "jti", "scope"})
            QVERIFY2(claims.contains(QLatin1String(claim)), claim);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(),
                 1234);
        const QJsonObject hub = claims.value(QStringLiteral("https://hub.docker.com")).toObject();
        QCOMPARE(hub.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        for (const char *field : {"uuid", "email", "session_id", "source"})
            QVERIFY2(!hub.value(QLatin1String(field)).toString().isEmpty(), field);
        QCOMPARE(hub.value(QStringLiteral("source")).toString(), QStringLiteral("password"));
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, jwt).status, 200);

        const Http bad = post(*e, QStringLiteral("/v2/users/login"),
                              {{QStringLiteral("username"), QStringLiteral("alice")},
                               {QStringLiteral("password"), QStringLiteral("nope")}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.json,
                 QJsonObject({{QStringLiteral("detail"), QStringLiteral("Incorrect authentication credentials")}}));
        const Http nobody = post(*e, QStringLiteral("/v2/users/login"),
                                 {{QStringLiteral("username"), QStringLiteral("bob")},
                                  {QStringLiteral("password"), QStringLiteral("s3cret")}});
        QCOMPARE(nobody.status, 401);
        const Http malformed = call(*e, "POST", QStringLiteral("/v2/users/login"), "{not json");
        QCOMPARE(malformed.status, 400);
        const Http wrongType = post(*e, QStringLiteral("/v2/users/login"),
                                    {{QStringLiteral("username"), 5}, {QStringLiteral("password"), true}});
        QCOMPARE(wrongType.status, 400);
        QVERIFY(!wrongType.fieldErrors(QStringLiteral("username")).isEmpty());
    }

    void twoFactorLogin()
    {
        auto e = start();
        const QString secret = QStringLiteral("JBSWY3DPEHPK3PXP");
        e->addAccount(QStringLiteral("carol"), QStringLiteral("pw"), secret);
        e->addAccount(QStringLiteral("dave"), QStringLiteral("pw"), secret);
        const Http first = post(*e, QStringLiteral("/v2/users/login"),
                                {{QStringLiteral("username"), QStringLiteral("carol")},
                                 {QStringLiteral("password"), QStringLiteral("pw")}});
        QCOMPARE(first.status, 401);
        QCOMPARE(first.detail(), QStringLiteral("Require secondary authentication on MFA enabled account"));
        const QString twoFa = first.json.value(QStringLiteral("login_2fa_token")).toString();
        QVERIFY(!twoFa.isEmpty());
        // The 2FA token is not a session.
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, twoFa.toLatin1()).status, 401);

        const Http wrong =
            post(*e, QStringLiteral("/v2/users/2fa-login"),
                 {{QStringLiteral("login_2fa_token"), twoFa}, {QStringLiteral("code"), QStringLiteral("000000")}});
        // (000000 could be the real code once in a million runs; compare against it.)
        if (HubEmulator::totpCode(secret, e->nowSecs()) != QLatin1String("000000")) {
            QCOMPARE(wrong.status, 401);
            QVERIFY(!wrong.detail().isEmpty());
        }
        const Http ok = post(*e, QStringLiteral("/v2/users/2fa-login"),
                             {{QStringLiteral("login_2fa_token"), twoFa},
                              {QStringLiteral("code"), HubEmulator::totpCode(secret, e->nowSecs())}});
        QCOMPARE(ok.status, 200);
        const QByteArray jwt = ok.json.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, jwt).status, 200);
        QCOMPARE(emu::EmuJwt::peekClaims(jwt)
                     .value(QStringLiteral("https://hub.docker.com"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("carol"));
        // Single use.
        const Http again = post(*e, QStringLiteral("/v2/users/2fa-login"),
                                {{QStringLiteral("login_2fa_token"), twoFa},
                                 {QStringLiteral("code"), HubEmulator::totpCode(secret, e->nowSecs())}});
        QCOMPARE(again.status, 401);
        // The previous 30-second step is still accepted; a code as a JSON number too.
        const Http second = post(
            *e, QStringLiteral("/v2/users/login"),
            {{QStringLiteral("username"), QStringLiteral("dave")}, {QStringLiteral("password"), QStringLiteral("pw")}});
        const QString previous = HubEmulator::totpCode(secret, e->nowSecs() - 30);
        const Http prev =
            post(*e, QStringLiteral("/v2/users/2fa-login"),
                 {{QStringLiteral("login_2fa_token"), second.json.value(QStringLiteral("login_2fa_token"))},
                  {QStringLiteral("code"), previous.toInt()}});
        QCOMPARE(prev.status, 200);
        // Short-lived.
        const Http third = post(
            *e, QStringLiteral("/v2/users/login"),
            {{QStringLiteral("username"), QStringLiteral("dave")}, {QStringLiteral("password"), QStringLiteral("pw")}});
        e->setClockSkew(e->options().login2faLifetimeSecs + 5);
        const Http late =
            post(*e, QStringLiteral("/v2/users/2fa-login"),
                 {{QStringLiteral("login_2fa_token"), third.json.value(QStringLiteral("login_2fa_token"))},
                  {QStringLiteral("code"), HubEmulator::totpCode(secret, e->nowSecs())}});
        QCOMPARE(late.status, 401);
        // A forged 2FA token.
        const Http forged = post(*e, QStringLiteral("/v2/users/2fa-login"),
                                 {{QStringLiteral("login_2fa_token"), QStringLiteral("a.b.c")},
                                  {QStringLiteral("code"), QStringLiteral("123456")}});
        QCOMPARE(forged.status, 401);
        QVERIFY(forged.json.value(QStringLiteral("detail")).isString());
    }

    void authToken()
    {
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        e->addAccount(QStringLiteral("carol"), QStringLiteral("pw"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        const Http ok = post(*e, QStringLiteral("/v2/auth/token"),
                             {{QStringLiteral("identifier"), QStringLiteral("alice")},
                              {QStringLiteral("secret"), QStringLiteral("pw")}});
        QCOMPARE(ok.status, 200);
        const QByteArray jwt = ok.json.value(QStringLiteral("access_token")).toString().toLatin1();
        const QJsonObject claims = emu::EmuJwt::peekClaims(jwt);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(),
                 600);
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens/"), {}, jwt).status, 200);
        const Http bad = post(
            *e, QStringLiteral("/v2/auth/token"),
            {{QStringLiteral("identifier"), QStringLiteral("alice")}, {QStringLiteral("secret"), QStringLiteral("x")}});
        QCOMPARE(bad.status, 401);
        QVERIFY(bad.json.value(QStringLiteral("errinfo")).isObject());
        QVERIFY(bad.json.value(QStringLiteral("detail")).isString());
        QVERIFY(bad.json.value(QStringLiteral("message")).isString());
        const Http twoFa = post(*e, QStringLiteral("/v2/auth/token"),
                                {{QStringLiteral("identifier"), QStringLiteral("carol")},
                                 {QStringLiteral("secret"), QStringLiteral("pw")}});
        QCOMPARE(twoFa.status, 401);
        QVERIFY(twoFa.isErrorShape());
    }

    void patSignIn()
    {
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        e->addAccount(QStringLiteral("bob"), QStringLiteral("pw"));
        const QByteArray jwt = login(*e, QStringLiteral("alice"), QStringLiteral("pw"));
        const QJsonObject created = create(*e, jwt, QStringLiteral("ci"));
        const QString secret = created.value(QStringLiteral("token")).toString();
        const QString uuid = created.value(QStringLiteral("uuid")).toString();
        QVERIFY(emu::EmuSecret::looksLikeSecret(secret));
        QVERIFY(e->tokens(QStringLiteral("alice")).constFirst().value(QStringLiteral("last_used")).isNull());

        for (const bool viaAuthToken : {false, true}) {
            const Http h = viaAuthToken
                ? post(*e, QStringLiteral("/v2/auth/token"),
                       {{QStringLiteral("identifier"), QStringLiteral("alice")}, {QStringLiteral("secret"), secret}})
                : post(*e, QStringLiteral("/v2/users/login"),
                       {{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), secret}});
            QCOMPARE(h.status, 200);
            const QByteArray patJwt =
                h.json.value(viaAuthToken ? QStringLiteral("access_token") : QStringLiteral("token"))
                    .toString()
                    .toLatin1();
            const QJsonObject hub =
                emu::EmuJwt::peekClaims(patJwt).value(QStringLiteral("https://hub.docker.com")).toObject();
            QCOMPARE(hub.value(QStringLiteral("source")).toString(), QStringLiteral("docker_pat|") + uuid);
            const QList<QPair<QByteArray, QString>> calls{{"GET", QStringLiteral("/v2/access-tokens")},
                                                          {"POST", QStringLiteral("/v2/access-tokens")},
                                                          {"GET", QStringLiteral("/v2/access-tokens/") + uuid},
                                                          {"PATCH", QStringLiteral("/v2/access-tokens/") + uuid},
                                                          {"DELETE", QStringLiteral("/v2/access-tokens/") + uuid}};
            for (const auto &c : calls) {
                const QByteArray body = c.first == "POST" || c.first == "PATCH"
                    ? QByteArray(R"({"token_label":"x","scopes":["repo:read"]})")
                    : QByteArray();
                const Http forbidden = call(*e, c.first, c.second, body, patJwt);
                QCOMPARE(forbidden.status, 403);
                QCOMPARE(forbidden.json,
                         QJsonObject({{QStringLiteral("message"),
                                       QStringLiteral("token issued from personal access token is not allowed")},
                                      {QStringLiteral("errinfo"), QJsonObject()}}));
            }
        }
        QCOMPARE(e->tokenCount(QStringLiteral("alice")), 1);
        QVERIFY(!e->tokens(QStringLiteral("alice")).constFirst().value(QStringLiteral("last_used")).isNull());
        // The raw secret as the bearer.
        const Http raw = call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, secret.toLatin1());
        QCOMPARE(raw.status, 401);
        QCOMPARE(raw.json,
                 QJsonObject({{QStringLiteral("message"), QStringLiteral("unauthorized")},
                              {QStringLiteral("errinfo"), QJsonObject()}}));
        // Somebody else's username with alice's token.
        QCOMPARE(login(*e, QStringLiteral("bob"), secret), QByteArray());
        // Inactive tokens cannot sign in.
        QCOMPARE(call(*e, "PATCH", QStringLiteral("/v2/access-tokens/") + uuid, R"({"is_active":false})", jwt).status,
                 200);
        QCOMPARE(login(*e, QStringLiteral("alice"), secret), QByteArray());
        // Expired tokens cannot either.
        SeedToken seed;
        seed.label = QStringLiteral("old");
        seed.expiresAt =
            emu::EmuRfc3339::format(emu::EmuRfc3339::toUsecs(QDateTime::currentDateTimeUtc().addSecs(-60)));
        e->addToken(QStringLiteral("alice"), seed);
        QCOMPARE(login(*e, QStringLiteral("alice"), e->lastSeededSecret()), QByteArray());
        const Http expired = post(*e, QStringLiteral("/v2/auth/token"),
                                  {{QStringLiteral("identifier"), QStringLiteral("alice")},
                                   {QStringLiteral("secret"), e->lastSeededSecret()}});
        QCOMPARE(expired.status, 401);
        // A seeded secret works while active.
        seed.expiresAt = QJsonValue();
        seed.secret = QStringLiteral("dckr_pat_AAAAAAAAAAAAAAAAAAAAAAAAAAA");
        e->addToken(QStringLiteral("alice"), seed);
        QCOMPARE(e->lastSeededSecret(), seed.secret);
        QVERIFY(!login(*e, QStringLiteral("alice"), seed.secret).isEmpty());
    }

    void badBearers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("unauthorized");
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("unauthorized");
        QTest::newRow("forged key") << QStringLiteral("forged") << QStringLiteral("unauthorized");
        QTest::newRow("tampered payload") << QStringLiteral("tampered") << QStringLiteral("unauthorized");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("token expired");
    }
    void badBearers()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        e->addAccount(QStringLiteral("eve"), QStringLiteral("pw"));
        const QByteArray good = login(*e, QStringLiteral("alice"), QStringLiteral("pw"));
        QByteArray bearer;
        if (kind == QLatin1String("garbage")) {
            bearer = "not-a-jwt";
        } else if (kind == QLatin1String("forged")) {
            bearer = emu::EmuJwt::sign(emu::EmuJwt::peekClaims(good), emu::EmuSecret::randomBytes(32));
        } else if (kind == QLatin1String("tampered")) {
            const QList<QByteArray> parts = login(*e, QStringLiteral("eve"), QStringLiteral("pw")).split('.');
            bearer = parts[0] + '.' + good.split('.')[1] + '.' + parts[2];
        } else if (kind == QLatin1String("expired")) {
            bearer = good;
            e->setClockSkew(e->options().sessionLifetimeSecs + 1);
        }
        const Http h = call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, bearer);
        QCOMPARE(h.status, 401);
        QVERIFY(h.isErrorShape());
        QCOMPARE(h.message(), message);
    }

    void lockout()
    {
        EmulatorOptions o;
        o.lockoutAttempts = 3;
        o.lockoutSecs = 120;
        auto e = start(o);
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        const QJsonObject wrong{{QStringLiteral("username"), QStringLiteral("alice")},
                                {QStringLiteral("password"), QStringLiteral("x")}};
        // A success resets the count.
        QCOMPARE(post(*e, QStringLiteral("/v2/users/login"), wrong).status, 401);
        QCOMPARE(post(*e, QStringLiteral("/v2/users/login"), wrong).status, 401);
        QVERIFY(!login(*e, QStringLiteral("alice"), QStringLiteral("pw")).isEmpty());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(*e, QStringLiteral("/v2/users/login"), wrong).status, 401);
        const Http locked = post(*e, QStringLiteral("/v2/users/login"),
                                 {{QStringLiteral("username"), QStringLiteral("alice")},
                                  {QStringLiteral("password"), QStringLiteral("pw")}});
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.detail(), QStringLiteral("Rate limit exceeded"));
        QCOMPARE(locked.json.value(QStringLiteral("error")), QJsonValue(false));
        const int retry = locked.headers.value("retry-after").toInt();
        QVERIFY2(retry > 100 && retry <= 120, locked.headers.value("retry-after").constData());
        const Http lockedAuth = post(*e, QStringLiteral("/v2/auth/token"),
                                     {{QStringLiteral("identifier"), QStringLiteral("ALICE")},
                                      {QStringLiteral("secret"), QStringLiteral("pw")}});
        QCOMPARE(lockedAuth.status, 429);
        e->setRetryAfterAsUnixTime(true);
        const Http lockedUnix = post(*e, QStringLiteral("/v2/users/login"), wrong);
        QVERIFY(lockedUnix.headers.value("retry-after").toLongLong() > 1000000000);
        e->setClockSkew(121);
        QVERIFY(!login(*e, QStringLiteral("alice"), QStringLiteral("pw")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorAuth)
#include "tst_emulator_auth.moc"
