#include "Account.h"

#include "TokensLogging.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerSessionJob.h"
#include "app/hub/HubClient.h"
#include "app/session/Jwt.h"
#include "app/session/Session.h"
#include "app/session/SessionKeeper.h"
#include "app/session/SessionSource.h"
#include "app/settings/AppSettings.h"

#include <QCoreApplication>
#include <QTimer>

Account::Account(HubClient *client, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_session(new Session(this))
{
    // However a session begins (a sign-in, a kept one, a test), the client carries its JWT; when it ends, nothing.
    connect(m_session, &Session::changed, this, &Account::followSession);
    connect(m_session, &Session::expired, this, [this] { requireSignIn(SignInReason::SessionExpired); });
    connect(m_session, &Session::renewalDue, this, [this] { requireSignIn(SignInReason::RenewalDue); });
}

Account::~Account() = default;

void Account::followSession()
{
    m_client->setBearerToken(m_session->isActive() ? m_session->jwt() : QString());
    Q_EMIT changed();
}

void Account::setKeeper(SessionKeeper *keeper)
{
    m_keeper = keeper;
}

void Account::setDocker(DockerCredentials *docker)
{
    m_docker = docker;
}

namespace {

// Docker's session as one that can be used now, or why not.
std::optional<DockerError> unusable(const DockerResult<DockerSession> &r)
{
    if (!r.ok())
        return r.error;
    DockerError e;
    if (!r.value.isFound()) {
        e.kind = DockerError::Kind::NoSession;
        return e;
    }
    if (r.value.isExpired()) {
        e.kind = DockerError::Kind::SessionLapsed;
        e.helper = r.value.helper;
        return e;
    }
    return std::nullopt;
}

} // namespace

void Account::readDockerSession(QObject *context, std::function<void(const DockerResult<DockerSession> &)> done)
{
    if (!m_docker) {
        DockerError none;
        none.kind = DockerError::Kind::NoSession;
        QTimer::singleShot(0, context,
                           [done = std::move(done), none] { done(DockerResult<DockerSession>::failure(none)); });
        return;
    }
    DockerSessionJob *job = m_docker->readSession();
    connect(job, &DockerSessionJob::finished, context,
            [this, done = std::move(done)](const DockerResult<DockerSession> &r) {
                m_dockerError = unusable(r);
                done(m_dockerError ? DockerResult<DockerSession>::failure(*m_dockerError) : r);
            });
}

void Account::peekDockerSession(QObject *context, std::function<void(const QString &)> found)
{
    readDockerSession(context, [found = std::move(found)](const DockerResult<DockerSession> &r) {
        found(r.ok() ? r.value.username : QString());
    });
}

void Account::continueWithDocker(std::function<void(const std::optional<DockerError> &)> done)
{
    readDockerSession(this, [this, done = std::move(done)](const DockerResult<DockerSession> &r) {
        if (!r.ok()) {
            qCInfo(lcAccount) << "Docker's session can't be used:" << r.error->toString();
            done(r.error);
            return;
        }
        beginDockerSession(r.value);
        done(std::nullopt);
    });
}

void Account::beginDockerSession(const DockerSession &docker)
{
    // The username Docker's session is for, explicitly (the JWT may carry only `sub`).
    signedIn(docker.username, docker.jwt, false, SessionSource::docker());
    qCInfo(lcAccount) << "signed in with Docker's session";
}

void Account::renew(SignInReason reason)
{
    if (m_renewing)
        return;
    m_renewing = true;
    const std::shared_ptr<SessionSource> source = m_source;
    source->renew(this, reason, this, [this](const SessionSource::Renewal &r) {
        m_renewing = false;
        if (r.renewed)
            return; // signedIn() carried on
        if (!r.ask) {
            // Nobody may be asked (the program was given its credentials): what waited fails.
            qCInfo(lcAccount) << "the session could not be renewed; giving up";
            if (r.error)
                Q_EMIT renewalRefused(*r.error);
            cancelSignIn();
            return;
        }
        const SignInReason ask = *r.ask;
        if (ask == SignInReason::DockerSessionLapsed && !m_dockerError) {
            m_dockerError = DockerError{};
            m_dockerError->kind = DockerError::Kind::SessionLapsed;
        }
        Q_EMIT signInRequired(ask);
    });
}

bool Account::usesDockerSession() const
{
    return m_source && m_source->kind() == SessionSource::Kind::Docker;
}

bool Account::isSignedIn() const
{
    return m_session->isActive();
}

QString Account::username() const
{
    return m_session->username();
}

QUrl Account::server() const
{
    return m_session->isActive() ? m_session->server() : m_client->baseUrl();
}

QString Account::suggestedUsername() const
{
    if (!m_session->username().isEmpty())
        return m_session->username();
    return m_settings ? m_settings->lastUsername(m_client->baseUrl()) : QString();
}

void Account::setInteractive(bool interactive)
{
    m_interactive = interactive;
}

void Account::signedIn(const QString &username, const QString &jwt, bool stay, std::shared_ptr<SessionSource> source)
{
    const bool fromDocker = source && source->kind() == SessionSource::Kind::Docker;
    const QString previous = m_session->username();
    const QUrl server = m_client->baseUrl();
    // Only the choice of Docker's session is recorded; a sign-in of another kind ends it.
    if (m_settings && m_settings->usesDockerSession(server) != fromDocker)
        m_settings->setUsesDockerSession(server, fromDocker);
    m_source = std::move(source);
    m_session->begin(server, username, jwt);
    const QString now = m_session->username(); // the JWT's own claim when `username` was empty
    qCInfo(lcAccount) << "signed in at" << server.host();
    if (m_settings)
        m_settings->setLastUsername(server, now);
    if (m_keeper)
        m_keeper->signedIn(server, now, fromDocker ? QString() : jwt, stay && !fromDocker); // never a password

    m_onCancel.clear();
    QList<std::function<void()>> carryOn = std::exchange(m_carryOn, {});
    if (!previous.isEmpty() && previous.compare(now, Qt::CaseInsensitive) != 0) {
        // Another account: nothing started for the previous one applies.
        qCInfo(lcAccount) << "another account signed in: dropping" << carryOn.size() << "waiting operations";
        Q_EMIT accountSwitched();
        return;
    }
    for (const auto &f : carryOn)
        f();
}

void Account::signOut()
{
    const QString username = m_session->username();
    const QUrl where = server();
    m_carryOn.clear();
    m_onCancel.clear();
    if (m_keeper)
        m_keeper->forget(where, username);
    if (m_settings)
        m_settings->setUsesDockerSession(where, false);
    m_source.reset();
    m_session->end();
    if (!username.isEmpty() && m_settings)
        m_settings->setLastUsername(m_client->baseUrl(), username);
    qCInfo(lcAccount) << "signed out";
    Q_EMIT changed();
}

void Account::sessionRefused()
{
    if (m_keeper && m_session->isActive())
        m_keeper->forget(m_session->server(), m_session->username());
}

bool Account::requireSignIn(SignInReason reason, std::function<void()> carryOn, std::function<void()> onCancel)
{
    if (!m_interactive)
        return false;
    const bool alreadyAsked = isWaitingForSignIn();
    if (carryOn)
        m_carryOn.append(std::move(carryOn));
    if (onCancel)
        m_onCancel.append(std::move(onCancel));
    qCInfo(lcAccount) << "sign-in required:" << reason << (alreadyAsked ? "(already asked)" : "");
    if (m_source && reason != SignInReason::NotSignedIn) {
        // The session came from a source that may renew it (Docker's, which Docker renews; given credentials):
        // ask it before asking anyone.
        renew(reason);
        return true;
    }
    // Asked again even when already waiting: the window raises its dialog and updates the notice.
    Q_EMIT signInRequired(reason);
    return true;
}

void Account::cancelSignIn()
{
    m_carryOn.clear();
    const QList<std::function<void()>> cancels = std::exchange(m_onCancel, {});
    for (const auto &f : cancels)
        f();
    Q_EMIT signInCancelled();
}

SignInResult Account::vetted(SignInResult result)
{
    if (result.ok() && Jwt::decode(result.value.jwt).isFromPersonalAccessToken()) {
        ApiError e;
        e.kind = ApiError::Kind::PatSessionForbidden;
        result.error = e;
        result.value.jwt.clear();
    }
    return result;
}

QString Account::notice(SignInReason reason)
{
    switch (reason) {
    case SignInReason::NotSignedIn: return QString();
    case SignInReason::SessionExpired:
        return QCoreApplication::translate("Account", "Your session expired. Sign in again to continue.");
    case SignInReason::RenewalDue:
        return QCoreApplication::translate("Account", "Your session is about to expire. Sign in again to continue.");
    case SignInReason::DockerSessionLapsed:
        return QCoreApplication::translate("Account",
                                           "Docker's sign-in has expired. Sign in to Docker again (Docker "
                                           "Desktop, or docker login), then continue with Docker's "
                                           "sign-in; or sign in here with your password.");
    }
    return QString();
}
