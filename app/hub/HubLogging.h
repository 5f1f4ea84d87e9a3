#pragma once

#include <QLoggingCategory>

// The logging categories of the Hub API layer. Every one is off below warnings unless QT_LOGGING_RULES (or
// QLoggingCategory::setFilterRules) turns it on, e.g. QT_LOGGING_RULES="hubtokens.hub*=true" for all three (requests
// are debug messages; retries and pacing, info).
//
// What they say: verbs, paths (with only the page and page_size of a query), HTTP statuses, error kinds, try
// numbers, waits and elapsed times. Never a header, a body, a JWT, a password or a token's secret.
//
//   hubtokens.hub          one line per HTTP exchange: "GET /v2/access-tokens?page=2&page_size=100 -> 200 (try 1, 53 ms)"
//   hubtokens.hub.retry    a transient failure and the wait before the next try; giving up
//   hubtokens.hub.pacing   the rate-limit budget running out, and sends held until it resets
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcHubRetry)
Q_DECLARE_LOGGING_CATEGORY(lcHubPacing)
