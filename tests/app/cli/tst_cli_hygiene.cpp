// hubtokens-cli's expiry and clean-up commands against the Hub emulator over loopback (issue 10): token export
// (ics, csv, json; stdout or a file written in one step; a bad path), token ls --expiring-within --exit-code,
// token rm --expired and token deactivate --unused-for DAYS, their --dry-run (nothing changes on the server) and a
// per-item report with one injected failure.
#include "CliTestFixture.h"

#include <QFile>
#include <QFileInfo>

class TestCliHygiene : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<CliTestFixture> f;
    QString m_oldUnused, m_stale, m_recent, m_oldInactive, m_expiredInactive;

    QString addAlice(const SeedToken &seed) { return f->emu()->addToken(QStringLiteral("alice"), seed); }
    int aliceCount() const { return int(f->emu()->tokens(QStringLiteral("alice")).size()); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<CliTestFixture>();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SeedToken oldUnused; // never used: counts from its creation
        oldUnused.label = QStringLiteral("old, never used");
        oldUnused.createdAt = now.addDays(-100);
        m_oldUnused = addAlice(oldUnused);
        SeedToken stale;
        stale.label = QStringLiteral("stale 古い");
        stale.createdAt = now.addDays(-300);
        stale.lastUsed = now.addDays(-40);
        m_stale = addAlice(stale);
        SeedToken recent;
        recent.label = QStringLiteral("old but used");
        recent.createdAt = now.addDays(-300);
        recent.lastUsed = now.addDays(-1);
        m_recent = addAlice(recent);
        SeedToken oldInactive; // already does nothing: left out
        oldInactive.label = QStringLiteral("old inactive");
        oldInactive.active = false;
        oldInactive.createdAt = now.addDays(-300);
        m_oldInactive = addAlice(oldInactive);
        SeedToken expiredInactive; // expired, active or not: deleted by rm --expired
        expiredInactive.label = QStringLiteral("expired, inactive");
        expiredInactive.active = false;
        expiredInactive.createdAt = now.addDays(-90);
        expiredInactive.expiresAt = QJsonValue(now.addDays(-1).toString(Qt::ISODate));
        m_expiredInactive = addAlice(expiredInactive);
    }
    void cleanup() { f.reset(); }

    // ---- token export -------------------------------------------------------------------------------------------

    void exportJsonToStdoutIsTheListOfLs()
    {
        const CliRun ls = f->run({"token", "ls", "--format", "json"}, f->asAlice());
        CLI_EXPECT(ls, 0);
        const CliRun run = f->run({"token", "export", "--format", "json"}, f->asAlice());
        CLI_EXPECT(run, 0);
        // The same objects as `ls --format json`, except "docker_login": that says which token this computer's
        // Docker uses, not something about the account's list (and an export may be read elsewhere).
        QJsonArray listed;
        for (const QJsonValue &v : jsonArray(ls)) {
            QJsonObject o = v.toObject();
            QVERIFY(o.contains(QLatin1String("docker_login")));
            o.remove(QLatin1String("docker_login"));
            listed.append(o);
        }
        QCOMPARE(jsonArray(run), listed);
        QCOMPARE(jsonArray(run).size(), aliceCount());
        for (const CliTestFixture::Seeded &s : f->alice())
            QVERIFY2(!run.out.contains(s.secret.toUtf8()), "a secret in the export");
    }

    void exportCsvToAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.csv"));
        const CliRun run = f->run({"token", "export", "--format", "csv", "--output", path}, f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY(run.out.isEmpty()); // the file has it
        QVERIFY2(run.errText().contains(QStringLiteral("Exported %1 tokens to %2.").arg(aliceCount()).arg(path)),
                 run.describe().constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM
        QCOMPARE(bytes.count("\r\n"), aliceCount() + 1); // header + one record each (no newline inside any label)
        QVERIFY(bytes.contains(QStringLiteral("本番環境の CI").toUtf8()));
        QVERIFY(bytes.contains("\"old, never used\"")); // RFC 4180 quoting
        for (const CliTestFixture::Seeded &s : f->alice())
            QVERIFY2(!bytes.contains(s.secret.toUtf8()), "a secret in the export");
        // No temporary file left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("tokens.csv")});
    }

    void exportCalendar()
    {
        const CliRun run = f->run({"token", "export", "--format", "ics"}, f->asAlice());
        CLI_EXPECT(run, 0);
        const QString ics = run.outText();
        QVERIFY(ics.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
        // Future expiries only: "ci active" (40 days) and "soon" (5 days).
        QCOMPARE(ics.count(QLatin1String("BEGIN:VEVENT")), 2);
        QVERIFY(ics.contains(QStringLiteral("token-%1@").arg(f->alice("soon").uuid)));
        QVERIFY(ics.contains(QStringLiteral("token-%1@").arg(f->alice("ci active").uuid)));
        QVERIFY(!ics.contains(QStringLiteral("token-%1@").arg(f->alice("expired one").uuid)));
    }

    void exportReplacesAFileInOneStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents that are longer than nothing at all");
        }
        const CliRun run = f->run({"token", "export", "--format", "json", "--output", path}, f->asAlice());
        CLI_EXPECT(run, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), aliceCount());
    }

    void exportBadPaths_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("words");
        QTest::newRow("no such folder") << QStringLiteral("missing/tokens.ics") << QStringLiteral("does not exist");
        QTest::newRow("a folder") << QStringLiteral(".") << QStringLiteral("it is a folder");
    }
    void exportBadPaths()
    {
        QFETCH(QString, relative);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(relative);
        const CliRun run = f->run({"token", "export", "--format", "ics", "--output", path}, f->asAlice());
        CLI_EXPECT(run, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(QStringLiteral("hubtokens-cli: Can't write “")), run.describe().constData());
        QVERIFY2(run.errText().contains(words), run.describe().constData());
        QCOMPARE(f->emu()->requestCount(), 0); // refused before signing in
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        QTest::newRow("no format") << QStringList{"token", "export"}
                                   << QStringLiteral("'token export' needs --format ics, csv or json.");
        QTest::newRow("table") << QStringList{"token", "export", "--format", "table"}
                               << QStringLiteral("'token export' takes --format ics, csv or json, not “table”.");
        QTest::newRow("operand") << QStringList{"token", "export", "--format", "csv", "x"}
                                 << QStringLiteral("Unexpected argument “x”.");
        QTest::newRow("rm --expired with a uuid")
            << QStringList{"token", "rm", "--expired", "abc"} << QStringLiteral("'token rm --expired' takes no UUID.");
        QTest::newRow("unused-for zero") << QStringList{"token", "deactivate", "--unused-for", "0"}
                                         << QStringLiteral(
                                                "--unused-for takes a number of days (1 to 36500), not “0”.");
        QTest::newRow("unused-for on rm")
            << QStringList{"token", "rm", "--unused-for", "30"} << QStringLiteral("Unknown option 'unused-for'.");
    }
    void exportUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        const CliRun run = f->run(args, f->asAlice());
        CLI_EXPECT(run, 2);
        QVERIFY2(run.errText().contains(words), run.describe().constData());
        QCOMPARE(f->emu()->requestCount(), 0);
    }

    // ---- token ls --expiring-within --exit-code ---------------------------------------------------------------

    void expiringWithinExitCode()
    {
        CliRun run = f->run({"token", "ls", "--expiring-within", "7", "--exit-code", "--format", "json"}, f->asAlice());
        CLI_EXPECT(run, 1);
        QCOMPARE(labels(jsonArray(run)), QSet<QString>{QStringLiteral("soon")});
        run = f->run({"token", "ls", "--expiring-within", "3", "--exit-code"}, f->asAlice());
        CLI_EXPECT(run, 0);
        // Without --exit-code, a list is a success.
        run = f->run({"token", "ls", "--expiring-within", "7"}, f->asAlice());
        CLI_EXPECT(run, 0);
        QVERIFY(run.outText().contains(QLatin1String("soon")));
    }

    // ---- token rm --expired ------------------------------------------------------------------------------------

    void removeExpiredDryRunChangesNothing()
    {
        const int before = aliceCount();
        const CliRun run = f->run({"token", "rm", "--expired", "--dry-run"}, f->asAlice()); // no --force needed
        CLI_EXPECT(run, 0);
        const QStringList out = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 2);
        QVERIFY(out.contains(QStringLiteral("Would delete “expired one” (%1).").arg(f->alice("expired one").uuid)));
        QVERIFY(out.contains(QStringLiteral("Would delete “expired, inactive” (%1).").arg(m_expiredInactive)));
        QVERIFY(run.errText().contains(QLatin1String("Dry run: nothing was changed.")));
        QCOMPARE(aliceCount(), before);
        QVERIFY(f->aliceHas(m_expiredInactive));
    }

    void removeExpiredLeavesExactlyTheExpiredDeleted()
    {
        const QStringList before = uuidsOf(QStringLiteral("alice"));
        const CliRun run = f->run({"token", "rm", "--expired", "--force"}, f->asAlice());
        CLI_EXPECT(run, 0);
        QStringList expected = before;
        expected.removeOne(f->alice("expired one").uuid);
        expected.removeOne(m_expiredInactive);
        QCOMPARE(uuidsOf(QStringLiteral("alice")), expected);
        QCOMPARE(run.outText().count(QStringLiteral("Deleted “")), 2);
        // Nothing left to do: says so, and succeeds.
        const CliRun again = f->run({"token", "rm", "--expired", "--force"}, f->asAlice());
        CLI_EXPECT(again, 0);
        QVERIFY(again.errText().contains(QLatin1String("No token has expired: nothing to delete.")));
    }

    void removeExpiredWithAFailure()
    {
        f->emu()->failToken(m_expiredInactive, 500); // every try of this one fails
        QProcessEnvironment env = f->asAlice();
        env.insert(QStringLiteral("HUBTOKENS_TRIES"), QStringLiteral("2"));
        const CliRun run = f->run({"--format", "json", "token", "rm", "--expired", "--force"}, env);
        CLI_EXPECT(run, 1);
        QVERIFY(!f->aliceHas(f->alice("expired one").uuid));
        QVERIFY(f->aliceHas(m_expiredInactive));
        const QJsonArray report = jsonArray(run);
        QCOMPARE(report.size(), 2);
        for (const QJsonValue &item : report) {
            const bool failing = item[QLatin1String("uuid")].toString() == m_expiredInactive;
            QCOMPARE(item[QLatin1String("ok")].toBool(), !failing);
        }
        QVERIFY2(
            run.errText().contains(QStringLiteral("Could not delete “expired, inactive” (%1)").arg(m_expiredInactive)),
            run.describe().constData());
        QVERIFY(run.errText().contains(QLatin1String("1 of 2 failed.")));
    }

    void removeExpiredRefusesWithoutATerminal()
    {
        const CliRun run = f->run({"token", "rm", "--expired"}, f->asAlice());
        CLI_EXPECT(run, 2);
        QVERIFY(f->aliceHas(m_expiredInactive));
        QCOMPARE(f->emu()->requestCount(), 0);
    }

    void removeExpiredAsksForTheUsername()
    {
        PtySession pty;
        QVERIFY(pty.start(f->args({"token", "rm", "--expired"}), f->asAlice()));
        QVERIFY2(pty.waitFor(QStringLiteral("You are about to delete 2 tokens:")), qPrintable(pty.screen()));
        QVERIFY(pty.waitFor(QStringLiteral("To confirm, type your username (alice): ")));
        pty.type("mallory\n");
        QCOMPARE(pty.waitForExit(), 1);
        QVERIFY(f->aliceHas(m_expiredInactive));
        QVERIFY(f->aliceHas(f->alice("expired one").uuid));
    }

    // ---- token deactivate --unused-for -------------------------------------------------------------------------

    void deactivateUnusedDryRunChangesNothing()
    {
        const CliRun run =
            f->run({"--format", "json", "token", "deactivate", "--unused-for", "30", "--dry-run"}, f->asAlice());
        CLI_EXPECT(run, 0);
        QCOMPARE(labels(jsonArray(run)),
                 (QSet<QString>{QStringLiteral("old, never used"), QStringLiteral("stale 古い")}));
        QVERIFY(f->aliceToken(m_oldUnused)[QLatin1String("is_active")].toBool());
        QVERIFY(f->aliceToken(m_stale)[QLatin1String("is_active")].toBool());
    }

    void deactivateUnused_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QStringList>("deactivated");
        QTest::newRow("30") << 30 << QStringList{"old, never used", "stale 古い"};
        QTest::newRow("90") << 90 << QStringList{"old, never used"};
        QTest::newRow("180") << 180 << QStringList{};
    }
    void deactivateUnused()
    {
        QFETCH(int, days);
        QFETCH(QStringList, deactivated);
        const CliRun run = f->run({"token", "deactivate", "--unused-for", QString::number(days)}, f->asAlice());
        CLI_EXPECT(run, 0);
        QSet<QString> nowInactive;
        for (const QJsonObject &o : f->emu()->tokens(QStringLiteral("alice"))) {
            if (!o.value(QLatin1String("is_active")).toBool())
                nowInactive.insert(o.value(QLatin1String("token_label")).toString());
        }
        QSet<QString> expected(deactivated.cbegin(), deactivated.cend());
        expected +=
            {QStringLiteral("inactive one"), QStringLiteral("old inactive"), QStringLiteral("expired, inactive")};
        QCOMPARE(nowInactive, expected);
        if (deactivated.isEmpty())
            QVERIFY(run.errText().contains(
                QStringLiteral("No active token has gone unused for %1 days: nothing to deactivate.").arg(days)));
        else
            QCOMPARE(run.outText().count(QStringLiteral("Deactivated “")), deactivated.size());
    }

    void helpNamesTheNewOptions()
    {
        const CliRun rm = f->run({"token", "rm", "--help"}, f->env());
        CLI_EXPECT(rm, 0);
        QVERIFY(rm.outText().contains(QLatin1String("--expired")));
        QVERIFY(rm.outText().contains(QLatin1String("--dry-run")));
        const CliRun general = f->run({"--help"}, f->env());
        QVERIFY(general.outText().contains(QLatin1String("token export --format ics|csv|json [--output FILE]")));
        QVERIFY(general.outText().contains(QLatin1String("--unused-for DAYS")));
    }

private:
    QStringList uuidsOf(const QString &user) const
    {
        QStringList out;
        for (const QJsonObject &o : f->emu()->tokens(user))
            out += o.value(QLatin1String("uuid")).toString();
        out.sort();
        return out;
    }
};

QTEST_GUILESS_MAIN(TestCliHygiene)
#include "tst_cli_hygiene.moc"
