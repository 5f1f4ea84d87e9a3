#pragma once

#include "CliHarness.h"
#include "tests/emulator/HubEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The accounts and tokens every hubtokens-cli test starts from, on a fresh in-process emulator:
//  alice / alice-pw: seven tokens with every quirk (inactive, expired, expiring soon, auto-generated, legacy, CJK);
//  bob2fa / bob-pw with TOTP secret JBSWY3DPEHPK3PXP;
//  bulk / bulk-pw: 250 generated tokens (three pages).
class CliTestFixture {
public:
    static inline const QString TotpSecret = QStringLiteral("JBSWY3DPEHPK3PXP");

    struct Seeded {
        QString uuid;
        QString label;
        QString secret;
    };

    explicit CliTestFixture(EmulatorOptions options = {})
    {
        options.rateLimitPerMinute = 0;
        options.lockoutAttempts = 0;
        m_emu = std::make_unique<HubEmulator>(options);
        QString why;
        if (!m_emu->listen(&why))
            qFatal("emulator: %s", qPrintable(why));
        m_emu->addAccount(QStringLiteral("alice"), QStringLiteral("alice-pw"));
        m_emu->addAccount(QStringLiteral("bob2fa"), QStringLiteral("bob-pw"), TotpSecret);
        m_emu->addAccount(QStringLiteral("bulk"), QStringLiteral("bulk-pw"));
        m_emu->seedBulk(QStringLiteral("bulk"), 250);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto at = [](const QDateTime &t) { return QJsonValue(t.toString(Qt::ISODate)); };
        SeedToken ci;
        ci.label = QStringLiteral("ci active");
        ci.scopes = {QStringLiteral("repo:read")};
        ci.expiresAt = at(now.addDays(40));
        ci.lastUsed = now.addDays(-2);
        add(ci);
        SeedToken inactive;
        inactive.label = QStringLiteral("inactive one");
        inactive.active = false;
        add(inactive);
        SeedToken expired;
        expired.label = QStringLiteral("expired one");
        expired.scopes = {QStringLiteral("repo:write")};
        expired.createdAt = now.addDays(-60);
        expired.expiresAt = at(now.addDays(-3));
        add(expired);
        SeedToken soon;
        soon.label = QStringLiteral("soon");
        soon.expiresAt = at(now.addDays(5));
        add(soon);
        SeedToken desktop;
        desktop.label = QStringLiteral("Docker Desktop — laptop");
        desktop.generatedBy = QStringLiteral("docker_desktop");
        desktop.scopes = {QStringLiteral("repo:admin")};
        add(desktop);
        SeedToken legacy;
        legacy.label = QStringLiteral("legacy");
        legacy.omitScopes = true;
        legacy.expiresAt = QJsonValue(QJsonValue::Null);
        add(legacy);
        SeedToken cjk;
        cjk.label = QStringLiteral("本番環境の CI");
        add(cjk);
    }

    HubEmulator *emu() const { return m_emu.get(); }
    QString server() const { return m_emu->baseUrl().toString(); }
    const QList<Seeded> &alice() const { return m_alice; }
    Seeded alice(const QString &label) const
    {
        for (const Seeded &s : m_alice) {
            if (s.label == label)
                return s;
        }
        qFatal("no seeded token %s", qPrintable(label));
    }
    QString home() const { return m_home.path(); }

    // A clean environment (no keychain, no display), optionally signed in through HUBTOKENS_*.
    QProcessEnvironment env(const QString &user = QString(), const QString &password = QString()) const
    {
        QProcessEnvironment e = CliHarness::environment(m_home.path());
        if (!user.isEmpty())
            e.insert(QStringLiteral("HUBTOKENS_USERNAME"), user);
        if (!password.isEmpty())
            e.insert(QStringLiteral("HUBTOKENS_PASSWORD"), password);
        return e;
    }
    QProcessEnvironment asAlice() const { return env(QStringLiteral("alice"), QStringLiteral("alice-pw")); }
    // With the test's own HOME and D-Bus session, where a Secret Service runs (tests/app/secrets/with-secret-service.sh).
    QProcessEnvironment keychainEnv() const { return CliHarness::environment(QString(), true); }

    // hubtokens-cli --server <emulator> args…
    QStringList args(const QStringList &rest) const { return QStringList{QStringLiteral("--server"), server()} + rest; }
    CliRun run(const QStringList &rest, const QProcessEnvironment &e, const QByteArray &input = {}) const
    {
        return runCli(args(rest), e, input);
    }

    // The emulator's own view of alice's tokens, by uuid.
    QJsonObject aliceToken(const QString &uuid) const
    {
        for (const QJsonObject &o : m_emu->tokens(QStringLiteral("alice"))) {
            if (o.value(QLatin1String("uuid")).toString() == uuid)
                return o;
        }
        return {};
    }
    bool aliceHas(const QString &uuid) const { return !aliceToken(uuid).isEmpty(); }

    // Waits until the emulator has handled `n` requests in all (with latency, their replies are still on the way).
    bool handled(int n, int timeoutMs = 15000) const
    {
        return QTest::qWaitFor([&] { return m_emu->requestCount() >= n; }, timeoutMs);
    }

    // A first character that two or more of the uuids of `user` start with (an ambiguous prefix).
    QString ambiguousPrefix(const QString &user) const
    {
        QStringList uuids;
        for (const QJsonObject &o : m_emu->tokens(user))
            uuids += o.value(QLatin1String("uuid")).toString();
        uuids.sort();
        for (int i = 0; i + 1 < uuids.size(); ++i) {
            if (uuids.at(i).at(0) == uuids.at(i + 1).at(0))
                return uuids.at(i).left(1);
        }
        return {};
    }

private:
    void add(const SeedToken &seed)
    {
        const QString uuid = m_emu->addToken(QStringLiteral("alice"), seed);
        m_alice.append({uuid, seed.label, m_emu->lastSeededSecret()});
    }

    QTemporaryDir m_home;
    std::unique_ptr<HubEmulator> m_emu;
    QList<Seeded> m_alice;
};

inline QJsonArray jsonArray(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).array();
}

inline QSet<QString> labels(const QJsonArray &array)
{
    QSet<QString> out;
    for (const QJsonValue &v : array)
        out.insert(v[QLatin1String("token_label")].toString());
    return out;
}

#define CLI_EXPECT(run, code)                                                                                          \
    do {                                                                                                               \
        if ((run).exitCode != (code))                                                                                  \
            QFAIL(("expected exit " + QByteArray::number(code) + ", got " + (run).describe()).constData());            \
    } while (false)
