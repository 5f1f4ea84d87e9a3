#pragma once

#include "ApiError.h"
#include "ApiResult.h"
#include "WireFormat.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

#include "HubClient.h"
class QNetworkReply;

// What one HTTP exchange brought back (only complete replies with an HTTP status get this far).
struct HttpResponse {
    int status = 0;
    WireFormat::RawHeaders headers;
    QByteArray body;
    QUrl url;
};

// The machinery every request object shares: sending through the client's HubNetworkAccessManager, the reply-size
// cap, telling a timeout from an abort, mapping transport failures and HTTP errors to ApiError, and finishing
// exactly once — always from the event loop, never inside the call that made the request — then deleting itself.
//
// Subclasses declare their own `finished(result)` signal, implement emitFailure(), and call finish() with a
// function that emits the success.
class ApiRequest : public QObject {
    Q_OBJECT
public:
    ~ApiRequest() override;

    // Stops the request; it finishes with ApiError::Kind::Cancelled (from the event loop). No-op once finished.
    void abort();
    bool isFinished() const { return m_finished; }

protected:
    explicit ApiRequest(HubClient *client);

    struct Call {
        QByteArray verb;          // "GET", "POST", "PATCH", "DELETE"
        QUrl url;
        QByteArray body;          // sent when non-empty or the verb is POST/PATCH
        bool authenticated = true; // false: opts out of the bearer (sign-in calls)
        WireFormat::ErrorContext context = WireFormat::ErrorContext::Authenticated;
    };
    using SuccessHandler = std::function<void(const HttpResponse &)>;
    // Called for an HTTP error (non-2xx) or a transport failure; `response.status` is 0 for the latter.
    using FailureHandler = std::function<void(const ApiError &, const HttpResponse &)>;

    // Sends `call`. A 2xx goes to `onSuccess`; anything else to `onFailure` (default: fail()). Refuses, without
    // sending, a URL the client may not use (InsecureTransport). Several calls may be in flight at once.
    void send(const Call &call, SuccessHandler onSuccess, FailureHandler onFailure = {});
    int inFlight() const { return int(m_replies.size()); }

    HubClient *client() const { return m_client; }
    // "<base>/v2/<path>", keeping any path prefix the base URL has.
    QUrl apiUrl(const QString &path) const;

    // Finishes: `emitResult` runs from the event loop (it emits `finished`), then the object deletes itself.
    // Every in-flight reply is aborted. Only the first call counts.
    void finish(std::function<void()> emitResult);
    void fail(const ApiError &error);
    // For a decoded 2xx body: true if `decoded` holds a value; otherwise fails with its error, stamped with the
    // reply's HTTP status, and returns false.
    template <typename T>
    bool accept(ApiResult<T> &decoded, const HttpResponse &response)
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
    void onReplyFinished(QNetworkReply *reply);
    void abortReplies();
    static ApiError transportError(QNetworkReply *reply);

    struct Handlers {
        SuccessHandler onSuccess;
        FailureHandler onFailure;
        WireFormat::ErrorContext context;
    };
    QPointer<HubClient> m_client;
    QHash<QNetworkReply *, Handlers> m_replies;
    bool m_finished = false;
};
