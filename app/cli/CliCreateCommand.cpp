#include "CliCreateCommand.h"

#include "CliDockerLogin.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "CliOutput.h"
#include "CliTerminal.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"
#include "models/RelativeTime.h"
#include "models/TokenScope.h"

namespace {

constexpr int ProseWidth = 80;

} // namespace

void CliCreateCommand::start()
{
    whenSignedIn([this] {
        // Docker's store is looked at before the token is made: a refusal leaves nothing behind.
        if (m_ctx.args.dockerLogin) {
            if (const std::optional<int> refused = CliDockerLogin::check(m_ctx, m_ctx.args.force)) {
                finish(*refused);
                return;
            }
        }
        TokenDraft draft;
        draft.label = m_ctx.args.description.value_or(QString());
        draft.scope = m_ctx.args.scope.value_or(TokenScope::PublicRead);
        draft.expiresAt = m_ctx.args.expiresAt;
        CreateJob *job = m_ctx.core->create(draft);
        connect(job, &CreateJob::finished, this, &CliCreateCommand::onFinished);
    });
}

QString CliCreateCommand::createdText(const CreatedToken &created, const QString &username)
{
    const AccessToken &t = created.token;
    const QString expiry = t.neverExpires() ? tr("It never expires.")
                                            : tr("It expires on %1.").arg(RelativeTime::formatDateTime(t.expiresAt));
    // Prose wrapped for a terminal; the secret and the command on lines of their own, whole.
    QString text = CliHelp::wrap(tr("Created the token “%1” (%2) with the scope %3. %4")
                                     .arg(t.label, t.uuid, TokenScopes::displayName(t.scope), expiry),
                                 0, ProseWidth);
    text += QLatin1Char('\n') + QStringLiteral("    ") + created.secret + QStringLiteral("\n\n");
    text += CliHelp::wrap(tr("Copy it now: this is the only time it is shown."), 0, ProseWidth) + QLatin1Char('\n');
    text += CliHelp::wrap(tr("To sign in to Docker with it, run:"), 0, ProseWidth);
    text += QStringLiteral("    docker login --username %1 --password-stdin\n").arg(username);
    text += CliHelp::wrap(tr("then paste the token, press Enter and then Ctrl-D. In a script, pipe the token into that "
                             "command instead of putting it on the command line."),
                          0, ProseWidth);
    return text;
}

void CliCreateCommand::onFinished(const CreateOutcome &outcome)
{
    if (outcome.created) {
        QString secret = outcome.created->secret;
        const bool dockerOk = !m_ctx.args.dockerLogin
            || CliDockerLogin::signIn(m_ctx, m_ctx.account->username(), secret, outcome.created->token.uuid);
        if (m_ctx.args.quiet)
            CliOutput::out(secret + QLatin1Char('\n'));
        else if (m_ctx.args.json())
            CliOutput::outBytes(CliTokenFormat::jsonObject(outcome.created->token, secret));
        else
            CliOutput::out(createdText(*outcome.created, m_ctx.account->username()));
        CliTerminal::wipe(secret);
        finish(dockerOk ? CliExit::Ok : CliExit::Failed);
        return;
    }
    if (outcome.orphan) {
        const AccessToken &t = *outcome.orphan;
        CliOutput::error(tr("The token “%1” (%2) was created, but the reply with its secret was lost, so it can't be "
                            "used. Deactivate or delete it: %3 token rm %2")
                             .arg(t.label, t.uuid, CliOutput::programName()));
        if (outcome.error)
            CliOutput::message(ErrorText::line(*outcome.error));
        // The uuid is the result (so a script can clean up), but never where --quiet promised a secret.
        if (m_ctx.args.json())
            CliOutput::outBytes(CliTokenFormat::jsonObject(t));
        else if (!m_ctx.args.quiet)
            CliOutput::out(t.uuid + QLatin1Char('\n'));
        finish(CliExit::Failed);
        return;
    }
    finish(report(outcome.error.value_or(ApiError{})));
}
