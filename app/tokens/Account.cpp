#include "Account.h"

#include "AppSettings.h"
#include "HubClient.h"
#include "Jwt.h"
#include "Session.h"
#include "SessionKeeper.h"
#include "TokensLogging.h"

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

void Account::signedIn(const QString &username, const QString &jwt, bool stay)
{
    const QString previous = m_session->username();
    const QUrl server = m_client->baseUrl();
    m_session->begin(server, username, jwt);
    const QString now = m_session->username(); // the JWT's own claim when `username` was empty
    qCInfo(lcAccount) << "signed in at" << server.host();
    if (m_settings)
        m_settings->setLastUsername(server, now);
    if (m_keeper)
        m_keeper->signedIn(server, now, jwt, stay); // the JWT only, never the password

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

void Account::restore(std::function<void(bool)> done)
{
    if (!m_keeper || m_session->isActive()) {
        QTimer::singleShot(0, this, [done = std::move(done)] { done(false); });
        return;
    }
    m_keeper->restore(m_client->baseUrl(), m_session, [done = std::move(done)](bool restored) {
        qCInfo(lcAccount) << "kept session" << (restored ? "resumed" : "not resumed");
        done(restored);
    });
}

void Account::signOut()
{
    const QString username = m_session->username();
    const QUrl where = server();
    m_carryOn.clear();
    m_onCancel.clear();
    if (m_keeper)
        m_keeper->forget(where, username);
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
}

SignInResult Account::vetted(SignInResult result)
{
    if (result.ok() && Jwt::decode(result.jwt).isFromPersonalAccessToken()) {
        ApiError e;
        e.kind = ApiError::Kind::PatSessionForbidden;
        result.error = e;
        result.jwt.clear();
    }
    return result;
}

QString Account::notice(SignInReason reason)
{
    switch (reason) {
    case SignInReason::NotSignedIn:
        return QString();
    case SignInReason::SessionExpired:
        return QCoreApplication::translate("Account", "Your session expired. Sign in again to continue.");
    case SignInReason::RenewalDue:
        return QCoreApplication::translate("Account", "Your session is about to expire. Sign in again to continue.");
    }
    return QString();
}
