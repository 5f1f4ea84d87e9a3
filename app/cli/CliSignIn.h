#pragma once

#include "CliLogin.h"
#include "app/hub/SignInResult.h"
#include "app/session/SessionStart.h"
#include "app/tokens/Account.h"

#include <QObject>
#include <QString>

#include <functional>

// How a run of hubtokens-cli gets a session (the core's SessionStart, with the terminal as the way of asking), and
// gets one again when it expires mid-way:
//  - HUBTOKENS_USERNAME + HUBTOKENS_PASSWORD: signs in with them, before any kept session, keeping nothing; an
//    expired session is renewed with them once, without asking;
//  - else Docker's session, if `login --from-docker` chose it, or the session kept in the keychain (by `login`, or
//    the window's "Stay signed in");
//  - else, on a terminal, asks (username, password without echo, two-factor code) and keeps the session;
//  - else fails with exit status 3, saying how to sign in.
// On a terminal it also answers Account::signInRequired ("sign in, then carry on") by asking for the password again.
class CliSignIn : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxPasswordTries = CliLogin::MaxPasswordTries;
    using Done = std::function<void(const SignInResult &result, const QString &username)>;

    CliSignIn(Account *account, QObject *parent = nullptr);
    ~CliSignIn() override;

    // Signs every run in with these (HUBTOKENS_USERNAME, HUBTOKENS_PASSWORD).
    void setEnvironmentCredentials(const QString &username, const QString &password);
    bool usesEnvironment() const { return !m_envUsername.isEmpty(); }
    // Whether a person can be asked (stdin is a terminal).
    void setTerminal(bool terminal);
    // HUBTOKENS_USERNAME without a password: the run acts as that account or not at all (its kept session only,
    // else on a terminal its password is asked, else exit 3).
    void setSuggestedUsername(const QString &username) { m_suggested = username; }

    // Gets this run a session: ready() or failed(exit status), the reason already printed.
    void ensure();

    // Asks on the terminal: the username (unless `fixedUsername`; `username` is offered), the password without
    // echo and the two-factor code, up to MaxPasswordTries times while the password is wrong. `done` once.
    void ask(const QString &username, bool fixedUsername, Done done);

    // Where the password came from, for the words of a failure.
    enum class Source { Terminal, Environment, Stdin };
    // Prints why a sign-in of `username` failed and returns the exit status for it: 3 when it is about the
    // credentials (wrong, a personal access token, a two-factor account without a terminal, nothing entered), 1 for
    // anything else (network, server, rate limit).
    static int reportFailure(const ApiError &error, const QString &username, Source source);

Q_SIGNALS:
    void ready();
    void failed(int exitCode);
    // Signing in again failed or was given up while an operation waited: the waiting operations fail with
    // SessionExpired (Account::cancelSignIn), and a list that waited should stop.
    void gaveUp();

private:
    // SessionStart's way of asking: says why, asks, begins and keeps the session.
    void askAtStart(SessionStart::Done done);
    void answerSignInRequired();
    // Begins the session (and keeps it, saying how that went), then `then`.
    void begin(const QString &username, const QString &jwt, bool keep, std::function<void()> then);

    Account *m_account;
    SessionStart *m_start;
    QString m_askedUsername;
    QString m_envUsername;
    QString m_envPassword;
    QString m_suggested;
    bool m_terminal = false;
    bool m_answering = false;
    Account::SignInReason m_reason = Account::SignInReason::SessionExpired;
};
