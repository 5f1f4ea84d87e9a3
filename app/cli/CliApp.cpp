#include "CliApp.h"

#include "CliBulkCommand.h"
#include "CliCommandLine.h"
#include "CliCreateCommand.h"
#include "CliDockerCommand.h"
#include "CliEditCommand.h"
#include "CliExit.h"
#include "CliExportCommand.h"
#include "CliInspectCommand.h"
#include "CliListCommand.h"
#include "CliLoginCommand.h"
#include "CliLogoutCommand.h"
#include "CliOutput.h"
#include "CliRotateCommand.h"
#include "CliSecretStore.h"
#include "CliSignIn.h"
#include "CliStatus.h"
#include "CliTerminal.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/services/CoreServices.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"

#include <QTimer>

namespace {

// How long the program waits at the end for the keychain to confirm a write or removal.
constexpr int KeychainWaitMs = 15'000;

} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
{
}

CliApp::~CliApp() = default;

QString CliApp::checkEnvironment(const QString &username, const QString &password, bool passwordSet)
{
    if (!password.isEmpty() && username.isEmpty())
        return QCoreApplication::translate("CliApp",
                                           "HUBTOKENS_PASSWORD is set but HUBTOKENS_USERNAME is not: set "
                                           "both to sign in with them.");
    if (passwordSet && password.isEmpty() && !username.isEmpty())
        return QCoreApplication::translate("CliApp",
                                           "HUBTOKENS_USERNAME is set but HUBTOKENS_PASSWORD is empty: "
                                           "set both to sign in with them, or unset HUBTOKENS_PASSWORD.");
    return QString();
}

int CliApp::start(const QStringList &arguments)
{
    // The language first, so that --help and usage errors are in it too.
    m_settings = std::make_unique<AppSettings>();
    m_languages = std::make_unique<LanguageManager>(m_settings.get());
    m_languages->start(LanguageManager::commandLineLanguage(arguments));

    const CliCommandLine::Result parsed = CliCommandLine::parse(arguments);
    if (!parsed.output.isEmpty())
        CliOutput::out(parsed.output);
    if (!parsed.error.isEmpty()) {
        // The whole help text when no command was given; otherwise "hubtokens-cli: what is wrong".
        if (parsed.errorIsHelp)
            CliOutput::raw(parsed.error);
        else
            CliOutput::error(parsed.error);
    }
    if (parsed.exitCode != CliExit::Running)
        return parsed.exitCode;

    m_ctx.args = parsed.arguments;
    using Command = CliArguments::Command;
    const Command command = m_ctx.args.command;
    const bool tokenCommand = command != Command::Login && command != Command::Logout;

    const QString envUsername = qEnvironmentVariable("HUBTOKENS_USERNAME").trimmed();
    const QString envPassword = qEnvironmentVariable("HUBTOKENS_PASSWORD");
    const QString envProblem =
        checkEnvironment(envUsername, envPassword, qEnvironmentVariableIsSet("HUBTOKENS_PASSWORD"));
    if (!envProblem.isEmpty()) {
        CliOutput::error(envProblem);
        return CliExit::Usage;
    }
    // Signing in from the environment keeps nothing and leaves the settings alone (CI runs leave no trace).
    const bool fromEnvironment = tokenCommand && !envUsername.isEmpty() && !envPassword.isEmpty();

    // The core, built in one place. HUBTOKENS_TRIES: how many tries a call that may pass gets in all (default 4; 1:
    // no retries), for CI jobs that would rather fail at once.
    CoreOptions options;
    options.settings = std::move(m_settings);
    options.languages = std::move(m_languages);
    options.server = m_ctx.args.server; // checked by the parser
    bool triesOk = false;
    const int tries = qEnvironmentVariableIntValue("HUBTOKENS_TRIES", &triesOk);
    if (triesOk && tries >= 1)
        options.tries = tries;
    options.accountUsesSettings = !fromEnvironment;
    options.dockerRegistry = m_ctx.args.registry;
    if (!fromEnvironment) {
        m_keychain = new KeychainSecretStore(QStringLiteral("Hub Tokens"), this);
        m_store = new CliSecretStore(m_keychain, this);
        options.secretStore = m_store;
    }
    m_services = std::make_unique<CoreServices>(std::move(options));
    m_ctx.settings = m_services->settings();
    m_ctx.account = m_services->account();
    m_ctx.keeper = m_services->keeper();
    m_ctx.core = m_services->core();
    m_ctx.docker = m_services->docker();
    m_ctx.terminal = CliTerminal::stdinIsTerminal();
    m_ctx.signIn = new CliSignIn(m_ctx.account, this);
    m_ctx.signIn->setTerminal(m_ctx.terminal);
    if (fromEnvironment)
        m_ctx.signIn->setEnvironmentCredentials(envUsername, envPassword);
    else
        m_ctx.signIn->setSuggestedUsername(envUsername);
    m_status = std::make_unique<CliStatus>(CliTerminal::stderrIsTerminal());
    m_ctx.status = m_status.get();
    // A call that will be tried again has not failed yet: say so on a terminal, nothing in a pipe.
    connect(m_ctx.core, &TokenCore::retrying, this, [this](int, int delayMs, const ApiError &reason) {
        m_status->retrying(ErrorText::title(reason), qMax(1, (delayMs + 999) / 1000));
    });
    m_ctx.style.colour = CliTerminal::useColour();
    m_ctx.style.width = CliTerminal::width();

    switch (command) {
    case Command::Login: {
        auto *login = new CliLoginCommand(m_ctx, this);
        login->setEnvironment(envUsername, envPassword);
        m_command = login;
        break;
    }
    case Command::Logout: m_command = new CliLogoutCommand(m_ctx, this); break;
    case Command::TokenList: m_command = new CliListCommand(m_ctx, this); break;
    case Command::TokenInspect: m_command = new CliInspectCommand(m_ctx, this); break;
    case Command::TokenCreate: m_command = new CliCreateCommand(m_ctx, this); break;
    case Command::TokenEdit: m_command = new CliEditCommand(m_ctx, this); break;
    case Command::TokenActivate:
    case Command::TokenDeactivate:
    case Command::TokenRemove: m_command = new CliBulkCommand(m_ctx, this); break;
    case Command::TokenExport: m_command = new CliExportCommand(m_ctx, this); break;
    case Command::TokenRotate: m_command = new CliRotateCommand(m_ctx, this); break;
    case Command::DockerStatus:
    case Command::DockerUseStore: m_command = new CliDockerCommand(m_ctx, this); break;
    case Command::None: return CliExit::Usage;
    }
    connect(m_command, &CliCommand::finished, this, &CliApp::end);
    QTimer::singleShot(0, m_command, &CliCommand::start);
    return CliExit::Running;
}

void CliApp::end(int exitCode)
{
    if (!m_store || m_store->isIdle()) {
        Q_EMIT finished(exitCode);
        return;
    }
    // A session being kept or forgotten: the keychain's answer must not be cut off by the exit.
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    const auto done = [this, exitCode, timeout] {
        timeout->stop();
        disconnect(m_store, nullptr, this, nullptr);
        Q_EMIT finished(exitCode);
    };
    connect(m_store, &CliSecretStore::idle, this, done);
    connect(timeout, &QTimer::timeout, this, done);
    timeout->start(KeychainWaitMs);
}
