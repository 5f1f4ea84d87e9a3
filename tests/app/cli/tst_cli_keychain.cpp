// hubtokens-cli and the system keychain, against a real Secret Service (run by tests/app/secrets/with-secret-service.sh):
// `login` keeps the session under the key the window's "Stay signed in" uses, later runs resume it without signing
// in, a session the window kept serves the CLI too, HUBTOKENS_* take precedence and leave it alone, a session the
// server refuses is forgotten, and `logout` forgets it.
#include "CliTestFixture.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/session/SessionKeeper.h"
#include "app/settings/AppSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

namespace {

// What the keychain holds under `key` (the window's store: same service, same key).
SecretStore::Result readKeychain(const QString &key)
{
    KeychainSecretStore store;
    std::optional<SecretStore::Result> got;
    QObject context;
    store.read(key, &context, [&](const SecretStore::Result &r) { got = r; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
        return SecretStore::failure(SecretStore::Status::Failed, QStringLiteral("no answer"));
    return *got;
}

} // namespace

class TestCliKeychain : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CliTestFixture> f;

    QString aliceKey() const { return SecretStore::sessionKey(f->emu()->baseUrl(), QStringLiteral("alice")); }

    void login()
    {
        const CliRun run = f->run({"login", "--username", "alice", "--password-stdin"}, f->keychainEnv(), "alice-pw\n");
        CLI_EXPECT(run, 0);
        QVERIFY2(run.errText().contains(QLatin1String("The session is kept in the system keychain until")),
                 run.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/app/secrets/with-secret-service.sh");
        const SecretStore::Result probe = readKeychain(QStringLiteral("probe"));
        QVERIFY2(SecretStore::statusOf(probe) == SecretStore::Status::NotFound,
                 qPrintable(SecretStore::messageOf(probe)));
    }

    void init()
    {
        // Every test is a new server (a new port: a new key in the keychain) and the same settings file.
        f = std::make_unique<CliTestFixture>();
    }
    void cleanup() { f.reset(); }

    void loginKeepsLaterRunsResumeLogoutForgets()
    {
        login();
        // Kept under the window's key (the JWT, not the password), with the username in the shared settings.
        const SecretStore::Result kept = readKeychain(aliceKey());
        QVERIFY(kept.ok());
        QCOMPARE(kept.value.count(QLatin1Char('.')), 2);
        QVERIFY(!kept.value.contains(QLatin1String("alice-pw")));
        QCOMPARE(AppSettings().lastUsername(f->emu()->baseUrl()), QStringLiteral("alice"));

        // The next run signs nothing in: one request, the list.
        const int before = f->emu()->requestCount();
        CliRun run = f->run({"--format", "json", "token", "ls"}, f->keychainEnv());
        CLI_EXPECT(run, 0);
        QCOMPARE(jsonArray(run).size(), 7);
        QCOMPARE(f->emu()->requestCount(), before + 1);
        run = f->run({"token", "create", "--description", "from a kept session", "--quiet"}, f->keychainEnv());
        CLI_EXPECT(run, 0);

        run = f->run({"logout"}, f->keychainEnv());
        CLI_EXPECT(run, 0);
        QVERIFY2(run.errText().contains(
                     QLatin1String("Signed out alice from %1: the kept session is forgotten.").arg(f->server())),
                 run.err.constData());
        QCOMPARE(SecretStore::statusOf(readKeychain(aliceKey())), SecretStore::Status::NotFound);
        CLI_EXPECT(f->run({"token", "ls"}, f->keychainEnv()), 3);
    }

    void aSessionTheWindowKeptServesTheCli()
    {
        // What the window does with "Stay signed in": SessionKeeper on KeychainSecretStore and the shared settings.
        HubClient client;
        client.setBaseUrlUnchecked(f->emu()->baseUrl());
        SignInRequest *request = client.signIn(QStringLiteral("alice"), QStringLiteral("alice-pw"));
        QSignalSpy signedIn(request, &SignInRequest::finished);
        QVERIFY(signedIn.wait(10000));
        const SignInResult result = signedIn.constFirst().constFirst().value<SignInResult>();
        QVERIFY(result.ok());
        KeychainSecretStore store;
        AppSettings settings;
        SessionKeeper keeper(&store, &settings);
        QSignalSpy kept(&keeper, &SessionKeeper::kept);
        keeper.signedIn(f->emu()->baseUrl(), QStringLiteral("alice"), result.value.jwt, true);
        QVERIFY(kept.wait(10000));
        QCOMPARE(kept.constFirst().constFirst().toBool(), true);
        settings.sync();

        const int before = f->emu()->requestCount();
        const CliRun run = f->run({"token", "inspect", f->alice("soon").uuid}, f->keychainEnv());
        CLI_EXPECT(run, 0);
        QVERIFY(run.outText().contains(QLatin1String("soon")));
        QCOMPARE(f->emu()->requestCount(), before + 1); // no sign-in
    }

    void environmentComesFirstAndLeavesTheKeptSessionAlone()
    {
        login();
        f->emu()->addAccount(QStringLiteral("carol"), QStringLiteral("carol-pw"));
        SeedToken only;
        only.label = QStringLiteral("carol's only token");
        f->emu()->addToken(QStringLiteral("carol"), only);
        QProcessEnvironment env = f->keychainEnv();
        env.insert(QStringLiteral("HUBTOKENS_USERNAME"), QStringLiteral("carol"));
        env.insert(QStringLiteral("HUBTOKENS_PASSWORD"), QStringLiteral("carol-pw"));
        const CliRun run = f->run({"--format", "json", "token", "ls"}, env);
        CLI_EXPECT(run, 0);
        QCOMPARE(labels(jsonArray(run)), QSet<QString>{QStringLiteral("carol's only token")});
        // Nothing kept for carol, nothing changed for alice.
        QCOMPARE(
            SecretStore::statusOf(readKeychain(SecretStore::sessionKey(f->emu()->baseUrl(), QStringLiteral("carol")))),
            SecretStore::Status::NotFound);
        QVERIFY(readKeychain(aliceKey()).ok());
        QCOMPARE(AppSettings().lastUsername(f->emu()->baseUrl()), QStringLiteral("alice"));
        CLI_EXPECT(f->run({"token", "ls"}, f->keychainEnv()), 0);
    }

    // HUBTOKENS_USERNAME names the account the run acts as: never another account's kept session.
    void aNamedAccountIsNeverServedByAnother()
    {
        login(); // alice's session is kept
        f->emu()->addAccount(QStringLiteral("carol"), QStringLiteral("carol-pw"));
        const int aliceTokens = f->emu()->tokenCount(QStringLiteral("alice"));
        QProcessEnvironment env = f->keychainEnv();
        env.insert(QStringLiteral("HUBTOKENS_USERNAME"), QStringLiteral("carol"));
        const int before = f->emu()->requestCount();
        const CliRun run = f->run({"token", "create", "--description", "meant for carol", "--quiet"}, env);
        CLI_EXPECT(run, 3);
        QVERIFY2(run.errText().contains(QLatin1String("No password for carol")), run.err.constData());
        QVERIFY2(run.outText().isEmpty(), run.out.constData());
        QCOMPARE(f->emu()->requestCount(), before); // nothing was asked of the server, as alice or anyone
        QCOMPARE(f->emu()->tokenCount(QStringLiteral("alice")), aliceTokens);

        // Naming alice herself: her kept session serves the run.
        env.insert(QStringLiteral("HUBTOKENS_USERNAME"), QStringLiteral("alice"));
        CLI_EXPECT(f->run({"token", "ls"}, env), 0);
    }

    void aRefusedSessionIsForgotten()
    {
        login();
        f->emu()->setClockSkew(2 * 3600); // the kept session has expired on the server
        const CliRun run = f->run({"token", "ls"}, f->keychainEnv());
        CLI_EXPECT(run, 3);
        QVERIFY2(
            run.errText().contains(QLatin1String("Your session expired. Run 'hubtokens-cli login' to sign in again.")),
            run.err.constData());
        QCOMPARE(SecretStore::statusOf(readKeychain(aliceKey())), SecretStore::Status::NotFound);
    }

    void aPromptedSignInIsKept()
    {
        // bob2fa on a terminal once (password and code), then scripts run without asking.
        PtySession pty;
        QVERIFY(pty.start(f->args({"token", "ls", "--status", "active"}), f->keychainEnv()));
        QVERIFY(pty.waitFor(QStringLiteral("Username")));
        pty.type("bob2fa\n");
        QVERIFY(pty.waitFor(QStringLiteral("Password for bob2fa: ")));
        pty.type("bob-pw\n");
        QVERIFY(pty.waitFor(QStringLiteral("Two-factor code for bob2fa: ")));
        pty.type(HubEmulator::totpCode(CliTestFixture::TotpSecret, f->emu()->nowSecs()).toLatin1() + "\n");
        QCOMPARE(pty.waitForExit(), 0);
        QVERIFY2(!pty.screen().contains(QLatin1String("can't be remembered")), qPrintable(pty.screen()));

        const CliRun run = f->run({"--format", "json", "token", "ls"}, f->keychainEnv());
        CLI_EXPECT(run, 0);
        QVERIFY(jsonArray(run).isEmpty()); // bob2fa has no tokens: the run is his, not alice's
        QVERIFY(readKeychain(SecretStore::sessionKey(f->emu()->baseUrl(), QStringLiteral("bob2fa"))).ok());
    }

    // Done means: a token made with --docker-login lands in the real Secret Service through Docker's own helper, and
    // `docker-credential-secretservice get` returns it. `docker use-store` sets that store up first.
    void dockerLoginLandsInSecretService()
    {
        QTemporaryDir docker;
        QVERIFY(docker.isValid());
        {
            QFile config(docker.filePath(QStringLiteral("config.json")));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(R"({"auths": {}, "psFormat": "table {{.ID}}"})");
        }
        QProcessEnvironment env = f->keychainEnv();
        env.insert(QStringLiteral("DOCKER_CONFIG"), docker.path());
        CliRun run = f->run({"docker", "use-store", "secretservice"}, env);
        CLI_EXPECT(run, 0);
        QFile config(docker.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(config.readAll()).object();
        QCOMPARE(o.value(QLatin1String("credsStore")).toString(), QStringLiteral("secretservice"));
        QCOMPARE(o.value(QLatin1String("psFormat")).toString(), QStringLiteral("table {{.ID}}")); // kept

        env.insert(QStringLiteral("HUBTOKENS_USERNAME"), QStringLiteral("alice"));
        env.insert(QStringLiteral("HUBTOKENS_PASSWORD"), QStringLiteral("alice-pw"));
        const QString registry =
            QStringLiteral("https://hubtokens-test-%1.invalid/v1/").arg(f->emu()->baseUrl().port());
        run = f->run({"--registry", registry, "token", "create", "--description", "secretservice e2e", "--docker-login",
                      "--quiet"},
                     env);
        CLI_EXPECT(run, 0);
        const QString secret = run.outText().trimmed();
        QVERIFY(secret.startsWith(QLatin1String("dckr_pat_")));

        QProcess get;
        get.setProcessEnvironment(env);
        get.start(QStringLiteral("docker-credential-secretservice"), {QStringLiteral("get")});
        QVERIFY(get.waitForStarted(5000));
        get.write(registry.toUtf8());
        get.closeWriteChannel();
        QVERIFY(get.waitForFinished(15000));
        QCOMPARE(get.exitCode(), 0);
        const QJsonObject entry = QJsonDocument::fromJson(get.readAllStandardOutput()).object();
        QCOMPARE(entry.value(QLatin1String("Secret")).toString(), secret);
        QCOMPARE(entry.value(QLatin1String("Username")).toString(), QStringLiteral("alice"));

        // The app recognises it as the token this computer's Docker uses.
        run = f->run({"--registry", registry, "docker", "status", "--format", "json"}, env);
        CLI_EXPECT(run, 0);
        const QJsonObject status = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(status.value(QLatin1String("kind")).toString(), QStringLiteral("token"));
        QCOMPARE(status.value(QLatin1String("helper")).toString(), QStringLiteral("secretservice"));
        QVERIFY(!status.value(QLatin1String("uuid")).toString().isEmpty());

        QProcess erase;
        erase.setProcessEnvironment(env);
        erase.start(QStringLiteral("docker-credential-secretservice"), {QStringLiteral("erase")});
        QVERIFY(erase.waitForStarted(5000));
        erase.write(registry.toUtf8());
        erase.closeWriteChannel();
        QVERIFY(erase.waitForFinished(15000));
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
