#pragma once

#include "CliCommand.h"

class TokenRotation;

// token rotate UUID [--expires E] [--docker-login [--force]] [--delete-old]: TokenRotation's steps, each reported on
// stderr as it ends; the new secret printed once on stdout (--format json: the new token object plus "token"). A
// failed step ends the run with exit status 1 and the sentence that says what was done and what not.
class CliRotateCommand : public CliCommand {
    Q_OBJECT
public:
    struct Options {
        QDateTime expiresAt; // when expiresGiven; invalid: never
        bool expiresGiven = false; // else the old token's lifetime
        bool dockerLogin = false;
        bool deleteOld = false;
        bool force = false;
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
