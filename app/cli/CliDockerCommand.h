#pragma once

#include "CliCommand.h"

struct DockerLoginState;

// docker status: what this computer's Docker CLI uses for the registry (the registry key, the helper, the username,
// the kind of sign-in, and — when it is a token this app put there — its uuid and description). docker use-store
// NAME: sets Docker's credsStore to an installed helper (secretservice or pass), keeping every other key of
// config.json. Neither needs a sign-in; status lists the tokens only to name the one in use, when it can.
class CliDockerCommand : public CliCommand {
    Q_OBJECT
public:
    CliDockerCommand(const CliContext &context, bool useStore, QObject *parent = nullptr);
    // docker status; docker use-store.
    static CliCommandInfo statusInfo();
    static CliCommandInfo useStoreInfo();
    void start() override;

    // `docker status --format json`: {"registry","helper","username","kind","uuid","config"}.
    static QByteArray statusJson(const DockerLoginState &state);
    // The text form; `description`: the token's, when it is one of the account's.
    static QString statusText(const DockerLoginState &state, const QString &description);

private:
    void status();
    void useStore();

    bool m_useStore;
};
