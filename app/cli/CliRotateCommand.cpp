#include "CliRotateCommand.h"

#include "CliCreateCommand.h"
#include "CliHelp.h"
#include "CliOutput.h"
#include "CliTerminal.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"

CliCommandInfo CliRotateCommand::info()
{
    CliCommandInfo c;
    c.words = QStringLiteral("token rotate");
    c.synopsis = QStringLiteral("token rotate UUID [--expires E] [--docker-login [--force]] [--delete-old]");
    c.summary = CliHelp::tr("Replace a token with a new one (same description and scope), sign Docker in with it if "
                            "Docker used the old one, then deactivate the old one.");
    c.details = {CliHelp::tr(
        "The steps are: create the new token and print its secret once; if Docker used the old token (or "
        "--docker-login), sign Docker in with the new one; deactivate the old token (or delete it with --delete-old). "
        "Each step is reported; a failure stops there and says what was done and what not.")};
    c.options = {
        option("expires", "E",
               CliHelp::tr("The new token's expiry (as for token create); default: the old token's lifetime from now, "
                           "or never if it had none.")),
        option("docker-login", nullptr,
               CliHelp::tr("Sign Docker in with the new token even if the old one was not what Docker used.")),
        option("delete-old", nullptr, CliHelp::tr("Delete the old token instead of only deactivating it.")),
        option("force", nullptr,
               CliHelp::tr("With --docker-login: replace what Docker keeps for the registry, whatever it is.")),
    };
    c.operands = CliCommandInfo::Operands::One;
    return declare<CliRotateCommand>(c);
}

QString CliRotateCommand::parse(const CliParsed &p)
{
    if (const QString why = p.takeExpires(&options.expiresAt, &options.expiresGiven); !why.isEmpty())
        return why;
    options.dockerLogin = p.isSet("docker-login");
    options.deleteOld = p.isSet("delete-old");
    options.force = p.isSet("force");
    return QString();
}

void CliRotateCommand::start()
{
    whenResolved([this](const AccessToken &old) {
        // Asked to sign Docker in: what Docker keeps is looked at before anything is made.
        if (options.dockerLogin) {
            if (const std::optional<int> refused = CliCreateCommand::checkDocker(m_ctx, options.force, old.uuid))
                return finish(*refused);
        }
        rotate(old);
    });
}

void CliRotateCommand::rotate(const AccessToken &old)
{
    m_rotation = new TokenRotation(m_ctx.core, m_ctx.docker, old, options, this);

    connect(m_rotation, &TokenRotation::stepChanged, this,
            [this](TokenRotation::Step step, TokenRotation::State state) {
                const QString name = TokenRotation::stepName(step);
                if (state == TokenRotation::State::Done)
                    CliOutput::message(tr("done: %1").arg(name));
                else if (state == TokenRotation::State::Skipped)
                    CliOutput::message(tr("skipped: %1").arg(name));
                else if (state == TokenRotation::State::Failed)
                    CliOutput::message(tr("FAILED: %1: %2").arg(name, m_rotation->error(step)));
            });
    connect(m_rotation, &TokenRotation::created, this, [this](const CreatedToken &created) {
        CliCreateCommand::printCreated(created, m_ctx.account->username(), json());
    });
    connect(m_rotation, &TokenRotation::finished, this, [this](bool ok) {
        if (ok) {
            CliOutput::message(m_rotation->summary());
            return finish(CliExit::Ok);
        }
        CliOutput::error(m_rotation->summary());
        // On a terminal, the step that failed may be tried again (as the window's Retry); a script gets exit 1 and
        // the summary above.
        if (m_ctx.terminal) {
            const std::optional<QString> answer = CliTerminal::readLine(tr("Try that step again? [y/N] "));
            const QString a = answer.value_or(QString()).trimmed().toLower();
            if (a == QLatin1String("y") || a == QLatin1String("yes"))
                return m_rotation->retry();
        }
        finish(CliExit::Failed);
    });
    m_rotation->start();
}
