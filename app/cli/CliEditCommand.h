#pragma once

#include "CliCommand.h"

// token edit UUID [--description D] [--scope S]: changes what was given, and only what differs (the scope is sent
// only when it changes, as the Edit dialog does). Prints the token as it now is (a line, or the JSON object).
class CliEditCommand : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void done(const AccessToken &token, bool changed);
};
