#pragma once
// What the tst_hubclient_* tests share: the accounts, waiting for a request's one result, and the fixture that starts
// a Hub emulator and a client pointed at it for each test function.

#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "models/ApiError.h"
#include "tests/emulator/HubEmulator.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTest>

#include <memory>
#include <optional>

using Kind = ApiError::Kind;

namespace HubClientTest {

inline const QString kUser = QStringLiteral("ann");
inline const QString kPassword = QStringLiteral("correct horse battery staple");
inline const QString kTfaUser = QStringLiteral("tfa");
inline const QString kTfaPassword = QStringLiteral("tfa-password");
inline const QString kTotpSecret = QStringLiteral("JBSWY3DPEHPK3PXP");

// Waits for the one `finished` of `request`; checks that it comes once and that the request deletes itself.
template <typename Result, typename Request> std::optional<Result> await(Request *request, int timeoutMs = 15000)
{
    auto got = std::make_shared<std::optional<Result>>();
    auto emissions = std::make_shared<int>(0);
    QPointer<Request> alive(request);
    QObject::connect(request, &Request::finished, [got, emissions](const Result &r) {
        ++*emissions;
        *got = r;
    });
    if (!QTest::qWaitFor([&] { return got->has_value(); }, timeoutMs))
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return alive.isNull(); }, 2000)) {
        qWarning("request did not delete itself");
        return std::nullopt;
    }
    if (*emissions != 1) {
        qWarning("finished emitted %d times", *emissions);
        return std::nullopt;
    }
    return *got;
}

inline QString describe(const std::optional<ApiError> &e)
{
    return e ? e->toString() : QStringLiteral("ok");
}

// The fixture: each test class derives from it; init() and cleanup() run around every test function.
class HubClientTestCase : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        EmulatorOptions options;
        options.rateLimitPerMinute = 0;
        options.seed = 42;
        m_emu = std::make_unique<HubEmulator>(options);
        QString error;
        QVERIFY2(m_emu->listen(&error), qPrintable(error));
        m_emu->addAccount(kUser, kPassword);
        m_emu->addAccount(kTfaUser, kTfaPassword, kTotpSecret);
        m_client = std::make_unique<HubClient>();
        QVERIFY(m_client->setBaseUrl(m_emu->baseUrl()).ok());
        m_client->setTransferTimeout(10'000);
    }

    void cleanup()
    {
        m_client.reset();
        m_emu.reset();
    }

protected:
    // Signs `client` in as kUser; returns the JWT.
    QString signInAs(const QString &user = kUser, const QString &password = kPassword)
    {
        const auto r = await<SignInResult>(m_client->signIn(user, password));
        if (!r || !r->ok()) {
            qWarning("sign-in failed: %s", qPrintable(r ? describe(r->error) : QStringLiteral("no result")));
            return {};
        }
        m_client->setBearerToken(r->value.jwt);
        return r->value.jwt;
    }

    QString seedOne(const QString &label = QStringLiteral("seeded"))
    {
        SeedToken seed;
        seed.label = label;
        return m_emu->addToken(kUser, seed);
    }

    std::unique_ptr<HubEmulator> m_emu;
    std::unique_ptr<HubClient> m_client;
};

} // namespace HubClientTest
