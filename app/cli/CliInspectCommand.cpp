#include "CliInspectCommand.h"

#include "CliExit.h"
#include "CliOutput.h"
#include "app/tokens/TokenCore.h"

CliCommandInfo CliInspectCommand::info()
{
    CliCommandInfo c;
    c.words = QStringLiteral("token inspect");
    c.synopsis = QStringLiteral("token inspect UUID");
    c.summary = QCoreApplication::translate("CliHelp", "Show one token.");
    c.details = {QCoreApplication::translate("CliHelp", CliCommand::UuidDetails)};
    c.operands = CliCommandInfo::Operands::One;
    return declare<CliInspectCommand>(c);
}

void CliInspectCommand::start()
{
    whenResolved([this](const AccessToken &token) {
        if (json())
            CliOutput::outBytes(CliTokenFormat::jsonObject(token));
        else
            CliOutput::out(CliTokenFormat::details(token));
        finish(CliExit::Ok);
    });
}
