#include "Session.h"

#include "Jwt.h"
#include "models/SecretWipe.h"

#include <limits>

namespace {
// QTimer takes int milliseconds; longer waits are re-armed when the timer fires.
constexpr qint64 kMaxTimerMs = std::numeric_limits<int>::max() / 2;
} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{
    m_renewTimer.setSingleShot(true);
    m_renewTimer.setTimerType(Qt::PreciseTimer);
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_renewTimer, &QTimer::timeout, this, &Session::onRenewTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &Session::onExpiryTimer);
}

Session::~Session()
{
    SecretWipe::wipe(m_jwt);
}

void Session::begin(const QUrl &server, const QString &username, const QString &jwt)
{
    const Jwt decoded = Jwt::decode(jwt);
    SecretWipe::wipe(m_jwt);
    m_server = server;
    m_jwt = jwt;
    m_username = username.isEmpty() ? decoded.username() : username;
    m_expiresAt = decoded.expiresAt();
    m_patSession = decoded.isFromPersonalAccessToken();
    m_expiredSignalled = false;
    schedule();
    Q_EMIT changed();
}

void Session::end()
{
    const bool wasActive = isActive();
    m_renewTimer.stop();
    m_expiryTimer.stop();
    SecretWipe::wipe(m_jwt);
    m_username.clear();
    m_server.clear();
    m_expiresAt = {};
    m_patSession = false;
    if (wasActive)
        Q_EMIT changed();
}

bool Session::isActive() const
{
    return !m_jwt.isEmpty();
}

QString Session::username() const
{
    return m_username;
}

QUrl Session::server() const
{
    return m_server;
}

QString Session::jwt() const
{
    return m_jwt;
}

QDateTime Session::expiresAt() const
{
    return m_expiresAt;
}

bool Session::isPatSession() const
{
    return m_patSession;
}

void Session::markPatSession()
{
    if (m_patSession || !isActive())
        return;
    m_patSession = true;
    Q_EMIT changed();
}

void Session::setRenewAhead(int ms)
{
    m_renewAheadMs = qMax(0, ms);
    if (isActive())
        schedule();
}

int Session::renewAhead() const
{
    return m_renewAheadMs;
}

void Session::armUntil(QTimer &timer, const QDateTime &when)
{
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    timer.start(static_cast<int>(qBound<qint64>(0, ms, kMaxTimerMs)));
}

void Session::schedule()
{
    m_renewTimer.stop();
    m_expiryTimer.stop();
    if (!isActive() || !m_expiresAt.isValid())
        return;
    armUntil(m_renewTimer, m_expiresAt.addMSecs(-m_renewAheadMs));
    armUntil(m_expiryTimer, m_expiresAt);
}

void Session::onRenewTimer()
{
    // A timer may fire early when the wait was longer than a QTimer can take: re-arm until it is really time.
    const QDateTime due = m_expiresAt.addMSecs(-m_renewAheadMs);
    if (QDateTime::currentDateTimeUtc() < due.addMSecs(-50)) {
        armUntil(m_renewTimer, due);
        return;
    }
    if (isActive() && !m_expiredSignalled)
        Q_EMIT renewalDue();
}

void Session::onExpiryTimer()
{
    if (QDateTime::currentDateTimeUtc() < m_expiresAt.addMSecs(-50)) {
        armUntil(m_expiryTimer, m_expiresAt);
        return;
    }
    if (!isActive() || m_expiredSignalled)
        return;
    m_expiredSignalled = true;
    Q_EMIT expired();
}
