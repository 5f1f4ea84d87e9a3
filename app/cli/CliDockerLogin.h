#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

struct CliContext;

// "Sign Docker in with this token" for the commands that make a token (token create --docker-login, token rotate):
// the check before anything is created, and the store itself, each saying on stderr what it did or why not.
class CliDockerLogin {
    Q_DECLARE_TR_FUNCTIONS(CliDockerLogin)
public:
    // Before a token is made: Docker must have a credential store for the registry, and whatever it keeps there may
    // only be replaced with `force` (what it is gets named). nullopt: go ahead; else the exit status to end with.
    // `replacing`: the uuid of a token this app put there that may be replaced without --force (rotation).
    static std::optional<int> check(const CliContext &ctx, bool force, const QString &replacing = QString());
    // Stores the secret through the helper and remembers its fingerprint with the uuid. False (said on stderr) if
    // the helper failed.
    static bool signIn(const CliContext &ctx, const QString &username, const QString &secret, const QString &uuid);
};
