#pragma once

#include "CliCommand.h"
#include "CliSignIn.h"

// login [--username U] [--password-stdin]: signs in and keeps the session (the JWT, never the password) in the
// system keychain under the key the window's "Stay signed in" uses, so later runs and the window resume it.
// The password comes from stdin (--password-stdin), else HUBTOKENS_PASSWORD, else a prompt without echo on a
// terminal; the two-factor code is asked on a terminal. Without a keychain the sign-in works but is not kept (said).
class CliLoginCommand : public CliCommand {
    Q_OBJECT
public:
    struct Options {
        QString username; // empty: HUBTOKENS_USERNAME, the last one used, or ask
        bool passwordStdin = false;
        bool fromDocker = false; // --from-docker: continue with Docker's own Hub session
    };

    using CliCommand::CliCommand;
    static CliCommandInfo info();
    QString parse(const CliParsed &p) override;
    void start() override;

    Options options;

private:
    void onResult(const SignInResult &result, const QString &username, CliSignIn::Source source);
    void fromDocker();
};
