// Tests of the Hub emulator: its building blocks directly, and its HTTP behaviour through QNetworkAccessManager
// against a real loopback server.

#include "EmuJwt.h"
#include "EmuPagination.h"
#include "EmuRfc3339.h"
#include "EmuSecret.h"
#include "EmuTotp.h"
#include "EmuValidation.h"
#include "HubEmulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

namespace {

struct Http {
    int status = -1;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QString message() const { return json.value(QStringLiteral("message")).toString(); }
    QString detail() const { return json.value(QStringLiteral("detail")).toString(); }
    bool isErrorShape() const
    {
        return json.value(QStringLiteral("message")).isString() && json.value(QStringLiteral("errinfo")).isObject();
    }
    QStringList fieldErrors(const QString &field) const
    {
        QStringList out;
        for (const QJsonValue &v : json.value(QStringLiteral("fields")).toObject().value(field).toArray())
            out << v.toString();
        return out;
    }
};

const QRegularExpression TimestampRe(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$)"));
const QString Base32Rfc = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"); // "12345678901234567890"

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// {"token_label":label,"scopes":["repo:read"]} (+ "expires_at"); built by hand so odd labels stay byte-exact.
QByteArray createBody(const QByteArray &label, const QByteArray &expiresAt = {})
{
    QByteArray body = "{\"token_label\":\"" + label + "\",\"scopes\":[\"repo:read\"]";
    if (!expiresAt.isNull())
        body += ",\"expires_at\":\"" + expiresAt + "\"";
    return body + "}";
}

} // namespace

class TestEmulator : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    std::unique_ptr<HubEmulator> start(EmulatorOptions options = {})
    {
        auto emulator = std::make_unique<HubEmulator>(options);
        QString error;
        if (!emulator->listen(&error))
            qWarning("listen failed: %s", qPrintable(error));
        return emulator;
    }

    Http call(const HubEmulator &emulator, const QByteArray &verb, const QString &path, const QByteArray &body = {},
              const QByteArray &bearer = {}, const QByteArray &userAgent = "tst_emulator/1.0")
    {
        QNetworkRequest request(QUrl(emulator.baseUrl().toString() + path));
        request.setTransferTimeout(15000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("User-Agent", userAgent);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Http http;
        http.error = reply->error();
        http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!reply->isFinished())
            http.status = -1;
        http.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            http.headers.insert(pair.first.toLower(), pair.second);
        http.json = QJsonDocument::fromJson(http.body).object();
        reply->deleteLater();
        return http;
    }

    Http post(const HubEmulator &e, const QString &path, const QJsonObject &body, const QByteArray &bearer = {})
    {
        return call(e, "POST", path, toJson(body), bearer);
    }

    QByteArray login(const HubEmulator &e, const QString &user, const QString &password)
    {
        const Http h = post(e, QStringLiteral("/v2/users/login"),
                            {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
        return h.status == 200 ? h.json.value(QStringLiteral("token")).toString().toLatin1() : QByteArray();
    }

    // Creates a token through the API; returns the 201 body.
    QJsonObject create(const HubEmulator &e, const QByteArray &jwt, const QString &label,
                       const QStringList &scopes = {QStringLiteral("repo:read")}, const QJsonValue &expires = {})
    {
        QJsonObject body{{QStringLiteral("token_label"), label}, {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
        if (!expires.isUndefined())
            body.insert(QStringLiteral("expires_at"), expires);
        const Http h = post(e, QStringLiteral("/v2/access-tokens"), body, jwt);
        return h.status == 201 ? h.json : QJsonObject();
    }

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
        QCOMPARE(emu::EmuTotp::base32Decode(QStringLiteral("JBSWY3DPEHPK3PXP"), &ok), QByteArray("Hello!\xde\xad\xbe\xef"));
        QVERIFY(ok);
        QCOMPARE(emu::EmuTotp::base32Decode(QStringLiteral("jbsw y3dp ehpk 3pxp"), &ok), QByteArray("Hello!\xde\xad\xbe\xef"));
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
        const QByteArray none = emu::EmuJwt::base64Url(R"({"alg":"none","typ":"JWT"})") + '.' + parts[1] + '.' + parts[2];
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
        QTest::addColumn<QString>("page");     // "-" : absent
        QTest::addColumn<QString>("pageSize"); // "-" : absent
        QTest::addColumn<int>("status");       // EmuPagination::Status
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("lastPage");
        QTest::addColumn<bool>("hasNext");
        QTest::addColumn<bool>("hasPrevious");
        using S = emu::EmuPagination::Status;
        QTest::newRow("empty, defaults") << 0 << "-" << "-" << int(S::Ok) << 0 << 0 << 1 << false << false;
        QTest::newRow("empty, page 2") << 0 << "2" << "-" << int(S::PastEnd) << 0 << 0 << 1 << false << false;
        QTest::newRow("25 default size p1") << 25 << "-" << "-" << int(S::Ok) << 0 << 10 << 3 << true << false;
        QTest::newRow("25 default size p3") << 25 << "3" << "-" << int(S::Ok) << 20 << 5 << 3 << false << true;
        QTest::newRow("25 p4 past end") << 25 << "4" << "-" << int(S::PastEnd) << 0 << 0 << 3 << false << false;
        QTest::newRow("exact fit") << 20 << "2" << "10" << int(S::Ok) << 10 << 10 << 2 << false << true;
        QTest::newRow("clamped 500") << 250 << "2" << "500" << int(S::Ok) << 100 << 100 << 3 << true << true;
        QTest::newRow("size 1") << 3 << "2" << "1" << int(S::Ok) << 1 << 1 << 3 << true << true;
        QTest::newRow("page 0") << 5 << "0" << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("page -1") << 5 << "-1" << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("page abc") << 5 << "abc" << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("page empty") << 5 << "" << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("page 1.5") << 5 << "1.5" << "-" << int(S::BadPage) << 0 << 0 << 1 << false << false;
        QTest::newRow("size 0") << 5 << "1" << "0" << int(S::BadPageSize) << 0 << 0 << 1 << false << false;
        QTest::newRow("size x") << 5 << "1" << "x" << int(S::BadPageSize) << 0 << 0 << 1 << false << false;
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
        QTest::newRow("valid expiry") << createBody("ok", iso(now.addSecs(30 * day)))
                                      << QString();
        QTest::newRow("valid null expiry") << QByteArray(R"({"token_label":"ok","scopes":["repo:read"],"expires_at":null})")
                                           << QString();
        QTest::newRow("valid 100 chars") << createBody(QByteArray(100, 'x'))
                                         << QString();
        QTest::newRow("valid 100 CJK") << createBody(QString(100, QChar(0x672c)).toUtf8())
                                       << QString();
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUcs4(U"\U0001F680");
        QTest::newRow("valid 100 emoji") << createBody(emoji.toUtf8())
                                         << QString();
        QTest::newRow("label missing") << QByteArray(R"({"scopes":["repo:read"]})") << QStringLiteral("token_label");
        QTest::newRow("label empty") << QByteArray(R"({"token_label":"","scopes":["repo:read"]})") << QStringLiteral("token_label");
        QTest::newRow("label blank") << QByteArray(R"({"token_label":"   ","scopes":["repo:read"]})") << QStringLiteral("token_label");
        QTest::newRow("label 101") << createBody(QByteArray(101, 'x'))
                                   << QStringLiteral("token_label");
        QTest::newRow("label 101 CJK") << createBody(QString(101, QChar(0x672c)).toUtf8())
                                       << QStringLiteral("token_label");
        QTest::newRow("label number") << QByteArray(R"({"token_label":5,"scopes":["repo:read"]})") << QStringLiteral("token_label");
        QTest::newRow("scopes missing") << QByteArray(R"({"token_label":"a"})") << QStringLiteral("scopes");
        QTest::newRow("scopes empty") << QByteArray(R"({"token_label":"a","scopes":[]})") << QStringLiteral("scopes");
        QTest::newRow("scopes string") << QByteArray(R"({"token_label":"a","scopes":"repo:read"})") << QStringLiteral("scopes");
        QTest::newRow("scope unknown") << QByteArray(R"({"token_label":"a","scopes":["repo:everything"]})") << QStringLiteral("scopes");
        QTest::newRow("scope number") << QByteArray(R"({"token_label":"a","scopes":[1]})") << QStringLiteral("scopes");
        QTest::newRow("expiry past") << createBody("a", iso(now.addSecs(-day)))
                                     << QStringLiteral("expires_at");
        QTest::newRow("expiry > 1 year") << createBody("a", iso(now.addYears(1).addDays(1)))
                                         << QStringLiteral("expires_at");
        QTest::newRow("expiry garbage") << QByteArray(R"({"token_label":"a","scopes":["repo:read"],"expires_at":"soon"})")
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
            seed.expiresAt = emu::EmuRfc3339::format(emu::EmuRfc3339::toUsecs(QDateTime::currentDateTimeUtc().addDays(-1)));
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

    // ---- signing in ----------------------------------------------------------------------------------------------
    void passwordLogin()
    {
        EmulatorOptions o;
        o.sessionLifetimeSecs = 1234;
        auto e = start(o);
        e->addAccount(QStringLiteral("alice"), QStringLiteral("s3cret"));
        const Http ok = post(*e, QStringLiteral("/v2/users/login"),
                             {{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), QStringLiteral("s3cret")}});
        QCOMPARE(ok.status, 200);
        const QByteArray jwt = ok.json.value(QStringLiteral("token")).toString().toLatin1();
        const QJsonObject claims = emu::EmuJwt::peekClaims(jwt);
        for (const char *claim : {"exp", "iat", "iss", "aud", "jti", "scope"})
            QVERIFY2(claims.contains(QLatin1String(claim)), claim);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(), 1234);
        const QJsonObject hub = claims.value(QStringLiteral("https://hub.docker.com")).toObject();
        QCOMPARE(hub.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        for (const char *field : {"uuid", "email", "session_id", "source"})
            QVERIFY2(!hub.value(QLatin1String(field)).toString().isEmpty(), field);
        QCOMPARE(hub.value(QStringLiteral("source")).toString(), QStringLiteral("password"));
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, jwt).status, 200);

        const Http bad = post(*e, QStringLiteral("/v2/users/login"),
                              {{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), QStringLiteral("nope")}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.json, QJsonObject({{QStringLiteral("detail"), QStringLiteral("Incorrect authentication credentials")}}));
        const Http nobody = post(*e, QStringLiteral("/v2/users/login"),
                                 {{QStringLiteral("username"), QStringLiteral("bob")}, {QStringLiteral("password"), QStringLiteral("s3cret")}});
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
                                {{QStringLiteral("username"), QStringLiteral("carol")}, {QStringLiteral("password"), QStringLiteral("pw")}});
        QCOMPARE(first.status, 401);
        QCOMPARE(first.detail(), QStringLiteral("Require secondary authentication on MFA enabled account"));
        const QString twoFa = first.json.value(QStringLiteral("login_2fa_token")).toString();
        QVERIFY(!twoFa.isEmpty());
        // The 2FA token is not a session.
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, twoFa.toLatin1()).status, 401);

        const Http wrong = post(*e, QStringLiteral("/v2/users/2fa-login"),
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
        QCOMPARE(emu::EmuJwt::peekClaims(jwt).value(QStringLiteral("https://hub.docker.com")).toObject().value(QStringLiteral("username")).toString(),
                 QStringLiteral("carol"));
        // Single use.
        const Http again = post(*e, QStringLiteral("/v2/users/2fa-login"),
                                {{QStringLiteral("login_2fa_token"), twoFa},
                                 {QStringLiteral("code"), HubEmulator::totpCode(secret, e->nowSecs())}});
        QCOMPARE(again.status, 401);
        // The previous 30-second step is still accepted; a code as a JSON number too.
        const Http second = post(*e, QStringLiteral("/v2/users/login"),
                                 {{QStringLiteral("username"), QStringLiteral("dave")}, {QStringLiteral("password"), QStringLiteral("pw")}});
        const QString previous = HubEmulator::totpCode(secret, e->nowSecs() - 30);
        const Http prev = post(*e, QStringLiteral("/v2/users/2fa-login"),
                               {{QStringLiteral("login_2fa_token"), second.json.value(QStringLiteral("login_2fa_token"))},
                                {QStringLiteral("code"), previous.toInt()}});
        QCOMPARE(prev.status, 200);
        // Short-lived.
        const Http third = post(*e, QStringLiteral("/v2/users/login"),
                                {{QStringLiteral("username"), QStringLiteral("dave")}, {QStringLiteral("password"), QStringLiteral("pw")}});
        e->setClockSkew(e->options().login2faLifetimeSecs + 5);
        const Http late = post(*e, QStringLiteral("/v2/users/2fa-login"),
                               {{QStringLiteral("login_2fa_token"), third.json.value(QStringLiteral("login_2fa_token"))},
                                {QStringLiteral("code"), HubEmulator::totpCode(secret, e->nowSecs())}});
        QCOMPARE(late.status, 401);
        // A forged 2FA token.
        const Http forged = post(*e, QStringLiteral("/v2/users/2fa-login"),
                                 {{QStringLiteral("login_2fa_token"), QStringLiteral("a.b.c")}, {QStringLiteral("code"), QStringLiteral("123456")}});
        QCOMPARE(forged.status, 401);
        QVERIFY(forged.json.value(QStringLiteral("detail")).isString());
    }

    void authToken()
    {
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        e->addAccount(QStringLiteral("carol"), QStringLiteral("pw"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        const Http ok = post(*e, QStringLiteral("/v2/auth/token"),
                             {{QStringLiteral("identifier"), QStringLiteral("alice")}, {QStringLiteral("secret"), QStringLiteral("pw")}});
        QCOMPARE(ok.status, 200);
        const QByteArray jwt = ok.json.value(QStringLiteral("access_token")).toString().toLatin1();
        const QJsonObject claims = emu::EmuJwt::peekClaims(jwt);
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(), 600);
        QCOMPARE(call(*e, "GET", QStringLiteral("/v2/access-tokens/"), {}, jwt).status, 200);
        const Http bad = post(*e, QStringLiteral("/v2/auth/token"),
                              {{QStringLiteral("identifier"), QStringLiteral("alice")}, {QStringLiteral("secret"), QStringLiteral("x")}});
        QCOMPARE(bad.status, 401);
        QVERIFY(bad.json.value(QStringLiteral("errinfo")).isObject());
        QVERIFY(bad.json.value(QStringLiteral("detail")).isString());
        QVERIFY(bad.json.value(QStringLiteral("message")).isString());
        const Http twoFa = post(*e, QStringLiteral("/v2/auth/token"),
                                {{QStringLiteral("identifier"), QStringLiteral("carol")}, {QStringLiteral("secret"), QStringLiteral("pw")}});
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
                h.json.value(viaAuthToken ? QStringLiteral("access_token") : QStringLiteral("token")).toString().toLatin1();
            const QJsonObject hub = emu::EmuJwt::peekClaims(patJwt).value(QStringLiteral("https://hub.docker.com")).toObject();
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
                QCOMPARE(forbidden.json, QJsonObject({{QStringLiteral("message"),
                                                       QStringLiteral("token issued from personal access token is not allowed")},
                                                      {QStringLiteral("errinfo"), QJsonObject()}}));
            }
        }
        QCOMPARE(e->tokenCount(QStringLiteral("alice")), 1);
        QVERIFY(!e->tokens(QStringLiteral("alice")).constFirst().value(QStringLiteral("last_used")).isNull());
        // The raw secret as the bearer.
        const Http raw = call(*e, "GET", QStringLiteral("/v2/access-tokens"), {}, secret.toLatin1());
        QCOMPARE(raw.status, 401);
        QCOMPARE(raw.json, QJsonObject({{QStringLiteral("message"), QStringLiteral("unauthorized")},
                                        {QStringLiteral("errinfo"), QJsonObject()}}));
        // Somebody else's username with alice's token.
        QCOMPARE(login(*e, QStringLiteral("bob"), secret), QByteArray());
        // Inactive tokens cannot sign in.
        QCOMPARE(call(*e, "PATCH", QStringLiteral("/v2/access-tokens/") + uuid, R"({"is_active":false})", jwt).status, 200);
        QCOMPARE(login(*e, QStringLiteral("alice"), secret), QByteArray());
        // Expired tokens cannot either.
        SeedToken seed;
        seed.label = QStringLiteral("old");
        seed.expiresAt = emu::EmuRfc3339::format(emu::EmuRfc3339::toUsecs(QDateTime::currentDateTimeUtc().addSecs(-60)));
        e->addToken(QStringLiteral("alice"), seed);
        QCOMPARE(login(*e, QStringLiteral("alice"), e->lastSeededSecret()), QByteArray());
        const Http expired = post(*e, QStringLiteral("/v2/auth/token"),
                                  {{QStringLiteral("identifier"), QStringLiteral("alice")}, {QStringLiteral("secret"), e->lastSeededSecret()}});
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
        const QJsonObject wrong{{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), QStringLiteral("x")}};
        // A success resets the count.
        QCOMPARE(post(*e, QStringLiteral("/v2/users/login"), wrong).status, 401);
        QCOMPARE(post(*e, QStringLiteral("/v2/users/login"), wrong).status, 401);
        QVERIFY(!login(*e, QStringLiteral("alice"), QStringLiteral("pw")).isEmpty());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(*e, QStringLiteral("/v2/users/login"), wrong).status, 401);
        const Http locked = post(*e, QStringLiteral("/v2/users/login"),
                                 {{QStringLiteral("username"), QStringLiteral("alice")}, {QStringLiteral("password"), QStringLiteral("pw")}});
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.detail(), QStringLiteral("Rate limit exceeded"));
        QCOMPARE(locked.json.value(QStringLiteral("error")), QJsonValue(false));
        const int retry = locked.headers.value("retry-after").toInt();
        QVERIFY2(retry > 100 && retry <= 120, locked.headers.value("retry-after").constData());
        const Http lockedAuth = post(*e, QStringLiteral("/v2/auth/token"),
                                     {{QStringLiteral("identifier"), QStringLiteral("ALICE")}, {QStringLiteral("secret"), QStringLiteral("pw")}});
        QCOMPARE(lockedAuth.status, 429);
        e->setRetryAfterAsUnixTime(true);
        const Http lockedUnix = post(*e, QStringLiteral("/v2/users/login"), wrong);
        QVERIFY(lockedUnix.headers.value("retry-after").toLongLong() > 1000000000);
        e->setClockSkew(121);
        QVERIFY(!login(*e, QStringLiteral("alice"), QStringLiteral("pw")).isEmpty());
    }

    // ---- limits and faults ---------------------------------------------------------------------------------------
    void rateLimit()
    {
        EmulatorOptions o;
        o.rateLimitPerMinute = 3;
        auto e = start(o);
        // Stay clear of a minute boundary so all four requests share one window.
        if (QDateTime::currentSecsSinceEpoch() % 60 > 55)
            QTest::qWait(6000);
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
        QCOMPARE(limited.json, QJsonObject({{QStringLiteral("detail"), QStringLiteral("Rate limit exceeded")},
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
            QCOMPARE(call(*e, verb, QStringLiteral("/v2/access-tokens/") + a, R"({"is_active":false})", jwt).status, 502);
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

    // ---- the token API -------------------------------------------------------------------------------------------
    void tokenLifecycle()
    {
        auto e = start();
        e->addAccount(QStringLiteral("alice"), QStringLiteral("pw"));
        e->addAccount(QStringLiteral("bob"), QStringLiteral("pw"));
        const QByteArray jwt = login(*e, QStringLiteral("alice"), QStringLiteral("pw"));
        const QByteArray bobJwt = login(*e, QStringLiteral("bob"), QStringLiteral("pw"));
        const QString expires = emu::EmuRfc3339::format(emu::EmuRfc3339::toUsecs(QDateTime::currentDateTimeUtc().addDays(30)));
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
            const Http other = call(*e, verb, QStringLiteral("/v2/access-tokens/") + uuid, R"({"is_active":true})", bobJwt);
            QCOMPARE(other.status, 404);
            QVERIFY(other.isErrorShape());
        }
        const Http gone0 = call(*e, "GET", QStringLiteral("/v2/access-tokens/00000000-0000-0000-0000-000000000000"), {}, jwt);
        QCOMPARE(gone0.status, 404);

        const Http deleted = call(*e, "DELETE", QStringLiteral("/v2/access-tokens/") + uuid + QLatin1Char('/'), {}, jwt);
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
        QCOMPARE(p1.json.value(QStringLiteral("next")).toString(), base + QStringLiteral("/v2/access-tokens?page=2&page_size=10"));
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
        QCOMPARE(p3.json.value(QStringLiteral("previous")).toString(), base + QStringLiteral("/v2/access-tokens?page=2&page_size=10"));
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
            url = next.isNull() ? QString() : QUrl(next.toString()).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);

        e->seedBulk(QStringLiteral("alice"), 100);
        const Http big = call(*e, "GET", QStringLiteral("/v2/access-tokens?page_size=1000"), {}, jwt);
        QCOMPARE(big.status, 200);
        QCOMPARE(big.json.value(QStringLiteral("results")).toArray().size(), 100);
        QCOMPARE(big.json.value(QStringLiteral("next")).toString(), base + QStringLiteral("/v2/access-tokens?page=2&page_size=100"));

        for (const char *query : {"page=0", "page=-1", "page=abc", "page_size=0", "page_size=x", "page="}) {
            const Http bad = call(*e, "GET", QStringLiteral("/v2/access-tokens?") + QLatin1String(query), {}, jwt);
            QVERIFY2(bad.status == 400, query);
            QVERIFY(bad.json.value(QStringLiteral("fields")).isObject());
        }
    }

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
                                {{QStringLiteral("username"), QStringLiteral("demo2fa")}, {QStringLiteral("password"), QStringLiteral("demo")}});
        QVERIFY(twoFa.json.contains(QStringLiteral("login_2fa_token")));
        QVERIFY(e->tokenCount(QStringLiteral("demo2fa")) >= 3);

        const QList<QJsonObject> tokens = e->tokens(QStringLiteral("demo"));
        QVERIFY2(tokens.size() >= 22 && tokens.size() <= 30, qPrintable(QString::number(tokens.size())));
        const qint64 now = emu::EmuRfc3339::toUsecs(QDateTime::currentDateTimeUtc());
        const qint64 day = 86400LL * 1000000;
        QSet<QString> scopes;
        int active = 0, inactive = 0, expired = 0, expiringThisWeek = 0, neverUsed = 0, usedToday = 0, usedLongAgo = 0;
        int legacy = 0, expiresEmpty = 0, expiresNull = 0, expiresAbsent = 0, autoGenerated = 0, japanese = 0, chinese = 0;
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
        QCOMPARE(scopes, QSet<QString>({QStringLiteral("repo:admin"), QStringLiteral("repo:write"), QStringLiteral("repo:read"),
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
            QCOMPARE(call(*first, "PATCH", QStringLiteral("/v2/access-tokens/") + uuid, R"({"token_label":"persisted 2"})",
                          oldJwt).status, 200);
        }
        QFile file(o.stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("persisted 2"));
        QVERIFY(!saved.contains(secret.toLatin1()));                 // only a hash
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
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot load the state file.*broken\\.json")));
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

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
