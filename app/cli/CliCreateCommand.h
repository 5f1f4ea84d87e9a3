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

    // Prints a created token on stdout, its secret this once: with how to use it, or (`json`) the token object plus
    // "token", or (`quiet`) the secret alone.
    static void printCreated(const CreatedToken &created, const QString &username, bool json, bool quiet = false);

    // "Sign Docker in with this token" (token create --docker-login, token rotate), each saying on stderr what it did
    // or why not. Before a token is made: Docker must have a credential store for the registry, and whatever it keeps
    // there may only be replaced with `force` (what it is gets named); `replacing`: the uuid of a token this app put
    // there that may be replaced without --force (rotation). nullopt: go ahead; else the exit status to end with.
    static std::optional<int> checkDocker(const CliContext &ctx, bool force, const QString &replacing = QString());
    // Stores the secret through the helper and remembers its fingerprint with the uuid. False if the helper failed.
    static bool signDockerIn(const CliContext &ctx, const QString &username, const QString &secret,
                             const QString &uuid);

    Options options;

private:
    void onFinished(const CreateOutcome &outcome);
};
