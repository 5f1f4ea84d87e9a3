#include "CliApp.h"

#include "CliCommandLine.h"
#include "CliExit.h"
#include "CliOutput.h"
#include "CliSignIn.h"
#include "CliStatus.h"
#include "CliTerminal.h"
#include "app/secrets/KeychainSecretStore.h"
#include "app/services/CoreServices.h"
#include "app/session/SessionKeeper.h"
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

CliApp::~CliApp()
{
    // Whoever uses the core goes before it: the command, then the terminal sign-in, then the core itself; the secret
    // stores the keeper wrote through (children) last.
    delete m_command;
    m_command = nullptr;
    delete m_ctx.signIn;
    m_ctx.signIn = nullptr;
    m_services.reset();
}

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

    CliCommandLine::Result parsed = CliCommandLine::parse(arguments, QDateTime::currentDateTimeUtc(), &m_ctx);
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

    m_command = parsed.command.release();
    m_command->setParent(this);
    m_ctx.globals = parsed.globals;
    const bool tokenCommand = !parsed.info.sessionCommand;

    const QString envUsername = qEnvironmentVariable("HUBTOKENS_USERNAME").trimmed();
    const QString envPassword = qEnvironmentVariable("HUBTOKENS_PASSWORD");
    m_ctx.envUsername = envUsername;
    m_ctx.envPassword = envPassword;
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
    options.server = m_ctx.globals.server; // checked by the parser
    bool triesOk = false;
    const int tries = qEnvironmentVariableIntValue("HUBTOKENS_TRIES", &triesOk);
    if (triesOk && tries >= 1)
        options.tries = tries;
    options.accountUsesSettings = !fromEnvironment;
    options.dockerRegistry = m_ctx.globals.registry;
    if (!fromEnvironment) {
        m_keychain = new KeychainSecretStore(QStringLiteral("Hub Tokens"), this);
        options.secretStore = m_keychain;
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

    connect(m_command, &CliCommand::finished, this, &CliApp::end);
    QTimer::singleShot(0, m_command, &CliCommand::start);
    return CliExit::Running;
}

void CliApp::end(int exitCode)
{
    SessionKeeper *keeper = m_services ? m_services->keeper() : nullptr;
    if (!keeper || keeper->isSettled()) {
        Q_EMIT finished(exitCode);
        return;
    }
    // A session being kept or forgotten: the keychain's answer must not be cut off by the exit.
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    const auto done = [this, keeper, exitCode, timeout] {
        timeout->stop();
        disconnect(keeper, nullptr, this, nullptr);
        Q_EMIT finished(exitCode);
    };
    connect(keeper, &SessionKeeper::settled, this, done);
    connect(timeout, &QTimer::timeout, this, done);
    timeout->start(KeychainWaitMs);
}
