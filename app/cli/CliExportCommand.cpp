#include "CliExportCommand.h"

#include "CliExit.h"
#include "CliOutput.h"
#include "app/export/ExportFile.h"
#include "app/export/TokenCalendar.h"
#include "app/export/TokenExport.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"

#include <QDateTime>

void CliExportCommand::start()
{
    const QString path = m_ctx.args.output;
    if (!path.isEmpty()) {
        // Before signing in: a path that cannot take the file would waste the listing.
        if (const std::optional<ExportFile::Error> problem = ExportFile::check(path)) {
            CliOutput::error(ExportFile::errorText(*problem));
            finish(CliExit::Failed);
            return;
        }
    }
    whenListed([this, path] {
        const QList<AccessToken> &tokens = m_ctx.core->tokens();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray bytes =
            TokenExport::exportTokens(m_ctx.args.exportFormat, tokens, now, m_ctx.account->username());
        if (path.isEmpty()) {
            CliOutput::outBytes(bytes);
            finish(CliExit::Ok);
            return;
        }
        if (const std::optional<ExportFile::Error> problem = ExportFile::write(path, bytes)) {
            CliOutput::error(ExportFile::errorText(*problem));
            finish(CliExit::Failed);
            return;
        }
        if (m_ctx.args.exportFormat == TokenExport::Format::Calendar)
            CliOutput::message(
                tr("Wrote %n expiry date(s) to %1.", nullptr, int(TokenCalendar::tokensWithEvents(tokens, now).size()))
                    .arg(path));
        else
            CliOutput::message(tr("Exported %n token(s) to %1.", nullptr, int(tokens.size())).arg(path));
        finish(CliExit::Ok);
    });
}
