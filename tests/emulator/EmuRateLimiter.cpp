#include "EmuRateLimiter.h"

#include <QtGlobal>

namespace emu {

EmuRateLimiter::Decision EmuRateLimiter::hit(const QString &client, qint64 nowSecs)
{
    Decision d;
    d.limit = m_limit;
    if (m_limit <= 0)
        return d;
    const qint64 start = windowStart(nowSecs);
    Window &w = m_windows[client];
    if (w.start != start) {
        w.start = start;
        w.used = 0;
    }
    ++w.used;
    d.resetUnix = start + WindowSecs;
    d.remaining = qMax(0, m_limit - w.used);
    d.limited = w.used > m_limit;
    d.retryAfterSecs = secondsLeft(nowSecs);
    return d;
}

} // namespace emu
