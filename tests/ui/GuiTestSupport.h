#pragma once
// Small fixtures the GUI tests share: a quiet offscreen platform, the in-process Hub emulator with a client, and
// the parts a MainWindow is built from.

#include "app/docker/DockerCredentials.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/services/CoreServices.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/ScriptedPrompter.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QtGlobal>

#include <memory>

namespace GuiTestSupport {

// The offscreen platform warns about window features it lacks; that is noise in these tests. Installed once.
inline void quietOffscreenWarnings()
{
    static QtMessageHandler previous = nullptr;
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
            return;
        previous(type, context, message);
    });
}

// Starts a Hub emulator on loopback with its demo data, and points `client` at it with a 10 s transfer timeout and
// no retries (the window tests inject single 5xx replies and expect the window to show them; retries are
// tests/app/hub/tst_resilience's). Returns what went wrong, or an empty string.
inline QString startDemoServer(std::unique_ptr<HubEmulator> &emu, HubClient *client)
{
    emu = std::make_unique<HubEmulator>();
    QString error;
    if (!emu->listen(&error))
        return error;
    emu->seedDemo();
    const auto server = client->setBaseUrl(emu->baseUrl());
    if (!server.ok())
        return server.error->isEmpty() ? QStringLiteral("the client refused %1").arg(emu->baseUrl().toString())
                                       : *server.error;
    client->setTransferTimeout(10'000);
    client->setRetryPolicy(RetryPolicy::none());
    return {};
}

// Deletes the dialogs a test left open (deleting one may delete others).
inline void deleteOpenDialogs()
{
    QList<QPointer<QWidget>> dialogs;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(top))
            dialogs << top;
    }
    for (const QPointer<QWidget> &dialog : dialogs)
        delete dialog.data();
}

// What a MainWindow is built from, as a GUI test holds it, with a ScriptedPrompter installed meanwhile.
struct AppParts {
    enum class Server { Demo, None };

    std::unique_ptr<HubEmulator> emu; // only with Server::Demo
    std::unique_ptr<CoreServices> services; // the core, as the programs build it (no keeper: tests set their own)
    HubClient *client = nullptr; // the services'
    AppSettings *settings = nullptr;
    Account *account = nullptr;
    DockerCredentials *docker = nullptr; // Docker's config.json in dockerDir (none there at first)
    QTemporaryDir dockerDir;
    TokenCore *core = nullptr;
    Session *session = nullptr; // the account's
    std::unique_ptr<ClipboardGuard> clipboard;
    std::unique_ptr<ScriptedPrompter> prompter;

    // Makes them all, the settings in the ini file `settingsPath`; with Server::Demo the client talks to a running
    // emulator (startDemoServer), with Server::None it points nowhere. Returns what went wrong, or an empty string.
    QString start(const QString &settingsPath, Server server = Server::Demo)
    {
        CoreOptions options;
        options.settings = std::make_unique<AppSettings>(settingsPath);
        options.dockerConfigPath = dockerDir.filePath(QStringLiteral("config.json"));
        services = std::make_unique<CoreServices>(std::move(options));
        client = services->client();
        settings = services->settings();
        account = services->account();
        docker = services->docker();
        core = services->core();
        session = account->session();
        if (server == Server::Demo) {
            if (QString error = startDemoServer(emu, client); !error.isEmpty())
                return error;
        }
        clipboard = std::make_unique<ClipboardGuard>();
        prompter = std::make_unique<ScriptedPrompter>();
        return {};
    }

    // Signs demo in through the client, without the dialog, as the dialog leaves it: the client carries the JWT and
    // the session has begun. A refused or late sign-in fails the test.
    void signInWithoutDialog()
    {
        SignInRequest *request = client->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
        QSignalSpy done(request, &SignInRequest::finished);
        QVERIFY(done.wait(10'000));
        const auto result = done.first().first().value<SignInResult>();
        QVERIFY(result.ok());
        client->setBearerToken(result.value.jwt);
        session->begin(client->baseUrl(), QStringLiteral("demo"), result.value.jwt);
    }

    std::unique_ptr<MainWindow> makeWindow() const
    {
        return std::make_unique<MainWindow>(core, settings, clipboard.get());
    }

    // Drops them, the last made first. Whatever uses them (a window, a LanguageManager) must be gone already.
    void reset()
    {
        prompter.reset();
        clipboard.reset();
        core = nullptr;
        docker = nullptr;
        session = nullptr;
        account = nullptr;
        settings = nullptr;
        client = nullptr;
        services.reset();
        emu.reset();
    }
};

} // namespace GuiTestSupport
