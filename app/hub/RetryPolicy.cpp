#include "RetryPolicy.h"

#include <QtGlobal>

#include <cmath>

RetryPolicy RetryPolicy::none()
{
    RetryPolicy p;
    p.maxTries = 1;
    return p;
}

bool RetryPolicy::isIdempotent(const QByteArray &verb)
{
    return verb == "GET" || verb == "PATCH" || verb == "DELETE" || verb == "HEAD" || verb == "PUT" || verb == "OPTIONS";
}

bool RetryPolicy::isTransientStatus(int status)
{
    return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
}

int RetryPolicy::backoffMs(int nextTry, double unit) const
{
    const RetryPolicy p = normalized();
    const int doublings = qBound(0, nextTry - 2, 30);
    const double exponential = qMin(double(p.maxDelayMs), double(p.baseDelayMs) * std::ldexp(1.0, doublings));
    const double factor = 1.0 + p.jitter * (2.0 * qBound(0.0, unit, 1.0) - 1.0);
    return int(qBound(0.0, std::round(exponential * factor), double(p.maxDelayMs)));
}

RetryPolicy RetryPolicy::normalized() const
{
    RetryPolicy p = *this;
    p.maxTries = qMax(1, p.maxTries);
    p.baseDelayMs = qMax(0, p.baseDelayMs);
    p.maxDelayMs = qMax(p.baseDelayMs, p.maxDelayMs);
    p.totalDeadlineMs = qMax(0, p.totalDeadlineMs);
    p.jitter = std::isfinite(p.jitter) ? qBound(0.0, p.jitter, 1.0) : 0.0;
    return p;
}
