#include "CliRotateCommand.h"

#include "CliCreateCommand.h"
#include "CliDockerLogin.h"
#include "CliExit.h"
#include "CliOutput.h"
#include "CliTerminal.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "app/tokens/TokenRotation.h"

void CliRotateCommand::start()
{
    whenResolved([this](const AccessToken &old) {
        // Asked to sign Docker in: what Docker keeps is looked at before anything is made.
        if (m_ctx.args.dockerLogin) {
            if (const std::optional<int> refused = CliDockerLogin::check(m_ctx, m_ctx.args.force, old.uuid)) {
                finish(*refused);
                return;
            }
        }
        rotate(old);
    });
}

void CliRotateCommand::rotate(const AccessToken &old)
{
    RotationOptions options;
    options.expiresGiven = m_ctx.args.expiresGiven;
    options.expiresAt = m_ctx.args.expiresAt;
    options.dockerLogin = m_ctx.args.dockerLogin;
    options.deleteOld = m_ctx.args.deleteOld;
    m_rotation = new TokenRotation(m_ctx.core, m_ctx.docker, old, options, this);

    connect(m_rotation, &TokenRotation::stepChanged, this,
            [this](TokenRotation::Step step, TokenRotation::State state) {
                const QString name = TokenRotation::stepName(step);
                switch (state) {
                case TokenRotation::State::Done: CliOutput::message(tr("done: %1").arg(name)); break;
                case TokenRotation::State::Skipped: CliOutput::message(tr("skipped: %1").arg(name)); break;
                case TokenRotation::State::Failed:
                    CliOutput::message(tr("FAILED: %1: %2").arg(name, m_rotation->error(step)));
                    break;
                case TokenRotation::State::Waiting:
                case TokenRotation::State::Running: break;
                }
            });
    connect(m_rotation, &TokenRotation::created, this, [this](const CreatedToken &created) {
        QString secret = created.secret;
        if (m_ctx.args.json())
            CliOutput::outBytes(CliTokenFormat::jsonObject(created.token, secret));
        else
            CliOutput::out(CliCreateCommand::createdText(created, m_ctx.account->username()));
        CliTerminal::wipe(secret);
    });
    connect(m_rotation, &TokenRotation::finished, this, [this](bool ok) {
        if (ok) {
            CliOutput::message(m_rotation->summary());
            finish(CliExit::Ok);
            return;
        }
        CliOutput::error(m_rotation->summary());
        // On a terminal, the step that failed may be tried again (as the window's Retry); a script gets exit 1 and
        // the summary above.
        if (m_ctx.terminal) {
            const std::optional<QString> answer = CliTerminal::readLine(tr("Try that step again? [y/N] "));
            const QString a = answer.value_or(QString()).trimmed().toLower();
            if (a == QLatin1String("y") || a == QLatin1String("yes")) {
                m_rotation->retry();
                return;
            }
        }
        finish(CliExit::Failed);
    });
    m_rotation->start();
}
