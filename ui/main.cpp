// hubtokens: manage Docker Hub personal access tokens.
#include "ClipboardGuard.h"
#include "EmulatorProcess.h"
#include "Icons.h"
#include "LoginReminderCheck.h"
#include "MainWindow.h"
#include "WidgetDump.h"
#include "WindowReminders.h"
#include "app/hub/HubClient.h"
#include "app/reminders/ReminderService.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/services/CoreServices.h"
#include "app/session/SessionStart.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "app/tokens/Account.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <memory>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "hubtokens: %s\n", qPrintable(message));
}

struct Options {
    QCommandLineOption server;
    QCommandLineOption demo;
    QCommandLineOption lang;
    QCommandLineOption checkReminders;
};

// The command line, its texts in the language already set.
Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage your Docker Hub personal access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options{
        QCommandLineOption(QStringLiteral("server"),
                           QCoreApplication::translate("main", "Use the Hub API at <url> (default %1).")
                               .arg(HubClient::defaultBaseUrl().toString()),
                           QStringLiteral("url")),
        QCommandLineOption(
            QStringLiteral("demo"),
            QCoreApplication::translate("main", "Start a local demo server with sample tokens and sign in as demo.")),
        QCommandLineOption(QStringLiteral("lang"),
                           QCoreApplication::translate("main", "Show the app in language <code> (ja, zh_CN, …)."),
                           QStringLiteral("code")),
        QCommandLineOption(QStringLiteral("check-reminders"),
                           QCoreApplication::translate("main",
                                                       "Check for tokens that expire soon, quietly, and show a "
                                                       "reminder if any; the window opens only when the "
                                                       "reminder is clicked (the login autostart entry runs "
                                                       "this)."))};
    parser.addOptions({options.server, options.demo, options.lang, options.checkReminders});
    return options;
}

// The language: --lang for this run (not remembered), else the one chosen in the Language menu, else the system's.
// It must take effect before any translated text, including --help: look for --lang first.
void startLanguage(LanguageManager &languages)
{
    const QString lang = LanguageManager::commandLineLanguage(QCoreApplication::arguments());
    if (!languages.start(lang))
        printError(QCoreApplication::translate("main", "unknown language %1; use one of: %2")
                       .arg(lang, LanguageManager::supportedLanguages().join(QLatin1String(", "))));
}

// --help and --version only print: they must work without a display (over SSH), where QApplication aborts.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "-?" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setApplicationName(QStringLiteral("hubtokens"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hub Tokens"));
    QApplication::setOrganizationName(QStringLiteral("HubTokens"));
    QApplication::setApplicationVersion(QStringLiteral(HUBTOKENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(HUBTOKENS_APP_ID));

    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppSettings settings;
        LanguageManager languages(&settings);
        startLanguage(languages);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints and exits, unless "--help" was an option's value ("--server --help")
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(Icons::app());
    CoreOptions coreOptions;
    coreOptions.settings = std::make_unique<AppSettings>();
    coreOptions.languages = std::make_unique<LanguageManager>(coreOptions.settings.get());
    startLanguage(*coreOptions.languages);
    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);

    const bool demo = parser.isSet(options.demo);
    if (parser.isSet(options.server)) {
        if (demo) {
            printError(QApplication::translate("main", "--server and --demo cannot be used together."));
            return 2;
        }
        coreOptions.server = QUrl::fromUserInput(parser.value(options.server));
    }
    // "Stay signed in" through the OS keychain (never a file); not in demo mode, whose server lives for one run.
    KeychainSecretStore secretStore;
    if (!demo)
        coreOptions.secretStore = &secretStore;
    // Not in demo mode: a demo token must never reach the Docker CLI's real credential store.
    coreOptions.docker = !demo;
    CoreServices services(std::move(coreOptions));
    if (!services.serverError().isEmpty()) {
        printError(QApplication::translate("main", "cannot use the server %1: %2")
                       .arg(parser.value(options.server), services.serverError()));
        return 2;
    }
    AppSettings &settings = *services.settings();
    HubClient &client = *services.client();
    Account &account = *services.account();
    ClipboardGuard clipboard;
    clipboard.followSettings(&settings);
    // Expiry reminders: a check at start (once the list is in) and daily while the window runs; one desktop
    // notification, or the window's banner without a notification service.
    ReminderService reminders(&settings);
    std::unique_ptr<MainWindow> window;
    const auto makeWindow = [&] {
        window = std::make_unique<MainWindow>(services.core(), &settings, &clipboard);
        window->setLanguageManager(services.languages());
        window->setDemoMode(demo);
        QObject::connect(window.get(), &MainWindow::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        WidgetDump::fromEnvironment(
            window.get()); // HUBTOKENS_DUMP_WIDGETS=<file>: the package test's look at the window
        window->setReminderService(&reminders);
    };

    // --check-reminders (the autostart entry at login): no window unless the reminder is clicked.
    if (parser.isSet(options.checkReminders)) {
        if (demo) {
            printError(QApplication::translate("main", "--check-reminders and --demo cannot be used together."));
            return 2;
        }
        QApplication::setQuitOnLastWindowClosed(false); // a tray message is no reason to quit
        LoginReminderCheck check(&account, services.core(), &reminders, [&](const QStringList &uuids) {
            QApplication::setQuitOnLastWindowClosed(true);
            makeWindow();
            window->start();
            window->reminders()->showTokens(uuids);
            reminders.start();
        });
        QObject::connect(&check, &LoginReminderCheck::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
        check.start();
        return app.exec();
    }

    makeWindow();
    // Demo mode: the emulator (beside us, or in libexec/hubtokens once installed), then sign in as demo / demo.
    EmulatorProcess emulator;
    if (demo) {
        QObject::connect(&emulator, &EmulatorProcess::failed, window.get(), [&](const QString &message) {
            printError(message);
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo mode"), message);
            QCoreApplication::exit(1);
        });
        QObject::connect(&emulator, &EmulatorProcess::ready, window.get(), [&](const QUrl &url) {
            const auto server = client.setBaseUrl(url);
            if (!server.ok()) {
                printError(*server.error);
                QCoreApplication::exit(1);
                return;
            }
            // Signed in as demo / demo; should that be refused (now or on renewal), the window asks.
            window->sessionStart()->setGivenCredentials(QStringLiteral("demo"), QStringLiteral("demo"), true);
            window->start();
        });
        emulator.start();
    } else {
        window->start();
    }
    reminders.start();

    const int code = app.exec();
    emulator.stop();
    return code;
}
