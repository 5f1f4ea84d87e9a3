#include "CliLoginCommand.h"

#include "CliExit.h"
#include "CliLogin.h"
#include "CliOutput.h"
#include "CliTerminal.h"
#include "app/docker/DockerText.h"
#include "app/hub/HubClient.h"
#include "app/session/Session.h"
#include "app/session/SessionKeeper.h"
#include "app/tokens/Account.h"
#include "models/RelativeTime.h"
#include "models/SecretWipe.h"

CliCommandInfo CliLoginCommand::info()
{
    CliCommandInfo c;
    c.words = QStringLiteral("login");
    c.synopsis = QStringLiteral("login [--username U] [--password-stdin] | login --from-docker");
    c.summary = QCoreApplication::translate(
        "CliHelp", "Sign in and keep the session in the system keychain, so later runs need no password.");
    c.details = {QCoreApplication::translate(
        "CliHelp",
        "On a terminal it asks for the password without showing it, then for the two-factor code if "
        "the account has one. Without a terminal, use --password-stdin or HUBTOKENS_PASSWORD. The "
        "session (never the password) is kept in the system keychain, shared with the Hub Tokens "
        "window's \"Stay signed in\".")};
    c.options = {
        option("username", "U",
               QT_TRANSLATE_NOOP("CliHelp",
                                 "The Docker ID to sign in as (default: HUBTOKENS_USERNAME, else the "
                                 "last one used with this server).")),
        option("password-stdin", nullptr, QT_TRANSLATE_NOOP("CliHelp", "Read the password from stdin (for scripts).")),
        option("from-docker", nullptr,
               QT_TRANSLATE_NOOP(
                   "CliHelp",
                   "Continue with Docker's own sign-in (Docker Desktop, or docker login in the browser): the way "
                   "in for accounts whose organization enforces SSO. Only the choice is kept; each run reads "
                   "Docker's session from its credential store.")),
    };
    c.sessionCommand = true;
    return declare<CliLoginCommand>(c);
}

QString CliLoginCommand::parse(const CliParsed &p)
{
    if (p.isSet("username")) {
        options.username = p.value("username").trimmed();
        if (options.username.isEmpty())
            return QCoreApplication::translate("CliCommandLine", "--username can't be empty.");
    }
    options.passwordStdin = p.isSet("password-stdin");
    options.fromDocker = p.isSet("from-docker");
    if (options.fromDocker && (options.passwordStdin || !options.username.isEmpty()))
        return QCoreApplication::translate(
            "CliCommandLine", "--from-docker uses Docker's own sign-in: no --username or --password-stdin with it.");
    return QString();
}

void CliLoginCommand::start()
{
    const Options &a = options;
    if (a.fromDocker) {
        fromDocker();
        return;
    }
    QString username = !a.username.isEmpty() ? a.username : m_ctx.envUsername;

    if (!a.passwordStdin && m_ctx.envPassword.isEmpty()) {
        if (!m_ctx.terminal) {
            CliOutput::error(tr("No terminal to ask for the password: use --password-stdin, or set "
                                "HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD."));
            finish(CliExit::Usage);
            return;
        }
        const QString offered = username.isEmpty() ? m_ctx.account->suggestedUsername() : username;
        m_ctx.signIn->ask(offered, !a.username.isEmpty(), [this](const SignInResult &result, const QString &user) {
            onResult(result, user, CliSignIn::Source::Terminal);
        });
        return;
    }

    if (username.isEmpty()) {
        CliOutput::error(
            tr("Which account? Give --username (or set HUBTOKENS_USERNAME) with %1.")
                .arg(a.passwordStdin ? QStringLiteral("--password-stdin") : QStringLiteral("HUBTOKENS_PASSWORD")));
        finish(CliExit::Usage);
        return;
    }
    QString password;
    CliSignIn::Source source = CliSignIn::Source::Environment;
    if (a.passwordStdin) {
        QByteArray bytes = CliTerminal::readAllStdin();
        password = QString::fromUtf8(bytes);
        SecretWipe::wipe(bytes);
        source = CliSignIn::Source::Stdin;
        if (password.isEmpty()) {
            CliOutput::error(tr("--password-stdin: nothing was read from stdin."));
            finish(CliExit::Usage);
            return;
        }
    } else {
        password = m_ctx.envPassword;
    }
    auto *login = new CliLogin(m_ctx.account->client(), this);
    connect(login, &CliLogin::finished, this, [this, login, username, source](const SignInResult &result) {
        login->deleteLater();
        onResult(result, username, source);
    });
    // The code can only be asked where stdin is still free and a terminal.
    login->start(username, password, m_ctx.terminal && !a.passwordStdin);
    SecretWipe::wipe(password);
}

void CliLoginCommand::onResult(const SignInResult &result, const QString &username, CliSignIn::Source source)
{
    if (!result.ok()) {
        CliSignIn::reportFailure(*result.error, username, source);
        finish(CliExit::Failed);
        return;
    }
    SessionKeeper *keeper = m_ctx.keeper;
    const QString server = m_ctx.account->client()->baseUrl().toString();
    connect(
        keeper, &SessionKeeper::kept, this,
        [this, keeper, server](bool ok) {
            const QString user = m_ctx.account->username();
            CliOutput::message(tr("Signed in to %1 as %2.").arg(server, user));
            if (ok) {
                const QDateTime until = m_ctx.account->session()->expiresAt();
                CliOutput::message(
                    tr("The session is kept in the system keychain until %1: later runs and the Hub Tokens "
                       "window use it. '%2 logout' forgets it.")
                        .arg(until.isValid() ? RelativeTime::formatDateTime(until) : QStringLiteral("?"),
                             CliOutput::programName()));
            } else if (!keeper->isAvailable()) {
                CliOutput::message(SessionKeeper::unavailableMessage());
            } else {
                CliOutput::message(tr("The session could not be kept in the keychain: later runs will have to sign in "
                                      "again."));
            }
            finish(CliExit::Ok);
        },
        Qt::SingleShotConnection);
    m_ctx.account->signedIn(username, result.value.jwt, true);
}

void CliLoginCommand::fromDocker()
{
    m_ctx.account->continueWithDocker([this](const std::optional<DockerError> &error) {
        if (error) {
            CliOutput::error(DockerText::line(*error));
            finish(CliExit::NotSignedIn);
            return;
        }
        const QDateTime until = m_ctx.account->session()->expiresAt();
        CliOutput::message(tr("Signed in to %1 as %2 with Docker's sign-in.")
                               .arg(m_ctx.account->client()->baseUrl().toString(), m_ctx.account->username()));
        CliOutput::message(tr("Nothing is kept: each run reads the session from Docker's credential store, so it "
                              "follows Docker's renewals (this one is good until %1). '%2 logout' stops using it.")
                               .arg(until.isValid() ? RelativeTime::formatDateTime(until) : QStringLiteral("?"),
                                    CliOutput::programName()));
        finish(CliExit::Ok);
    });
}
