// hubtokens: manage Docker Hub personal access tokens.
#include "Account.h"
#include "AppSettings.h"
#include "ClipboardGuard.h"
#include "EmulatorProcess.h"
#include "HubClient.h"
#include "Icons.h"
#include "KeychainSecretStore.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SessionKeeper.h"
#include "SignInRequest.h"
#include "TokenCore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "hubtokens: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hubtokens"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hub Tokens"));
    QApplication::setOrganizationName(QStringLiteral("HubTokens"));
    QApplication::setApplicationVersion(QStringLiteral(HUBTOKENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("hubtokens"));
    QApplication::setWindowIcon(Icons::app());

    // The language: --lang for this run (not remembered), else the one chosen in the Language menu, else the
    // system's. It must take effect before any translated text, including --help: look for --lang first.
    AppSettings settings;
    LanguageManager languages(&settings);
    const QString lang = LanguageManager::commandLineLanguage(QCoreApplication::arguments());
    if (!languages.start(lang))
        printError(QApplication::translate("main", "unknown language %1; use one of: %2")
                       .arg(lang, LanguageManager::supportedLanguages().join(QLatin1String(", "))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage your Docker Hub personal access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "Use the Hub API at <url> (default %1).").arg(HubClient::defaultBaseUrl().toString()),
        QStringLiteral("url"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start a local demo server with sample tokens and sign in as demo."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Show the app in language <code> (ja, zh_CN, …)."),
                                        QStringLiteral("code"));
    parser.addOptions({serverOption, demoOption, langOption});
    parser.process(app);

    HubClient client;
    if (parser.isSet(serverOption)) {
        if (parser.isSet(demoOption)) {
            printError(QApplication::translate("main", "--server and --demo cannot be used together."));
            return 2;
        }
        QString why;
        if (!client.setBaseUrl(QUrl::fromUserInput(parser.value(serverOption)), &why)) {
            printError(QApplication::translate("main", "cannot use the server %1: %2").arg(parser.value(serverOption), why));
            return 2;
        }
    }

    Account account(&client, &settings);
    TokenCore core(&account);
    ClipboardGuard clipboard;
    clipboard.followSettings(&settings);
    MainWindow window(&core, &settings, &clipboard);
    window.setLanguageManager(&languages);
    // "Stay signed in" through the OS keychain (never a file); not in demo mode, whose server lives for one run.
    KeychainSecretStore secretStore;
    SessionKeeper keeper(&secretStore, &settings);
    if (!parser.isSet(demoOption))
        window.setSessionKeeper(&keeper);
    window.setDemoMode(parser.isSet(demoOption));
    QObject::connect(&window, &MainWindow::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);

    // Demo mode: the emulator beside us, then sign in as demo / demo.
    EmulatorProcess emulator;
    if (parser.isSet(demoOption)) {
        QObject::connect(&emulator, &EmulatorProcess::failed, &window, [&](const QString &message) {
            printError(message);
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo mode"), message);
            QCoreApplication::exit(1);
        });
        QObject::connect(&emulator, &EmulatorProcess::ready, &window, [&](const QUrl &url) {
            QString why;
            if (!client.setBaseUrl(url, &why)) {
                printError(why);
                QCoreApplication::exit(1);
                return;
            }
            SignInRequest *request = client.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
            QObject::connect(request, &SignInRequest::finished, &window, [&](const SignInResult &result) {
                if (result.ok())
                    account.signedIn(QStringLiteral("demo"), result.jwt);
                window.start(); // signed in: shows the tokens; otherwise asks to sign in
            });
        });
        emulator.start();
    } else {
        window.start();
    }

    const int code = app.exec();
    emulator.stop();
    return code;
}
