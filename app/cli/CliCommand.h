#pragma once

#include "CliArguments.h"
#include "CliTokenFormat.h"
#include "models/AccessToken.h"
#include "models/ApiError.h"

#include <QList>
#include <QObject>

#include <functional>

class Account;
class AppSettings;
class CliSignIn;
class CliStatus;
class DockerCredentials;
class SessionKeeper;
class TokenCore;

// What every command works with (owned by CliApp).
struct CliContext {
    CliArguments args;
    Account *account = nullptr;
    TokenCore *core = nullptr;
    CliSignIn *signIn = nullptr;
    SessionKeeper *keeper = nullptr; // null when nothing may be kept (HUBTOKENS_USERNAME/PASSWORD)
    AppSettings *settings = nullptr;
    DockerCredentials *docker = nullptr; // Docker's sign-ins on this computer (--registry applied)
    CliStatus *status = nullptr;
    bool terminal = false; // stdin is a terminal: the person can be asked
    CliTokenFormat::TableStyle style;
};

// One command of hubtokens-cli. start() begins it; finished(exit status) comes once, later. Results go to stdout,
// everything else to stderr.
class CliCommand : public QObject {
    Q_OBJECT
public:
    explicit CliCommand(const CliContext &context, QObject *parent = nullptr);

    virtual void start() = 0;

    // The exit status an operation's error means: 3 when the session is gone (or cannot manage tokens), else 1.
    static int exitCodeFor(const ApiError &error);
    // Prints an error of the whole command ("hubtokens-cli: <title>: <message>"), the CLI's own words for a lost
    // session, and returns exitCodeFor(error).
    static int report(const ApiError &error);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // Ends the command (once; later, from the event loop).
    void finish(int exitCode);
    // Gets a session, then next(); ends the command if there is none.
    void whenSignedIn(std::function<void()> next);
    // Gets a session and lists every token, then next(); a list that fails ends the command. A list that meets an
    // expired session waits while the person signs in again on the terminal.
    void whenListed(std::function<void()> next);
    // whenListed(), then the one token the first UUID argument (any unique start of one) names, to next(token); an
    // ambiguous start ends the command with a usage error, one that matches nothing with a failure, each with its
    // words.
    void whenResolved(std::function<void(const AccessToken &token)> next);

    const CliContext &m_ctx;

private:
    bool m_finished = false;
    QList<QMetaObject::Connection> m_waits;
    void stopWaiting();
};
