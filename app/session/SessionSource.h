#pragma once

#include "app/tokens/Account.h"
#include "models/ApiError.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// One place a session can come from, without asking anyone: credentials the program was given, Docker's own Hub
// session, the session kept in the keychain. The sources are interchangeable: SessionStart tries them in turn. Each
// opens a session on the Account (Account::signedIn, or the keeper's restore), finds none (the next one is tried), or
// is refused (given credentials the server turned down: a reason to stop, not to try another account's session).
// The Account keeps the source its session came from, and asks it first when the session expires (renew): Docker's
// session is read again (Docker renews its own), given credentials sign in again, once; the others ask the person.
class SessionSource : public std::enable_shared_from_this<SessionSource> {
public:
    enum class Kind { Given, Docker, Kept };
    enum class Outcome { Opened, Nothing, Refused };
    struct Result {
        Outcome outcome = Outcome::Nothing;
        std::optional<ApiError> error; // Refused: why
    };
    using Done = std::function<void(const Result &)>;
    struct Renewal {
        bool renewed = false; // signed in again (Account::signedIn carried on)
        std::optional<Account::SignInReason> ask; // else: ask the person, for this reason; nullopt: give up
        std::optional<ApiError> error; // giving up because the server refused: why
    };

    virtual ~SessionSource() = default;
    virtual Kind kind() const = 0;
    // Tries once; `done` runs once, later, unless `context` is gone. `onlyFor`: a session of that username or none
    // (a script named its account: never serve it another account's session).
    virtual void open(Account *account, const QString &onlyFor, QObject *context, Done done) = 0;
    // A fresh session for the one this source opened, which met `reason`; `done` once, later. By default nothing
    // renews it: the person is asked.
    virtual void renew(Account *account, Account::SignInReason reason, QObject *context,
                       std::function<void(const Renewal &)> done);

    // Signs in with a username and password (HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD; demo mode's account); keeps
    // nothing. A two-factor account is refused (TwoFactorRequired): nobody is asked for a code. An expired session
    // signs in again, once; if that fails, the person is asked when `askWhenRenewalFails` (the window), else what
    // waited gives up (a script told which account to use).
    static std::shared_ptr<SessionSource> given(const QString &username, const QString &password,
                                                bool askWhenRenewalFails = false);
    // Docker's Hub session, when "Continue with Docker's sign-in" was chosen for this server; read afresh, never kept.
    static std::shared_ptr<SessionSource> docker();
    // The session "Stay signed in" kept for the last username of this server, if it is still good.
    static std::shared_ptr<SessionSource> kept();
};
