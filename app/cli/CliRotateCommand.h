#pragma once

#include "CliCommand.h"
#include "app/tokens/TokenRotation.h"

// token rotate UUID [--expires E] [--docker-login [--force]] [--delete-old]: TokenRotation's steps, each reported on
// stderr as it ends; the new secret printed once on stdout (--format json: the new token object plus "token"). A
// failed step ends the run with exit status 1 and the sentence that says what was done and what not.
class CliRotateCommand : public CliCommand {
    Q_OBJECT
public:
    struct Options : RotationOptions {
        bool force = false; // with --docker-login: replace whatever Docker keeps
    };

    using CliCommand::CliCommand;
    static CliCommandInfo info();
    QString parse(const CliParsed &p) override;
    void start() override;

    Options options;

private:
    void rotate(const AccessToken &old);

    TokenRotation *m_rotation = nullptr;
};
