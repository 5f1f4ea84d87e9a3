#pragma once

#include "CliCommand.h"

class TokenRotation;

// token rotate UUID [--expires E] [--docker-login [--force]] [--delete-old]: TokenRotation's steps, each reported on
// stderr as it ends; the new secret printed once on stdout (--format json: the new token object plus "token"). A
// failed step ends the run with exit status 1 and the sentence that says what was done and what not.
class CliRotateCommand : public CliCommand {
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void rotate(const AccessToken &old);

    TokenRotation *m_rotation = nullptr;
};
