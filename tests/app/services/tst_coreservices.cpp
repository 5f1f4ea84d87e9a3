// CoreServices, the one composition root: what it builds from CoreOptions, and that each service is wired to the
// others it needs, with nothing left for the caller to set.
#include "app/docker/DockerCredentials.h"
#include "app/hub/HubClient.h"
#include "app/hub/RetryPolicy.h"
#include "app/services/CoreServices.h"
#include "app/session/SessionKeeper.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "tests/support/MemorySecretStore.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Options for a test: a temporary settings file, nothing else given.
CoreOptions testOptions()
{
    CoreOptions options;
    options.settings = AppSettings::temporary();
    return options;
}

} // namespace

class TestCoreServices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wiresTheCore();
    void takesTheGivenSettingsAndLanguages();
    void keeperOnlyWithAStore();
    void dockerCanBeLeftOut();
    void accountCanLeaveTheSettingsAlone();
    void serverAndTries();
    void badServerIsReported();
    void deletesWhatItMade();
};

void TestCoreServices::wiresTheCore()
{
    CoreServices services(testOptions());
    QVERIFY(services.settings());
    QVERIFY(services.languages());
    QVERIFY(services.client());
    QVERIFY(services.account());
    QVERIFY(services.core());
    QCOMPARE(services.core()->account(), services.account());
    QCOMPARE(services.core()->client(), services.client());
    QCOMPARE(services.account()->client(), services.client());
    QCOMPARE(services.account()->settings(), services.settings());
    // Docker takes part by default, the same store for the account's "Continue with Docker's sign-in".
    QVERIFY(services.docker());
    QCOMPARE(services.account()->docker(), services.docker());
    QCOMPARE(services.client()->baseUrl(), HubClient::defaultBaseUrl());
    QCOMPARE(services.client()->retryPolicy().maxTries, RetryPolicy{}.maxTries);
    QVERIFY(services.serverError().isEmpty());
}

void TestCoreServices::takesTheGivenSettingsAndLanguages()
{
    CoreOptions options = testOptions();
    AppSettings *settings = options.settings.get();
    options.languages = std::make_unique<LanguageManager>(settings);
    LanguageManager *languages = options.languages.get();
    CoreServices services(std::move(options));
    QCOMPARE(services.settings(), settings);
    QCOMPARE(services.languages(), languages);
    QCOMPARE(services.account()->settings(), settings);
}

void TestCoreServices::keeperOnlyWithAStore()
{
    {
        CoreServices services(testOptions());
        QVERIFY(!services.keeper());
        QVERIFY(!services.account()->keeper());
    }
    MemorySecretStore store;
    CoreOptions options = testOptions();
    options.secretStore = &store;
    CoreServices services(std::move(options));
    QVERIFY(services.keeper());
    QCOMPARE(services.account()->keeper(), services.keeper());

    // The keeper is the account's: a sign-in with "Stay signed in" reaches the store given.
    services.account()->signedIn(QStringLiteral("alice"), QStringLiteral("header.payload.signature"), true);
    QTRY_VERIFY(store.contains(SecretStore::sessionKey(services.client()->baseUrl(), QStringLiteral("alice"))));
}

void TestCoreServices::dockerCanBeLeftOut()
{
    CoreOptions options = testOptions();
    options.docker = false;
    CoreServices services(std::move(options));
    QVERIFY(!services.docker());
    QVERIFY(!services.account()->docker());
}

void TestCoreServices::accountCanLeaveTheSettingsAlone()
{
    CoreOptions options = testOptions();
    options.accountUsesSettings = false;
    CoreServices services(std::move(options));
    QVERIFY(services.settings());
    QVERIFY(!services.account()->settings());
}

void TestCoreServices::serverAndTries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CoreOptions options = testOptions();
    options.server = QUrl(QStringLiteral("http://127.0.0.1:9/v2"));
    options.tries = 1;
    options.dockerConfigPath = dir.filePath(QStringLiteral("config.json"));
    options.dockerRegistry = QStringLiteral("registry.example.com");
    CoreServices services(std::move(options));
    QVERIFY2(services.serverError().isEmpty(), qPrintable(services.serverError()));
    QCOMPARE(services.client()->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/v2")));
    QCOMPARE(services.client()->retryPolicy().maxTries, 1);
    QCOMPARE(services.docker()->configPath(), dir.filePath(QStringLiteral("config.json")));
    QCOMPARE(services.docker()->registry(), QStringLiteral("registry.example.com"));
}

void TestCoreServices::badServerIsReported()
{
    CoreOptions options = testOptions();
    options.server = QUrl(QStringLiteral("ftp://example.com"));
    CoreServices services(std::move(options));
    QVERIFY(!services.serverError().isEmpty());
    QCOMPARE(services.client()->baseUrl(), HubClient::defaultBaseUrl());
}

void TestCoreServices::deletesWhatItMade()
{
    MemorySecretStore store;
    CoreOptions options = testOptions();
    options.secretStore = &store;
    auto services = std::make_unique<CoreServices>(std::move(options));
    QPointer<TokenCore> core = services->core();
    QPointer<Account> account = services->account();
    QPointer<HubClient> client = services->client();
    QPointer<SessionKeeper> keeper = services->keeper();
    QPointer<DockerCredentials> docker = services->docker();
    services.reset();
    QVERIFY(!core);
    QVERIFY(!account);
    QVERIFY(!client);
    QVERIFY(!keeper);
    QVERIFY(!docker);
}

QTEST_GUILESS_MAIN(TestCoreServices)
#include "tst_coreservices.moc"
