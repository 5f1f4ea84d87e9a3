#include "CliEditCommand.h"

#include "CliExit.h"
#include "CliOutput.h"
#include "app/tokens/TokenCore.h"
#include "models/TokenScope.h"

void CliEditCommand::start()
{
    whenResolved([this](const AccessToken &token) {
        TokenPatch patch;
        if (m_ctx.args.description && *m_ctx.args.description != token.label)
            patch.label = *m_ctx.args.description;
        if (m_ctx.args.scope && m_ctx.args.scope != token.scope) {
            if (token.isExpired()) {
                CliOutput::error(tr("“%1” has expired: its scope can't be changed any more. Expired tokens can only "
                                    "be renamed or deleted.")
                                     .arg(token.label));
                finish(CliExit::Failed);
                return;
            }
            patch.scope = *m_ctx.args.scope;
        }
        if (patch.isEmpty()) {
            done(token, false);
            return;
        }
        m_ctx.core->update(token.uuid, patch, this, [this](const ApiResult<AccessToken> &result) {
            if (result.ok())
                done(result.value, true);
            else
                finish(report(*result.error));
        });
    });
}

void CliEditCommand::done(const AccessToken &token, bool changed)
{
    if (m_ctx.args.json()) {
        CliOutput::outBytes(CliTokenFormat::jsonObject(token));
    } else if (changed) {
        CliOutput::out(
            tr("Updated “%1” (%2): scope %3.").arg(token.label, token.uuid, TokenScopes::displayName(token.scope))
            + QLatin1Char('\n'));
    } else {
        CliOutput::out(
            tr("Nothing to change: “%1” (%2) already has that description and scope.").arg(token.label, token.uuid)
            + QLatin1Char('\n'));
    }
    finish(CliExit::Ok);
}
