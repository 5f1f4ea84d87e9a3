// The real hubtokens-cli against the Hub emulator over loopback: every command and option, the output formats (table,
// JSON, --quiet), uuid prefixes, per-item reports and exit statuses, the typed-username confirmation on a
// pseudo-terminal, colours and terminal widths. No keychain and no display anywhere. Signing in: tst_cli_signin.
#include "CliTestFixture.h"
#include "FaultProxy.h"

#include <QFile>
#include <QRegularExpression>

namespace {

const QRegularExpression SecretPattern(QStringLiteral("^dckr_pat_[A-Za-z0-9_-]{27}$"));

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CliTestFixture> f;

private Q_SLOTS:
    void init() { f = std::make_unique<CliTestFixture>(); }
    void cleanup() { f.reset(); }

    void worksWithoutADisplay()
    {
        const QProcessEnvironment env = f->asAlice();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            QVERIFY(!env.contains(QLatin1String(name)));
        CliRun run = f->run({"--help"}, env);
        CLI_EXPECT(run, 0);
        QVERIFY(run.outText().startsWith(QLatin1String("Usage: hubtokens-cli")));
        QVERIFY(run.err.isEmpty());
        run = f->run({"token", "ls"}, env);
        CLI_EXPECT(run, 0);
        QVERIFY(run.outText().contains(QLatin1String("ci active")));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }

    void linksNoGuiLibrary()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {CliHarness::program()});
        QVERIFY(ldd.waitForFinished(10000));
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY(libraries.contains("libQt6Core"));
        QVERIFY2(!libraries.contains("libQt6Gui"), libraries.constData());
        QVERIFY(!libraries.contains("libQt6Widgets"));
    }

    void helpAndVersion()
    {
        CliRun run = runCli({"--version"}, f->env());
        CLI_EXPECT(run, 0);
        QCOMPARE(run.outText(), QStringLiteral("hubtokens-cli %1\n").arg(QStringLiteral(HUBTOKENS_VERSION)));

        run = runCli({"token", "rm", "--help"}, f->env());
        CLI_EXPECT(run, 0);
        QVERIFY(run.outText().startsWith(QLatin1String("Usage: hubtokens-cli token rm [--force] UUID...")));
        QVERIFY(run.outText().contains(QLatin1String("Exit status:")));

        run = runCli({}, f->env()); // no command: the help, as an error
        CLI_EXPECT(run, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.errText().contains(QLatin1String("Commands:")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown command") << QStringList{"tokens", "ls"} << "Unknown command “tokens”";
        QTest::newRow("unknown option") << QStringList{"token", "ls", "--all"} << "Unknown option 'all'";
        QTest::newRow("format") << QStringList{"--format", "csv", "token", "ls"} << "--format takes table or json";
        QTest::newRow("insecure server") << QStringList{"--server", "http://hub.example.com", "token", "ls"}
                                         << "Can't use the server http://hub.example.com";
        QTest::newRow("description too long")
            << QStringList{"token", "create", "--description", QString(101, 'a')} << "it can have at most 100";
        QTest::newRow("expiry in the past")
            << QStringList{"token", "create", "--description", "x", "--expires", "2001-01-01"}
            << "is not in the future";
        QTest::newRow("expiry too far")
            << QStringList{"token", "create",    "--description",
                           "x",     "--expires", QDate::currentDate().addYears(2).toString(Qt::ISODate)}
            << "at most one year";
        QTest::newRow("quiet json") << QStringList{"--format",      "json", "token",  "create",
                                                   "--description", "x",    "--quiet"}
                                    << "--quiet and --format json";
        QTest::newRow("lang") << QStringList{"--lang", "klingon", "token", "ls"} << "Unknown language “klingon”";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const CliRun run = f->run(args, f->asAlice());
        CLI_EXPECT(run, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().startsWith(QLatin1String("hubtokens-cli: ")), run.err.constData());
        QVERIFY2(run.errText().contains(says), run.err.constData());
        QCOMPARE(f->emu()->requestCount(), 0); // refused before anything was sent
    }

    // ---- token ls -------------------------------------------------------------------------------------------------

    void listTableEveryPage()
    {
        const CliRun run = f->run({"token", "ls"}, f->env("bulk", "bulk-pw"));
        CLI_EXPECT(run, 0);
        QVERIFY(run.err.isEmpty());
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 251); // the header and 250 tokens (three pages)
        QCOMPARE(lines.constFirst().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                 (QStringList{"DESCRIPTION", "SCOPE", "STATUS", "SOURCE", "CREATED", "LAST", "USED", "EXPIRATION",
                              "DATE", "DOCKER", "UUID"}));
        QSet<QString> uuids;
        for (const QString &line : lines.mid(1))
            uuids.insert(line.section(QLatin1Char(' '), -1));
        QCOMPARE(uuids.size(), 250);
        QVERIFY(!run.out.contains('\x1b')); // no colour in a pipe
    }

    void listTableColumns()
    {
        const CliRun run = f->run({"token", "ls"}, f->asAlice());
        CLI_EXPECT(run, 0);
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        const int uuidColumn = int(lines.constFirst().indexOf(QLatin1String("UUID")));
        for (const CliTestFixture::Seeded &s : f->alice()) {
            const auto line =
                std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.endsWith(s.uuid); });
            QVERIFY2(line != lines.cend(), qPrintable(s.label));
            QVERIFY(line->startsWith(s.label));
            // Aligned in terminal columns: CJK descriptions take two columns a character.
            const QString before = line->left(line->indexOf(s.uuid));
            int width = 0;
            for (char32_t cp : before.toUcs4())
                width += (cp >= 0x3000 && cp <= 0x9FFF) ? 2 : 1;
            QCOMPARE(width, uuidColumn);
        }
        const auto row = [&](const QString &label) {
            return *std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(label); });
        };
        QVERIFY(row("ci active").contains(QLatin1String("Repo Read-only   ")));
        QVERIFY(row("ci active").contains(QLatin1String("2 days ago")));
        QVERIFY(row("inactive one").contains(QLatin1String("Inactive")));
        QVERIFY(row("expired one").contains(QLatin1String("Expired")));
        QVERIFY(row("Docker Desktop").contains(QLatin1String("Auto-generated")));
        QVERIFY(row("legacy").contains(QLatin1String("Legacy (full access)")));
    }

    void listJson()
    {
        const CliRun run = f->run({"--format", "json", "token", "ls"}, f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY(run.err.isEmpty());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 7);
        const QStringList fields{"client_id",    "created_at", "creator_ip", "creator_ua", "docker_login", "expires_at",
                                 "generated_by", "is_active",  "last_used",  "scopes",     "token_label",  "uuid"};
        const QRegularExpression rfc3339(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
        for (const QJsonValue &v : array) {
            QCOMPARE(v.toObject().keys(), fields); // sorted; never "token"
            QVERIFY(rfc3339.match(v[QLatin1String("created_at")].toString()).hasMatch());
            const QJsonObject server = f->aliceToken(v[QLatin1String("uuid")].toString());
            QCOMPARE(v[QLatin1String("token_label")], server.value(QLatin1String("token_label")));
            QCOMPARE(v[QLatin1String("is_active")], server.value(QLatin1String("is_active")));
        }
        const auto byLabel = [&](const QString &label) {
            for (const QJsonValue &v : array) {
                if (v[QLatin1String("token_label")].toString() == label)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(byLabel("legacy")[QLatin1String("scopes")].toArray(), QJsonArray());
        QVERIFY(byLabel("legacy")[QLatin1String("expires_at")].isNull());
        QVERIFY(byLabel("inactive one")[QLatin1String("last_used")].isNull());
        QVERIFY(rfc3339.match(byLabel("ci active")[QLatin1String("last_used")].toString()).hasMatch());
        QVERIFY(rfc3339.match(byLabel("soon")[QLatin1String("expires_at")].toString()).hasMatch());
        QCOMPARE(byLabel("expired one")[QLatin1String("scopes")].toArray(), QJsonArray{QStringLiteral("repo:write")});
        QCOMPARE(byLabel("Docker Desktop — laptop")[QLatin1String("generated_by")].toString(),
                 QStringLiteral("docker_desktop"));
        for (const CliTestFixture::Seeded &s : f->alice())
            QVERIFY2(!run.out.contains(s.secret.toUtf8()), "a secret in the list");
    }

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("active") << QStringList{"--status", "active"}
                                << QStringList{"ci active", "soon", "Docker Desktop — laptop", "legacy",
                                               "本番環境の CI"};
        QTest::newRow("inactive") << QStringList{"--status", "inactive"} << QStringList{"inactive one"};
        QTest::newRow("expired") << QStringList{"--status", "expired"} << QStringList{"expired one"};
        QTest::newRow("auto") << QStringList{"--source", "auto"} << QStringList{"Docker Desktop — laptop"};
        QTest::newRow("manual and inactive")
            << QStringList{"--source", "manual", "--status", "inactive"} << QStringList{"inactive one"};
        QTest::newRow("expiring within 10 days") << QStringList{"--expiring-within", "10"} << QStringList{"soon"};
        QTest::newRow("expiring within 60 days")
            << QStringList{"--expiring-within", "60"} << QStringList{"soon", "ci active"};
    }
    void listFilters()
    {
        QFETCH(QStringList, filter);
        QFETCH(QStringList, expected);
        const CliRun run = f->run(QStringList{"token", "ls", "--format", "json"} + filter, f->asAlice());
        CLI_EXPECT(run, 0);
        QCOMPARE(labels(jsonArray(run)), QSet<QString>(expected.cbegin(), expected.cend()));
    }

    void listInJapanese()
    {
        const CliRun run = f->run({"--lang", "ja", "token", "ls", "--status", "inactive"}, f->asAlice());
        CLI_EXPECT(run, 0);
        const QString header = run.outText().section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(header.contains(QStringLiteral("説明")), qPrintable(header));
        QVERIFY(!header.contains(QLatin1String("DESCRIPTION")));
    }

    // ---- token inspect --------------------------------------------------------------------------------------------

    void inspect()
    {
        const CliTestFixture::Seeded ci = f->alice("ci active");
        CliRun run = f->run({"token", "inspect", ci.uuid}, f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY(run.err.isEmpty());
        const QString text = run.outText();
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^Description: +ci active$"),
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(text));
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("^UUID: +%1$").arg(ci.uuid), QRegularExpression::MultilineOption)));
        QVERIFY(text.contains(QLatin1String("Repo Read-only (repo:read)")));
        QVERIFY(text.contains(QLatin1String("Creator IP:")));
        QVERIFY(!text.contains(ci.secret));

        run = f->run({"--format", "json", "token", "inspect", ci.uuid.left(8)}, f->asAlice()); // a prefix
        CLI_EXPECT(run, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QLatin1String("uuid")).toString(), ci.uuid);
        QCOMPARE(o.value(QLatin1String("scopes")).toArray(), QJsonArray{QStringLiteral("repo:read")});
        QVERIFY(!o.contains(QLatin1String("token")));

        run = f->run({"token", "inspect", "zzzz"}, f->asAlice());
        CLI_EXPECT(run, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.errText().contains(QStringLiteral("No token matches “zzzz”.")));
    }

    void ambiguousPrefix()
    {
        const QString prefix = f->ambiguousPrefix(QStringLiteral("bulk"));
        QVERIFY(!prefix.isEmpty());
        CliRun run = f->run({"token", "inspect", prefix}, f->env("bulk", "bulk-pw"));
        CLI_EXPECT(run, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QStringLiteral("“%1” matches").arg(prefix)), run.err.constData());
        QVERIFY(run.errText().contains(QLatin1String("give more of the uuid")));
        // Every candidate is listed.
        int candidates = 0;
        for (const QJsonObject &o : f->emu()->tokens(QStringLiteral("bulk"))) {
            if (o.value(QLatin1String("uuid")).toString().startsWith(prefix)) {
                ++candidates;
                QVERIFY(run.errText().contains(o.value(QLatin1String("uuid")).toString()));
            }
        }
        QVERIFY(candidates >= 2);

        // Nothing is done when any uuid of many is ambiguous.
        const int before = f->emu()->tokenCount(QStringLiteral("bulk"));
        const QString one =
            f->emu()->tokens(QStringLiteral("bulk")).constFirst().value(QLatin1String("uuid")).toString();
        run = f->run({"token", "rm", "--force", one, prefix}, f->env("bulk", "bulk-pw"));
        CLI_EXPECT(run, 2);
        QVERIFY(run.errText().contains(QLatin1String("Nothing was done.")));
        QCOMPARE(f->emu()->tokenCount(QStringLiteral("bulk")), before);
    }

    // ---- token create ---------------------------------------------------------------------------------------------

    void createShowsTheSecretOnce()
    {
        const CliRun run = f->run({"token", "create", "--description", "deploy bot"}, f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QString out = run.outText();
        const QRegularExpressionMatch secret =
            QRegularExpression(QStringLiteral("^    (dckr_pat_\\S+)$"), QRegularExpression::MultilineOption).match(out);
        QVERIFY2(secret.hasMatch(), qPrintable(out));
        QVERIFY(SecretPattern.match(secret.captured(1)).hasMatch());
        QVERIFY(out.contains(QLatin1String("    docker login --username alice --password-stdin\n")));
        QVERIFY(out.contains(QLatin1String("Copy it now: this is the only time it is shown.")));
        QVERIFY(out.simplified().contains(QLatin1String("with the scope Repo Public Read-only. It never expires.")));
        // On the server: the defaults (repo:public_read, no expiry).
        const QJsonObject created = f->emu()->tokens(QStringLiteral("alice")).constFirst();
        QCOMPARE(created.value(QLatin1String("token_label")).toString(), QStringLiteral("deploy bot"));
        QCOMPARE(created.value(QLatin1String("scopes")).toArray(), QJsonArray{QStringLiteral("repo:public_read")});
        QVERIFY(created.value(QLatin1String("expires_at")).isNull());
        QVERIFY(out.contains(created.value(QLatin1String("uuid")).toString()));
    }

    void createQuiet()
    {
        const CliRun run = f->run({"token", "create", "--description", "pipe me", "--quiet"}, f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.endsWith('\n'));
        QCOMPARE(run.out.count('\n'), 1);
        QVERIFY2(SecretPattern.match(run.outText().trimmed()).hasMatch(), run.out.constData());
    }

    void createJson()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const CliRun run = f->run({"--format", "json", "token", "create", "--description", "json one", "--scope",
                                   "repo:write", "--expires", "30d"},
                                  f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QVERIFY(SecretPattern.match(o.value(QLatin1String("token")).toString()).hasMatch());
        QCOMPARE(o.value(QLatin1String("token_label")).toString(), QStringLiteral("json one"));
        QCOMPARE(o.value(QLatin1String("scopes")).toArray(), QJsonArray{QStringLiteral("repo:write")});
        const QDateTime expires = QDateTime::fromString(o.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
        QVERIFY(qAbs(before.addDays(30).secsTo(expires)) < 120);
        QCOMPARE(o.keys().size(), 12); // the 11 fields and "token"
        const QJsonObject server = f->aliceToken(o.value(QLatin1String("uuid")).toString());
        QCOMPARE(server.value(QLatin1String("scopes")).toArray(), QJsonArray{QStringLiteral("repo:write")});
    }

    void createExpiryForms()
    {
        const QDate date = QDate::currentDate().addDays(10);
        CliRun run = f->run({"--format", "json", "token", "create", "--description", "dated", "--expires",
                             date.toString(Qt::ISODate), "--scope", "repo:read"},
                            f->asAlice());
        CLI_EXPECT(run, 0);
        QCOMPARE(QDateTime::fromString(QJsonDocument::fromJson(run.out)[QLatin1String("expires_at")].toString(),
                                       Qt::ISODate),
                 date.startOfDay().toUTC()); // local midnight, as said in --help

        const QString when =
            QDateTime::currentDateTimeUtc().addDays(3).toString(QStringLiteral("yyyy-MM-ddTHH:mm:00Z"));
        run = f->run({"--format", "json", "token", "create", "--description", "rfc", "--expires", when}, f->asAlice());
        CLI_EXPECT(run, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out)[QLatin1String("expires_at")].toString(), when);

        run = f->run({"--format", "json", "token", "create", "--description", "ninety", "--expires", "90d"},
                     f->asAlice());
        CLI_EXPECT(run, 0);
        const QDateTime expires = QDateTime::fromString(
            QJsonDocument::fromJson(run.out)[QLatin1String("expires_at")].toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addDays(90).secsTo(expires)) < 120);
    }

    void createServerErrorIsNotRepeated()
    {
        const int before = f->emu()->tokenCount(QStringLiteral("alice"));
        f->emu()->setLatency(300);
        CliProcess cli(f->args({"token", "create", "--description", "flaky"}), f->asAlice());
        QVERIFY(f->handled(1)); // the sign-in: its reply is on its way
        f->emu()->failNext(1, 503); // so the create fails (without being done)
        const CliRun run = cli.finish();
        CLI_EXPECT(run, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QLatin1String("Docker Hub had a problem: The server answered with an error "
                                                      "(503)")),
                 run.err.constData());
        QCOMPARE(f->emu()->tokenCount(QStringLiteral("alice")), before);
        QCOMPARE(f->emu()->requestCount(), 3); // sign-in, the create (once), one list to look for it
    }

    void createLostReplyReportsTheOrphan()
    {
        // The create is done, and its reply is replaced by a 502 on the way back.
        FaultProxy proxy(f->emu()->baseUrl());
        QVERIFY(proxy.listen());
        proxy.failAfterForwarding("POST", "/v2/access-tokens");
        const CliRun run = runCli({"--server", proxy.baseUrl().toString(), "token", "create", "--description",
                                   "lost reply", "--scope", "repo:admin"},
                                  f->asAlice());
        CLI_EXPECT(run, 1);
        QStringList made;
        for (const QJsonObject &o : f->emu()->tokens(QStringLiteral("alice"))) {
            if (o.value(QLatin1String("token_label")).toString() == QLatin1String("lost reply"))
                made += o.value(QLatin1String("uuid")).toString();
        }
        QCOMPARE(made.size(), 1); // never created twice
        const QString uuid = made.constFirst();
        QCOMPARE(run.outText(), uuid + QLatin1Char('\n')); // the uuid, for a script to clean up
        QVERIFY2(
            run.errText().contains(QStringLiteral("The token “lost reply” (%1) was created, but the reply with its "
                                                  "secret was lost, so it can't be used. Deactivate or delete it: "
                                                  "hubtokens-cli token rm %1")
                                       .arg(uuid)),
            run.err.constData());
        QVERIFY(run.errText().contains(QLatin1String("Docker Hub had a problem")));

        // --quiet promised a secret on stdout: nothing there then, the uuid is in the message.
        proxy.failAfterForwarding("POST", "/v2/access-tokens");
        const CliRun quiet = runCli(
            {"--server", proxy.baseUrl().toString(), "token", "create", "--description", "lost quietly", "--quiet"},
            f->asAlice());
        CLI_EXPECT(quiet, 1);
        QVERIFY(quiet.out.isEmpty());
        QVERIFY(quiet.errText().contains(QLatin1String("was created, but the reply with its secret was lost")));
    }

    void createValidationFromTheServer()
    {
        f->emu()->setLatency(200);
        CliProcess cli(f->args({"token", "create", "--description", "x"}), f->asAlice());
        QVERIFY(f->handled(1));
        f->emu()->failNext(1, 400);
        const CliRun run = cli.finish();
        CLI_EXPECT(run, 1);
        QVERIFY2(run.errText().contains(QLatin1String("Check the form: ")), run.err.constData());
        QCOMPARE(f->emu()->requestCount(), 2); // a 400 is an answer: nothing to reconcile
    }

    // ---- token edit -----------------------------------------------------------------------------------------------

    void edit()
    {
        const CliTestFixture::Seeded ci = f->alice("ci active");
        CliRun run = f->run({"token", "edit", ci.uuid.left(6), "--description", "renamed", "--scope", "repo:write"},
                            f->asAlice());
        CLI_EXPECT(run, 0);
        QCOMPARE(run.outText(), QStringLiteral("Updated “renamed” (%1): scope Repo Read & Write.\n").arg(ci.uuid));
        QCOMPARE(f->aliceToken(ci.uuid).value(QLatin1String("token_label")).toString(), QStringLiteral("renamed"));
        QCOMPARE(f->aliceToken(ci.uuid).value(QLatin1String("scopes")).toArray(),
                 QJsonArray{QStringLiteral("repo:write")});

        run = f->run({"--format", "json", "token", "edit", ci.uuid, "--description", "again"}, f->asAlice());
        CLI_EXPECT(run, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out)[QLatin1String("token_label")].toString(), QStringLiteral("again"));

        run = f->run({"token", "edit", ci.uuid, "--scope", "repo:write"}, f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY(run.outText().startsWith(QLatin1String("Nothing to change")));

        const CliTestFixture::Seeded expired = f->alice("expired one");
        run = f->run({"token", "edit", expired.uuid, "--scope", "repo:read"}, f->asAlice());
        CLI_EXPECT(run, 1);
        QVERIFY(run.errText().contains(QLatin1String("has expired: its scope can't be changed")));
        run = f->run({"token", "edit", expired.uuid, "--description", "expired, renamed"}, f->asAlice());
        CLI_EXPECT(run, 0);

        f->emu()->failToken(ci.uuid, 404); // gone meanwhile (deleted on the website)
        run = f->run({"token", "edit", ci.uuid, "--description", "gone"}, f->asAlice());
        CLI_EXPECT(run, 1);
        QVERIFY2(run.errText().contains(QLatin1String("Token not found: It may have been deleted")),
                 run.err.constData());
    }

    // ---- activate, deactivate, rm ----------------------------------------------------------------------------------

    void activateAndDeactivate()
    {
        const auto active = [&](const QString &label) {
            return f->aliceToken(f->alice(label).uuid).value(QLatin1String("is_active")).toBool();
        };
        CliRun run = f->run({"token", "deactivate", f->alice("ci active").uuid, f->alice("soon").uuid.left(8),
                             f->alice("inactive one").uuid, f->alice("expired one").uuid},
                            f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY(!active("ci active"));
        QVERIFY(!active("soon"));
        const QString out = run.outText();
        QVERIFY(out.contains(QStringLiteral("Deactivated “ci active” (%1).").arg(f->alice("ci active").uuid)));
        QVERIFY(out.contains(
            QStringLiteral("“inactive one” (%1) was already inactive.").arg(f->alice("inactive one").uuid)));
        QVERIFY(out.contains(QStringLiteral("“expired one” (%1) has expired").arg(f->alice("expired one").uuid)));
        QVERIFY(run.err.isEmpty());

        run = f->run({"--format", "json", "token", "activate", f->alice("ci active").uuid,
                      f->alice("inactive one").uuid, f->alice("expired one").uuid},
                     f->asAlice());
        CLI_EXPECT(run, 1); // the expired one can't be activated
        QVERIFY(active("ci active"));
        QVERIFY(active("inactive one"));
        QVERIFY(run.errText().contains(QStringLiteral("Could not activate “expired one” (%1): it has expired, and "
                                                      "expired tokens can only be deleted.")
                                           .arg(f->alice("expired one").uuid)));
        const QJsonArray report = jsonArray(run);
        QCOMPARE(report.size(), 3);
        QCOMPARE(report.at(0)[QLatin1String("uuid")].toString(), f->alice("ci active").uuid);
        QCOMPARE(report.at(0)[QLatin1String("ok")].toBool(), true);
        QVERIFY(report.at(0)[QLatin1String("error")].isNull());
        QCOMPARE(report.at(2)[QLatin1String("ok")].toBool(), false);
        QCOMPARE(report.at(2)[QLatin1String("error")][QLatin1String("kind")].toString(), QStringLiteral("Forbidden"));
    }

    void removeManyWithAFailure()
    {
        const QList<CliTestFixture::Seeded> doomed{f->alice("ci active"), f->alice("soon"), f->alice("legacy"),
                                                   f->alice("本番環境の CI")};
        f->emu()->failToken(f->alice("legacy").uuid, 500);
        QStringList args{"token", "rm", "--force"};
        for (const auto &d : doomed)
            args += d.uuid.left(10);
        args += QStringLiteral("deadbeef");
        const CliRun run = f->run(args, f->asAlice());
        CLI_EXPECT(run, 1);
        QVERIFY(!f->aliceHas(f->alice("ci active").uuid));
        QVERIFY(!f->aliceHas(f->alice("soon").uuid));
        QVERIFY(!f->aliceHas(f->alice("本番環境の CI").uuid));
        QVERIFY(f->aliceHas(f->alice("legacy").uuid));
        const QStringList out = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 3);
        for (const QString &line : out)
            QVERIFY(line.startsWith(QStringLiteral("Deleted “")));
        const QString err = run.errText();
        QVERIFY2(err.contains(QStringLiteral("Could not delete “legacy” (%1): Docker Hub had a problem")
                                  .arg(f->alice("legacy").uuid)),
                 qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("No token matches “deadbeef”.")));
        QVERIFY(err.contains(QLatin1String("2 of 5 failed.")));
    }

    void removeRefusesWithoutATerminal()
    {
        const QString uuid = f->alice("soon").uuid;
        const CliRun run = f->run({"token", "rm", uuid}, f->asAlice());
        CLI_EXPECT(run, 2);
        QVERIFY(run.errText().contains(QLatin1String("Not deleting: stdin is not a terminal, so nobody can confirm by "
                                                     "typing the username. Add --force to delete without asking.")));
        QVERIFY(f->aliceHas(uuid));
        QCOMPARE(f->emu()->requestCount(), 0);
    }

    // ---- on a terminal --------------------------------------------------------------------------------------------

    void removeAsksForTheUsername()
    {
        const QString uuid = f->alice("soon").uuid;
        {
            PtySession pty;
            QVERIFY(pty.start(f->args({"token", "rm", uuid.left(8)}), f->asAlice()));
            QVERIFY2(pty.waitFor(QStringLiteral("You are about to delete 1 token:")), qPrintable(pty.screen()));
            QVERIFY(pty.waitFor(uuid + QStringLiteral("  soon")));
            QVERIFY(pty.waitFor(QStringLiteral("To confirm, type your username (alice): ")));
            pty.type("bob\n");
            QCOMPARE(pty.waitForExit(), 1);
            QVERIFY(pty.screen().contains(QLatin1String("The username didn't match: nothing was deleted.")));
            QVERIFY(f->aliceHas(uuid));
        }
        QTemporaryDir dir;
        const QString outFile = dir.filePath(QStringLiteral("out.json"));
        PtySession pty;
        QVERIFY(pty.start(f->args({"--format", "json", "token", "rm", uuid}), f->asAlice(), outFile));
        QVERIFY(pty.waitFor(QStringLiteral("To confirm, type your username (alice): ")));
        pty.type("ALICE\n"); // Docker IDs are not case-sensitive
        QCOMPARE(pty.waitForExit(), 0);
        QVERIFY(!f->aliceHas(uuid));
        QFile out(outFile);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonArray report = QJsonDocument::fromJson(out.readAll()).array(); // stdout: only the result
        QCOMPARE(report.size(), 1);
        QCOMPARE(report.at(0)[QLatin1String("uuid")].toString(), uuid);
        QCOMPARE(report.at(0)[QLatin1String("ok")].toBool(), true);
    }

    void coloursOnATerminalOnly()
    {
        {
            PtySession pty;
            QVERIFY(pty.start(f->args({"token", "ls"}), f->asAlice()));
            QCOMPARE(pty.waitForExit(), 0);
            QVERIFY2(pty.screen().contains(QLatin1String("\x1b[32mActive\x1b[0m")), qPrintable(pty.screen()));
            QVERIFY(pty.screen().contains(QLatin1String("\x1b[31mExpired\x1b[0m")));
        }
        QProcessEnvironment env = f->asAlice();
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        PtySession pty;
        QVERIFY(pty.start(f->args({"token", "ls"}), env));
        QCOMPARE(pty.waitForExit(), 0);
        QVERIFY(pty.screen().contains(QLatin1String("ci active")));
        QVERIFY(!pty.screen().contains(QLatin1String("\x1b[3")));
    }

    void narrowTerminalShortensDescriptions()
    {
        const auto width = [](const QString &line) {
            int w = 0;
            for (char32_t cp : line.toUcs4())
                w += (cp >= 0x3000 && cp <= 0x9FFF) ? 2 : 1;
            return w;
        };
        // In a pipe the table is as wide as it needs to be…
        const CliRun piped = f->run({"token", "ls"}, f->asAlice());
        CLI_EXPECT(piped, 0);
        int natural = 0;
        for (const QString &line : piped.outText().split(QLatin1Char('\n')))
            natural = qMax(natural, width(line));
        // …on a terminal five columns narrower, the longest description gives them up.
        PtySession pty;
        QVERIFY(pty.start(f->args({"token", "ls"}), f->asAlice(), QString(), natural - 5));
        QCOMPARE(pty.waitForExit(), 0);
        QString screen = pty.screen();
        screen.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*[mK]")));
        for (const QString &line : screen.split(QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts))
            QVERIFY2(width(line) <= natural - 5, qPrintable(line));
        QVERIFY2(screen.contains(QStringLiteral("Docker Desktop — …"))
                     || screen.contains(QStringLiteral("Docker Desktop — l…")),
                 qPrintable(screen));
        QVERIFY(screen.contains(f->alice("Docker Desktop — laptop").uuid)); // the uuid stays whole
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
