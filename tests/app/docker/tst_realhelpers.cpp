// The real credential helpers from Debian's golang-docker-credential-helpers, named by HUBTOKENS_DOCKER_HELPER:
// docker-credential-secretservice against gnome-keyring in a private D-Bus session (with-secret-service.sh), and
// docker-credential-pass with a throwaway GPG key and password store (with-pass-store.sh). A token stored through
// this app's code must come back from `docker-credential-<helper> get` run directly, as `docker login` would see it.
#include "app/docker/CredentialHelper.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerInspectJob.h"
#include "app/docker/DockerSessionJob.h"
#include "app/docker/DockerSignInJob.h"
#include "app/docker/HelperCall.h"
#include "app/settings/AppSettings.h"
#include "tests/support/FakeHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString Hub = QStringLiteral("https://index.docker.io/v1/");

QString randomToken()
{
    return QStringLiteral("dckr_pat_") + QUuid::createUuid().toString(QUuid::Id128).left(27);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
};

// docker-credential-<helper> <action>, run directly, the way Docker runs it.
Run runHelper(const QString &helper, const QString &action, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral("docker-credential-") + helper, {action});
    Run r;
    if (!p.waitForStarted(10'000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(20'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    return r;
}

template <typename Job, typename Result> Result await(Job *job)
{
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(30'000)) {
        DockerError e;
        e.detail = QStringLiteral("TEST: no answer");
        return Result::failure(e);
    }
    return spy.at(0).at(0).template value<Result>();
}

} // namespace

class TestRealHelpers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void setUpTheStore();
    void signInLandsInTheStore();
    void replaceWithAnotherToken();
    void dockerSession();
    void listAndErase();

private:
    QString m_helper;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<DockerCredentials> m_docker;
    QString m_tokenA = randomToken();
    QString m_tokenB = randomToken();
};

void TestRealHelpers::initTestCase()
{
    m_helper = qEnvironmentVariable("HUBTOKENS_DOCKER_HELPER");
    QVERIFY2(!m_helper.isEmpty(), "set HUBTOKENS_DOCKER_HELPER to secretservice or pass");
    QVERIFY2(
        !CredentialHelper::findProgram(m_helper).isEmpty(),
        qPrintable(
            QStringLiteral("docker-credential-%1 is not installed (golang-docker-credential-helpers)").arg(m_helper)));
    QVERIFY(m_dir.isValid());
    qputenv("DOCKER_CONFIG", (m_dir.path() + QStringLiteral("/docker")).toLocal8Bit());
    m_settings = std::make_unique<AppSettings>(m_dir.path() + QStringLiteral("/settings.ini"));
    m_docker = std::make_unique<DockerCredentials>(m_settings.get());
    QCOMPARE(m_docker->configPath(), m_dir.path() + QStringLiteral("/docker/config.json"));
    QVERIFY(DockerCredentials::installedStores().contains(m_helper));
}

void TestRealHelpers::setUpTheStore()
{
    // No config.json yet: signing in is refused, nothing written.
    const auto refused = m_docker->signInNow(QStringLiteral("alice"), m_tokenA, QStringLiteral("uuid-a"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->kind, DockerError::Kind::NoCredentialStore);
    // With consent, the app sets credsStore.
    const auto configured = m_docker->setCredsStore(m_helper);
    QVERIFY2(configured.ok(), qPrintable(describe(configured)));
    QCOMPARE(configured.value.credsStore(), m_helper);
    const auto state = m_docker->inspectNow();
    QVERIFY2(state.ok(), qPrintable(describe(state)));
    QCOMPARE(state.value.helper, m_helper);
    QCOMPARE(state.value.kind(), StoredLogin::Kind::None);
}

void TestRealHelpers::signInLandsInTheStore()
{
    const auto done = await<DockerSignInJob, DockerResult<DockerSignedIn>>(
        m_docker->signIn(QStringLiteral("alice"), m_tokenA, QStringLiteral("uuid-a")));
    QVERIFY2(done.ok(), qPrintable(describe(done)));
    QCOMPARE(done.value.helper, m_helper);

    const Run get = runHelper(m_helper, QStringLiteral("get"), Hub.toUtf8());
    QCOMPARE(get.exitCode, 0);
    const QJsonObject entry = QJsonDocument::fromJson(get.out).object();
    QCOMPARE(entry.value(QLatin1String("Secret")).toString(), m_tokenA);
    QCOMPARE(entry.value(QLatin1String("Username")).toString(), QStringLiteral("alice"));
    QCOMPARE(entry.value(QLatin1String("ServerURL")).toString(), Hub);

    const auto state = await<DockerInspectJob, DockerResult<DockerLoginState>>(m_docker->inspect());
    QVERIFY2(state.ok(), qPrintable(describe(state)));
    QCOMPARE(state.value.kind(), StoredLogin::Kind::Token);
    QCOMPARE(state.value.tokenUuid, QStringLiteral("uuid-a"));
    QCOMPARE(state.value.username(), QStringLiteral("alice"));
}

void TestRealHelpers::replaceWithAnotherToken()
{
    const auto before = m_docker->inspectNow();
    QVERIFY(before.ok());
    QCOMPARE(before.value.replaces(StoredLogin::fingerprintOf(m_tokenB)), DockerLoginState::Replaces::AppToken);
    QCOMPARE(before.value.replaces(StoredLogin::fingerprintOf(m_tokenA)), DockerLoginState::Replaces::SameToken);
    const auto done = m_docker->signInNow(QStringLiteral("alice"), m_tokenB, QStringLiteral("uuid-b"));
    QVERIFY2(done.ok(), qPrintable(describe(done)));
    const Run get = runHelper(m_helper, QStringLiteral("get"), Hub.toUtf8());
    QCOMPARE(QJsonDocument::fromJson(get.out).object().value(QLatin1String("Secret")).toString(), m_tokenB);
    const auto after = m_docker->inspectNow();
    QVERIFY(after.ok());
    QCOMPARE(after.value.tokenUuid, QStringLiteral("uuid-b"));
}

void TestRealHelpers::dockerSession()
{
    // What Docker Desktop keeps: a JWT under the session key, stored with the helper itself.
    const QByteArray claims = R"({"exp":2000000000,"https://hub.docker.com":{"username":"alice","uuid":"u"}})";
    const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.")
        + QString::fromLatin1(claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + QStringLiteral(".c2ln");
    const QJsonObject entry{{QStringLiteral("ServerURL"), DockerConfig::sessionKey()},
                            {QStringLiteral("Username"), QStringLiteral("alice")},
                            {QStringLiteral("Secret"), jwt}};
    QCOMPARE(runHelper(m_helper, QStringLiteral("store"), QJsonDocument(entry).toJson(QJsonDocument::Compact)).exitCode,
             0);
    const auto session = await<DockerSessionJob, DockerResult<DockerSession>>(m_docker->readSession());
    QVERIFY2(session.ok(), qPrintable(describe(session)));
    QCOMPARE(session.value.jwt, jwt);
    QCOMPARE(session.value.username, QStringLiteral("alice"));
    QCOMPARE(session.value.expiresAt.toSecsSinceEpoch(), 2000000000);
    const auto state = m_docker->inspectNow();
    QVERIFY(state.ok());
    QVERIFY(state.value.hasSession());
}

void TestRealHelpers::listAndErase()
{
    const CredentialHelper helper(m_helper);
    const HelperReply list = helper.listNow();
    QVERIFY2(list.ok(), qPrintable(describe(list)));
    QCOMPARE(list.entries.value(Hub), QStringLiteral("alice"));
    QVERIFY(list.entries.contains(DockerConfig::sessionKey()));

    for (const QString &key : {Hub, DockerConfig::sessionKey()}) {
        HelperCall *call = helper.erase(key);
        QSignalSpy spy(call, &HelperCall::finished);
        QVERIFY(spy.wait(30'000));
        const HelperReply erased = spy.at(0).at(0).value<HelperReply>();
        QVERIFY2(erased.ok(), qPrintable(describe(erased)));
    }
    const HelperReply gone = helper.getNow(Hub);
    QVERIFY2(gone.ok(), qPrintable(describe(gone))); // not found is no error
    QVERIFY(!gone.credential);
    const HelperReply again = helper.eraseNow(Hub);
    QVERIFY2(again.ok(), qPrintable(describe(again)));
    const Run get = runHelper(m_helper, QStringLiteral("get"), Hub.toUtf8());
    QVERIFY(!get.out.contains(m_tokenB.toUtf8()));
    const auto state = m_docker->inspectNow();
    QVERIFY(state.ok());
    QCOMPARE(state.value.kind(), StoredLogin::Kind::None);
}

QTEST_GUILESS_MAIN(TestRealHelpers)
#include "tst_realhelpers.moc"
