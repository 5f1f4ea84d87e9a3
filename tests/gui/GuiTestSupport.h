#pragma once
// Small fixtures the GUI tests share: a quiet offscreen platform and the in-process Hub emulator with a client.

#include "HubClient.h"
#include "HubEmulator.h"

#include <QString>
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

// Starts a Hub emulator on loopback with its demo data, and a client pointed at it with a 10 s transfer timeout.
// Returns what went wrong, or an empty string.
inline QString startDemoServer(std::unique_ptr<HubEmulator> &emu, std::unique_ptr<HubClient> &client)
{
    emu = std::make_unique<HubEmulator>();
    QString error;
    if (!emu->listen(&error))
        return error;
    emu->seedDemo();
    client = std::make_unique<HubClient>();
    if (!client->setBaseUrl(emu->baseUrl(), &error))
        return error.isEmpty() ? QStringLiteral("the client refused %1").arg(emu->baseUrl().toString()) : error;
    client->setTransferTimeout(10'000);
    return {};
}

} // namespace GuiTestSupport
