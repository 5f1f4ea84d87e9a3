#pragma once

#include "app/docker/DockerError.h"
#include "app/docker/DockerLoginState.h"
#include "app/hub/SignInResult.h"
#include "app/session/SessionKeeper.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class AppSettings;
class DockerCredentials;
class HubClient;
class Session;
class SessionKeeper;
class SessionSource;

// The signed-in account: the one owner of the session. It begins and ends the Session, carries its JWT to the
// HubClient as the bearer (whenever the session changes, however it began), keeps or forgets it through the optional
// SessionKeeper ("Stay signed in"), and remembers the last username per server.
//
// "Sign in, then carry on": an operation that meets an expired session calls requireSignIn() with what to do after
// signing in and what to do if the person gives up. The account emits signInRequired(reason) once; the window answers
// with its sign-in dialog, the command line with a terminal prompt, by calling signedIn() or cancelSignIn(). Where
// nobody answers (setInteractive(false): scripts, tests without a window) requireSignIn() returns false and the
// caller reports the expired session instead.
class Account : public QObject {
    Q_OBJECT
public:
    enum class SignInReason {
        NotSignedIn, // nothing to resume: the first sign-in, or after signing out
        SessionExpired, // the server refused the session, or it lapsed
        RenewalDue, // the session expires within a minute
        DockerSessionLapsed, // the session came from Docker's store and Docker's own has expired too
    };
    Q_ENUM(SignInReason)

    Account(HubClient *client, AppSettings *settings, QObject *parent = nullptr);
    ~Account() override;

    HubClient *client() const { return m_client; }
    Session *session() const { return m_session; }
    AppSettings *settings() const { return m_settings; }

    // "Stay signed in": without a keeper nothing is kept or restored (demo mode, most tests).
    void setKeeper(SessionKeeper *keeper);

    // ---- Continue with Docker's sign-in ----------------------------------------------------------------------
    // Docker's credential store, whose Hub session (Docker Desktop, docker login in the browser) may be used instead
    // of a password: the way in for accounts whose organization enforces SSO. Null: not offered. Not owned.
    void setDocker(DockerCredentials *docker);
    DockerCredentials *docker() const { return m_docker; }
    // Docker's Hub session, read afresh, for one use: a failure (NoSession, SessionLapsed, a helper's error) when it
    // can't be used now. `done` runs once, later, unless `context` is gone.
    void readDockerSession(QObject *context, std::function<void(const DockerResult<DockerSession> &)> done);
    // The username Docker's Hub session is for, if Docker keeps one that has not expired; `found` runs once, later,
    // with an empty string otherwise. Nothing is kept.
    void peekDockerSession(QObject *context, std::function<void(const QString &username)> found);
    // Reads Docker's Hub session and signs in with it, recording only the choice (AppSettings::usesDockerSession),
    // never the JWT. done(nullopt) when signed in, else why not (NoSession, SessionLapsed or a helper's error).
    void continueWithDocker(std::function<void(const std::optional<DockerError> &)> done);
    // Begins a session with Docker's Hub session, read just now (readDockerSession): signedIn() with Docker's source,
    // so only that choice is recorded and an expired session is read from Docker again.
    void beginDockerSession(const DockerSession &docker);
    // The session came from Docker's store: later sessions are read from there again (restore, after expiry).
    bool usesDockerSession() const;
    // Why Docker's session could not be used the last time it was tried (restore, renewal); nullopt if it could.
    std::optional<DockerError> lastDockerError() const { return m_dockerError; }
    SessionKeeper *keeper() const { return m_keeper; }

    bool isSignedIn() const;
    QString username() const;
    // The session's server while signed in, else the client's.
    QUrl server() const;
    // The username to offer in a sign-in form: the session's, else the last one used with this server.
    QString suggestedUsername() const;

    // Whether someone answers signInRequired() (the window; the CLI on a terminal). Default false.
    void setInteractive(bool interactive);
    bool isInteractive() const { return m_interactive; }

    // Begins a session with a JWT the server just gave for `username`: the bearer, the last username, and — with a
    // keeper — keeps the JWT if `stay`, or forgets what that account kept if not. If it is another account than the
    // one before, what was waiting for the sign-in is dropped (accountSwitched()); otherwise it carries on.
    // `source`: where the JWT came from, if not a person (SessionSource::docker(): Docker's own Hub session, of which
    // nothing is kept, only that choice; SessionSource::given(): credentials the program was given). An expired
    // session is renewed from there first.
    void signedIn(const QString &username, const QString &jwt, bool stay = false,
                  std::shared_ptr<SessionSource> source = {});
    // Ends the session, forgets what was kept for it and drops whatever waited for a sign-in.
    void signOut();
    // The server refused the session (401): what was kept for it is of no use any more.
    void sessionRefused();

    // See the class comment. Returns false, calling nothing, when nobody can sign in.
    bool requireSignIn(SignInReason reason, std::function<void()> carryOn = {}, std::function<void()> onCancel = {});
    // The person gave up signing in: runs every onCancel, drops every carryOn.
    void cancelSignIn();
    bool isWaitingForSignIn() const { return !m_carryOn.isEmpty() || !m_onCancel.isEmpty(); }

    // A sign-in reply as the app takes it: a session obtained with a personal access token signs in, but Docker Hub
    // refuses to let it manage tokens, so it is turned into PatSessionForbidden here, before anything else sees it.
    static SignInResult vetted(SignInResult result);

    // A sentence for the person, saying why they are asked to sign in (translated, context "Account").
    static QString notice(SignInReason reason);

Q_SIGNALS:
    // Signed in, out, or the session changed.
    void changed();
    // Someone should ask the person to sign in (see requireSignIn).
    void signInRequired(Account::SignInReason reason);
    // signedIn() with another account than before: everything about the previous one is stale.
    void accountSwitched();
    // The session's source tried to renew it and the server refused (given credentials no longer accepted); then
    // signInCancelled().
    void renewalRefused(const ApiError &error);
    // cancelSignIn(): the person gave up, or the session's source could not renew it and nobody may be asked.
    void signInCancelled();

private:
    void followSession();
    // Asks the session's source for a fresh one (Docker renews its own; given credentials sign in again), then
    // carries on, asks to sign in, or gives up.
    void renew(SignInReason reason);

    HubClient *m_client;
    AppSettings *m_settings;
    Session *m_session;
    QPointer<SessionKeeper> m_keeper;
    DockerCredentials *m_docker = nullptr;
    std::shared_ptr<SessionSource> m_source;
    bool m_renewing = false;
    std::optional<DockerError> m_dockerError;
    bool m_interactive = false;
    QList<std::function<void()>> m_carryOn;
    QList<std::function<void()>> m_onCancel;
};
