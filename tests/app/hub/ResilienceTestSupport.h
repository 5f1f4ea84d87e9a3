#pragma once
// What tst_resilience and tst_pacing share: waiting for a request's one result, a retry policy with short waits, a
// client pointed at a TinyHttpServer, and exact reply bodies for it.

#include "app/hub/HubClient.h"
#include "app/hub/RetryPolicy.h"
#include "models/ApiError.h"
#include "tests/support/TinyHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTest>

#include <memory>
#include <optional>

namespace ResilienceTest {

// The one `finished` of `request`, or nullopt after `timeoutMs`.
template <typename Result, typename Request> std::optional<Result> await(Request *request, int timeoutMs = 20'000)
{
    auto got = std::make_shared<std::optional<Result>>();
    QObject::connect(request, &Request::finished, [got](const Result &r) { *got = r; });
    if (!QTest::qWaitFor([&] { return got->has_value(); }, timeoutMs))
        return std::nullopt;
    return *got;
}

inline QString describe(const std::optional<ApiError> &e)
{
    return e ? e->toString() : QStringLiteral("ok");
}

// Short waits, no jitter: the tests count tries and measure waits.
inline RetryPolicy fastPolicy(int maxTries = 4)
{
    RetryPolicy p;
    p.maxTries = maxTries;
    p.baseDelayMs = 20;
    p.maxDelayMs = 200;
    p.totalDeadlineMs = 10'000;
    p.jitter = 0;
    return p;
}

// Starts `server` and points `client` at it with a bearer; false if either step failed.
inline bool useServer(HubClient &client, TinyHttpServer &server)
{
    if (!server.start() || !client.setBaseUrl(server.baseUrl()).ok())
        return false;
    client.setBearerToken(QStringLiteral("a.b.c"));
    return true;
}

// A token object as GET /v2/access-tokens/{uuid} answers it.
inline QByteArray tokenJson(const QString &uuid)
{
    return QJsonDocument(QJsonObject{{"uuid", uuid}, {"token_label", "x"}, {"token", ""}})
        .toJson(QJsonDocument::Compact);
}

inline const QByteArray kRateLimitedBody = R"({"detail":"Rate limit exceeded","error":false})";
inline const QByteArray kBadGatewayBody = R"({"message":"bad gateway","errinfo":{}})";

} // namespace ResilienceTest
