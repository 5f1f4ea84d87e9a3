#include "CliSignIn.h"

#include "CliExit.h"
#include "CliLogin.h"
#include "CliOutput.h"
#include "app/docker/DockerText.h"
#include "app/hub/HubClient.h"
#include "app/session/Session.h"
#include "app/session/SessionKeeper.h"
#include "models/ErrorText.h"
#include "models/RelativeTime.h"
#include "models/SecretWipe.h"

#include <QTimer>

CliSignIn::CliSignIn(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_start(new SessionStart(account, this))
{
    connect(m_account, &Account::signInCancelled, this, &CliSignIn::gaveUp);
    connect(m_account, &Account::renewalRefused, this,
            [this](const ApiError &error) { reportFailure(error, m_envUsername, Source::Environment); });
    connect(m_account, &Account::signInRequired, this, [this](Account::SignInReason reason) {
        // A session about to lapse is not worth a question in a short run: the call that meets it asks.
        if (reason == Account::SignInReason::RenewalDue || m_answering)
            return;
        m_reason = reason;
        m_answering = true;
        // Later: the operation that asked reports its own state first.
        QTimer::singleShot(0, this, &CliSignIn::answerSignInRequired);
    });
}

CliSignIn::~CliSignIn()
{
    SecretWipe::wipe(m_envPassword);
}

void CliSignIn::setEnvironmentCredentials(const QString &username, const QString &password)
{
    m_envUsername = username;
    m_envPassword = password;
    m_account->setInteractive(m_terminal || usesEnvironment());
}

void CliSignIn::setTerminal(bool terminal)
{
    m_terminal = terminal;
    m_account->setInteractive(m_terminal || usesEnvironment());
}

void CliSignIn::ensure()
{
    // The environment's credentials, else Docker's session if chosen, else the kept one; else, on a terminal, ask.
    m_start->setGivenCredentials(m_envUsername, m_envPassword);
    // HUBTOKENS_USERNAME alone names the account: its own kept (or Docker's) session, or nothing.
    m_start->setRequiredUsername(m_suggested);
    m_start->setAsk([this](SessionStart::Done done) { askAtStart(std::move(done)); });
    const auto policy = m_terminal ? SessionStart::Policy::Interactive : SessionStart::Policy::Quiet;
    m_start->ensure(policy, [this](const SessionStart::Result &r) {
        switch (r.outcome) {
        case SessionStart::Outcome::SignedIn: Q_EMIT ready(); return;
        case SessionStart::Outcome::Failed: {
            const bool given = r.from == SessionStart::Result::From::Given;
            Q_EMIT failed(reportFailure(*r.error, given ? m_envUsername : m_askedUsername,
                                        given ? Source::Environment : Source::Terminal));
            return;
        }
        case SessionStart::Outcome::NotSignedIn:
            // "login --from-docker" was chosen, and Docker's session can't be used now: say why first.
            if (const std::optional<DockerError> docker = m_account->lastDockerError())
                CliOutput::error(DockerText::line(*docker));
            if (!m_suggested.isEmpty())
                CliOutput::error(
                    tr("No password for %1: HUBTOKENS_USERNAME names that account, but HUBTOKENS_PASSWORD "
                       "is not set and no session of %1 is kept for %2. Set HUBTOKENS_PASSWORD, or run "
                       "'%3 login --username %1' once.")
                        .arg(m_suggested, m_account->client()->baseUrl().toString(), CliOutput::programName()));
            else
                CliOutput::error(tr("Not signed in to %1. Run '%2 login' first, or set HUBTOKENS_USERNAME and "
                                    "HUBTOKENS_PASSWORD.")
                                     .arg(m_account->client()->baseUrl().toString(), CliOutput::programName()));
            Q_EMIT failed(CliExit::NotSignedIn);
            return;
        }
    });
}

void CliSignIn::askAtStart(SessionStart::Done done)
{
    if (const std::optional<DockerError> docker = m_account->lastDockerError())
        CliOutput::error(DockerText::line(*docker));
    CliOutput::message(tr("Not signed in to %1.").arg(m_account->client()->baseUrl().toString()));
    // HUBTOKENS_USERNAME names the account: only its password is asked.
    const QString offered = m_suggested.isEmpty() ? m_account->suggestedUsername() : m_suggested;
    ask(offered, !m_suggested.isEmpty(), [this, done](const SignInResult &result, const QString &username) {
        m_askedUsername = username;
        if (!result.ok()) {
            done({SessionStart::Outcome::Failed, {}, result.error});
            return;
        }
        begin(username, result.value.jwt, true, [done] { done({SessionStart::Outcome::SignedIn, {}, {}}); });
    });
}

void CliSignIn::ask(const QString &username, bool fixedUsername, Done done)
{
    auto *login = new CliLogin(m_account->client(), this);
    connect(login, &CliLogin::finished, this, [login, done = std::move(done)](const SignInResult &result) {
        login->deleteLater();
        done(result, login->username());
    });
    login->ask(username, fixedUsername);
}

void CliSignIn::answerSignInRequired()
{
    if (!m_account->isWaitingForSignIn()) {
        m_answering = false;
        return;
    }
    // The environment's session renews itself (Account: its SessionSource signs in again, once); only a session
    // the terminal began is asked for here.
    CliOutput::message(Account::notice(m_reason));
    const QString username = m_account->username();
    ask(username.isEmpty() ? m_account->suggestedUsername() : username, !username.isEmpty(),
        [this](const SignInResult &result, const QString &user) {
            m_answering = false;
            if (!result.ok()) {
                reportFailure(*result.error, user, Source::Terminal);
                m_account->cancelSignIn(); // gaveUp(), through Account::signInCancelled
                return;
            }
            begin(user, result.value.jwt, true, {});
        });
}

void CliSignIn::begin(const QString &username, const QString &jwt, bool keep, std::function<void()> then)
{
    SessionKeeper *keeper = m_account->keeper();
    if (!keep || !keeper) {
        m_account->signedIn(username, jwt, keep);
        if (then)
            then();
        return;
    }
    // Said before anything else is printed: whether later runs will need to sign in again.
    connect(
        keeper, &SessionKeeper::kept, this,
        [this, keeper, then](bool ok) {
            if (ok) {
                const QDateTime until = m_account->session()->expiresAt();
                CliOutput::message(tr("The session is kept in the system keychain until %1; '%2 logout' forgets it.")
                                       .arg(until.isValid() ? RelativeTime::formatDateTime(until) : QStringLiteral("?"),
                                            CliOutput::programName()));
            } else {
                CliOutput::message(keeper->isAvailable()
                                       ? tr("The session could not be kept in the keychain: you will be asked to sign "
                                            "in again next time.")
                                       : SessionKeeper::unavailableMessage());
            }
            if (then)
                then();
        },
        Qt::SingleShotConnection);
    m_account->signedIn(username, jwt, keep);
}

int CliSignIn::reportFailure(const ApiError &error, const QString &username, Source source)
{
    const QString program = CliOutput::programName();
    switch (error.kind) {
    case ApiError::Kind::TwoFactorRequired:
        if (source == Source::Environment)
            CliOutput::error(tr("The account %1 uses two-factor authentication, so HUBTOKENS_USERNAME and "
                                "HUBTOKENS_PASSWORD can't sign it in. Run '%2 login' once on a terminal: later runs "
                                "use the kept session.")
                                 .arg(username, program));
        else
            CliOutput::error(tr("The account %1 uses two-factor authentication: run '%2 login' on a terminal, "
                                "without --password-stdin, to enter the code.")
                                 .arg(username, program));
        return CliExit::NotSignedIn;
    case ApiError::Kind::Cancelled: CliOutput::error(tr("Not signed in.")); return CliExit::NotSignedIn;
    case ApiError::Kind::BadCredentials:
    case ApiError::Kind::PatSessionForbidden: CliOutput::error(ErrorText::line(error)); return CliExit::NotSignedIn;
    default: CliOutput::error(ErrorText::line(error)); return CliExit::Failed;
    }
}
