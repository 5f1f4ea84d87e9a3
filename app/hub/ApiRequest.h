#pragma once

#include "HubClient.h"
#include "WireFormat.h"
#include "models/ApiError.h"
#include "models/ApiResult.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
class QNetworkReply;

// What one HTTP exchange brought back (only complete replies with an HTTP status get this far).
struct HttpResponse {
    int status = 0;
    WireFormat::RawHeaders headers;
    QByteArray body;
    QUrl url;
    int attempt = 1; // the try this reply answers: 2 or more after a retry
    // Times the call went out, Qt's own re-sends of an idempotent request (after a connection closed before any
    // reply) included: more than 1 means an earlier send may have done its work and lost its reply.
    int sends = 1;
};

// The machinery every request object shares: sending through the client's HubNetworkAccessManager (paced by its
// RatePacer), the reply-size cap, telling a timeout from an abort, mapping transport failures and HTTP errors to
// ApiError, retrying idempotent calls that failed for a reason that may pass (the client's RetryPolicy), and
// finishing exactly once — always from the event loop, never inside the call that made the request — then deleting
// itself.
//
// Subclasses declare their own `finished(result)` signal, implement emitFailure(), and call finish() with a
// function that emits the success.
class ApiRequest : public QObject {
    Q_OBJECT
public:
    ~ApiRequest() override;

    // Stops the request, also while it waits to retry or is held by the rate pacer; it finishes with
    // ApiError::Kind::Cancelled (from the event loop, without waiting for the wait to end). No-op once finished.
    void abort();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // A call failed for a reason that may pass (`reason`: a 5xx, a 429, a transfer timeout, a dropped connection)
    // and will be sent again in `delayMs`; `attempt` is the number of the try that follows (2 for the first retry,
    // at most RetryPolicy::maxTries). Emitted before each wait; a request with several calls (TokenListJob) may emit
    // it once per call. `finished` still comes once, with the last try's result.
    void retrying(int attempt, int delayMs, const ApiError &reason);

protected:
    explicit ApiRequest(HubClient *client);

    struct Call {
        QByteArray verb; // "GET", "POST", "PATCH", "DELETE"
        QUrl url;
        QByteArray body; // sent when non-empty or the verb is POST/PATCH
        bool authenticated = true; // false: opts out of the bearer (sign-in calls)
        // Whether a failed try may be sent again (within the client's RetryPolicy): by its verb (GET, PATCH, DELETE;
        // never a POST that creates), or as a sign-in, which creates nothing: after a 5xx, a timeout or a dropped
        // connection, never after a 429 (a lockout must not be made worse) nor a 401 or 403. SignInUnsent: only a
        // try that never reached the server (a two-factor code is never sent twice). A sign-in's body (the
        // credentials) is wiped once the call is over.
        enum class Retry { ByVerb, SignIn, SignInUnsent };
        Retry retry = Retry::ByVerb;
        WireFormat::ErrorContext context = WireFormat::ErrorContext::Authenticated;
    };
    using SuccessHandler = std::function<void(const HttpResponse &)>;
    // Called for an HTTP error (non-2xx) or a transport failure; `response.status` is 0 for the latter.
    using FailureHandler = std::function<void(const ApiError &, const HttpResponse &)>;

    // Sends `call`. A 2xx goes to `onSuccess`; anything else to `onFailure` (default: fail()) — after the retries
    // the client's RetryPolicy allows, for an idempotent verb and a transient failure. Refuses, without sending, a
    // URL the client may not use (InsecureTransport). Several calls may be under way at once.
    void send(const Call &call, SuccessHandler onSuccess, FailureHandler onFailure = {});
    // Calls under way: sent, held by the rate pacer, or waiting to retry.
    int inFlight() const { return m_active; }

    HubClient *client() const { return m_client; }
    // "<base>/v2/<path>", keeping any path prefix the base URL has.
    QUrl apiUrl(const QString &path) const;

    // Finishes: `emitResult` runs from the event loop (it emits `finished`), then the object deletes itself.
    // Every in-flight reply is aborted, and no waiting retry is sent. Only the first call counts.
    void finish(std::function<void()> emitResult);
    void fail(const ApiError &error);
    // For a decoded 2xx body: true if `decoded` holds a value; otherwise fails with its error, stamped with the
    // reply's HTTP status, and returns false.
    template <typename T> bool accept(ApiResult<T> &decoded, const HttpResponse &response)
    {
        if (decoded.ok())
            return true;
        decoded.error->httpStatus = response.status;
        fail(*decoded.error);
        return false;
    }
    // Emits `finished` with a failure result.
    virtual void emitFailure(const ApiError &error) = 0;

private:
    struct Attempt;
    using AttemptPtr = std::shared_ptr<Attempt>;

    void dispatch(const AttemptPtr &attempt);
    void transmit(const AttemptPtr &attempt);
    void onReplyFinished(QNetworkReply *reply);
    // Schedules another try of `attempt` if `transient`, the verb is idempotent and the policy allows; true then.
    bool retryLater(const AttemptPtr &attempt, const ApiError &error, const WireFormat::RawHeaders &headers,
                    bool transient);
    void resolve(const AttemptPtr &attempt, const ApiError *error, const HttpResponse &response);
    void abortReplies();
    static ApiError transportError(QNetworkReply *reply);
    static bool isTransientTransportFailure(QNetworkReply *reply);

    QPointer<HubClient> m_client;
    QHash<QNetworkReply *, AttemptPtr> m_replies;
    int m_active = 0;
    bool m_finished = false;
};

Q_DECLARE_METATYPE(ApiError)
