// Signing hubtokens-cli in, against the Hub emulator over loopback: HUBTOKENS_USERNAME / HUBTOKENS_PASSWORD,
// --password-stdin, the prompts on a pseudo-terminal (password without echo, two-factor code, signing in again when a
// session expires mid-way, then carrying on), and every error kind with its words and exit status. No keychain here
// (tst_cli_keychain has it): a sign-in works for its run and says it can't be kept.
#include "CliTestFixture.h"
#include "tests/support/TinyHttpServer.h"

#include <QTcpServer>

class TestCliSignIn : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CliTestFixture> f;

private Q_SLOTS:
    void init() { f = std::make_unique<CliTestFixture>(); }
    void cleanup() { f.reset(); }

    // ---- without a terminal -----------------------------------------------------------------------------------------

    void notSignedIn()
    {
        const CliRun run = f->run({"token", "ls"}, f->env());
        CLI_EXPECT(run, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QLatin1String("Not signed in to %1. Run 'hubtokens-cli login' first, or set "
                                                      "HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD.")
                                            .arg(f->server())),
                 run.err.constData());
        // A username alone signs nothing in.
        CLI_EXPECT(f->run({"token", "ls"}, f->env("alice")), 3);
    }

    void environmentHalfSet()
    {
        CliRun run = f->run({"token", "ls"}, f->env(QString(), "alice-pw"));
        CLI_EXPECT(run, 2);
        QVERIFY(run.errText().contains(QLatin1String("HUBTOKENS_PASSWORD is set but HUBTOKENS_USERNAME is not")));
        QProcessEnvironment empty = f->env("alice");
        empty.insert(QStringLiteral("HUBTOKENS_PASSWORD"), QString()); // a CI secret that was never set
        run = f->run({"token", "ls"}, empty);
        CLI_EXPECT(run, 2);
        QVERIFY(run.errText().contains(QLatin1String("HUBTOKENS_PASSWORD is empty")));
    }

    void environmentSignInErrors_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong password") << "alice"
                                        << "nope" << 3
                                        << "Wrong username or password: Check your username and password";
        QTest::newRow("two-factor account") << "bob2fa"
                                            << "bob-pw" << 3
                                            << "The account bob2fa uses two-factor authentication, so "
                                               "HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD can't sign it in. Run "
                                               "'hubtokens-cli login' once on a terminal";
        QTest::newRow("personal access token as password")
            << "alice"
            << "PAT" << 3
            << "Signed in with an access token: You signed in with a personal access token. Docker Hub only allows "
               "managing access tokens after signing in with your password";
    }
    void environmentSignInErrors()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        if (password == QLatin1String("PAT"))
            password = f->alice("ci active").secret;
        const CliRun run = f->run({"token", "ls"}, f->env(user, password));
        CLI_EXPECT(run, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(says), run.err.constData());
        QVERIFY(!run.errText().contains(password)); // never echoed back
    }

    void passwordStdin()
    {
        CliRun run = f->run({"login", "--username", "alice", "--password-stdin"}, f->env(), "alice-pw\n");
        CLI_EXPECT(run, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QLatin1String("Signed in to %1 as alice.").arg(f->server())),
                 run.err.constData());
        // No keychain here: it works, and says it can't be kept.
        QVERIFY2(run.errText().contains(QLatin1String("Your session can't be remembered on this computer because no "
                                                      "keychain is available.")),
                 run.err.constData());
        // So the next run is not signed in.
        CLI_EXPECT(f->run({"token", "ls"}, f->env()), 3);

        run = f->run({"login", "--username", "alice", "--password-stdin"}, f->env(), "wrong\n");
        CLI_EXPECT(run, 1);
        QVERIFY(run.errText().contains(QLatin1String("Wrong username or password")));

        run = f->run({"login", "--username", "bob2fa", "--password-stdin"}, f->env(), "bob-pw");
        CLI_EXPECT(run, 1);
        QVERIFY2(run.errText().contains(QLatin1String("The account bob2fa uses two-factor authentication: run "
                                                      "'hubtokens-cli login' on a terminal, without --password-stdin")),
                 run.err.constData());

        run = f->run({"login", "--password-stdin"}, f->env(), "alice-pw");
        CLI_EXPECT(run, 2);
        QVERIFY(run.errText().contains(QLatin1String("Give --username")));

        run = f->run({"login", "--username", "alice", "--password-stdin"}, f->env(), "");
        CLI_EXPECT(run, 2);
        QVERIFY(run.errText().contains(QLatin1String("nothing was read from stdin")));

        run = f->run({"login", "--username", "alice", "--password-stdin"}, f->env(), f->alice("soon").secret.toUtf8());
        CLI_EXPECT(run, 1);
        QVERIFY(run.errText().contains(QLatin1String("You signed in with a personal access token")));
    }

    void loginFromEnvironmentOrNothing()
    {
        CliRun run = f->run({"login"}, f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY(run.errText().contains(QLatin1String("Signed in to %1 as alice.").arg(f->server())));
        run = f->run({"login"}, f->env()); // no terminal, no password anywhere
        CLI_EXPECT(run, 2);
        QVERIFY(run.errText().contains(QLatin1String("No terminal to ask for the password")));
    }

    // ---- every other error kind -----------------------------------------------------------------------------------

    void unreachableServer()
    {
        QTcpServer probe; // a port nobody listens on
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const CliRun run =
            runCli({"--server", QStringLiteral("http://127.0.0.1:%1").arg(port), "token", "ls"}, f->asAlice());
        CLI_EXPECT(run, 1);
        QVERIFY2(run.errText().contains(QLatin1String("Can't reach the server: Check your network connection")),
                 run.err.constData());
    }

    void malformedReply()
    {
        TinyHttpServer garbage(
            [](const TinyHttpServer::Request &) { return TinyHttpServer::response(200, "<html>not the Hub</html>"); });
        QVERIFY(garbage.start());
        const CliRun run = runCli({"--server", garbage.baseUrl().toString(), "token", "ls"}, f->asAlice());
        CLI_EXPECT(run, 1);
        QVERIFY2(run.errText().contains(QLatin1String("Unexpected reply from the server")), run.err.constData());
    }

    void rateLimited()
    {
        // A 429 the client could not see coming (pacing keeps a run inside a budget it knows about).
        f->emu()->setLatency(200);
        CliProcess cli(f->args({"token", "ls"}), f->asAlice());
        QVERIFY(f->handled(1));
        f->emu()->failNext(1, 429);
        const CliRun run = cli.finish();
        CLI_EXPECT(run, 1);
        QVERIFY2(run.errText().contains(QLatin1String("Too many attempts: Docker Hub is limiting requests")),
                 run.err.constData());
    }

    void errorsOfTheList_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("500") << 500 << "Docker Hub had a problem: The server answered with an error (500).";
        QTest::newRow("403") << 403 << "Not allowed: Docker Hub refused this request";
        QTest::newRow("418") << 418 << "Something went wrong: The server answered with status 418.";
    }
    void errorsOfTheList()
    {
        QFETCH(int, status);
        QFETCH(QString, says);
        f->emu()->setLatency(200);
        CliProcess cli(f->args({"token", "ls"}), f->asAlice());
        QVERIFY(f->handled(1));
        f->emu()->failNext(1, status);
        const CliRun run = cli.finish();
        CLI_EXPECT(run, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(says), run.err.constData());
    }

    // With the default tries (HUBTOKENS_TRIES unset), a 503 that passes is retried and the list succeeds.
    void singleFailureIsRetried()
    {
        f->emu()->setLatency(200);
        QProcessEnvironment env = f->asAlice();
        env.remove(QStringLiteral("HUBTOKENS_TRIES"));
        CliProcess cli(f->args({"--format", "json", "token", "ls"}), env);
        QVERIFY(f->handled(1));
        f->emu()->failNext(1, 503);
        const CliRun run = cli.finish();
        CLI_EXPECT(run, 0);
        QCOMPARE(jsonArray(run).size(), 7);
        QCOMPARE(f->emu()->requestCount(), 3); // sign-in, list (503), list again
    }

    void sessionExpiredIsRenewedFromTheEnvironment()
    {
        f->emu()->setLatency(200);
        CliProcess cli(f->args({"--format", "json", "token", "ls"}), f->asAlice());
        QVERIFY(f->handled(1));
        f->emu()->setClockSkew(2 * 3600); // the session the emulator just gave is now expired there
        const CliRun run = cli.finish();
        CLI_EXPECT(run, 0);
        QCOMPARE(jsonArray(run).size(), 7);
        QCOMPARE(f->emu()->requestCount(), 4); // sign-in, list (401), sign-in again, list
    }

    void sessionExpiredAndNotRenewed()
    {
        f->emu()->setLatency(200);
        CliProcess cli(f->args({"token", "ls"}), f->asAlice());
        QVERIFY(f->handled(1));
        f->emu()->failNext(2, 401); // the list, and signing in again
        const CliRun run = cli.finish();
        CLI_EXPECT(run, 3);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(
            run.errText().contains(QLatin1String("Your session expired. Run 'hubtokens-cli login' to sign in again.")),
            run.err.constData());
    }

    void sessionExpiredDuringABulkDelete()
    {
        f->emu()->setLatency(200);
        CliProcess cli(f->args({"token", "rm", "--force", f->alice("soon").uuid, f->alice("legacy").uuid}),
                       f->env("alice", "alice-pw"));
        QVERIFY(f->handled(2)); // the sign-in and the list
        f->emu()->failNext(4, 401); // both deletes, signing in again, …
        const CliRun run = cli.finish();
        CLI_EXPECT(run, 3);
        QVERIFY2(run.errText().contains(
                     QStringLiteral("Could not delete “soon” (%1): your session expired").arg(f->alice("soon").uuid)),
                 run.err.constData());
        QVERIFY(f->aliceHas(f->alice("soon").uuid));
    }

    // ---- on a terminal ----------------------------------------------------------------------------------------------

    void loginPromptsWithoutEchoAndAsksTheCode()
    {
        PtySession pty;
        QVERIFY(pty.start(f->args({"login", "--username", "bob2fa"}), f->env()));
        QVERIFY2(pty.waitFor(QStringLiteral("Password for bob2fa: ")), qPrintable(pty.screen()));
        pty.type("bob-pw\n");
        QVERIFY2(pty.waitFor(QStringLiteral("Two-factor code for bob2fa: ")), qPrintable(pty.screen()));
        QVERIFY2(!pty.screen().contains(QLatin1String("bob-pw")), qPrintable(pty.screen())); // not echoed
        pty.type("000000\n");
        QVERIFY2(pty.waitFor(QStringLiteral("Wrong code.")), qPrintable(pty.screen()));
        QVERIFY(pty.waitFor(QStringLiteral("Two-factor code for bob2fa: ")));
        pty.type(HubEmulator::totpCode(CliTestFixture::TotpSecret, f->emu()->nowSecs()).toLatin1() + "\n");
        QCOMPARE(pty.waitForExit(), 0);
        QVERIFY2(pty.screen().contains(QLatin1String("Signed in to %1 as bob2fa.").arg(f->server())),
                 qPrintable(pty.screen()));
        QVERIFY(pty.screen().contains(QLatin1String("no keychain is available")));
    }

    void loginOffersTheUsernameAndRetriesThePassword()
    {
        PtySession pty;
        QProcessEnvironment env = f->env("alice"); // HUBTOKENS_USERNAME alone: offered
        QVERIFY(pty.start(f->args({"login"}), env));
        QVERIFY2(pty.waitFor(QStringLiteral("Username [alice]: ")), qPrintable(pty.screen()));
        pty.type("\n");
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(pty.waitFor(QStringLiteral("Password for alice: ")), qPrintable(pty.screen()));
            pty.type("wrong\n");
        }
        QCOMPARE(pty.waitForExit(), 1);
        QVERIFY(pty.screen().contains(QLatin1String("Wrong username or password")));
        QVERIFY(!pty.screen().contains(QLatin1String("wrong")));
    }

    void endOfInputAtThePrompt()
    {
        PtySession pty;
        QVERIFY(pty.start(f->args({"token", "ls"}), f->env()));
        QVERIFY(pty.waitFor(QStringLiteral("Not signed in to %1.").arg(f->server())));
        QVERIFY(pty.waitFor(QStringLiteral("Username: ")));
        pty.type("\x04"); // Ctrl-D
        QCOMPARE(pty.waitForExit(), 3);
        QVERIFY(pty.screen().contains(QLatin1String("hubtokens-cli: Not signed in.")));
    }

    void signInThenCarryOn()
    {
        f->emu()->setLatency(200);
        PtySession pty;
        QVERIFY(pty.start(f->args({"token", "ls", "--status", "inactive"}), f->env()));
        QVERIFY(pty.waitFor(QStringLiteral("Username: ")));
        pty.type("alice\n");
        QVERIFY(pty.waitFor(QStringLiteral("Password for alice: ")));
        pty.type("alice-pw\n");
        QVERIFY(f->handled(1));
        f->emu()->setClockSkew(2 * 3600); // the session is expired by the time the list arrives
        QVERIFY2(pty.waitFor(QStringLiteral("Your session expired. Sign in again to continue.")),
                 qPrintable(pty.screen()));
        QVERIFY(pty.waitFor(QStringLiteral("Password for alice: ")));
        pty.type("alice-pw\n");
        QCOMPARE(pty.waitForExit(), 0);
        QVERIFY2(pty.screen().contains(QLatin1String("inactive one")), qPrintable(pty.screen()));
        // Without a keychain, the prompted sign-in says it can't be kept.
        QVERIFY(pty.screen().contains(QLatin1String("no keychain is available")));
    }
};

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_signin.moc"
