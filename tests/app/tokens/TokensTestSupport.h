#pragma once
// What tst_tokencore, soak_tokencore and bench_bulk_delete share: an in-process Hub emulator over loopback, a client,
// an account and a TokenCore signed in to it, and waiting for one signal's answer.

#include "app/hub/HubClient.h"
#include "app/hub/RetryPolicy.h"
#include "app/hub/SignInRequest.h"
#include "app/services/CoreServices.h"
#include "app/settings/AppSettings.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "tests/emulator/HubEmulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace TokensTest {

inline const QString kUser = QStringLiteral("moby");
inline const QString kPassword = QStringLiteral("moby-password");

// Short waits, no jitter: a soak or a test should not sleep for seconds between tries.
inline RetryPolicy fastPolicy(int maxTries = 4)
{
    RetryPolicy p;
    p.maxTries = maxTries;
    p.baseDelayMs = 10;
    p.maxDelayMs = 80;
    p.totalDeadlineMs = 10'000;
    p.jitter = 0;
    return p;
}

// Runs the event loop until `done()` or `timeoutMs`; true if done. Unlike QTest::qWaitFor it does not sleep between
// checks (it wakes on every event), so a soak of a thousand short operations is not paced by 10 ms naps.
template <typename Predicate> bool waitFor(Predicate done, int timeoutMs = 20'000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // wakes the loop now and then when nothing else does, to see the timeout
    wake.start(20);
    while (!done()) {
        if (timer.hasExpired(timeoutMs))
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The one emission of `signal` from `sender` (its first argument), or nullopt after `timeoutMs`.
template <typename Arg, typename Sender, typename Signal>
std::optional<Arg> awaitSignal(Sender *sender, Signal signal, int timeoutMs = 20'000)
{
    auto got = std::make_shared<std::optional<Arg>>();
    QObject context;
    QObject::connect(sender, signal, &context, [got](const Arg &a) {
        if (!got->has_value())
            *got = a;
    });
    if (!waitFor([&] { return got->has_value(); }, timeoutMs))
        return std::nullopt;
    return *got;
}

// The emulator (one account, kUser), a client with a fast retry policy, an account and a core.
struct Fixture {
    std::unique_ptr<HubEmulator> emu;
    std::unique_ptr<CoreServices> services; // the core as the programs build it, on a temporary settings file
    AppSettings *settings = nullptr; // the services'
    HubClient *client = nullptr;
    Account *account = nullptr;
    TokenCore *core = nullptr;
    QString error; // why start() failed

    explicit Fixture(const EmulatorOptions &options = {})
        : emu(std::make_unique<HubEmulator>(options))
    {
        CoreOptions coreOptions;
        coreOptions.settings = AppSettings::temporary();
        coreOptions.docker = false;
        services = std::make_unique<CoreServices>(std::move(coreOptions));
        settings = services->settings();
        client = services->client();
        account = services->account();
        core = services->core();
        client->setRetryPolicy(fastPolicy());
        client->setTransferTimeout(5'000);
    }

    ~Fixture()
    {
        core = nullptr;
        account = nullptr;
        client = nullptr;
        settings = nullptr;
        services.reset();
        emu.reset();
    }

    // Listens, adds the account, points the client at it and signs in. False with `error` set if any step failed.
    bool start()
    {
        if (!emu->listen(&error))
            return false;
        emu->addAccount(kUser, kPassword);
        const auto server = client->setBaseUrl(emu->baseUrl());
        error = server.error.value_or(QString());
        if (!server.ok())
            return false;
        return signIn();
    }

    // A fresh session from the emulator, handed to the account (which carries on whatever waited for it).
    bool signIn()
    {
        SignInRequest *request = client->signIn(kUser, kPassword);
        const std::optional<SignInResult> r = awaitSignal<SignInResult>(request, &SignInRequest::finished);
        if (!r || !r->ok()) {
            error = r ? r->error->toString() : QStringLiteral("sign-in timed out");
            return false;
        }
        account->signedIn(kUser, r->value.jwt);
        return true;
    }

    // refresh() and its listFinished; true when the list arrived.
    bool refresh(int timeoutMs = 20'000)
    {
        core->refresh();
        const auto r = awaitSignal<std::optional<ApiError>>(core, &TokenCore::listFinished, timeoutMs);
        if (!r) {
            error = QStringLiteral("the list timed out");
            return false;
        }
        if (r->has_value()) {
            error = (*r)->toString();
            return false;
        }
        return true;
    }

    // The server's own copy of a token, straight from the emulator; nullopt if it has none.
    std::optional<QJsonObject> serverToken(const QString &uuid) const
    {
        for (const QJsonObject &o : emu->tokens(kUser)) {
            if (o.value(QStringLiteral("uuid")).toString() == uuid)
                return o;
        }
        return std::nullopt;
    }

    QString seed(const QString &label, bool active = true)
    {
        SeedToken s;
        s.label = label;
        s.active = active;
        return emu->addToken(kUser, s);
    }
};

} // namespace TokensTest
