#include "RatePacer.h"

#include "HubLogging.h"

#include <QDateTime>
#include <QMetaObject>

#include <limits>

RatePacer::RatePacer(std::function<int()> inFlight, QObject *parent)
    : QObject(parent)
    , m_inFlight(std::move(inFlight))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RatePacer::drain);
}

RatePacer::~RatePacer() = default;

qint64 RatePacer::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void RatePacer::setEnabled(bool on)
{
    m_enabled = on;
    if (!on)
        drain();
}

int RatePacer::budget() const
{
    if (!m_known)
        return std::numeric_limits<int>::max();
    const int inFlight = m_inFlight ? m_inFlight() : 0;
    if (nowMs() >= m_resetMs) // a new window: the whole limit, if we know it
        return m_limit > 0 ? m_limit - inFlight : std::numeric_limits<int>::max();
    return m_remaining - inFlight;
}

int RatePacer::pacingDelayMs() const
{
    if (!m_enabled || budget() > 0)
        return 0;
    return int(qBound<qint64>(0, m_resetMs - nowMs(), qint64(MaxHoldMs)));
}

void RatePacer::schedule(QObject *owner, std::function<void()> send)
{
    if (!m_enabled || (m_held.isEmpty() && budget() > 0)) {
        send();
        return;
    }
    m_held.append(Held{owner, std::move(send)});
    if (!m_holding) {
        m_holding = true;
        const int delay = pacingDelayMs();
        qCInfo(lcHubPacing, "rate-limit budget spent (%d left, %d in flight): holding sends for %d ms", m_remaining,
               m_inFlight ? m_inFlight() : 0, delay);
        Q_EMIT holding(delay);
    }
    if (budget() > 0)
        queueDrain();
    else
        armTimer();
}

void RatePacer::observe(int status, const WireFormat::RawHeaders &headers)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WireFormat::RateLimitInfo info = WireFormat::rateLimitFromHeaders(headers, now);
    if (!info.known && status == 429) { // a bare 429: nothing left until its Retry-After
        info.known = true;
        info.remaining = 0;
        info.resetAt = WireFormat::retryAfterFromHeaders(headers, now);
    }
    if (info.known) {
        const qint64 nowMsecs = now.toMSecsSinceEpoch();
        const qint64 serverReset = info.resetAt.isValid() ? info.resetAt.toMSecsSinceEpoch() : 0;
        const bool sameWindow = m_known && serverReset != 0 && serverReset == m_serverResetMs && nowMsecs < m_resetMs;
        const bool olderWindow = m_known && serverReset != 0 && serverReset < m_serverResetMs;
        if (sameWindow) {
            // Replies can land out of order: the lowest count is the latest.
            m_remaining = qMin(m_remaining, info.remaining);
            if (info.limit >= 0)
                m_limit = info.limit;
        } else if (!olderWindow) {
            m_known = true;
            m_remaining = info.remaining;
            m_limit = info.limit;
            m_serverResetMs = serverReset;
            const qint64 hold = serverReset != 0 ? serverReset - nowMsecs : qint64(UnknownResetHoldMs);
            m_resetMs = nowMsecs + qBound<qint64>(0, hold, qint64(MaxHoldMs));
        }
        qCDebug(lcHubPacing, "status %d: %d of %d left, window ends in %lld ms", status, m_remaining, m_limit,
                static_cast<long long>(qMax<qint64>(0, m_resetMs - nowMsecs)));
    }
    queueDrain();
}

void RatePacer::queueDrain()
{
    if (m_held.isEmpty() || m_drainQueued)
        return;
    m_drainQueued = true;
    // From the event loop: the reply that brought the news is counted out of the in-flight total by then.
    QMetaObject::invokeMethod(this, &RatePacer::drain, Qt::QueuedConnection);
}

void RatePacer::drain()
{
    m_drainQueued = false;
    while (!m_held.isEmpty()) {
        if (m_enabled && budget() <= 0)
            break;
        const Held next = m_held.takeFirst();
        if (next.owner)
            next.send();
    }
    if (!m_held.isEmpty()) {
        armTimer();
        return;
    }
    m_timer.stop();
    if (m_holding) {
        m_holding = false;
        qCInfo(lcHubPacing, "sends resume");
        Q_EMIT released();
    }
}

void RatePacer::armTimer()
{
    const qint64 wait = m_resetMs - nowMs();
    if (wait <= 0) {
        // The window is over but replies are still out: the next one to land drains (observe()).
        m_timer.stop();
        return;
    }
    m_timer.start(int(qMin<qint64>(wait, qint64(MaxHoldMs))));
}
