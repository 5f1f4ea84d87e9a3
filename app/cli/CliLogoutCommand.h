#pragma once

#include "CliCommand.h"

// logout: forgets the session kept for the last account used with the server (the window's "Stay signed in" one
// too: it is the same). Needs no network.
class CliLogoutCommand : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    static CliCommandInfo info();
    void start() override;
};
