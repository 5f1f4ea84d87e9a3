// hubtokens-cli's parts without a server: the command line (every option and every usage error), expiry dates,
// uuid prefixes, the list filters, the text table (terminal widths of CJK text, eliding, colour) and the JSON shapes.
#include "app/cli/CliBulkCommand.h"
#include "app/cli/CliCommandLine.h"
#include "app/cli/CliCreateCommand.h"
#include "app/cli/CliEditCommand.h"
#include "app/cli/CliExportCommand.h"
#include "app/cli/CliHelp.h"
#include "app/cli/CliListCommand.h"
#include "app/cli/CliLoginCommand.h"
#include "app/cli/CliTextTable.h"
#include "app/cli/CliTokenFormat.h"
#include "app/hub/WireFormat.h"
#include "app/hygiene/TokenSelection.h"
#include "app/settings/LanguageManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

const QDateTime Now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

CliCommandLine::Result parse(const QStringList &args)
{
    return CliCommandLine::parse(QStringList{QStringLiteral("hubtokens-cli")} + args, Now);
}

AccessToken token(const QString &uuid, const QString &label)
{
    AccessToken t;
    t.uuid = uuid;
    t.label = label;
    t.scope = TokenScope::Read;
    t.generatedBy = QStringLiteral("manual");
    t.createdAt = Now.addDays(-10);
    return t;
}

} // namespace

class TestCliUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LanguageSupport::installEnglishPlurals(); }

    // ---- the command line ---------------------------------------------------------------------------------

    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command"); // its words
        QTest::newRow("login") << QStringList{"login"} << "login";
        QTest::newRow("logout") << QStringList{"logout"} << "logout";
        QTest::newRow("ls") << QStringList{"token", "ls"} << "token ls";
        QTest::newRow("inspect") << QStringList{"token", "inspect", "ab"} << "token inspect";
        QTest::newRow("create") << QStringList{"token", "create", "--description", "x"} << "token create";
        QTest::newRow("edit") << QStringList{"token", "edit", "ab", "--scope", "repo:read"} << "token edit";
        QTest::newRow("activate") << QStringList{"token", "activate", "a", "b"} << "token activate";
        QTest::newRow("deactivate") << QStringList{"token", "deactivate", "a"} << "token deactivate";
        QTest::newRow("rm") << QStringList{"token", "rm", "a"} << "token rm";
        // Global options before the command, after it, and with '='.
        QTest::newRow("global first") << QStringList{"--format",           "json",  "--server",
                                                     "http://127.0.0.1:1", "token", "ls"}
                                      << "token ls";
        QTest::newRow("global between") << QStringList{"token", "--format=json", "ls"} << "token ls";
        QTest::newRow("global after") << QStringList{"token", "ls", "--lang", "ja"} << "token ls";
    }
    void commands()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        const auto r = parse(args);
        QCOMPARE(r.exitCode, CliExit::Running);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.info.words, command);
    }

    void hygieneOptions()
    {
        auto r = parse({"token", "export", "--format", "ICS", "--output", "out.ics"});
        QCOMPARE(r.exitCode, CliExit::Running);
        QCOMPARE(r.info.words, QStringLiteral("token export"));
        QCOMPARE(r.as<CliExportCommand>()->options.format, TokenExport::Format::Calendar);
        QCOMPARE(r.as<CliExportCommand>()->options.output, QStringLiteral("out.ics"));
        r = parse({"token", "export", "--format", "csv"});
        QCOMPARE(r.as<CliExportCommand>()->options.format, TokenExport::Format::Csv);
        QVERIFY(r.as<CliExportCommand>()->options.output.isEmpty());
        QCOMPARE(parse({"token", "export"}).exitCode, CliExit::Usage);
        QCOMPARE(parse({"token", "export", "--format", "xml"}).exitCode, CliExit::Usage);

        r = parse({"token", "ls", "--expiring-within", "7", "--exit-code"});
        QVERIFY(r.as<CliListCommand>()->options.exitCode);
        QVERIFY(!parse({"token", "ls"}).as<CliListCommand>()->options.exitCode);

        r = parse({"token", "rm", "--expired", "--dry-run"});
        QCOMPARE(r.exitCode, CliExit::Running);
        QVERIFY(r.as<CliBulkCommand>()->options.expired);
        QVERIFY(r.as<CliBulkCommand>()->options.dryRun);
        QVERIFY(r.command->operands.isEmpty());
        QCOMPARE(parse({"token", "rm", "--expired", "abc"}).exitCode, CliExit::Usage);
        QCOMPARE(parse({"token", "rm"}).exitCode, CliExit::Usage);

        r = parse({"token", "deactivate", "--unused-for", "90"});
        QCOMPARE(r.exitCode, CliExit::Running);
        QCOMPARE(r.as<CliBulkCommand>()->options.unusedForDays, 90);
        QVERIFY(!r.as<CliBulkCommand>()->options.dryRun);
        QCOMPARE(parse({"token", "deactivate", "--unused-for", "x"}).exitCode, CliExit::Usage);
        QCOMPARE(parse({"token", "deactivate", "--unused-for", "90", "abc"}).exitCode, CliExit::Usage);
        QCOMPARE(parse({"token", "activate", "--unused-for", "90"}).exitCode, CliExit::Usage);
    }

    void options()
    {
        auto r = parse({"--server", "http://localhost:8080", "--format", "json", "--lang", "zh-TW", "token", "ls",
                        "--status", "expired", "--source", "auto", "--expiring-within", "7"});
        QCOMPARE(r.exitCode, CliExit::Running);
        QCOMPARE(r.globals.server, QUrl("http://localhost:8080"));
        QVERIFY(r.globals.json());
        QCOMPARE(r.globals.language, QStringLiteral("zh_TW"));
        QCOMPARE(r.as<CliListCommand>()->options.status, AccessToken::Status::Expired);
        QCOMPARE(r.as<CliListCommand>()->options.autoGenerated, true);
        QCOMPARE(r.as<CliListCommand>()->options.expiringWithinDays, 7);

        r = parse(
            {"token", "create", "--description", "  ci  ", "--scope", "repo:admin", "--expires", "90d", "--quiet"});
        QCOMPARE(r.exitCode, CliExit::Running);
        QCOMPARE(r.as<CliCreateCommand>()->options.description, QStringLiteral("ci")); // trimmed, as the dialog does
        QCOMPARE(r.as<CliCreateCommand>()->options.scope, TokenScope::Admin);
        QCOMPARE(r.as<CliCreateCommand>()->options.expiresAt, Now.addDays(90));
        QVERIFY(r.as<CliCreateCommand>()->options.quiet);
        QVERIFY(!r.globals.json());

        r = parse({"token", "create", "--description", "x"});
        QVERIFY(!r.as<CliCreateCommand>()->options.scope); // the command applies the default, repo:public_read
        QVERIFY(!r.as<CliCreateCommand>()->options.expiresAt.isValid()); // never

        r = parse({"login", "--username", "demo", "--password-stdin"});
        QCOMPARE(r.as<CliLoginCommand>()->options.username, QStringLiteral("demo"));
        QVERIFY(r.as<CliLoginCommand>()->options.passwordStdin);

        r = parse({"token", "rm", "--force", "a", "b", "a"});
        QVERIFY(r.as<CliBulkCommand>()->options.force);
        QCOMPARE(r.command->operands, (QStringList{"a", "b", "a"})); // the resolver drops repeats

        r = parse({"token", "edit", "abc", "--description", "new"});
        QCOMPARE(r.command->operands, QStringList{"abc"});
        QCOMPARE(r.as<CliEditCommand>()->options.description, QStringLiteral("new"));
        QVERIFY(!r.as<CliEditCommand>()->options.scope);

        r = parse({"token", "inspect", "--", "abc"});
        QCOMPARE(r.command->operands, QStringList{"abc"});
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "Unknown command “frobnicate”";
        QTest::newRow("unknown token command") << QStringList{"token", "list"} << "Unknown command “token list”";
        QTest::newRow("token alone") << QStringList{"token"} << "'token' needs a command";
        QTest::newRow("unknown option") << QStringList{"token", "ls", "--force"} << "force";
        QTest::newRow("option of another command") << QStringList{"token", "rm", "--quiet", "a"} << "quiet";
        QTest::newRow("missing value") << QStringList{"token", "ls", "--status"} << "status";
        QTest::newRow("format") << QStringList{"--format", "yaml", "token", "ls"} << "--format takes table or json";
        QTest::newRow("server not loopback http") << QStringList{"--server", "http://example.com", "token", "ls"}
                                                  << "Can't use the server http://example.com";
        QTest::newRow("server scheme") << QStringList{"--server", "ftp://127.0.0.1", "token", "ls"}
                                       << "Can't use the server";
        QTest::newRow("lang") << QStringList{"--lang", "xx", "token", "ls"} << "Unknown language “xx”";
        QTest::newRow("status") << QStringList{"token", "ls", "--status", "revoked"} << "--status takes";
        QTest::newRow("source") << QStringList{"token", "ls", "--source", "robot"} << "--source takes manual or auto";
        QTest::newRow("days not a number")
            << QStringList{"token", "ls", "--expiring-within", "soon"} << "--expiring-within takes";
        QTest::newRow("days negative") << QStringList{"token", "ls", "--expiring-within", "-1"} << "--expiring-within";
        QTest::newRow("ls operand") << QStringList{"token", "ls", "abc"} << "Unexpected argument “abc”";
        QTest::newRow("login operand") << QStringList{"login", "demo"} << "Unexpected argument “demo”";
        QTest::newRow("empty username") << QStringList{"login", "--username", " "} << "--username can't be empty";
        QTest::newRow("no description") << QStringList{"token", "create"} << "needs --description";
        QTest::newRow("empty description")
            << QStringList{"token", "create", "--description", "   "} << "The description can't be empty";
        QTest::newRow("long description")
            << QStringList{"token", "create", "--description", QString(101, 'x')} << "it can have at most 100";
        QTest::newRow("scope") << QStringList{"token", "create", "--description", "x", "--scope", "repo:delete"}
                               << "--scope takes";
        QTest::newRow("expires garbage") << QStringList{"token", "create", "--description", "x", "--expires", "soon"}
                                         << "--expires takes never, 30d, 90d";
        QTest::newRow("expires 60d") << QStringList{"token", "create", "--description", "x", "--expires", "60d"}
                                     << "--expires takes";
        QTest::newRow("expires past") << QStringList{"token", "create", "--description", "x", "--expires", "2025-05-01"}
                                      << "is not in the future";
        QTest::newRow("expires too far") << QStringList{"token", "create",    "--description",
                                                        "x",     "--expires", "2026-06-02T12:00:00Z"}
                                         << "more than a year ahead";
        QTest::newRow("quiet json") << QStringList{"--format",      "json", "token",  "create",
                                                   "--description", "x",    "--quiet"}
                                    << "--quiet and --format json";
        QTest::newRow("edit nothing") << QStringList{"token", "edit", "abc"} << "needs --description or --scope";
        QTest::newRow("edit no uuid") << QStringList{"token", "edit", "--scope", "repo:read"} << "takes one UUID";
        QTest::newRow("inspect two") << QStringList{"token", "inspect", "a", "b"} << "takes one UUID";
        QTest::newRow("inspect none") << QStringList{"token", "inspect"} << "takes one UUID";
        QTest::newRow("activate none") << QStringList{"token", "activate"} << "needs at least one UUID";
        QTest::newRow("rm none") << QStringList{"token", "rm", "--force"} << "needs at least one UUID";
        QTest::newRow("empty uuid") << QStringList{"token", "rm", ""} << "An empty UUID";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const auto r = parse(args);
        QCOMPARE(r.exitCode, CliExit::Usage);
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("--help")), qPrintable(r.error)); // says where to look
        QVERIFY(r.output.isEmpty());
    }

    void helpAndVersion()
    {
        auto r = parse({"--help"});
        QCOMPARE(r.exitCode, CliExit::Ok);
        for (const CliCommandInfo &c : CliCommand::all())
            QVERIFY2(r.output.contains(c.synopsis), qPrintable(c.synopsis));
        QVERIFY(r.output.contains(QLatin1String("Exit status:")));
        QVERIFY(r.output.contains(QLatin1String("HUBTOKENS_USERNAME")));

        r = parse({"token", "create", "--help"});
        QCOMPARE(r.exitCode, CliExit::Ok);
        QVERIFY(r.output.startsWith(QLatin1String("Usage: hubtokens-cli token create --description D")));
        for (const char *option : {"--description D", "--scope S", "--expires E", "--quiet", "--server URL"})
            QVERIFY2(r.output.contains(QLatin1String(option)), option);

        r = parse({"help"});
        QCOMPARE(r.exitCode, CliExit::Ok);
        QVERIFY(r.output.contains(QLatin1String("Commands:")));

        r = parse({"--version"});
        QCOMPARE(r.exitCode, CliExit::Ok);
        QVERIFY(r.output.startsWith(QLatin1String("hubtokens-cli ")));

        r = parse({});
        QCOMPARE(r.exitCode, CliExit::Usage);
        QVERIFY(r.errorIsHelp);
        QVERIFY(r.error.contains(QLatin1String("Commands:")));
    }

    void declarations()
    {
        // Every declared command: listed in --help, its own --help made from its declaration (every option in it),
        // and an option it does not declare refused with a usage error that names the option and its --help.
        const QList<CliCommandInfo> commands = CliCommand::all();
        const QString general = parse({"--help"}).output;
        QStringList words;
        for (const CliCommandInfo &c : commands) {
            QVERIFY2(!words.contains(c.words), qPrintable(c.words));
            words += c.words;
            QVERIFY(c.make);
            QVERIFY2(c.synopsis.startsWith(c.words), qPrintable(c.synopsis));
            QVERIFY2(general.contains(QStringLiteral("  ") + c.synopsis + QLatin1Char('\n')), qPrintable(c.words));

            const QStringList command = c.words.split(QLatin1Char(' '));
            const auto help = parse(command + QStringList{"--help"});
            QCOMPARE(help.exitCode, CliExit::Ok);
            QCOMPARE(help.output, CliHelp::forCommand(c));
            QVERIFY2(help.output.startsWith(QStringLiteral("Usage: hubtokens-cli %1\n").arg(c.synopsis)),
                     qPrintable(help.output));
            for (const CliOption &o : c.options) {
                const QString label = QStringLiteral("  --") + o.names.constLast();
                QVERIFY2(help.output.contains(label), qPrintable(c.words + label));
            }

            const auto bad = parse(command + QStringList{"--no-such-option"});
            QCOMPARE(bad.exitCode, CliExit::Usage);
            QVERIFY(!bad.command);
            QVERIFY2(bad.error.contains(QLatin1String("'no-such-option'")), qPrintable(bad.error));
            QVERIFY2(bad.error.endsWith(QStringLiteral("Run 'hubtokens-cli %1 --help' for usage.").arg(c.words)),
                     qPrintable(bad.error));
        }
        QCOMPARE(words.size(), 13);
        // A two-word command's first word alone, or with a word no command declares, is not a command.
        QVERIFY(
            parse({"docker", "frobnicate"}).error.startsWith(QStringLiteral("Unknown command “docker frobnicate”.")));
    }

    void helpLinesFit()
    {
        // Every line of every help text fits 80 columns, except the synopsis lines (one per command).
        QStringList texts{CliHelp::general()};
        for (const CliCommandInfo &c : CliCommand::all())
            texts += CliHelp::forCommand(c);
        for (const QString &text : texts) {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (CliTextTable::displayWidth(line) <= 80)
                    continue;
                bool synopsis = false;
                for (const CliCommandInfo &c : CliCommand::all())
                    synopsis = synopsis || line.contains(c.synopsis);
                QVERIFY2(synopsis, qPrintable(line));
            }
        }
        // CJK text has no spaces: it is broken between characters, two columns each.
        const QString wrapped = CliHelp::wrap(QString(50, QChar(0x4E2D)), 2, 42);
        for (const QString &line : wrapped.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY(CliTextTable::displayWidth(line) <= 42);
        QCOMPARE(wrapped.count(QChar(0x4E2D)), 50);
    }

    void expiry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: never
        QTest::newRow("never") << "never" << QDateTime();
        QTest::newRow("30d") << "30d" << Now.addDays(30);
        QTest::newRow("90d") << "90d" << Now.addDays(90);
        QTest::newRow("date, local midnight") << "2025-12-31" << QDate(2025, 12, 31).startOfDay().toUTC();
        QTest::newRow("rfc3339 Z") << "2025-07-01T08:30:00Z" << QDateTime(QDate(2025, 7, 1), QTime(8, 30), Qt::UTC);
        QTest::newRow("rfc3339 offset") << "2025-07-01T10:30:00+02:00"
                                        << QDateTime(QDate(2025, 7, 1), QTime(8, 30), Qt::UTC);
        QTest::newRow("a year ahead") << "2026-06-01T12:00:00Z" << Now.addYears(1);
    }
    void expiry()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const CliCommandLine::Expiry got = CliCommandLine::parseExpiry(text, Now);
        QVERIFY2(got.ok(), qPrintable(got.error.value_or(QString())));
        QCOMPARE(got.value, expected);
    }

    void description()
    {
        QVERIFY(CliCommandLine::checkDescription(QString(100, QChar(0x6F22))).isEmpty());
        // Characters, not UTF-16 units: 100 emoji (200 units) are fine, 101 are not.
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUcs4(U"\U0001F680", 1);
        QVERIFY(CliCommandLine::checkDescription(emoji).isEmpty());
        QVERIFY(!CliCommandLine::checkDescription(emoji + QLatin1Char('x')).isEmpty());
    }

    // ---- uuids and filters --------------------------------------------------------------------------------

    void uuidPrefixes()
    {
        const QList<AccessToken> tokens{token("abc12345-0000", "one"), token("abd99999-0000", "two"),
                                        token("ff000000-0000", "three"), token("ab", "short")};
        auto r = TokenSelection::byUuidPrefix(tokens, {"abc", "FF", "abc12345-0000"});
        QVERIFY(!r.isAmbiguous());
        QCOMPARE(r.tokens.size(), 2); // a token named twice is done once
        QCOMPARE(r.tokens.at(0).label, QStringLiteral("one"));
        QCOMPARE(r.tokens.at(1).label, QStringLiteral("three")); // case does not matter

        r = TokenSelection::byUuidPrefix(tokens, {"ab"}); // a whole uuid wins over the prefixes it starts
        QVERIFY(!r.isAmbiguous());
        QCOMPARE(r.tokens.constFirst().label, QStringLiteral("short"));

        r = TokenSelection::byUuidPrefix(tokens, {"abd", "a", "zz"});
        QCOMPARE(r.tokens.size(), 1);
        QCOMPARE(r.ambiguous.size(), 1);
        QCOMPARE(r.ambiguous.constFirst().first, QStringLiteral("a"));
        QCOMPARE(r.ambiguous.constFirst().second.size(), 3);
        QCOMPARE(r.unknown, QStringList{"zz"});
        const QString message = CliCommand::ambiguousMessage("a", r.ambiguous.constFirst().second);
        QVERIFY2(message.contains(QLatin1String("matches 3 tokens")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("abc12345-0000  one")));
        QVERIFY(message.contains(QLatin1String("abd99999-0000  two")));
    }

    void filters()
    {
        AccessToken active = token("1", "active");
        AccessToken inactive = token("2", "inactive");
        inactive.active = false;
        AccessToken expired = token("3", "expired");
        expired.expiresAt = Now.addDays(-1);
        AccessToken soon = token("4", "soon");
        soon.expiresAt = Now.addDays(5);
        AccessToken later = token("5", "later");
        later.expiresAt = Now.addDays(40);
        AccessToken desktop = token("6", "desktop");
        desktop.generatedBy = QStringLiteral("docker_desktop");
        const QList<AccessToken> all{active, inactive, expired, soon, later, desktop};
        const auto labels = [](const QList<AccessToken> &tokens) {
            QStringList out;
            for (const AccessToken &t : tokens)
                out += t.label;
            return out;
        };

        CliListCommand::Options a;
        QCOMPARE(labels(TokenSelection::filtered(all, a, Now)).size(), 6);
        a.status = AccessToken::Status::Active;
        QCOMPARE(labels(TokenSelection::filtered(all, a, Now)), (QStringList{"active", "soon", "later", "desktop"}));
        a.status = AccessToken::Status::Inactive;
        QCOMPARE(labels(TokenSelection::filtered(all, a, Now)), QStringList{"inactive"});
        a.status = AccessToken::Status::Expired;
        QCOMPARE(labels(TokenSelection::filtered(all, a, Now)), QStringList{"expired"});
        a.status.reset();
        a.autoGenerated = true;
        QCOMPARE(labels(TokenSelection::filtered(all, a, Now)), QStringList{"desktop"});
        a.autoGenerated = false;
        QCOMPARE(labels(TokenSelection::filtered(all, a, Now)).size(), 5);
        a.autoGenerated.reset();
        a.expiringWithinDays = 30;
        QCOMPARE(labels(TokenSelection::filtered(all, a, Now)), QStringList{"soon"}); // not the expired one
        a.status = AccessToken::Status::Inactive; // filters combine
        QVERIFY(TokenSelection::filtered(all, a, Now).isEmpty());
    }

    // ---- the text table -----------------------------------------------------------------------------------

    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << "deploy" << 6;
        QTest::newRow("japanese") << "本番環境の CI" << 13;
        QTest::newRow("kana") << "ステージング" << 12;
        QTest::newRow("chinese") << "测试环境只读令牌" << 16;
        QTest::newRow("hangul") << "토큰" << 4;
        QTest::newRow("fullwidth") << "ＡＢＣ" << 6;
        QTest::newRow("emoji") << QString::fromUtf8("mirror \xF0\x9F\x9A\x80") << 9;
        QTest::newRow("combining") << QString::fromUtf8("e\xCC\x81t\xC3\xA9") << 3; // é as e + U+0301, then é
        QTest::newRow("em dash") << "a — b" << 5;
        QTest::newRow("zero width joiner") << QString::fromUtf8("a\xE2\x80\x8D"
                                                                "b")
                                           << 2;
    }
    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(CliTextTable::displayWidth(text), width);
    }

    void tableAlignsByTerminalColumns()
    {
        CliTextTable table({"NAME", "UUID"});
        table.addRow({"本番環境の CI", "u1"});
        table.addRow({"ci", "u2"});
        table.addRow({"ステージング用トークン", ""});
        const QStringList lines = table.render(false).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        // The second column starts at the same terminal column on every line.
        const int column = CliTextTable::displayWidth(QStringLiteral("ステージング用トークン")) + 3;
        QCOMPARE(CliTextTable::displayWidth(lines.at(0).left(lines.at(0).indexOf(QLatin1String("UUID")))), column);
        QCOMPARE(CliTextTable::displayWidth(lines.at(1).left(lines.at(1).indexOf(QLatin1String("u1")))), column);
        QCOMPARE(CliTextTable::displayWidth(lines.at(2).left(lines.at(2).indexOf(QLatin1String("u2")))), column);
        QCOMPARE(lines.at(3), QStringLiteral("ステージング用トークン")); // no trailing spaces
        for (const QString &line : lines)
            QVERIFY(!line.endsWith(QLatin1Char(' ')));
    }

    void tableShrinksTheDescriptionToFit()
    {
        CliTextTable table({"DESCRIPTION", "UUID"});
        table.addRow({QString(60, QLatin1Char('d')), "0123456789"});
        table.addRow({"漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字", "0123456789"});
        table.setMaxWidth(40, 0, 16);
        const QStringList lines = table.render(false).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QVERIFY2(CliTextTable::displayWidth(line) <= 40, qPrintable(line));
        QVERIFY(lines.at(1).contains(QStringLiteral("…")));
        QVERIFY(lines.at(1).endsWith(QLatin1String("0123456789"))); // the uuid is whole
        QVERIFY(lines.at(2).endsWith(QLatin1String("0123456789")));
        QCOMPARE(CliTextTable::elide(QStringLiteral("漢字漢字"), 5), QStringLiteral("漢字…"));
        QCOMPARE(CliTextTable::elide(QStringLiteral("short"), 5), QStringLiteral("short"));
    }

    void colourOnlyWhenAsked()
    {
        AccessToken expired = token("3", "expired");
        expired.expiresAt = Now.addDays(-1);
        const QString plain = CliTokenFormat::table({expired}, {false, 0}, Now);
        QVERIFY(!plain.contains(QLatin1Char('\x1b')));
        const QString coloured = CliTokenFormat::table({expired}, {true, 0}, Now);
        QVERIFY(coloured.contains(QLatin1String("\x1b[31mExpired\x1b[0m")));
        QVERIFY(coloured.contains(QLatin1String("\x1b[1mDESCRIPTION\x1b[0m")));
        // Escapes never count as width: both render the same columns once the escapes are removed.
        QString stripped = coloured;
        stripped.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m")));
        QCOMPARE(stripped, plain);
    }

    void tableHasTheWindowsColumns()
    {
        AccessToken t = token("uuid-1", "ci");
        const QString header = CliTokenFormat::table({t}, {}, Now).section(QLatin1Char('\n'), 0, 0);
        QStringList words = header.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(words,
                 (QStringList{"DESCRIPTION", "SCOPE", "STATUS", "SOURCE", "CREATED", "LAST", "USED", "EXPIRATION",
                              "DATE", "DOCKER", "UUID"}));
        const QString row = CliTokenFormat::table({t}, {}, Now).section(QLatin1Char('\n'), 1, 1);
        QVERIFY(row.contains(QLatin1String("Repo Read-only")));
        QVERIFY(row.contains(QLatin1String("Active")));
        QVERIFY(row.contains(QLatin1String("Manual")));
        QVERIFY(row.contains(QLatin1String("Never")));
        QVERIFY(row.endsWith(QLatin1String("uuid-1")));
    }

    // ---- JSON -----------------------------------------------------------------------------------------------

    void jsonShapes()
    {
        AccessToken legacy = token("uuid-legacy", "old");
        legacy.scope.reset();
        AccessToken used = token("uuid-used", "ci");
        used.lastUsed = Now.addDays(-1);
        used.expiresAt = Now.addDays(30);
        const QJsonDocument doc = QJsonDocument::fromJson(CliTokenFormat::jsonArray({legacy, used}));
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        QStringList fields = WireFormat::exportFields();
        fields.sort();
        QStringList keys = array.at(0).toObject().keys();
        keys.sort();
        QCOMPARE(keys, fields);
        QCOMPARE(array.at(0)[QLatin1String("scopes")].toArray(), QJsonArray());
        QVERIFY(array.at(0)[QLatin1String("last_used")].isNull());
        QVERIFY(array.at(0)[QLatin1String("expires_at")].isNull());
        QCOMPARE(array.at(1)[QLatin1String("scopes")].toArray(), QJsonArray{QStringLiteral("repo:read")});
        QCOMPARE(array.at(1)[QLatin1String("expires_at")].toString(), QStringLiteral("2025-07-01T12:00:00Z"));
        QVERIFY(!array.at(1).toObject().contains(QLatin1String("token")));

        const QJsonObject created =
            QJsonDocument::fromJson(CliTokenFormat::jsonObject(used, QStringLiteral("dckr_pat_x"))).object();
        QCOMPARE(created[QLatin1String("token")].toString(), QStringLiteral("dckr_pat_x"));
        QCOMPARE(created[QLatin1String("uuid")].toString(), QStringLiteral("uuid-used"));

        ApiError gone;
        gone.kind = ApiError::Kind::NotFound;
        gone.httpStatus = 404;
        const QJsonArray report =
            QJsonDocument::fromJson(
                CliTokenFormat::jsonReport({{"u1", "one", std::nullopt}, {"u2", "two", gone}}, {"done", "failed"}))
                .array();
        QCOMPARE(report.size(), 2);
        QCOMPARE(report.at(0)[QLatin1String("ok")].toBool(), true);
        QVERIFY(report.at(0)[QLatin1String("error")].isNull());
        QCOMPARE(report.at(1)[QLatin1String("ok")].toBool(), false);
        QCOMPARE(report.at(1)[QLatin1String("error")][QLatin1String("kind")].toString(), QStringLiteral("NotFound"));
        QCOMPARE(report.at(1)[QLatin1String("error")][QLatin1String("status")].toInt(), 404);
        QCOMPARE(report.at(1)[QLatin1String("message")].toString(), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestCliUnits)
#include "tst_cliunits.moc"
