#include "CliInspectCommand.h"

#include "CliExit.h"
#include "CliOutput.h"
#include "CliUuidResolver.h"
#include "TokenCore.h"

void CliInspectCommand::start()
{
    whenListed([this] {
        const QString argument = m_ctx.args.uuids.value(0);
        const CliUuidResolver::Resolution r = CliUuidResolver::resolve({argument}, m_ctx.core->tokens());
        if (r.isAmbiguous()) {
            CliOutput::error(CliUuidResolver::ambiguousMessage(argument, r.ambiguous.constFirst().second));
            finish(CliExit::Usage);
            return;
        }
        if (r.tokens.isEmpty()) {
            CliOutput::error(CliUuidResolver::unknownMessage(argument));
            finish(CliExit::Failed);
            return;
        }
        const AccessToken &token = r.tokens.constFirst();
        if (m_ctx.args.json())
            CliOutput::outBytes(CliTokenFormat::jsonObject(token));
        else
            CliOutput::out(CliTokenFormat::details(token));
        finish(CliExit::Ok);
    });
}
