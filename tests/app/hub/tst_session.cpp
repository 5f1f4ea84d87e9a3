// Jwt (claims read without verifying) and Session (expiry timers).
#include "app/session/Jwt.h"
#include "app/session/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

QByteArray b64url(const QJsonObject &o)
{
    return QJsonDocument(o)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString makeJwt(const QJsonObject &claims)
{
    const QJsonObject header{{"alg", "RS256"}, {"typ", "JWT"}};
    return QString::fromLatin1(b64url(header) + '.' + b64url(claims) + ".c2lnbmF0dXJl");
}

QJsonObject hubClaims(const QString &username, const QString &source, qint64 exp)
{
    return QJsonObject{
        {"exp", exp},
        {"iat", exp - 3600},
        {"iss", "https://login.docker.com/"},
        {"https://hub.docker.com", QJsonObject{{"username", username}, {"uuid", "u-1"}, {"source", source}}}};
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void jwtClaims();
    void jwtInvalid_data();
    void jwtInvalid();
    void sessionBasics();
    void sessionTimers();
    void sessionEndStopsTimers();
    void alreadyExpired();
};

void TestSession::jwtClaims()
{
    const Jwt jwt = Jwt::decode(makeJwt(hubClaims("ann", "docker_pat|1234", 1'900'000'000)));
    QVERIFY(jwt.isValid());
    QCOMPARE(jwt.username(), QStringLiteral("ann"));
    QCOMPARE(jwt.expiresAt(), QDateTime::fromSecsSinceEpoch(1'900'000'000, QTimeZone::utc()));
    QCOMPARE(jwt.issuedAt(), QDateTime::fromSecsSinceEpoch(1'900'000'000 - 3600, QTimeZone::utc()));
    QVERIFY(jwt.isFromPersonalAccessToken());
    QCOMPARE(jwt.header().value("alg").toString(), QStringLiteral("RS256"));

    const Jwt password = Jwt::decode(makeJwt(hubClaims("bob", "password", 1'900'000'000)));
    QVERIFY(password.isValid());
    QVERIFY(!password.isFromPersonalAccessToken());

    const Jwt plain = Jwt::decode(makeJwt(QJsonObject{{"sub", "carol"}}));
    QVERIFY(plain.isValid());
    QCOMPARE(plain.username(), QStringLiteral("carol"));
    QVERIFY(!plain.expiresAt().isValid());
}

void TestSession::jwtInvalid_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("a PAT") << QStringLiteral("dckr_pat_abcdefghijklmnopqrstuvwxyz0");
    QTest::newRow("two parts") << QStringLiteral("eyJhIjoxfQ.eyJhIjoxfQ");
    QTest::newRow("not base64") << QStringLiteral("!!!.???.sig");
    QTest::newRow("not json") << QStringLiteral("aGVsbG8.aGVsbG8.sig");
}

void TestSession::jwtInvalid()
{
    QFETCH(QString, token);
    QVERIFY(!Jwt::decode(token).isValid());
}

void TestSession::sessionBasics()
{
    Session session;
    QSignalSpy changed(&session, &Session::changed);
    QVERIFY(!session.isActive());
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600;
    session.begin(QUrl("https://hub.docker.com"), QString(), makeJwt(hubClaims("ann", "docker_pat|x", exp)));
    QCOMPARE(changed.size(), 1);
    QVERIFY(session.isActive());
    QCOMPARE(session.username(), QStringLiteral("ann"));
    QCOMPARE(session.server(), QUrl("https://hub.docker.com"));
    QCOMPARE(session.expiresAt(), QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc()));
    QVERIFY(session.isPatSession());
    QVERIFY(!session.jwt().isEmpty());

    session.begin(QUrl("https://hub.docker.com"), "explicit", makeJwt(hubClaims("ann", "", exp)));
    QCOMPARE(session.username(), QStringLiteral("explicit"));
    QVERIFY(!session.isPatSession());
    session.markPatSession();
    QVERIFY(session.isPatSession());

    session.end();
    QVERIFY(!session.isActive());
    QVERIFY(session.jwt().isEmpty());
    QVERIFY(session.username().isEmpty());
    QCOMPARE(changed.size(), 4);
}

void TestSession::sessionTimers()
{
    Session session;
    session.setRenewAhead(1500);
    QSignalSpy renewal(&session, &Session::renewalDue);
    QSignalSpy expired(&session, &Session::expired);
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 2;
    session.begin(QUrl("http://127.0.0.1:1"), "ann", makeJwt(hubClaims("ann", "", exp)));
    QVERIFY(renewal.wait(3000));
    QCOMPARE(expired.size(), 0);
    QVERIFY(QDateTime::currentDateTimeUtc() >= session.expiresAt().addMSecs(-1600));
    QVERIFY(expired.wait(3000));
    QVERIFY(QDateTime::currentDateTimeUtc() >= session.expiresAt().addMSecs(-60));
    QCOMPARE(renewal.size(), 1);
    QTest::qWait(100);
    QCOMPARE(expired.size(), 1);
}

void TestSession::sessionEndStopsTimers()
{
    Session session;
    session.setRenewAhead(100);
    QSignalSpy renewal(&session, &Session::renewalDue);
    QSignalSpy expired(&session, &Session::expired);
    session.begin(QUrl("http://127.0.0.1:1"), "ann",
                  makeJwt(hubClaims("ann", "", QDateTime::currentSecsSinceEpoch() + 1)));
    session.end();
    QTest::qWait(1200);
    QCOMPARE(renewal.size(), 0);
    QCOMPARE(expired.size(), 0);
}

void TestSession::alreadyExpired()
{
    Session session;
    QSignalSpy expired(&session, &Session::expired);
    session.begin(QUrl("http://127.0.0.1:1"), "ann",
                  makeJwt(hubClaims("ann", "", QDateTime::currentSecsSinceEpoch() - 10)));
    QCOMPARE(expired.size(), 0); // never from inside begin()
    QVERIFY(expired.wait(1000));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
