#include "CliInspectCommand.h"

#include "CliHelp.h"

CliCommandInfo CliInspectCommand::info()
{
    CliCommandInfo c;
    c.words = QStringLiteral("token inspect");
    c.synopsis = QStringLiteral("token inspect UUID");
    c.summary = CliHelp::tr("Show one token.");
    c.details = {CliHelp::tr(UuidDetails)};
    c.operands = CliCommandInfo::Operands::One;
    return declare<CliInspectCommand>(c);
}

void CliInspectCommand::start()
{
    whenResolved([this](const AccessToken &token) {
        print(CliTokenFormat::jsonObject(token), CliTokenFormat::details(token));
        finish(CliExit::Ok);
    });
}
