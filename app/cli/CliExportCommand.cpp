#include "CliExportCommand.h"

#include "CliCommandLine.h"
#include "CliHelp.h"
#include "CliOutput.h"
#include "app/export/ExportFile.h"
#include "app/export/TokenCalendar.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"

CliCommandInfo CliExportCommand::info()
{
    CliCommandInfo c;
    c.words = QStringLiteral("token export");
    c.synopsis = QStringLiteral("token export --format ics|csv|json [--output FILE]");
    c.summary = CliHelp::tr("Export the list: expiry dates as a calendar (ics), or the fields of 'token ls --format "
                            "json' as CSV or JSON. Never a secret.");
    c.details = {CliHelp::tr("ics: one event per token with a future expiry, at the moment it expires, with alarms 7 "
                             "days and 1 day before; importing a newer file updates the events. csv: a header row, "
                             "UTF-8 with a byte order mark. Here --format takes ics, csv or json and is required.")};
    c.options = {
        option("output", "FILE", CliHelp::tr("Write to FILE (replaced in one step) instead of stdout.")),
    };
    return declare<CliExportCommand>(c);
}

QString CliExportCommand::parseFormat(const std::optional<QString> &value, CliGlobals *)
{
    if (!value)
        return CliCommandLine::tr("'token export' needs --format ics, csv or json.");
    const std::optional<TokenExport::Format> f = TokenExport::formatFromName(*value);
    if (!f)
        return CliCommandLine::tr("'token export' takes --format ics, csv or json, not “%1”.").arg(*value);
    options.format = *f;
    return QString();
}

QString CliExportCommand::parse(const CliParsed &p)
{
    options.output = p.value("output");
    if (p.isSet("output") && options.output.trimmed().isEmpty())
        return CliCommandLine::tr("--output can't be empty.");
    return QString();
}

void CliExportCommand::start()
{
    // Before signing in: a path that cannot take the file would waste the listing.
    const QString path = options.output;
    if (const std::optional<ExportFile::Error> problem = path.isEmpty() ? std::nullopt : ExportFile::check(path))
        return fail(ExportFile::errorText(*problem));
    whenListed([this, path] {
        const QList<AccessToken> &tokens = m_ctx.core->tokens();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray bytes = TokenExport::exportTokens(options.format, tokens, now, m_ctx.account->username());
        if (path.isEmpty()) {
            CliOutput::outBytes(bytes);
            return finish(CliExit::Ok);
        }
        if (const std::optional<ExportFile::Error> problem = ExportFile::write(path, bytes))
            return fail(ExportFile::errorText(*problem));
        if (options.format == TokenExport::Format::Calendar)
            CliOutput::message(
                tr("Wrote %n expiry date(s) to %1.", nullptr, int(TokenCalendar::tokensWithEvents(tokens, now).size()))
                    .arg(path));
        else
            CliOutput::message(tr("Exported %n token(s) to %1.", nullptr, int(tokens.size())).arg(path));
        finish(CliExit::Ok);
    });
}
