#pragma once

#include "WireFormat.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

// Slows the client down before the server's rate limit, not after it: reads X-RateLimit-Remaining and
// X-RateLimit-Reset (and a 429's Retry-After when they are missing) from every reply, and holds new sends while the
// budget — what the server said remains, less the requests in flight since — is spent, until the window resets.
// Owned by HubClient; every request sends through schedule(). Held sends go in the order they came.
//
// The reset is the server's clock; a hold never lasts longer than MaxHoldMs from when the reply was read, so a
// server clock far ahead cannot stall the client. A window whose end is unknown is probed again after a second.
class RatePacer : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxHoldMs = 61'000; // windows are a minute
    static constexpr int UnknownResetHoldMs = 1'000; // remaining 0 and no reset given

    // `inFlight` counts the requests sent and not yet answered (HubNetworkAccessManager::inFlight).
    explicit RatePacer(std::function<int()> inFlight, QObject *parent = nullptr);
    ~RatePacer() override;

    // Off: every send goes at once, and whatever is held goes now. On by default.
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    // Runs `send` now if the budget allows and nothing is held ahead of it, else holds it until the budget allows.
    // A held send whose `owner` is gone by then is dropped. `send` should start at most one request.
    void schedule(QObject *owner, std::function<void()> send);

    // Reads the budget from a finished reply's status and headers, then lets go what it allows.
    void observe(int status, const WireFormat::RawHeaders &headers);

    // Requests that may still be sent in the current window (remaining − in flight); INT_MAX when unknown.
    int budget() const;
    // While the budget is spent: milliseconds until the window resets (at most MaxHoldMs); 0 when sends may go now.
    int pacingDelayMs() const;
    // Sends held now.
    int heldCount() const { return int(m_held.size()); }

Q_SIGNALS:
    // Sends started being held: the budget is spent until the window resets in `delayMs` (0: until replies land).
    void holding(int delayMs);
    // Nothing is held any more.
    void released();

private:
    void drain();
    void queueDrain();
    void armTimer();
    static qint64 nowMs();

    struct Held {
        QPointer<QObject> owner;
        std::function<void()> send;
    };
    std::function<int()> m_inFlight;
    bool m_enabled = true;
    bool m_known = false;
    int m_limit = -1;
    int m_remaining = 0;
    qint64 m_serverResetMs = 0; // the window's end as the server said it: tells windows apart
    qint64 m_resetMs = 0; // the window's end on our clock, capped
    QList<Held> m_held;
    bool m_holding = false;
    bool m_drainQueued = false;
    QTimer m_timer;
};
