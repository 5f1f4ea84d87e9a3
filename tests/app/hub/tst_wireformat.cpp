// WireFormat: every quirk of the Hub's JSON and every error shape, without a network.
#include "app/hub/WireFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using Kind = ApiError::Kind;
Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(WireFormat::ErrorContext)

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// -1: no scope (legacy)
int scopeCode(std::optional<TokenScope> s)
{
    return s ? int(*s) : -1;
}

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

// "Name: value|Name2: value2" → headers
WireFormat::RawHeaders headers(const QString &spec)
{
    WireFormat::RawHeaders h;
    for (const QString &line : spec.split(u'|', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        h.append({line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toLatin1()});
    }
    return h;
}

// "field=msg1;msg2|other=msg" → fieldErrors
QMap<QString, QStringList> fields(const QString &spec)
{
    QMap<QString, QStringList> m;
    for (const QString &entry : spec.split(u'|', Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(u'=');
        m.insert(entry.left(eq), entry.mid(eq + 1).split(u';'));
    }
    return m;
}

const QByteArray kFullToken = R"({
  "uuid": "b30bbf97-506c-4ecd-aabc-842f3cb484fb", "client_id": "HUB", "creator_ip": "127.0.0.1",
  "creator_ua": "some user agent", "created_at": "2021-07-20T12:00:00.123456Z", "last_used": null,
  "generated_by": "manual", "is_active": true, "token": "", "token_label": "My read only token",
  "scopes": ["repo:read"], "expires_at": "2021-10-28T18:30:19.520861Z"})";

} // namespace

class TestWireFormat : public QObject {
    Q_OBJECT
private slots:
    void timestamps_data();
    void timestamps();
    void formatTimestamp();
    void scopes_data();
    void scopes();
    void decodeToken_data();
    void decodeToken();
    void decodeTokenWithoutUuid();
    void fullTokenFields();
    void decodePage_data();
    void decodePage();
    void decodeCreated_data();
    void decodeCreated();
    void decodeSignIn_data();
    void decodeSignIn();
    void encodeDraft_data();
    void encodeDraft();
    void encodePatch_data();
    void encodePatch();
    void encodeCredentials();
    void exportJson();
    void decodeError_data();
    void decodeError();
    void login2faToken();
};

void TestWireFormat::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("microseconds Z") << "2021-10-28T18:30:19.520861Z" << utc(2021, 10, 28, 18, 30, 19, 520);
    QTest::newRow("milliseconds Z") << "2021-10-28T18:30:19.52Z" << utc(2021, 10, 28, 18, 30, 19, 520);
    QTest::newRow("nanoseconds") << "2021-10-28T18:30:19.999999999Z" << utc(2021, 10, 28, 18, 30, 19, 999);
    QTest::newRow("no fraction Z") << "2021-07-20T12:00:00Z" << utc(2021, 7, 20, 12);
    QTest::newRow("lower-case z and t") << "2021-07-20t12:00:00z" << utc(2021, 7, 20, 12);
    QTest::newRow("+02:00") << "2024-03-01T10:00:00+02:00" << utc(2024, 3, 1, 8);
    QTest::newRow("-05:30 micro") << "2024-03-01T10:00:00.000001-05:30" << utc(2024, 3, 1, 15, 30);
    QTest::newRow("+00:00") << "2024-03-01T10:00:00+00:00" << utc(2024, 3, 1, 10);
    QTest::newRow("offset crosses the date") << "2024-01-01T01:00:00+03:00" << utc(2023, 12, 31, 22);
    QTest::newRow("no zone means UTC") << "2024-03-01T10:00:00.5" << utc(2024, 3, 1, 10, 0, 0, 500);
    QTest::newRow("space separator") << "2024-03-01 10:00:00Z" << utc(2024, 3, 1, 10);
    QTest::newRow("leap second") << "2016-12-31T23:59:60Z" << utc(2016, 12, 31, 23, 59, 59);
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("bad month") << "2024-13-01T00:00:00Z" << QDateTime();
    QTest::newRow("bad hour") << "2024-01-01T25:00:00Z" << QDateTime();
    QTest::newRow("bad offset") << "2024-01-01T10:00:00+25:00" << QDateTime();
}

void TestWireFormat::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = WireFormat::parseTimestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestWireFormat::formatTimestamp()
{
    QCOMPARE(WireFormat::formatTimestamp(utc(2025, 1, 2, 3, 4, 5, 678)), QStringLiteral("2025-01-02T03:04:05Z"));
    const QDateTime berlin(QDate(2025, 6, 1), QTime(12, 0), QTimeZone("Europe/Berlin"));
    QCOMPARE(WireFormat::formatTimestamp(berlin), QStringLiteral("2025-06-01T10:00:00Z"));
    QCOMPARE(WireFormat::formatTimestamp(QDateTime()), QString());
}

void TestWireFormat::scopes_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << QStringList{} << -1;
    QTest::newRow("public_read") << QStringList{"repo:public_read"} << int(TokenScope::PublicRead);
    QTest::newRow("read") << QStringList{"repo:read"} << int(TokenScope::Read);
    QTest::newRow("write") << QStringList{"repo:write"} << int(TokenScope::Write);
    QTest::newRow("admin") << QStringList{"repo:admin"} << int(TokenScope::Admin);
    QTest::newRow("several: highest") << QStringList{"repo:read", "repo:admin", "repo:write"} << int(TokenScope::Admin);
    QTest::newRow("unknown ignored") << QStringList{"repo:frobnicate", "repo:read"} << int(TokenScope::Read);
    QTest::newRow("only unknown") << QStringList{"org:admin"} << -1;
    QTest::newRow("case and spaces") << QStringList{" Repo:Write "} << int(TokenScope::Write);
}

void TestWireFormat::scopes()
{
    QFETCH(QStringList, names);
    QFETCH(int, expected);
    QCOMPARE(scopeCode(WireFormat::scopeFromWireList(names)), expected);
    for (TokenScope s : TokenScopes::all())
        QCOMPARE(WireFormat::scopeFromWire(WireFormat::scopeToWire(s)), std::optional<TokenScope>(s));
}

void TestWireFormat::decodeToken_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("scope");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QDateTime>("createdAt");
    QTest::addColumn<QDateTime>("lastUsed");
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("autoGenerated");

    const QDateTime created = utc(2021, 7, 20, 12);
    QTest::newRow("contract example") << kFullToken << int(TokenScope::Read) << true << utc(2021, 7, 20, 12, 0, 0, 123)
                                      << QDateTime() << utc(2021, 10, 28, 18, 30, 19, 520) << QString() << false;
    QTest::newRow("scopes missing: legacy") << QByteArray(R"({"uuid":"u","created_at":"2021-07-20T12:00:00Z"})") << -1
                                            << true << created << QDateTime() << QDateTime() << QString() << false;
    QTest::newRow("scopes null: legacy") << QByteArray(
        R"({"uuid":"u","scopes":null,"created_at":"2021-07-20T12:00:00Z"})")
                                         << -1 << true << created << QDateTime() << QDateTime() << QString() << false;
    QTest::newRow("scopes empty: legacy")
        << QByteArray(R"({"uuid":"u","scopes":[],"created_at":"2021-07-20T12:00:00Z"})") << -1 << true << created
        << QDateTime() << QDateTime() << QString() << false;
    QTest::newRow("several scopes: highest")
        << QByteArray(R"({"uuid":"u","scopes":["repo:read","repo:write"],"created_at":"2021-07-20T12:00:00Z"})")
        << int(TokenScope::Write) << true << created << QDateTime() << QDateTime() << QString() << false;
    QTest::newRow("unknown scope ignored")
        << QByteArray(R"({"uuid":"u","scopes":["x:y","repo:public_read",7],"created_at":"2021-07-20T12:00:00Z"})")
        << int(TokenScope::PublicRead) << true << created << QDateTime() << QDateTime() << QString() << false;
    QTest::newRow("expires_at absent") << QByteArray(
        R"({"uuid":"u","scopes":["repo:admin"],"created_at":"2021-07-20T12:00:00Z"})")
                                       << int(TokenScope::Admin) << true << created << QDateTime() << QDateTime()
                                       << QString() << false;
    QTest::newRow("expires_at null") << QByteArray(
        R"({"uuid":"u","scopes":["repo:admin"],"expires_at":null,"created_at":"2021-07-20T12:00:00Z"})")
                                     << int(TokenScope::Admin) << true << created << QDateTime() << QDateTime()
                                     << QString() << false;
    QTest::newRow("expires_at empty") << QByteArray(
        R"({"uuid":"u","scopes":["repo:admin"],"expires_at":"","created_at":"2021-07-20T12:00:00Z"})")
                                      << int(TokenScope::Admin) << true << created << QDateTime() << QDateTime()
                                      << QString() << false;
    QTest::newRow("expires_at with offset")
        << QByteArray(R"({"uuid":"u","expires_at":"2025-01-01T00:00:00+01:00","created_at":"2021-07-20T12:00:00Z"})")
        << -1 << true << created << QDateTime() << utc(2024, 12, 31, 23) << QString() << false;
    QTest::newRow("last_used set, inactive") << QByteArray(
        R"({"uuid":"u","is_active":false,"last_used":"2024-05-06T07:08:09.123456Z","created_at":"2021-07-20T12:00:00Z"})")
                                             << -1 << false << created << utc(2024, 5, 6, 7, 8, 9, 123) << QDateTime()
                                             << QString() << false;
    QTest::newRow("token empty: no secret")
        << QByteArray(R"({"uuid":"u","token":"","created_at":"2021-07-20T12:00:00Z"})") << -1 << true << created
        << QDateTime() << QDateTime() << QString() << false;
    QTest::newRow("token ***: no secret")
        << QByteArray(R"({"uuid":"u","token":"***","created_at":"2021-07-20T12:00:00Z"})") << -1 << true << created
        << QDateTime() << QDateTime() << QString() << false;
    QTest::newRow("token secret") << QByteArray(
        R"({"uuid":"u","token":"dckr_pat_abcdefghijklmnopqrstuvwxyz0","created_at":"2021-07-20T12:00:00Z"})")
                                  << -1 << true << created << QDateTime() << QDateTime()
                                  << QStringLiteral("dckr_pat_abcdefghijklmnopqrstuvwxyz0") << false;
    QTest::newRow("generated by Docker Desktop")
        << QByteArray(R"({"uuid":"u","generated_by":"Docker Desktop","created_at":"2021-07-20T12:00:00Z"})") << -1
        << true << created << QDateTime() << QDateTime() << QString() << true;
    QTest::newRow("created_at unparseable") << QByteArray(R"({"uuid":"u","created_at":"soon"})") << -1 << true
                                            << QDateTime() << QDateTime() << QDateTime() << QString() << false;
}

void TestWireFormat::decodeToken()
{
    QFETCH(QByteArray, body);
    QFETCH(int, scope);
    QFETCH(bool, active);
    QFETCH(QDateTime, createdAt);
    QFETCH(QDateTime, lastUsed);
    QFETCH(QDateTime, expiresAt);
    QFETCH(QString, secret);
    QFETCH(bool, autoGenerated);

    QString gotSecret = QStringLiteral("unset");
    const std::optional<AccessToken> t = WireFormat::decodeAccessToken(json(body), &gotSecret);
    QVERIFY(t);
    QCOMPARE(scopeCode(t->scope), scope);
    QCOMPARE(t->isLegacy(), scope == -1);
    QCOMPARE(t->active, active);
    QCOMPARE(t->createdAt, createdAt);
    QCOMPARE(t->lastUsed, lastUsed);
    QCOMPARE(t->expiresAt, expiresAt);
    QCOMPARE(t->neverExpires(), !expiresAt.isValid());
    QCOMPARE(gotSecret, secret);
    QCOMPARE(t->isAutoGenerated(), autoGenerated);

    // The reply decoders agree with the object decoder.
    const ApiResult<AccessToken> reply = WireFormat::decodeTokenReply(body);
    QVERIFY(reply.ok());
    QCOMPARE(reply.value, *t);
}

void TestWireFormat::decodeTokenWithoutUuid()
{
    QVERIFY(!WireFormat::decodeAccessToken(json(R"({"token_label":"x"})")));
    QVERIFY(!WireFormat::decodeAccessToken(json(R"({"uuid":""})")));
    QVERIFY(!WireFormat::decodeAccessToken(json(R"({"uuid":42})")));
    const ApiResult<AccessToken> r = WireFormat::decodeTokenReply(R"({"token_label":"x"})");
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, Kind::MalformedReply);
}

void TestWireFormat::fullTokenFields()
{
    const std::optional<AccessToken> t = WireFormat::decodeAccessToken(json(kFullToken));
    QVERIFY(t);
    QCOMPARE(t->uuid, QStringLiteral("b30bbf97-506c-4ecd-aabc-842f3cb484fb"));
    QCOMPARE(t->label, QStringLiteral("My read only token"));
    QCOMPARE(t->clientId, QStringLiteral("HUB"));
    QCOMPARE(t->creatorIp, QStringLiteral("127.0.0.1"));
    QCOMPARE(t->creatorUserAgent, QStringLiteral("some user agent"));
    QCOMPARE(t->generatedBy, QStringLiteral("manual"));
}

void TestWireFormat::decodePage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("results");
    QTest::addColumn<bool>("hasNext");

    QTest::newRow("empty, nulls") << QByteArray(
        R"({"count":0,"next":null,"previous":null,"active_count":0,"results":[]})")
                                  << true << 0 << 0 << false;
    QTest::newRow("one page") << QByteArray(R"({"count":2,"next":null,"previous":null,"active_count":1,
        "results":[{"uuid":"a","is_active":true},{"uuid":"b","is_active":false}]})")
                              << true << 2 << 2 << false;
    QTest::newRow("with next") << QByteArray(
        R"({"count":150,"next":"https://hub.docker.com/v2/access-tokens?page=2&page_size=100",
        "previous":null,"active_count":150,"results":[{"uuid":"a"}]})")
                               << true << 150 << 1 << true;
    QTest::newRow("next empty string") << QByteArray(R"({"count":1,"next":"","results":[{"uuid":"a"}]})") << true << 1
                                       << 1 << false;
    QTest::newRow("not json") << QByteArray("<html>oops</html>") << false << 0 << 0 << false;
    QTest::newRow("empty body") << QByteArray("") << false << 0 << 0 << false;
    QTest::newRow("array") << QByteArray("[]") << false << 0 << 0 << false;
    QTest::newRow("no results") << QByteArray(R"({"count":1})") << false << 0 << 0 << false;
    QTest::newRow("no count") << QByteArray(R"({"results":[]})") << false << 0 << 0 << false;
    QTest::newRow("count a string") << QByteArray(R"({"count":"3","results":[]})") << false << 0 << 0 << false;
    QTest::newRow("result without uuid") << QByteArray(R"({"count":1,"results":[{"token_label":"x"}]})") << false << 0
                                         << 0 << false;
    QTest::newRow("result not an object") << QByteArray(R"({"count":1,"results":["a"]})") << false << 0 << 0 << false;
    QTest::newRow("truncated") << QByteArray(R"({"count":1,"results":[{"uuid":"a")") << false << 0 << 0 << false;
}

void TestWireFormat::decodePage()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, count);
    QFETCH(int, results);
    QFETCH(bool, hasNext);
    const ApiResult<TokenPage> r = WireFormat::decodeTokenPageReply(body, 3, 100);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error->kind, Kind::MalformedReply);
        // Why, in this side's words (for logs); the server's words stay empty.
        QVERIFY(!r.error->detail.isEmpty());
        QVERIFY(r.error->message.isEmpty());
        return;
    }
    QCOMPARE(r.value.page, 3);
    QCOMPARE(r.value.pageSize, 100);
    QCOMPARE(r.value.count, count);
    QCOMPARE(r.value.results.size(), results);
    QCOMPARE(!r.value.next.isEmpty(), hasNext);
}

void TestWireFormat::decodeCreated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("secret");
    QTest::newRow("with secret") << QByteArray(R"({"uuid":"u","token":"dckr_pat_x","scopes":["repo:read"]})") << true
                                 << "dckr_pat_x";
    QTest::newRow("legacy uuid secret") << QByteArray(R"({"uuid":"u","token":"a7a5ef25-8889-43a0-8cc7-f2a94268e861"})")
                                        << true << "a7a5ef25-8889-43a0-8cc7-f2a94268e861";
    QTest::newRow("secret masked") << QByteArray(R"({"uuid":"u","token":"***"})") << false << QString();
    QTest::newRow("secret missing") << QByteArray(R"({"uuid":"u"})") << false << QString();
    QTest::newRow("not json") << QByteArray("created") << false << QString();
}

void TestWireFormat::decodeCreated()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, secret);
    const ApiResult<CreatedToken> r = WireFormat::decodeCreatedTokenReply(body);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r.value.secret, secret);
        QCOMPARE(r.value.token.uuid, QStringLiteral("u"));
    } else {
        QCOMPARE(r.error->kind, Kind::MalformedReply);
    }
}

void TestWireFormat::decodeSignIn_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("users/login") << QByteArray(R"({"token":"a.b.c"})") << true;
    QTest::newRow("auth/token") << QByteArray(R"({"access_token":"a.b.c"})") << true;
    QTest::newRow("no token") << QByteArray(R"({"detail":"ok"})") << false;
    QTest::newRow("token null") << QByteArray(R"({"token":null})") << false;
    QTest::newRow("html") << QByteArray("<html></html>") << false;
}

void TestWireFormat::decodeSignIn()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const ApiResult<QString> r = WireFormat::decodeSignInReply(body);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.value, QStringLiteral("a.b.c"));
    else
        QCOMPARE(r.error->kind, Kind::MalformedReply);
}

void TestWireFormat::encodeDraft_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("never expires") << "CI" << int(TokenScope::PublicRead) << QDateTime()
                                   << QByteArray(R"({"token_label":"CI","scopes":["repo:public_read"]})");
    QTest::newRow("read, expiry")
        << "laptop" << int(TokenScope::Read) << utc(2025, 2, 3, 4, 5, 6, 789)
        << QByteArray(R"({"token_label":"laptop","scopes":["repo:read"],"expires_at":"2025-02-03T04:05:06Z"})");
    QTest::newRow("write") << "w" << int(TokenScope::Write) << QDateTime()
                           << QByteArray(R"({"token_label":"w","scopes":["repo:write"]})");
    QTest::newRow("admin, offset expiry, unicode")
        << QString::fromUtf8("デプロイ \"prod\"") << int(TokenScope::Admin)
        << QDateTime(QDate(2025, 1, 1), QTime(9, 0), QTimeZone(9 * 3600))
        << QByteArray(
               R"({"token_label":"デプロイ \"prod\"","scopes":["repo:admin"],"expires_at":"2025-01-01T00:00:00Z"})");
}

void TestWireFormat::encodeDraft()
{
    QFETCH(QString, label);
    QFETCH(int, scope);
    QFETCH(QDateTime, expiresAt);
    QFETCH(QByteArray, expected);
    TokenDraft d;
    d.label = label;
    d.scope = TokenScope(scope);
    d.expiresAt = expiresAt;
    QCOMPARE(json(WireFormat::encodeTokenDraft(d)), json(expected));
}

void TestWireFormat::encodePatch_data()
{
    QTest::addColumn<QVariant>("label");
    QTest::addColumn<QVariant>("active");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QVariant() << QVariant() << -1 << QByteArray("{}");
    QTest::newRow("label") << QVariant(QStringLiteral("new")) << QVariant() << -1
                           << QByteArray(R"({"token_label":"new"})");
    QTest::newRow("deactivate") << QVariant() << QVariant(false) << -1 << QByteArray(R"({"is_active":false})");
    QTest::newRow("scope") << QVariant() << QVariant() << int(TokenScope::Write)
                           << QByteArray(R"({"scopes":["repo:write"]})");
    QTest::newRow("all") << QVariant(QStringLiteral("x")) << QVariant(true) << int(TokenScope::Admin)
                         << QByteArray(R"({"token_label":"x","is_active":true,"scopes":["repo:admin"]})");
}

void TestWireFormat::encodePatch()
{
    QFETCH(QVariant, label);
    QFETCH(QVariant, active);
    QFETCH(int, scope);
    QFETCH(QByteArray, expected);
    TokenPatch p;
    if (label.isValid())
        p.label = label.toString();
    if (active.isValid())
        p.active = active.toBool();
    if (scope >= 0)
        p.scope = TokenScope(scope);
    QCOMPARE(json(WireFormat::encodeTokenPatch(p)), json(expected));
}

void TestWireFormat::encodeCredentials()
{
    QCOMPARE(json(WireFormat::encodeLogin("ann", "p\"w")), json(R"({"username":"ann","password":"p\"w"})"));
    QCOMPARE(json(WireFormat::encodeTwoFactorLogin("t", "123456")), json(R"({"login_2fa_token":"t","code":"123456"})"));
    QCOMPARE(json(WireFormat::encodeAuthToken("ann", "dckr_pat_x")),
             json(R"({"identifier":"ann","secret":"dckr_pat_x"})"));
}

void TestWireFormat::decodeError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<WireFormat::ErrorContext>("context");
    QTest::addColumn<QString>("headerSpec");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fieldSpec");
    QTest::addColumn<QDateTime>("retryAt");

    using C = WireFormat::ErrorContext;
    const QDateTime none;
    // now = 2024-01-01T00:00:00Z (see decodeError())
    QTest::newRow("400 contract ValueError")
        << 400 << C::Authenticated << ""
        << QByteArray(
               R"({"fields":{"token_label":["Ensure this field has no more than 100 characters."],"scopes":["Invalid scope"]},"text":"invalid input"})")
        << Kind::Validation << "invalid input"
        << "scopes=Invalid scope|token_label=Ensure this field has no more than 100 characters." << none;
    QTest::newRow("400 field as a string, message")
        << 400 << C::Authenticated << "" << QByteArray(R"({"message":"bad","fields":{"expires_at":"too far"}})")
        << Kind::Validation << "bad"
        << "expires_at=too far" << none;
    QTest::newRow("400 several messages")
        << 400 << C::Authenticated << "" << QByteArray(R"({"fields":{"token_label":["a","b"]}})") << Kind::Validation
        << ""
        << "token_label=a;b" << none;
    QTest::newRow("400 no body") << 400 << C::SignIn << "" << QByteArray() << Kind::Validation << ""
                                 << "" << none;
    QTest::newRow("401 sign-in bad credentials")
        << 401 << C::SignIn << "" << QByteArray(R"({"detail":"Incorrect authentication credentials"})")
        << Kind::BadCredentials << "Incorrect authentication credentials"
        << "" << none;
    QTest::newRow("401 auth/token shape: message first")
        << 401 << C::SignIn << ""
        << QByteArray(R"({"errinfo":{},"detail":"Incorrect","message":"incorrect username or password"})")
        << Kind::BadCredentials << "incorrect username or password"
        << "" << none;
    QTest::newRow("401 2FA required with token")
        << 401 << C::SignIn << ""
        << QByteArray(R"({"detail":"Require secondary authentication on MFA enabled account","login_2fa_token":"abc"})")
        << Kind::TwoFactorRequired << "Require secondary authentication on MFA enabled account"
        << "" << none;
    QTest::newRow("401 2FA required, token only")
        << 401 << C::SignIn << "" << QByteArray(R"({"detail":"x","login_2fa_token":"abc"})") << Kind::TwoFactorRequired
        << "x"
        << "" << none;
    QTest::newRow("401 auth/token on a 2FA account")
        << 401 << C::SignIn << ""
        << QByteArray(
               R"({"errinfo":{},"detail":"Require secondary authentication on MFA enabled account","message":"use a personal access token"})")
        << Kind::TwoFactorRequired << "use a personal access token"
        << "" << none;
    QTest::newRow("401 2FA wrong code") << 401 << C::SecondFactor << ""
                                        << QByteArray(R"({"detail":"Incorrect authentication credentials"})")
                                        << Kind::BadCredentials << "Incorrect authentication credentials"
                                        << "" << none;
    QTest::newRow("401 sign-in locked") << 401 << C::SignIn << "Retry-After: 600"
                                        << QByteArray(
                                               R"({"detail":"Account locked: too many failed sign-in attempts"})")
                                        << Kind::RateLimited << "Account locked: too many failed sign-in attempts"
                                        << "" << utc(2024, 1, 1, 0, 10);
    QTest::newRow("401 sign-in too many, no header")
        << 401 << C::SignIn << "" << QByteArray(R"({"message":"Too many failed login attempts"})") << Kind::RateLimited
        << "Too many failed login attempts"
        << "" << none;
    QTest::newRow("401 authenticated: session expired")
        << 401 << C::Authenticated << "" << QByteArray(R"({"message":"unauthorized","errinfo":{}})")
        << Kind::SessionExpired << "unauthorized"
        << "" << none;
    QTest::newRow("401 authenticated, contract shape")
        << 401 << C::Authenticated << "" << QByteArray(R"({"detail":"Authentication credentials were not provided."})")
        << Kind::SessionExpired << "Authentication credentials were not provided."
        << "" << none;
    QTest::newRow("403 PAT session, current wording")
        << 403 << C::Authenticated << ""
        << QByteArray(R"({"message":"token issued from personal access token is not allowed","errinfo":{}})")
        << Kind::PatSessionForbidden << "token issued from personal access token is not allowed"
        << "" << none;
    QTest::newRow("403 PAT session, older wording")
        << 403 << C::Authenticated << ""
        << QByteArray(R"({"detail":"access to the resource is forbidden with personal access token"})")
        << Kind::PatSessionForbidden << "access to the resource is forbidden with personal access token"
        << "" << none;
    QTest::newRow("403 other") << 403 << C::Authenticated << "" << QByteArray(R"({"message":"forbidden"})")
                               << Kind::Forbidden << "forbidden"
                               << "" << none;
    QTest::newRow("403 sign-in SSO") << 403 << C::SignIn << ""
                                     << QByteArray(R"({"detail":"SSO is enforced for this organization"})")
                                     << Kind::Forbidden << "SSO is enforced for this organization"
                                     << "" << none;
    QTest::newRow("404") << 404 << C::Authenticated << "" << QByteArray(R"({"detail":"Not found.","message":""})")
                         << Kind::NotFound << "Not found."
                         << "" << none;
    QTest::newRow("404 no body") << 404 << C::Authenticated << "" << QByteArray() << Kind::NotFound << ""
                                 << "" << none;
    QTest::newRow("429 Retry-After seconds")
        << 429 << C::Authenticated << "Retry-After: 30|X-RateLimit-Reset: 1704067260"
        << QByteArray(R"({"detail":"Rate limit exceeded","error":false})") << Kind::RateLimited << "Rate limit exceeded"
        << "" << utc(2024, 1, 1, 0, 0, 30);
    QTest::newRow("429 Retry-After Unix time")
        << 429 << C::Authenticated << "retry-after: 1704067320" << QByteArray(R"({"detail":"Rate limit exceeded"})")
        << Kind::RateLimited << "Rate limit exceeded"
        << "" << utc(2024, 1, 1, 0, 2);
    QTest::newRow("429 Retry-After HTTP-date")
        << 429 << C::Authenticated << "Retry-After: Mon, 01 Jan 2024 00:05:00 GMT" << QByteArray() << Kind::RateLimited
        << ""
        << "" << utc(2024, 1, 1, 0, 5);
    QTest::newRow("429 X-RateLimit-Reset only")
        << 429 << C::Authenticated << "X-RateLimit-Limit: 180|X-RateLimit-Remaining: 0|X-RateLimit-Reset: 1704067245"
        << QByteArray() << Kind::RateLimited << ""
        << "" << utc(2024, 1, 1, 0, 0, 45);
    QTest::newRow("429 garbage Retry-After, reset")
        << 429 << C::Authenticated << "Retry-After: soon|X-RateLimit-Reset: 1704067245" << QByteArray()
        << Kind::RateLimited << ""
        << "" << utc(2024, 1, 1, 0, 0, 45);
    QTest::newRow("429 no headers") << 429 << C::Authenticated << "" << QByteArray() << Kind::RateLimited << ""
                                    << "" << none;
    QTest::newRow("429 on sign-in") << 429 << C::SignIn << "Retry-After: 0" << QByteArray() << Kind::RateLimited << ""
                                    << "" << utc(2024, 1, 1);
    QTest::newRow("500") << 500 << C::Authenticated << "" << QByteArray(R"({"message":"internal error"})")
                         << Kind::ServerError << "internal error"
                         << "" << none;
    QTest::newRow("502 html") << 502 << C::Authenticated << "" << QByteArray("<html><body>Bad gateway</body></html>")
                              << Kind::ServerError << ""
                              << "" << none;
    QTest::newRow("503 sign-in") << 503 << C::SignIn << "" << QByteArray() << Kind::ServerError << ""
                                 << "" << none;
    QTest::newRow("418 other") << 418 << C::Authenticated << "" << QByteArray(R"({"text":"teapot"})") << Kind::Other
                               << "teapot"
                               << "" << none;
    QTest::newRow("409 other") << 409 << C::Authenticated << "" << QByteArray(R"({"detail":"conflict"})") << Kind::Other
                               << "conflict"
                               << "" << none;
    QTest::newRow("message over detail over text")
        << 404 << C::Authenticated << "" << QByteArray(R"({"text":"t","detail":"d","message":"m"})") << Kind::NotFound
        << "m"
        << "" << none;
    QTest::newRow("detail over text") << 404 << C::Authenticated << ""
                                      << QByteArray(R"({"text":"t","detail":"d","message":null})") << Kind::NotFound
                                      << "d"
                                      << "" << none;
    QTest::newRow("detail not a string") << 404 << C::Authenticated << ""
                                         << QByteArray(R"({"detail":{"a":1},"text":"t"})") << Kind::NotFound << "t"
                                         << "" << none;
}

void TestWireFormat::decodeError()
{
    QFETCH(int, status);
    QFETCH(WireFormat::ErrorContext, context);
    QFETCH(QString, headerSpec);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    QFETCH(QString, fieldSpec);
    QFETCH(QDateTime, retryAt);

    const QDateTime now = utc(2024, 1, 1);
    const ApiError e = WireFormat::decodeError(status, headers(headerSpec), body, context, now);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.message, message);
    QCOMPARE(e.fieldErrors, fields(fieldSpec));
    QCOMPARE(e.retryAt, retryAt);
    QVERIFY(!e.toString().isEmpty());
}

void TestWireFormat::login2faToken()
{
    QCOMPARE(WireFormat::decodeLogin2faToken(R"({"detail":"x","login_2fa_token":"tok"})"), QStringLiteral("tok"));
    QCOMPARE(WireFormat::decodeLogin2faToken(R"({"detail":"x"})"), QString());
    QCOMPARE(WireFormat::decodeLogin2faToken("garbage"), QString());
}

void TestWireFormat::exportJson()
{
    AccessToken t;
    t.uuid = QStringLiteral("b30bbf97-506c-4ecc-9fe4-28ee6b2f4b1f");
    t.label = QStringLiteral("CI, \"deploy\" 日本語");
    t.scope = TokenScope::Write;
    t.active = false;
    t.generatedBy = QStringLiteral("manual");
    t.createdAt = QDateTime(QDate(2025, 1, 31), QTime(12, 0, 30, 250), QTimeZone::utc());
    const QJsonObject o = WireFormat::encodeTokenForExport(t);
    QCOMPARE(o.keys().size(), WireFormat::exportFields().size());
    for (const QString &field : WireFormat::exportFields())
        QVERIFY2(o.contains(field), qPrintable(field));
    QCOMPARE(o.value("uuid").toString(), t.uuid);
    QCOMPARE(o.value("token_label").toString(), t.label);
    QCOMPARE(o.value("scopes").toArray(), QJsonArray({QStringLiteral("repo:write")}));
    QCOMPARE(o.value("is_active").toBool(true), false);
    QCOMPARE(o.value("created_at").toString(), QStringLiteral("2025-01-31T12:00:30Z"));
    QVERIFY(o.value("last_used").isNull());
    QVERIFY(o.value("expires_at").isNull());
    QVERIFY(!o.contains("token"));

    // Legacy tokens: no scope → []; dates present → RFC 3339 UTC.
    t.scope.reset();
    t.lastUsed = QDateTime(QDate(2025, 2, 1), QTime(9, 0), QTimeZone(3600));
    t.expiresAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QJsonObject legacy = WireFormat::encodeTokenForExport(t);
    QCOMPARE(legacy.value("scopes").toArray(), QJsonArray());
    QCOMPARE(legacy.value("last_used").toString(), QStringLiteral("2025-02-01T08:00:00Z"));
    QCOMPARE(legacy.value("expires_at").toString(), QStringLiteral("2026-01-01T00:00:00Z"));
}

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
