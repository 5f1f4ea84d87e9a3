#pragma once

#include "CliCommand.h"

// token ls [--status S] [--source S] [--expiring-within DAYS] [--exit-code]: every token (all pages), filtered, as a
// table or a JSON array. With --exit-code the status says whether anything was listed (1) or not (0).
class CliListCommand : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

    // The tokens the filters of `args` keep, in the order given.
    static QList<AccessToken> filtered(const QList<AccessToken> &tokens, const CliArguments &args,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());
};
