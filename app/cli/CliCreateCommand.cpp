#include "CliCreateCommand.h"

#include "CliCommandLine.h"
#include "CliHelp.h"
#include "CliOutput.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerText.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"
#include "models/RelativeTime.h"
#include "models/SecretWipe.h"
#include "models/TokenScope.h"

namespace {

// The words of signing Docker in with a new token, under the context of the class they were first written in.
struct CliDockerLogin {
    Q_DECLARE_TR_FUNCTIONS(CliDockerLogin)
};

} // namespace

CliCommandInfo CliCreateCommand::info()
{
    CliCommandInfo c;
    c.words = QStringLiteral("token create");
    c.synopsis =
        QStringLiteral("token create --description D [--scope S] [--expires E] [--quiet] [--docker-login [--force]]");
    c.summary = CliHelp::tr("Create a token and print its secret, once.");
    c.details = {
        CliHelp::tr("The secret is shown only this once, with the steps to use it with docker login. --format json "
                    "prints the token with its secret in \"token\"."),
        CliHelp::tr("--docker-login checks Docker's credential store before creating the token: if it already holds a "
                    "sign-in for the registry, it says what that is and stops unless --force is given. The secret goes "
                    "to the helper on its stdin only; the app keeps its SHA-256 fingerprint, never the secret, to "
                    "recognise the token later."),
    };
    c.options = CliEditCommand::fieldOptions();
    c.options += {
        option("expires", "E",
               CliHelp::tr("never (the default), 30d, 90d, a date YYYY-MM-DD (00:00 local time) or an RFC 3339 time; "
                           "at most one year ahead.")),
        option("quiet", nullptr, CliHelp::tr("Print only the token's secret and a newline.")),
        option("docker-login", nullptr,
               CliHelp::tr("Sign Docker in with the new token: store it through Docker's credential helper, as docker "
                           "login does.")),
        option("force", nullptr,
               CliHelp::tr("With --docker-login: replace what Docker keeps for the registry (a password, another token "
                           "or a Docker session).")),
    };
    return declare<CliCreateCommand>(c);
}

QString CliCreateCommand::parse(const CliParsed &p)
{
    if (!p.isSet("description"))
        return CliCommandLine::tr("'token create' needs --description.");
    if (const QString why = CliEditCommand::parseFields(p, &options); !why.isEmpty())
        return why;
    if (const QString why = p.takeExpires(&options.expiresAt); !why.isEmpty())
        return why;
    options.quiet = p.isSet("quiet");
    if (options.quiet && p.globals.json())
        return CliCommandLine::tr("--quiet and --format json can't be used together.");
    options.dockerLogin = p.isSet("docker-login");
    options.force = p.isSet("force");
    if (options.force && !options.dockerLogin)
        return CliCommandLine::tr("--force goes with --docker-login.");
    return QString();
}

void CliCreateCommand::start()
{
    whenSignedIn([this] {
        // Docker's store is looked at before the token is made: a refusal leaves nothing behind.
        if (options.dockerLogin) {
            if (const std::optional<int> refused = checkDocker(m_ctx, options.force))
                return finish(*refused);
        }
        TokenDraft draft;
        draft.label = options.description.value_or(QString());
        draft.scope = options.scope.value_or(TokenScope::PublicRead);
        draft.expiresAt = options.expiresAt;
        connect(m_ctx.core->create(draft), &CreateJob::finished, this, &CliCreateCommand::onFinished);
    });
}

void CliCreateCommand::printCreated(const CreatedToken &created, const QString &username, bool json, bool quiet)
{
    QString secret = created.secret;
    if (quiet) {
        CliOutput::out(secret + QLatin1Char('\n'));
    } else if (json) {
        CliOutput::outBytes(CliTokenFormat::jsonObject(created.token, secret));
    } else {
        // Prose wrapped for a terminal; the secret and the command on lines of their own, whole.
        const AccessToken &t = created.token;
        const QString expiry = t.neverExpires()
            ? tr("It never expires.")
            : tr("It expires on %1.").arg(RelativeTime::formatDateTime(t.expiresAt));
        QString text = CliHelp::wrap(tr("Created the token “%1” (%2) with the scope %3. %4")
                                         .arg(t.label, t.uuid, TokenScopes::displayName(t.scope), expiry));
        text += QLatin1Char('\n') + QStringLiteral("    ") + secret + QStringLiteral("\n\n");
        text += CliHelp::wrap(tr("Copy it now: this is the only time it is shown.")) + QLatin1Char('\n');
        text += CliHelp::wrap(tr("To sign in to Docker with it, run:"));
        text += QStringLiteral("    docker login --username %1 --password-stdin\n").arg(username);
        text += CliHelp::wrap(tr("then paste the token, press Enter and then Ctrl-D. In a script, pipe the token into "
                                 "that command instead of putting it on the command line."));
        CliOutput::out(text);
    }
    SecretWipe::wipe(secret);
}

void CliCreateCommand::onFinished(const CreateOutcome &outcome)
{
    if (outcome.created) {
        const CreatedToken &created = *outcome.created;
        const QString username = m_ctx.account->username();
        const bool dockerOk = !options.dockerLogin || signDockerIn(m_ctx, username, created.secret, created.token.uuid);
        printCreated(created, username, json(), options.quiet);
        return finish(dockerOk ? CliExit::Ok : CliExit::Failed);
    }
    if (!outcome.orphan)
        return finish(report(outcome.error.value_or(ApiError{})));
    const AccessToken &t = *outcome.orphan;
    CliOutput::error(tr("The token “%1” (%2) was created, but the reply with its secret was lost, so it can't be used. "
                        "Deactivate or delete it: %3 token rm %2")
                         .arg(t.label, t.uuid, CliOutput::programName()));
    if (outcome.error)
        CliOutput::message(ErrorText::line(*outcome.error));
    // The uuid is the result (so a script can clean up), but never where --quiet promised a secret.
    if (json())
        CliOutput::outBytes(CliTokenFormat::jsonObject(t));
    else if (!options.quiet)
        CliOutput::out(t.uuid + QLatin1Char('\n'));
    finish(CliExit::Failed);
}

std::optional<int> CliCreateCommand::checkDocker(const CliContext &ctx, bool force, const QString &replacing)
{
    const DockerResult<DockerLoginState> state = ctx.docker->inspectNow();
    if (!state.ok()) {
        CliOutput::error(DockerText::line(*state.error));
        return CliExit::Failed;
    }
    if (!state.value.hasCredentialStore()) {
        DockerError none;
        none.kind = DockerError::Kind::NoCredentialStore;
        none.path = state.value.configPath;
        CliOutput::error(
            DockerText::line(none) + QLatin1Char(' ')
            + CliDockerLogin::tr("Run '%1 docker use-store NAME' to choose one.").arg(CliOutput::programName()));
        return CliExit::Failed;
    }
    using R = DockerLoginState::Replaces;
    const R replaces = state.value.replaces(QString());
    if (replaces == R::Nothing || force)
        return std::nullopt;
    if (replaces == R::AppToken && !replacing.isEmpty() && state.value.tokenUuid == replacing)
        return std::nullopt;
    QString what = DockerText::kindName(state.value.entry.kind);
    if (replaces == R::AppToken)
        what = CliDockerLogin::tr("another token this app created (%1)").arg(state.value.tokenUuid);
    else if (replaces == R::OtherToken)
        what = CliDockerLogin::tr("a token this app did not create");
    CliOutput::error(
        CliDockerLogin::tr(
            "Docker is already signed in to %1 as %2 with %3. Nothing was created. Add --force to replace it.")
            .arg(state.value.registry, state.value.entry.username, what));
    return CliExit::Usage;
}

bool CliCreateCommand::signDockerIn(const CliContext &ctx, const QString &username, const QString &secret,
                                    const QString &uuid)
{
    const DockerResult<DockerSignedIn> done = ctx.docker->signInNow(username, secret, uuid);
    if (!done.ok()) {
        CliOutput::error(
            CliDockerLogin::tr("Docker was not signed in with the token: %1").arg(DockerText::line(*done.error)));
        return false;
    }
    CliOutput::message(
        CliDockerLogin::tr("Docker is now signed in to %1 as %2 with this token (kept by docker-credential-%3).")
            .arg(done.value.registry, username, done.value.helper));
    return true;
}
