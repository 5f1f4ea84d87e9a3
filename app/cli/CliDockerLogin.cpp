#include "CliDockerLogin.h"

#include "CliCommand.h"
#include "CliExit.h"
#include "CliOutput.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerText.h"

std::optional<int> CliDockerLogin::check(const CliContext &ctx, bool force, const QString &replacing)
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
        CliOutput::error(DockerText::line(none) + QLatin1Char(' ')
                         + tr("Run '%1 docker use-store NAME' to choose one.").arg(CliOutput::programName()));
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
        what = tr("another token this app created (%1)").arg(state.value.tokenUuid);
    else if (replaces == R::OtherToken)
        what = tr("a token this app did not create");
    CliOutput::error(tr("Docker is already signed in to %1 as %2 with %3. Nothing was created. Add --force to "
                        "replace it.")
                         .arg(state.value.registry, state.value.entry.username, what));
    return CliExit::Usage;
}

bool CliDockerLogin::signIn(const CliContext &ctx, const QString &username, const QString &secret, const QString &uuid)
{
    const DockerResult<DockerSignedIn> done = ctx.docker->signInNow(username, secret, uuid);
    if (!done.ok()) {
        CliOutput::error(tr("Docker was not signed in with the token: %1").arg(DockerText::line(*done.error)));
        return false;
    }
    CliOutput::message(tr("Docker is now signed in to %1 as %2 with this token (kept by docker-credential-%3).")
                           .arg(done.value.registry, username, done.value.helper));
    return true;
}
