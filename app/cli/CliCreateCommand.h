#pragma once

#include "CliCommand.h"
#include "CliEditCommand.h"
#include "app/tokens/TokenOutcome.h"

// token create --description D [--scope S] [--expires E] [--quiet]: creates a token and prints its secret once, with
// the docker login steps (--quiet: the secret alone; --format json: the token object plus "token"). A lost reply is
// never answered by creating again: the core re-lists, and a token found that way is reported with its uuid — its
// secret is lost, so it should be deactivated or deleted (exit status 1).
class CliCreateCommand : public CliCommand {
    Q_OBJECT
public:
    struct Options : CliEditCommand::Fields {
        QDateTime expiresAt; // invalid: never
        bool quiet = false;
        bool dockerLogin = false; // --docker-login: sign Docker in with the new token
        bool force = false; // with --docker-login: replace what Docker keeps
    };

    using CliCommand::CliCommand;
    static CliCommandInfo info();
    QString parse(const CliParsed &p) override;
    void start() override;

    // What `token create` prints on stdout for a created token (table format): the secret and how to use it.
    static QString createdText(const CreatedToken &created, const QString &username);

    Options options;

private:
    void onFinished(const CreateOutcome &outcome);
};
