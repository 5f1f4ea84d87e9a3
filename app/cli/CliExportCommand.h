#pragma once

#include "CliCommand.h"

// token export --format ics|csv|json [--output FILE]: every token (all pages) as a calendar, CSV or JSON
// (TokenExport, the same bytes the window's Export menu writes), on stdout or into FILE, replaced in one step. Never
// a secret. A FILE that cannot be written is refused before signing in (exit status 1), and so is a write that fails.
class CliExportCommand : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;
};
