#pragma once

#include "CliCommand.h"
#include "app/hygiene/TokenSelection.h"

// token ls [--status S] [--source S] [--expiring-within DAYS] [--exit-code]: every token (all pages), filtered by
// TokenSelection::filtered, as a table or a JSON array. With --exit-code the status says whether anything was listed
// (1) or not (0).
class CliListCommand : public CliCommand {
    Q_OBJECT
public:
    struct Options : TokenSelection::Filter {
        bool exitCode = false; // --exit-code: exit 1 when the list is not empty, 0 when it is
    };

    using CliCommand::CliCommand;
    static CliCommandInfo info();
    QString parse(const CliParsed &p) override;
    void start() override;

    Options options;
};
