#include "CliEditCommand.h"

#include "CliCommandLine.h"
#include "CliHelp.h"
#include "CliOutput.h"
#include "app/hub/WireFormat.h"
#include "app/tokens/TokenCore.h"
#include "models/TokenScope.h"

CliCommandInfo CliEditCommand::info()
{
    CliCommandInfo c;
    c.words = QStringLiteral("token edit");
    c.synopsis = QStringLiteral("token edit UUID [--description D] [--scope S]");
    c.summary = CliHelp::tr("Change a token's description or scope.");
    c.details = {CliHelp::tr(UuidDetails)};
    c.options = fieldOptions();
    c.operands = CliCommandInfo::Operands::One;
    return declare<CliEditCommand>(c);
}

QList<CliOption> CliEditCommand::fieldOptions()
{
    return {
        option("description", "D", CliHelp::tr("The token's description: 1 to 100 characters.")),
        option("scope", "S",
               CliHelp::tr("repo:public_read (the default for new tokens), repo:read, repo:write or repo:admin.")),
    };
}

QString CliEditCommand::parseFields(const CliParsed &p, Fields *fields)
{
    if (p.isSet("description")) {
        if (const QString why = CliCommandLine::checkDescription(p.value("description")); !why.isEmpty())
            return why;
        fields->description = p.value("description").trimmed();
    }
    if (p.isSet("scope")) {
        fields->scope = WireFormat::scopeFromWire(p.value("scope").trimmed());
        if (!fields->scope)
            return CliCommandLine::tr("--scope takes repo:public_read, repo:read, repo:write or repo:admin, not “%1”.")
                .arg(p.value("scope"));
    }
    return QString();
}

QString CliEditCommand::parse(const CliParsed &p)
{
    if (const QString why = parseFields(p, &options); !why.isEmpty())
        return why;
    if (!options.description && !options.scope)
        return CliCommandLine::tr("'token edit' needs --description or --scope (or both).");
    return QString();
}

void CliEditCommand::start()
{
    whenResolved([this](const AccessToken &token) {
        TokenPatch patch;
        if (options.description && *options.description != token.label)
            patch.label = *options.description;
        if (options.scope && options.scope != token.scope) {
            if (token.isExpired())
                return fail(tr("“%1” has expired: its scope can't be changed any more. Expired tokens can only be "
                               "renamed or deleted.")
                                .arg(token.label));
            patch.scope = *options.scope;
        }
        if (patch.isEmpty())
            return done(token, false);
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
    const QString text = changed
        ? tr("Updated “%1” (%2): scope %3.").arg(token.label, token.uuid, TokenScopes::displayName(token.scope))
        : tr("Nothing to change: “%1” (%2) already has that description and scope.").arg(token.label, token.uuid);
    print(CliTokenFormat::jsonObject(token), text + QLatin1Char('\n'));
    finish(CliExit::Ok);
}
