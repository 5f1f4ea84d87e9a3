#pragma once

#include "SessionSource.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class Account;

// How a program gets its session: one call, in one order, for the window, hubtokens-cli, the reminder check at login
// and demo mode. Already signed in: that session. Otherwise the sources, in turn (SessionSource): the credentials the
// program was given, Docker's session when it was chosen for this server, the kept session. The first that opens one
// wins; given credentials that are refused end it there (Failed: the program was told which account to use). When no
// source has one: Quiet ends NotSignedIn; Interactive asks the person through the face's `ask` (the window's sign-in
// dialog, the terminal), if it set one.
class SessionStart : public QObject {
    Q_OBJECT
public:
    enum class Policy { Quiet, Interactive };
    enum class Outcome { SignedIn, NotSignedIn, Failed };
    struct Result {
        Outcome outcome = Outcome::NotSignedIn;
        // SignedIn, Failed: where from. Asked: the person, through `ask`. Already: the session there was.
        enum class From { None, Already, Given, Docker, Kept, Asked } from = From::None;
        std::optional<ApiError> error; // Failed: why (Cancelled when the person gave up)
    };
    using Done = std::function<void(const Result &)>;
    // The face asks the person and begins the session (Account::signedIn); done() with SignedIn or Failed.
    using Ask = std::function<void(Done done)>;

    explicit SessionStart(Account *account, QObject *parent = nullptr);
    ~SessionStart() override;

    // Tried first, every time (HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD; demo mode's account). Empty: none.
    // `askWhenRenewalFails`: see SessionSource::given.
    void setGivenCredentials(const QString &username, const QString &password, bool askWhenRenewalFails = false);
    // Only a session of this username, from any source, or none (HUBTOKENS_USERNAME without a password). Empty: any.
    void setRequiredUsername(const QString &username) { m_onlyFor = username; }
    void setAsk(Ask ask) { m_ask = std::move(ask); }

    // `done` once, later.
    void ensure(Policy policy, Done done);

private:
    void tryFrom(std::size_t index, Policy policy, Done done);

    Account *m_account;
    std::vector<std::shared_ptr<SessionSource>> m_sources;
    QString m_onlyFor;
    Ask m_ask;
};
