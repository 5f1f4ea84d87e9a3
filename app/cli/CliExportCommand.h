#pragma once

#include "CliCommand.h"
#include "app/export/TokenExport.h"

// token export --format ics|csv|json [--output FILE]: every token (all pages) as a calendar, CSV or JSON
// (TokenExport, the same bytes the window's Export menu writes), on stdout or into FILE, replaced in one step. Never
// a secret. A FILE that cannot be written is refused before signing in (exit status 1), and so is a write that fails.
class CliExportCommand : public CliCommand {
    Q_OBJECT
public:
    struct Options {
        TokenExport::Format format = TokenExport::Format::Json; // --format: here the file's
        QString output; // --output FILE; empty: stdout
    };

    using CliCommand::CliCommand;
    static CliCommandInfo info();
    QString parseFormat(const std::optional<QString> &value, CliGlobals *globals) override;
    QString parse(const CliParsed &p) override;
    void start() override;

    Options options;
};
