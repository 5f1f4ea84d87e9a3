#include "CliDockerCommand.h"

#include "CliCommandLine.h"
#include "CliHelp.h"
#include "CliOutput.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerText.h"
#include "app/hygiene/TokenSelection.h"
#include "app/tokens/TokenCore.h"

#include <QJsonDocument>
#include <QJsonObject>

CliDockerCommand::CliDockerCommand(const CliContext &context, bool useStore, QObject *parent)
    : CliCommand(context, parent)
    , m_useStore(useStore)
{
}

CliCommandInfo CliDockerCommand::statusInfo()
{
    CliCommandInfo c;
    c.words = c.synopsis = QStringLiteral("docker status");
    c.summary = CliHelp::tr("Show what this computer's Docker CLI is signed in with: the registry, the credential "
                            "store, the username, and which token.");
    c.details = {CliHelp::tr("--format json prints {\"registry\", \"helper\", \"username\", \"kind\", \"uuid\", "
                             "\"config\"}; kind is token, password, session or none.")};
    c.make = [](const CliContext &ctx) { return new CliDockerCommand(ctx, false); };
    return c;
}

CliCommandInfo CliDockerCommand::useStoreInfo()
{
    CliCommandInfo c;
    c.words = QStringLiteral("docker use-store");
    c.synopsis = QStringLiteral("docker use-store secretservice|pass");
    c.summary = CliHelp::tr("Set Docker's credential store (credsStore in its config.json) to an installed helper.");
    c.operands = CliCommandInfo::Operands::One;
    c.operandError =
        CliCommandLine::tr("'docker use-store' takes the name of one credential store (secretservice or pass).");
    c.emptyOperandError = CliCommandLine::tr("An empty name was given.");
    c.make = [](const CliContext &ctx) { return new CliDockerCommand(ctx, true); };
    return c;
}

void CliDockerCommand::start()
{
    m_useStore ? useStore() : status();
}

QByteArray CliDockerCommand::statusJson(const DockerLoginState &state)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    const QJsonObject o{
        {QLatin1String("registry"), state.registry},
        {QLatin1String("helper"), orNull(state.helper)},
        {QLatin1String("username"), state.username()},
        {QLatin1String("kind"), StoredLogin::kindKeyword(state.kind())},
        {QLatin1String("uuid"), orNull(state.tokenUuid)},
        {QLatin1String("config"), state.configPath},
    };
    return QJsonDocument(o).toJson();
}

QString CliDockerCommand::statusText(const DockerLoginState &state, const QString &description)
{
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        out += label + QStringLiteral(" ") + value + QLatin1Char('\n');
    };
    line(tr("Registry:"), state.registry);
    line(tr("Configuration:"), state.configPath);
    line(tr("Credential store:"),
         state.hasCredentialStore() ? QStringLiteral("docker-credential-") + state.helper
                                    : tr("none (sign-ins are kept in the configuration file itself)"));
    line(tr("Username:"), state.username().isEmpty() ? tr("(none)") : state.username());
    const StoredLogin::Kind kind = state.kind();
    QString what = DockerText::kindName(kind);
    if (kind == StoredLogin::Kind::Token) {
        if (state.tokenUuid.isEmpty())
            what = tr("a personal access token this app didn't create");
        else if (description.isEmpty())
            what = tr("the token %1").arg(state.tokenUuid);
        else
            what = tr("the token “%1” (%2)").arg(description, state.tokenUuid);
    }
    line(tr("Signed in with:"), what);
    if (kind == StoredLogin::Kind::Password)
        out += tr("A password can do everything your account can. Replace it with a token: %1 token create "
                  "--description D --docker-login --force")
                   .arg(CliOutput::programName())
            + QLatin1Char('\n');
    if (!state.hasCredentialStore()) {
        const QString installed = DockerCredentials::installedStores().join(QLatin1String(", "));
        out += tr("Docker has no credential store. Choose one with: %1 docker use-store NAME (installed here: %2)")
                   .arg(CliOutput::programName(), installed.isEmpty() ? tr("none") : installed)
            + QLatin1Char('\n');
    }
    return out;
}

void CliDockerCommand::status()
{
    const DockerResult<DockerLoginState> state = m_ctx.docker->inspectNow();
    if (!state.ok())
        return fail(DockerText::line(*state.error));
    if (json() || state.value.tokenUuid.isEmpty()) {
        print(statusJson(state.value), statusText(state.value, QString()));
        return finish(CliExit::Ok);
    }
    // One of the app's tokens: its description comes from the account's list, when this run can sign in.
    const DockerLoginState value = state.value;
    whenSignedIn(
        [this, value] {
            connect(m_ctx.core, &TokenCore::listFinished, this, [this, value](const std::optional<ApiError> &) {
                const QList<AccessToken> used = TokenSelection::withUuids(m_ctx.core->tokens(), {value.tokenUuid});
                CliOutput::out(statusText(value, used.isEmpty() ? QString() : used.constLast().label));
                finish(CliExit::Ok);
            });
            m_ctx.core->refresh();
        },
        [this, value](int) {
            CliOutput::out(statusText(value, QString()));
            finish(CliExit::Ok);
        });
}

void CliDockerCommand::useStore()
{
    const QString name = operands.value(0);
    const QStringList installed = DockerCredentials::installedStores();
    if (!installed.contains(name))
        return fail(tr("“%1” is not a credential store this app can set up here. Installed: %2.")
                        .arg(name, installed.isEmpty() ? tr("none") : installed.join(QLatin1String(", "))),
                    CliExit::Usage);
    const DockerResult<DockerConfig> done = m_ctx.docker->setCredsStore(name);
    if (!done.ok())
        return fail(DockerText::line(*done.error));
    CliOutput::message(tr("Docker now keeps its sign-ins with docker-credential-%1 (credsStore in %2).")
                           .arg(name, m_ctx.docker->configPath()));
    finish(CliExit::Ok);
}
