// What Docker's store holds (StoredLogin, DockerLoginState), "Sign Docker in with this token" (DockerSignInJob) with
// the fingerprints in AppSettings, Docker's own Hub session (DockerSessionJob), inline auths, and the errors of
// each (no store, helper missing, not a session), through DockerCredentials, asynchronously and blocking, against
// the scripted file-backed helper.
#include "app/docker/CredentialHelper.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerInspectJob.h"
#include "app/docker/DockerSessionJob.h"
#include "app/docker/DockerSignInJob.h"
#include "app/docker/DockerText.h"
#include "app/settings/AppSettings.h"
#include "tests/support/FakeHelpers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const QString Hub = QStringLiteral("https://index.docker.io/v1/");
const QString TokenA = QStringLiteral("dckr_pat_AAAAAAAAAAAAAAAAAAAAAAAAAAA");
const QString TokenB = QStringLiteral("dckr_pat_BBBBBBBBBBBBBBBBBBBBBBBBBBB");
const QString UuidA = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString UuidB = QStringLiteral("22222222-2222-4222-8222-222222222222");

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT shaped like Docker's session (the signature is not checked by the app).
QString sessionJwt(const QString &username, qint64 exp)
{
    QJsonObject hub{{QStringLiteral("uuid"), QStringLiteral("u-1")},
                    {QStringLiteral("source"), QStringLiteral("docker_desktop|s")}};
    if (!username.isEmpty())
        hub.insert(QStringLiteral("username"), username);
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("https://login.docker.com/")},
                             {QStringLiteral("sub"), QStringLiteral("auth0|abc")},
                             {QStringLiteral("exp"), exp},
                             {QStringLiteral("https://hub.docker.com"), hub}};
    return QString::fromLatin1(b64url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + '.'
                               + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + b64url("sig"));
}

template <typename Job, typename Result> std::optional<Result> await(Job *job)
{
    QPointer<Job> guard(job);
    std::optional<Result> result;
    int emitted = 0;
    QObject::connect(job, &Job::finished, job, [&](const Result &r) {
        result = r;
        ++emitted;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 2000) || emitted != 1)
        return std::nullopt;
    return result;
}

} // namespace

class TestDockerLogin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void classify_data();
    void classify();
    void fingerprints();

    void emptyStore_data();
    void emptyStore();
    void signInThenInspect_data();
    void signInThenInspect();
    void whatWouldBeReplaced_data();
    void whatWouldBeReplaced();
    void noStoreConfigured();
    void helperNotInstalled();
    void helperErrorsReachTheCaller();
    void inlineAuths();

    void session_data();
    void session();
    void sessionUsernameFallsBackToTheRegistryEntry();
    void sessionInTheRegistryEntry();
    void notASession();
    void wordsForWhatIsStored();

private:
    void writeConfig(const QByteArray &json);
    void storeDirectly(const QString &key, const QString &username, const QString &secret);
    DockerResult<DockerLoginState> inspect(bool blocking);
    DockerResult<DockerSignedIn> signIn(bool blocking, const QString &secret, const QString &uuid);
    DockerResult<DockerSession> readSession(bool blocking);

    FakeHelpers m_fakes;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DockerCredentials> m_docker;
};

void TestDockerLogin::initTestCase()
{
    QVERIFY(m_fakes.install());
}

void TestDockerLogin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->path() + QStringLiteral("/settings.ini"));
    m_docker = std::make_unique<DockerCredentials>(m_settings.get());
    m_docker->setConfigPath(m_dir->path() + QStringLiteral("/config.json"));
    writeConfig("{\"credsStore\": \"fakestore\"}");
}

void TestDockerLogin::cleanup()
{
    m_docker.reset();
    m_settings.reset();
    m_fakes.clearStore();
}

void TestDockerLogin::writeConfig(const QByteArray &json)
{
    QFile f(m_docker->configPath());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
}

void TestDockerLogin::storeDirectly(const QString &key, const QString &username, const QString &secret)
{
    const HelperReply r = CredentialHelper(QStringLiteral("fakestore")).storeNow({key, username, secret});
    QVERIFY2(r.ok(), qPrintable(describe(r)));
}

DockerResult<DockerLoginState> TestDockerLogin::inspect(bool blocking)
{
    if (blocking)
        return m_docker->inspectNow();
    const auto r = await<DockerInspectJob, DockerResult<DockerLoginState>>(m_docker->inspect());
    if (!r) {
        DockerError e;
        e.detail = QStringLiteral("TEST: no single answer");
        return DockerResult<DockerLoginState>::failure(e);
    }
    return *r;
}

DockerResult<DockerSignedIn> TestDockerLogin::signIn(bool blocking, const QString &secret, const QString &uuid)
{
    if (blocking)
        return m_docker->signInNow(QStringLiteral("alice"), secret, uuid);
    const auto r =
        await<DockerSignInJob, DockerResult<DockerSignedIn>>(m_docker->signIn(QStringLiteral("alice"), secret, uuid));
    if (!r) {
        DockerError e;
        e.detail = QStringLiteral("TEST: no single answer");
        return DockerResult<DockerSignedIn>::failure(e);
    }
    return *r;
}

DockerResult<DockerSession> TestDockerLogin::readSession(bool blocking)
{
    if (blocking)
        return m_docker->readSessionNow();
    const auto r = await<DockerSessionJob, DockerResult<DockerSession>>(m_docker->readSession());
    if (!r) {
        DockerError e;
        e.detail = QStringLiteral("TEST: no single answer");
        return DockerResult<DockerSession>::failure(e);
    }
    return *r;
}

void TestDockerLogin::classify_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("kind");
    using K = StoredLogin::Kind;
    QTest::newRow("pat") << TokenA << int(K::Token);
    QTest::newRow("old uuid token") << UuidA << int(K::Token);
    QTest::newRow("password") << "correct horse battery staple" << int(K::Password);
    QTest::newRow("pat-ish password") << "dckr_pa" << int(K::Password);
    QTest::newRow("jwt") << sessionJwt(QStringLiteral("alice"), 2000000000) << int(K::Session);
    QTest::newRow("three dots, not a jwt") << "a.b.c" << int(K::Password);
    QTest::newRow("empty") << "" << int(K::None);
}

void TestDockerLogin::classify()
{
    QFETCH(QString, secret);
    QFETCH(int, kind);
    QCOMPARE(int(StoredLogin::classify(secret)), kind);
}

void TestDockerLogin::fingerprints()
{
    // SHA-256 of "abc".
    QCOMPARE(StoredLogin::fingerprintOf(QStringLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QVERIFY(StoredLogin::fingerprintOf(QString()).isEmpty());
    AppSettings &s = *m_settings;
    const QString fa = StoredLogin::fingerprintOf(TokenA);
    const QString fb = StoredLogin::fingerprintOf(TokenB);
    s.rememberDockerToken(fa, UuidA);
    s.rememberDockerToken(fb, UuidB);
    s.rememberDockerToken(QStringLiteral("not-a-fingerprint"), UuidB); // ignored
    QCOMPARE(s.dockerTokenFingerprints().size(), 2);
    QCOMPARE(s.dockerTokenUuid(fa), UuidA);
    // One fingerprint per token: remembering it again under a new secret replaces the old one.
    const QString fa2 = StoredLogin::fingerprintOf(TokenA + QLatin1Char('2'));
    s.rememberDockerToken(fa2, UuidA);
    QVERIFY(s.dockerTokenUuid(fa).isEmpty());
    QCOMPARE(s.dockerTokenUuid(fa2), UuidA);
    s.forgetDockerToken(UuidB);
    QVERIFY(s.dockerTokenUuid(fb).isEmpty());
    QCOMPARE(s.dockerTokenFingerprints().size(), 1);
    // The registry key and the Docker-session choice.
    QVERIFY(s.dockerRegistry().isEmpty());
    s.setDockerRegistry(QStringLiteral(" registry.example.com "));
    QCOMPARE(s.dockerRegistry(), QStringLiteral("registry.example.com"));
    const QUrl hub(QStringLiteral("https://hub.docker.com"));
    QVERIFY(!s.usesDockerSession(hub));
    s.setUsesDockerSession(hub, true);
    QVERIFY(s.usesDockerSession(hub));
    QVERIFY(!s.usesDockerSession(QUrl(QStringLiteral("http://127.0.0.1:1234"))));
    s.setUsesDockerSession(hub, false);
    QVERIFY(!s.usesDockerSession(hub));
    s.sync();
    QFile ini(m_dir->path() + QStringLiteral("/settings.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains(fa2.toLatin1()));
    QVERIFY(!text.contains(TokenA.toLatin1())); // a hash, never the secret
    // A DockerCredentials made with these settings takes their registry key.
    QCOMPARE(DockerCredentials(&s).registry(), QStringLiteral("registry.example.com"));
    QCOMPARE(DockerCredentials().registry(), Hub);
}

void TestDockerLogin::emptyStore_data()
{
    QTest::addColumn<bool>("blocking");
    QTest::newRow("async") << false;
    QTest::newRow("blocking") << true;
}

void TestDockerLogin::emptyStore()
{
    QFETCH(bool, blocking);
    const auto r = inspect(blocking);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.value.registry, Hub);
    QCOMPARE(r.value.helper, QStringLiteral("fakestore"));
    QVERIFY(r.value.hasCredentialStore());
    QCOMPARE(r.value.kind(), StoredLogin::Kind::None);
    QVERIFY(!r.value.hasSession());
    QCOMPARE(r.value.replaces(StoredLogin::fingerprintOf(TokenA)), DockerLoginState::Replaces::Nothing);
    const auto s = readSession(blocking);
    QVERIFY2(s.ok(), qPrintable(describe(s)));
    QVERIFY(!s.value.isFound());
}

void TestDockerLogin::signInThenInspect_data()
{
    emptyStore_data();
}

void TestDockerLogin::signInThenInspect()
{
    QFETCH(bool, blocking);
    const auto done = signIn(blocking, TokenA, UuidA);
    QVERIFY2(done.ok(), qPrintable(describe(done)));
    QCOMPARE(done.value.registry, Hub);
    QCOMPARE(done.value.helper, QStringLiteral("fakestore"));
    QCOMPARE(done.value.fingerprint, StoredLogin::fingerprintOf(TokenA));
    QCOMPARE(m_settings->dockerTokenUuid(done.value.fingerprint), UuidA);

    // What `docker login` would have stored, straight from the helper.
    const HelperReply raw = CredentialHelper(QStringLiteral("fakestore")).getNow(Hub);
    QVERIFY(raw.credential);
    QCOMPARE(raw.credential->serverUrl, Hub);
    QCOMPARE(raw.credential->username, QStringLiteral("alice"));
    QCOMPARE(raw.credential->secret, TokenA);

    const auto r = inspect(blocking);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.value.kind(), StoredLogin::Kind::Token);
    QCOMPARE(r.value.entry.origin, StoredLogin::Origin::Helper);
    QCOMPARE(r.value.username(), QStringLiteral("alice"));
    QCOMPARE(r.value.tokenUuid, UuidA);
    QCOMPARE(r.value.entry.fingerprint, StoredLogin::fingerprintOf(TokenA));

    // config.json never holds the secret.
    QFile config(m_docker->configPath());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(!config.readAll().contains(TokenA.toLatin1()));
}

void TestDockerLogin::whatWouldBeReplaced_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("storedByApp");
    QTest::addColumn<int>("replaces");
    using R = DockerLoginState::Replaces;
    QTest::newRow("same token") << TokenA << true << int(R::SameToken);
    QTest::newRow("another app token") << TokenB << true << int(R::AppToken);
    QTest::newRow("a foreign token") << TokenB << false << int(R::OtherToken);
    QTest::newRow("a password") << "hunter2" << false << int(R::Password);
    QTest::newRow("a session") << sessionJwt(QStringLiteral("alice"), 2000000000) << false << int(R::Session);
}

void TestDockerLogin::whatWouldBeReplaced()
{
    QFETCH(QString, stored);
    QFETCH(bool, storedByApp);
    QFETCH(int, replaces);
    if (storedByApp)
        QVERIFY(signIn(false, stored, stored == TokenA ? UuidA : UuidB).ok());
    else
        storeDirectly(Hub, QStringLiteral("alice"), stored);
    const auto r = inspect(false);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(int(r.value.replaces(StoredLogin::fingerprintOf(TokenA))), replaces);
    if (replaces == int(DockerLoginState::Replaces::AppToken))
        QCOMPARE(r.value.tokenUuid, UuidB);
    const QString question = DockerText::replaceQuestion(r.value.replaces(StoredLogin::fingerprintOf(TokenA)), Hub);
    QCOMPARE(question.isEmpty(), replaces == int(DockerLoginState::Replaces::SameToken));
    QVERIFY(!question.contains(stored));
}

void TestDockerLogin::noStoreConfigured()
{
    for (const bool blocking : {false, true}) {
        writeConfig("{\n\t\"auths\": {}\n}\n");
        const int runs = m_fakes.runCount();
        const auto r = signIn(blocking, TokenA, UuidA);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, DockerError::Kind::NoCredentialStore);
        QCOMPARE(r.error->path, m_docker->configPath());
        QFile config(m_docker->configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QCOMPARE(config.readAll(), QByteArray("{\n\t\"auths\": {}\n}\n")); // untouched: no secret written there
        QVERIFY(m_settings->dockerTokenFingerprints().isEmpty());
        QCOMPARE(m_fakes.runCount(), runs); // no helper was asked
        // inspect still works: nothing inline.
        const auto state = inspect(blocking);
        QVERIFY2(state.ok(), qPrintable(describe(state)));
        QVERIFY(!state.value.hasCredentialStore());
        QCOMPARE(state.value.kind(), StoredLogin::Kind::None);
    }
    // No config.json at all is the same.
    QVERIFY(QFile::remove(m_docker->configPath()));
    const auto r = signIn(false, TokenA, UuidA);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, DockerError::Kind::NoCredentialStore);
    QVERIFY(!QFile::exists(m_docker->configPath()));
}

void TestDockerLogin::helperNotInstalled()
{
    writeConfig("{\"credsStore\": \"nosuchhelper\"}");
    for (const bool blocking : {false, true}) {
        const auto i = inspect(blocking);
        QVERIFY(!i.ok());
        QCOMPARE(i.error->kind, DockerError::Kind::HelperMissing);
        QCOMPARE(i.error->helper, QStringLiteral("nosuchhelper"));
        const auto s = signIn(blocking, TokenA, UuidA);
        QVERIFY(!s.ok());
        QCOMPARE(s.error->kind, DockerError::Kind::HelperMissing);
        const auto r = readSession(blocking);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, DockerError::Kind::HelperMissing);
    }
    writeConfig("{\"credsStore\": ");
    const auto invalid = inspect(false);
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error->kind, DockerError::Kind::ConfigInvalid);
}

void TestDockerLogin::helperErrorsReachTheCaller()
{
    writeConfig("{\"credsStore\": \"fakefail\"}");
    const auto i = inspect(false);
    QVERIFY(!i.ok());
    QCOMPARE(i.error->kind, DockerError::Kind::HelperFailed);
    QCOMPARE(i.error->detail, QStringLiteral("the keyring is locked"));
    const auto s = signIn(false, TokenA, UuidA);
    QVERIFY(!s.ok());
    QCOMPARE(s.error->kind, DockerError::Kind::HelperFailed);
    QVERIFY(m_settings->dockerTokenFingerprints().isEmpty()); // nothing remembered for a failed store

    m_docker->setHelperTimeout(300);
    QCOMPARE(m_docker->helperTimeout(), 300);
    writeConfig("{\"credsStore\": \"fakehang\"}");
    const auto hung = signIn(false, TokenA, UuidA);
    QVERIFY(!hung.ok());
    QCOMPARE(hung.error->kind, DockerError::Kind::TimedOut);
    const auto hungSession = readSession(true);
    QVERIFY(!hungSession.ok());
    QCOMPARE(hungSession.error->kind, DockerError::Kind::TimedOut);
}

void TestDockerLogin::inlineAuths()
{
    const QByteArray json = "{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \""
        + QByteArray("bob:s3cret-password").toBase64()
        + "\"},"
          "\"https://index.docker.io/v1/access-token\": {\"auth\": \""
        + (QByteArray("bob:") + sessionJwt(QString(), 2000000000).toLatin1()).toBase64() + "\"}}}";
    writeConfig(json);
    for (const bool blocking : {false, true}) {
        const auto r = inspect(blocking);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(!r.value.hasCredentialStore());
        QCOMPARE(r.value.kind(), StoredLogin::Kind::Password);
        QCOMPARE(r.value.entry.origin, StoredLogin::Origin::Inline);
        QCOMPARE(r.value.username(), QStringLiteral("bob"));
        QVERIFY(r.value.hasSession());
        const auto s = readSession(blocking);
        QVERIFY2(s.ok(), qPrintable(describe(s)));
        QVERIFY(s.value.isFound());
        QCOMPARE(s.value.username, QStringLiteral("bob"));
        QVERIFY(s.value.helper.isEmpty());
    }
}

void TestDockerLogin::session_data()
{
    emptyStore_data();
}

void TestDockerLogin::session()
{
    QFETCH(bool, blocking);
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600;
    const QString jwt = sessionJwt(QStringLiteral("carol"), exp);
    storeDirectly(DockerConfig::sessionKey(), QStringLiteral("carol"), jwt);
    storeDirectly(Hub, QStringLiteral("carol"), TokenB); // the PAT docker login keeps beside it

    const auto s = readSession(blocking);
    QVERIFY2(s.ok(), qPrintable(describe(s)));
    QVERIFY(s.value.isFound());
    QCOMPARE(s.value.jwt, jwt);
    QCOMPARE(s.value.username, QStringLiteral("carol"));
    QCOMPARE(s.value.expiresAt.toSecsSinceEpoch(), exp);
    QVERIFY(!s.value.isExpired());
    QVERIFY(s.value.isExpired(QDateTime::fromSecsSinceEpoch(exp + 1, Qt::UTC)));
    QCOMPARE(s.value.helper, QStringLiteral("fakestore"));

    const auto state = inspect(blocking);
    QVERIFY(state.ok());
    QCOMPARE(state.value.kind(), StoredLogin::Kind::Token); // the registry entry speaks first
    QVERIFY(state.value.hasSession());
    QCOMPARE(state.value.session.username, QStringLiteral("carol"));
    QCOMPARE(state.value.session.expiresAt.toSecsSinceEpoch(), exp);
    QVERIFY(state.value.tokenUuid.isEmpty()); // not put there by this app

    // Docker renewed it: the next read sees the new one (nothing was kept).
    const QString renewed = sessionJwt(QStringLiteral("carol"), exp + 600);
    storeDirectly(DockerConfig::sessionKey(), QStringLiteral("carol"), renewed);
    const auto again = readSession(blocking);
    QVERIFY(again.ok());
    QCOMPARE(again.value.jwt, renewed);
}

void TestDockerLogin::sessionUsernameFallsBackToTheRegistryEntry()
{
    storeDirectly(DockerConfig::sessionKey(), QStringLiteral("<token>"), sessionJwt(QString(), 2000000000));
    storeDirectly(Hub, QStringLiteral("dave"), TokenA);
    const auto s = readSession(false);
    QVERIFY2(s.ok(), qPrintable(describe(s)));
    QCOMPARE(s.value.username, QStringLiteral("dave"));
    // Only the session entry: its own Username.
    m_fakes.clearStore();
    storeDirectly(DockerConfig::sessionKey(), QStringLiteral("erin"), sessionJwt(QString(), 2000000000));
    const auto only = readSession(true);
    QVERIFY(only.ok());
    QCOMPARE(only.value.username, QStringLiteral("erin"));
    // The state says Session when the registry entry is empty.
    const auto state = inspect(false);
    QVERIFY(state.ok());
    QCOMPARE(state.value.kind(), StoredLogin::Kind::Session);
    QCOMPARE(state.value.username(), QStringLiteral("erin"));
}

void TestDockerLogin::sessionInTheRegistryEntry()
{
    const QString jwt = sessionJwt(QStringLiteral("frank"), 2000000000);
    storeDirectly(Hub, QStringLiteral("frank"), jwt);
    const auto s = readSession(false);
    QVERIFY2(s.ok(), qPrintable(describe(s)));
    QCOMPARE(s.value.jwt, jwt);
    QCOMPARE(s.value.username, QStringLiteral("frank"));
}

void TestDockerLogin::notASession()
{
    storeDirectly(DockerConfig::sessionKey(), QStringLiteral("gina"), QStringLiteral("not-a-jwt"));
    for (const bool blocking : {false, true}) {
        const auto s = readSession(blocking);
        QVERIFY(!s.ok());
        QCOMPARE(s.error->kind, DockerError::Kind::NotASession);
        QVERIFY(!s.error->toString().contains(QLatin1String("not-a-jwt")));
        const auto state = inspect(blocking);
        QVERIFY(state.ok());
        QVERIFY(!state.value.hasSession());
    }
}

void TestDockerLogin::wordsForWhatIsStored()
{
    using K = StoredLogin::Kind;
    QStringList seen;
    for (const K kind : {K::None, K::Token, K::Password, K::Session}) {
        const QString name = DockerText::kindName(kind);
        QVERIFY(!name.isEmpty());
        QVERIFY(!seen.contains(name));
        seen << name;
    }
    QCOMPARE(StoredLogin::kindKeyword(K::Token), QStringLiteral("token"));
    QCOMPARE(StoredLogin::kindKeyword(K::Password), QStringLiteral("password"));
    QCOMPARE(StoredLogin::kindKeyword(K::Session), QStringLiteral("session"));
    QCOMPARE(StoredLogin::kindKeyword(K::None), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestDockerLogin)
#include "tst_dockerlogin.moc"
