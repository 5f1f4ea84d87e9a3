#pragma once

#include "CliCommand.h"

// token inspect UUID: one token, as "Label: value" lines or one JSON object.
class CliInspectCommand : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    static CliCommandInfo info();
    void start() override;
};
