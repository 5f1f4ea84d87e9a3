// hubtokens-cli and Docker's credential store, end to end against the Hub emulator and a scripted credential helper
// (tests/support/fake-docker-credential.sh as docker-credential-fakestore, a file store): token create
// --docker-login (and its refusal to replace without --force), token ls's Docker column, docker status, token
// rotate (all steps, --delete-old, and a Docker step that fails), docker use-store, and login --from-docker with a
// Docker session the emulator minted (and one that lapsed). No keychain, no display.
#include "CliTestFixture.h"
#include "app/docker/DockerConfig.h"
#include "tests/support/FakeHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QRegularExpression SecretPattern(QStringLiteral("^dckr_pat_[A-Za-z0-9_-]{27}$"));

} // namespace

class TestCliDocker : public QObject {
    Q_OBJECT

private:
    FakeHelpers m_fakes;
    std::unique_ptr<CliTestFixture> f;
    std::unique_ptr<QTemporaryDir> m_docker;

    QString registry() const { return DockerConfig::defaultRegistry(); }

    void writeConfig(const QByteArray &json)
    {
        QFile file(m_docker->filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
    }

    // alice's environment, with Docker's config in m_docker and the scripted helpers on PATH.
    QProcessEnvironment env(bool signedIn = true) const
    {
        QProcessEnvironment e = signedIn ? f->asAlice() : f->env();
        e.insert(QStringLiteral("DOCKER_CONFIG"), m_docker->path());
        e.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        e.insert(QStringLiteral("FAKE_HELPER_STORE"), m_fakes.storeDir());
        e.insert(QStringLiteral("FAKE_HELPER_LOG"), m_fakes.logDir());
        return e;
    }

    // What docker-credential-<helper> get answers for `key`: {ServerURL, Username, Secret}, or empty.
    static QJsonObject helperGet(const QString &helper, const QString &key)
    {
        QProcess p;
        p.start(QStringLiteral("docker-credential-") + helper, {QStringLiteral("get")});
        if (!p.waitForStarted(5000))
            return {};
        p.write(key.toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(15000) || p.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    static void helperStore(const QString &helper, const QString &key, const QString &user, const QString &secret)
    {
        QProcess p;
        p.start(QStringLiteral("docker-credential-") + helper, {QStringLiteral("store")});
        QVERIFY(p.waitForStarted(5000));
        QJsonObject o{
            {QStringLiteral("ServerURL"), key}, {QStringLiteral("Username"), user}, {QStringLiteral("Secret"), secret}};
        p.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
    }

    // token create --docker-login as alice: the new token's uuid and secret.
    QPair<QString, QString> createWithDocker(const QString &description, const QStringList &more = {})
    {
        const CliRun run = f->run(
            QStringList{"token", "create", "--description", description, "--docker-login", "--format", "json"} + more,
            env());
        if (run.exitCode != 0)
            qWarning("%s", run.describe().constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        return {o.value(QLatin1String("uuid")).toString(), o.value(QLatin1String("token")).toString()};
    }

    QJsonObject status()
    {
        const CliRun run = f->run({"docker", "status", "--format", "json"}, env(false));
        if (run.exitCode != 0)
            qWarning("%s", run.describe().constData());
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fakes.install()); }

    void init()
    {
        f = std::make_unique<CliTestFixture>();
        m_docker = std::make_unique<QTemporaryDir>();
        m_fakes.clearStore();
        m_fakes.clearLogs();
        writeConfig(R"({"credsStore": "fakestore", "experimental": "enabled"})");
    }

    void cleanup()
    {
        f.reset();
        m_docker.reset();
    }

    void createSignsDockerIn()
    {
        const auto [uuid, secret] = createWithDocker(QStringLiteral("laptop docker"));
        QVERIFY(!uuid.isEmpty());
        QVERIFY(SecretPattern.match(secret).hasMatch());
        const QJsonObject stored = helperGet(QStringLiteral("fakestore"), registry());
        QCOMPARE(stored.value(QLatin1String("Secret")).toString(), secret);
        QCOMPARE(stored.value(QLatin1String("Username")).toString(), QStringLiteral("alice"));
        // The app keeps the fingerprint, never the secret.
        QDirIterator files(f->home(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
        // config.json kept its other keys and got no secret.
        QFile config(m_docker->filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray configText = config.readAll();
        QVERIFY(!configText.contains(secret.toUtf8()));
        QVERIFY(configText.contains("experimental"));
        // No helper saw it in its argv or environment.
        QVERIFY(m_fakes.runCount() > 0);
        QVERIFY(!m_fakes.runLogs().contains(secret.toUtf8()));

        // token ls marks it; docker status names it.
        CliRun run = f->run({"token", "ls", "--format", "json"}, env());
        CLI_EXPECT(run, 0);
        int marked = 0;
        for (const QJsonValue &v : jsonArray(run)) {
            const bool inUse = v[QLatin1String("docker_login")].toBool();
            QVERIFY(v.toObject().contains(QLatin1String("docker_login")));
            if (inUse) {
                ++marked;
                QCOMPARE(v[QLatin1String("uuid")].toString(), uuid);
            }
        }
        QCOMPARE(marked, 1);
        run = f->run({"token", "ls"}, env());
        CLI_EXPECT(run, 0);
        const QStringList lines = run.outText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.contains(uuid))
                QVERIFY2(line.contains(QLatin1String("in use")), qPrintable(line));
            else if (line.contains(QLatin1String("ci active")))
                QVERIFY2(!line.contains(QLatin1String("in use")), qPrintable(line));
        }
        const QJsonObject s = status();
        QCOMPARE(s.value(QLatin1String("kind")).toString(), QStringLiteral("token"));
        QCOMPARE(s.value(QLatin1String("uuid")).toString(), uuid);
        QCOMPARE(s.value(QLatin1String("helper")).toString(), QStringLiteral("fakestore"));
        QCOMPARE(s.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(s.value(QLatin1String("registry")).toString(), registry());
        // The text form names the token by its description when it can list.
        run = f->run({"docker", "status"}, env());
        CLI_EXPECT(run, 0);
        QVERIFY2(run.outText().contains(QStringLiteral("“laptop docker” (%1)").arg(uuid)), run.out.constData());
    }

    void refusesToReplaceWithoutForce_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("named");
        QTest::newRow("password") << QStringLiteral("hunter2-password") << QStringLiteral("a password");
        QTest::newRow("other token") << QStringLiteral("dckr_pat_notFromThisAppAtAll0123456")
                                     << QStringLiteral("a token this app did not create");
        QTest::newRow("session") << QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
                                 << QStringLiteral("a Docker session");
    }

    void refusesToReplaceWithoutForce()
    {
        QFETCH(QString, secret);
        QFETCH(QString, named);
        helperStore(QStringLiteral("fakestore"), registry(), QStringLiteral("alice"), secret);
        const int before = int(f->emu()->tokens(QStringLiteral("alice")).size());
        CliRun run = f->run({"token", "create", "--description", "refused", "--docker-login"}, env());
        CLI_EXPECT(run, 2);
        QVERIFY2(run.errText().contains(named), run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("--force")), run.err.constData());
        QCOMPARE(int(f->emu()->tokens(QStringLiteral("alice")).size()), before); // nothing created
        QCOMPARE(helperGet(QStringLiteral("fakestore"), registry()).value(QLatin1String("Secret")).toString(), secret);

        const auto [uuid, newSecret] = createWithDocker(QStringLiteral("replacing"), {QStringLiteral("--force")});
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(helperGet(QStringLiteral("fakestore"), registry()).value(QLatin1String("Secret")).toString(),
                 newSecret);
    }

    void forceNeedsDockerLogin()
    {
        const CliRun run = f->run({"token", "create", "--description", "x", "--force"}, env());
        CLI_EXPECT(run, 2);
    }

    void noCredentialStoreIsSaid()
    {
        writeConfig(R"({"auths": {}})");
        const int before = int(f->emu()->tokens(QStringLiteral("alice")).size());
        CliRun run = f->run({"token", "create", "--description", "nowhere", "--docker-login"}, env());
        CLI_EXPECT(run, 1);
        QVERIFY2(run.errText().contains(QLatin1String("Docker has no credential store")), run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("docker use-store")), run.err.constData());
        QCOMPARE(int(f->emu()->tokens(QStringLiteral("alice")).size()), before);

        run = f->run({"docker", "status", "--format", "json"}, env(false));
        CLI_EXPECT(run, 0);
        const QJsonObject s = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(s.value(QLatin1String("kind")).toString(), QStringLiteral("none"));
        QVERIFY(s.value(QLatin1String("helper")).isNull());
        run = f->run({"docker", "status"}, env(false));
        CLI_EXPECT(run, 0);
        QVERIFY2(run.outText().contains(QLatin1String("docker use-store")), run.out.constData());

        // use-store offers only the stores this app can set up, and changes nothing otherwise.
        run = f->run({"docker", "use-store", "fakestore"}, env(false));
        CLI_EXPECT(run, 2);
        QFile config(m_docker->filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains("credsStore"));
    }

    void statusSaysWhatIsThere()
    {
        helperStore(QStringLiteral("fakestore"), registry(), QStringLiteral("alice"), QStringLiteral("pw-123456"));
        QJsonObject s = status();
        QCOMPARE(s.value(QLatin1String("kind")).toString(), QStringLiteral("password"));
        QVERIFY(s.value(QLatin1String("uuid")).isNull());
        CliRun run = f->run({"docker", "status"}, env(false));
        CLI_EXPECT(run, 0);
        QVERIFY2(run.outText().contains(QLatin1String("a password")), run.out.constData());
        QVERIFY2(run.outText().contains(QLatin1String("Replace it with a token")), run.out.constData());
        QVERIFY(!run.out.contains("pw-123456"));

        helperStore(QStringLiteral("fakestore"), registry(), QStringLiteral("alice"),
                    QStringLiteral("dckr_pat_notFromThisAppAtAll0123456"));
        run = f->run({"docker", "status"}, env(false));
        CLI_EXPECT(run, 0);
        QVERIFY2(run.outText().contains(QLatin1String("this app didn't create")), run.out.constData());

        m_fakes.clearStore();
        s = status();
        QCOMPARE(s.value(QLatin1String("kind")).toString(), QStringLiteral("none"));
    }

    void registryOption()
    {
        const QString key = QStringLiteral("registry.example.test");
        const CliRun run = f->run(
            {"--registry", key, "token", "create", "--description", "other registry", "--docker-login", "--quiet"},
            env());
        CLI_EXPECT(run, 0);
        const QString secret = run.outText().trimmed();
        QCOMPARE(helperGet(QStringLiteral("fakestore"), key).value(QLatin1String("Secret")).toString(), secret);
        QVERIFY(helperGet(QStringLiteral("fakestore"), registry()).isEmpty());
    }

    void rotateReplacesDockersToken()
    {
        const auto [oldUuid, oldSecret] = createWithDocker(QStringLiteral("rotate me"));
        QVERIFY(!oldUuid.isEmpty());
        CliRun run = f->run({"token", "rotate", oldUuid, "--format", "json"}, env());
        CLI_EXPECT(run, 0);
        const QJsonObject created = QJsonDocument::fromJson(run.out).object();
        const QString newUuid = created.value(QLatin1String("uuid")).toString();
        const QString newSecret = created.value(QLatin1String("token")).toString();
        QVERIFY(SecretPattern.match(newSecret).hasMatch());
        QVERIFY(newUuid != oldUuid);
        QCOMPARE(created.value(QLatin1String("token_label")).toString(), QStringLiteral("rotate me"));
        QVERIFY2(run.errText().contains(QLatin1String("done: Sign Docker in with the new token")), run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("done: Deactivate the old token")), run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("skipped: Delete the old token")), run.err.constData());
        QCOMPARE(helperGet(QStringLiteral("fakestore"), registry()).value(QLatin1String("Secret")).toString(),
                 newSecret);
        QCOMPARE(f->aliceToken(oldUuid).value(QLatin1String("is_active")).toBool(), false);
        QCOMPARE(f->aliceToken(newUuid).value(QLatin1String("is_active")).toBool(), true);
        QCOMPARE(status().value(QLatin1String("uuid")).toString(), newUuid);
        QVERIFY(!m_fakes.runLogs().contains(newSecret.toUtf8()));

        // Again, deleting the old one.
        run = f->run({"token", "rotate", newUuid, "--delete-old", "--expires", "30d"}, env());
        CLI_EXPECT(run, 0);
        QVERIFY(!f->aliceHas(newUuid));
        QVERIFY2(run.errText().contains(QLatin1String("done: Delete the old token")), run.err.constData());
    }

    void rotateKeepsLifetimeAndLeavesDockerAlone()
    {
        const CliTestFixture::Seeded ci = f->alice(QStringLiteral("ci active")); // expires in 40 days
        helperStore(QStringLiteral("fakestore"), registry(), QStringLiteral("alice"), QStringLiteral("pw-123456"));
        const CliRun run = f->run({"token", "rotate", ci.uuid, "--format", "json"}, env());
        CLI_EXPECT(run, 0);
        QVERIFY2(run.errText().contains(QLatin1String("skipped: Sign Docker in")), run.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(run.out).object();
        const QDateTime expires =
            QDateTime::fromString(created.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
        const QDateTime created_at =
            QDateTime::fromString(f->aliceToken(ci.uuid).value(QLatin1String("created_at")).toString(), Qt::ISODate);
        const QDateTime oldExpiry =
            QDateTime::fromString(f->aliceToken(ci.uuid).value(QLatin1String("expires_at")).toString(), Qt::ISODate);
        const qint64 lifetime = created_at.secsTo(oldExpiry);
        QVERIFY(expires.isValid());
        QVERIFY2(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - lifetime) < 600,
                 qPrintable(expires.toString(Qt::ISODate)));
        // What Docker had stays.
        QCOMPARE(helperGet(QStringLiteral("fakestore"), registry()).value(QLatin1String("Secret")).toString(),
                 QStringLiteral("pw-123456"));
    }

    void rotateKeepsTheOldPermission()
    {
        // A legacy token (no scopes: full access) becomes Read, Write, Delete, not the default Public Read-only.
        const CliTestFixture::Seeded legacy = f->alice(QStringLiteral("legacy"));
        QVERIFY(!f->aliceToken(legacy.uuid).contains(QLatin1String("scopes")));
        const CliRun run = f->run({"token", "rotate", legacy.uuid, "--format", "json"}, env());
        CLI_EXPECT(run, 0);
        const QJsonObject created = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(created.value(QLatin1String("scopes")).toArray(), QJsonArray{QStringLiteral("repo:admin")});
        QCOMPARE(
            f->aliceToken(created.value(QLatin1String("uuid")).toString()).value(QLatin1String("scopes")).toArray(),
            QJsonArray{QStringLiteral("repo:admin")});
        // A scoped token keeps its scope.
        const CliTestFixture::Seeded ci = f->alice(QStringLiteral("ci active"));
        const QJsonArray before = f->aliceToken(ci.uuid).value(QLatin1String("scopes")).toArray();
        const CliRun again = f->run({"token", "rotate", ci.uuid, "--format", "json"}, env());
        CLI_EXPECT(again, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1String("scopes")).toArray(), before);
    }

    void rotateStopsWhenDockerFails()
    {
        const auto [oldUuid, oldSecret] = createWithDocker(QStringLiteral("docker breaks"));
        QVERIFY(!oldUuid.isEmpty());
        writeConfig(R"({"credsStore": "fakefail"})");
        const int before = int(f->emu()->tokens(QStringLiteral("alice")).size());
        const CliRun run = f->run({"token", "rotate", oldUuid}, env());
        CLI_EXPECT(run, 1);
        QVERIFY2(run.errText().contains(QLatin1String("FAILED: Sign Docker in with the new token")),
                 run.err.constData());
        QVERIFY2(run.errText().contains(QLatin1String("The new token exists, but Docker")), run.err.constData());
        QCOMPARE(int(f->emu()->tokens(QStringLiteral("alice")).size()), before + 1); // the new one exists
        QCOMPARE(f->aliceToken(oldUuid).value(QLatin1String("is_active")).toBool(), true); // the old one still works
        // The new secret was shown, once, all the same.
        bool shown = false;
        for (const QString &line : run.outText().split(QLatin1Char('\n')))
            shown = shown || SecretPattern.match(line.trimmed()).hasMatch();
        QVERIFY2(shown, run.out.constData());
    }

    // On a terminal, a failed step is offered again; the retry carries on from that step (one new token, not two).
    void rotateRetriesTheFailedStepOnATerminal()
    {
        const auto [oldUuid, oldSecret] = createWithDocker(QStringLiteral("retry on a terminal"));
        QVERIFY(!oldUuid.isEmpty());
        writeConfig(R"({"credsStore": "fakefail"})");
        const int before = int(f->emu()->tokens(QStringLiteral("alice")).size());
        PtySession pty;
        QVERIFY(pty.start(f->args({"token", "rotate", oldUuid}), env()));
        QVERIFY2(pty.waitFor(QStringLiteral("FAILED: Sign Docker in with the new token")), qPrintable(pty.screen()));
        QVERIFY2(pty.waitFor(QStringLiteral("Try that step again? [y/N] ")), qPrintable(pty.screen()));
        QCOMPARE(f->aliceToken(oldUuid).value(QLatin1String("is_active")).toBool(), true); // nothing more yet
        writeConfig(R"({"credsStore": "fakestore"})"); // the store works again
        pty.type("y\n");
        QCOMPARE(pty.waitForExit(), 0);
        QVERIFY2(pty.screen().contains(QLatin1String("done: Deactivate the old token")), qPrintable(pty.screen()));
        QCOMPARE(int(f->emu()->tokens(QStringLiteral("alice")).size()), before + 1); // created once
        QCOMPARE(f->aliceToken(oldUuid).value(QLatin1String("is_active")).toBool(), false);
        const QString newSecret =
            helperGet(QStringLiteral("fakestore"), registry()).value(QLatin1String("Secret")).toString();
        QVERIFY(SecretPattern.match(newSecret).hasMatch());
        QVERIFY(newSecret != oldSecret);

        // Answering no (or nothing) stops with exit 1, as a script would.
        const auto [thirdUuid, thirdSecret] =
            createWithDocker(QStringLiteral("no retry"), {"--force"}); // replaces the rotated one in the store
        QVERIFY(!thirdUuid.isEmpty());
        writeConfig(R"({"credsStore": "fakefail"})");
        PtySession no;
        QVERIFY(no.start(f->args({"token", "rotate", thirdUuid}), env()));
        QVERIFY2(no.waitFor(QStringLiteral("Try that step again? [y/N] ")), qPrintable(no.screen()));
        no.type("\n");
        QCOMPARE(no.waitForExit(), 1);
        QCOMPARE(f->aliceToken(thirdUuid).value(QLatin1String("is_active")).toBool(), true);
    }

    void loginFromDocker()
    {
        const QString jwt = f->emu()->mintDockerSession(QStringLiteral("alice"), 3600, false);
        QVERIFY(!jwt.isEmpty());
        helperStore(QStringLiteral("fakestore"), DockerConfig::sessionKey(), QStringLiteral("alice"), jwt);
        CliRun run = f->run({"login", "--from-docker"}, env(false));
        CLI_EXPECT(run, 0);
        QVERIFY2(run.errText().contains(QLatin1String("as alice with Docker's sign-in")), run.err.constData());
        // A later run, with nothing but that choice, lists alice's tokens.
        run = f->run({"token", "ls", "--format", "json"}, env(false));
        CLI_EXPECT(run, 0);
        QVERIFY(labels(jsonArray(run)).contains(QStringLiteral("ci active")));
        // Only the choice was kept: no JWT in any file of the app.
        QDirIterator files(f->home(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(jwt.toUtf8()), qPrintable(file.fileName()));
        }
        // Docker's session lapses: say to sign in to Docker again.
        const QString lapsed = f->emu()->mintDockerSession(QStringLiteral("alice"), -60);
        helperStore(QStringLiteral("fakestore"), DockerConfig::sessionKey(), QStringLiteral("alice"), lapsed);
        run = f->run({"token", "ls"}, env(false));
        CLI_EXPECT(run, 3);
        QVERIFY2(run.errText().contains(QLatin1String("Sign in to Docker again")), run.err.constData());
        // logout ends the choice.
        run = f->run({"logout"}, env(false));
        CLI_EXPECT(run, 0);
        helperStore(QStringLiteral("fakestore"), DockerConfig::sessionKey(), QStringLiteral("alice"), jwt);
        run = f->run({"token", "ls"}, env(false));
        CLI_EXPECT(run, 3);
    }

    void loginFromDockerWithoutSession()
    {
        const CliRun run = f->run({"login", "--from-docker"}, env(false));
        CLI_EXPECT(run, 3);
        QVERIFY2(run.errText().contains(QLatin1String("Docker is not signed in to Docker Hub")), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDocker)
#include "tst_cli_docker.moc"
