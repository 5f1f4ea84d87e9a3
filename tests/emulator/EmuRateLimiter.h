#pragma once

#include <QHash>
#include <QString>

namespace emu {

// Fixed one-minute windows per client address, as X-RateLimit-Limit / -Remaining / -Reset describe them.
class EmuRateLimiter {
public:
    struct Decision {
        bool limited = false;
        int limit = 0;
        int remaining = 0;
        qint64 resetUnix = 0; // end of the current window
        qint64 retryAfterSecs = 0;
    };

    static constexpr qint64 WindowSecs = 60;
    // The start of the window `nowSecs` falls in, and the seconds left in it (1..WindowSecs).
    static qint64 windowStart(qint64 nowSecs) { return nowSecs - nowSecs % WindowSecs; }
    static qint64 secondsLeft(qint64 nowSecs) { return windowStart(nowSecs) + WindowSecs - nowSecs; }

    void setLimit(int perMinute) { m_limit = perMinute; }
    int limit() const { return m_limit; }
    bool enabled() const { return m_limit > 0; }
    // Counts one request from `client` at `nowSecs`.
    Decision hit(const QString &client, qint64 nowSecs);
    void clear() { m_windows.clear(); }

private:
    struct Window {
        qint64 start = 0;
        int used = 0;
    };
    int m_limit = 0;
    QHash<QString, Window> m_windows;
};

} // namespace emu
