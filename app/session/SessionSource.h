#pragma once

#include "models/ApiError.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Account;

// One place a session can come from, without asking anyone: credentials the program was given, Docker's own Hub
// session, the session kept in the keychain. The sources are interchangeable: SessionStart tries them in turn. Each
// opens a session on the Account (Account::signedIn, or the keeper's restore), finds none (the next one is tried), or
// is refused (given credentials the server turned down: a reason to stop, not to try another account's session).
class SessionSource {
public:
    enum class Kind { Given, Docker, Kept };
    enum class Outcome { Opened, Nothing, Refused };
    struct Result {
        Outcome outcome = Outcome::Nothing;
        std::optional<ApiError> error; // Refused: why
    };
    using Done = std::function<void(const Result &)>;

    virtual ~SessionSource() = default;
    virtual Kind kind() const = 0;
    // Tries once; `done` runs once, later, unless `context` is gone.
    virtual void open(Account *account, QObject *context, Done done) = 0;

    // Signs in with a username and password (HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD; demo mode's account); keeps
    // nothing. A two-factor account is refused (TwoFactorRequired): nobody is asked for a code.
    static std::unique_ptr<SessionSource> given(const QString &username, const QString &password);
    // Docker's Hub session, when "Continue with Docker's sign-in" was chosen for this server; read afresh, never kept.
    static std::unique_ptr<SessionSource> docker();
    // The session "Stay signed in" kept for the last username of this server, if it is still good.
    static std::unique_ptr<SessionSource> kept();
};
