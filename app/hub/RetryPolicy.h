#pragma once

#include <QByteArray>

// How the client retries a call that failed for a reason that may pass: a 5xx (but 501 and 505), a 429, Qt's
// transfer timeout, or a connection the server dropped before the whole reply arrived. Idempotent verbs are retried
// (GET, PATCH, DELETE); a create (POST) never is; a sign-in only as ApiRequest::Call::Retry says. Set on HubClient::setRetryPolicy(); every
// request reads it when one of its calls fails.
//
// The wait before try n+1 is baseDelayMs·2^(n−1), at most maxDelayMs, scaled by a random factor in
// [1 − jitter, 1 + jitter] (and again at most maxDelayMs). A Retry-After (seconds or a Unix time) replaces that wait
// when the server sends one. No wait may end later than totalDeadlineMs after the call's first try was sent: a call
// whose next wait would pass the deadline gives up and finishes with its last error, as it does after maxTries.
struct RetryPolicy {
    int maxTries = 4; // tries in all, the first included; 1 turns retrying off
    int baseDelayMs = 500; // the wait before the second try
    int maxDelayMs = 8'000; // the longest backoff wait (a Retry-After may be longer, within the deadline)
    int totalDeadlineMs = 60'000; // from the first try's send to the end of the last wait
    double jitter = 0.2; // 0..1

    // A policy that never retries (maxTries = 1).
    static RetryPolicy none();
    // GET, PATCH, DELETE (and HEAD, PUT, OPTIONS): safe to send again.
    static bool isIdempotent(const QByteArray &verb);
    // Whether an HTTP status is worth another try: 429, and 5xx other than 501 and 505.
    static bool isTransientStatus(int status);

    // The backoff wait before try number `nextTry` (2 = the first retry), with `unit` a random number in [0, 1).
    int backoffMs(int nextTry, double unit) const;
    // The same policy with every field in range (maxTries ≥ 1, delays ≥ 0, jitter in 0..1).
    RetryPolicy normalized() const;

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};
