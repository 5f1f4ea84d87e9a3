#include "CliInspectCommand.h"

#include "CliExit.h"
#include "CliOutput.h"
#include "app/tokens/TokenCore.h"

void CliInspectCommand::start()
{
    whenResolved([this](const AccessToken &token) {
        if (m_ctx.args.json())
            CliOutput::outBytes(CliTokenFormat::jsonObject(token));
        else
            CliOutput::out(CliTokenFormat::details(token));
        finish(CliExit::Ok);
    });
}
