#include "ApiRequest.h"

#include "HubClient.h"
#include "HubLogging.h"
#include "HubNetworkAccessManager.h"
#include "RatePacer.h"
#include "RetryPolicy.h"
#include "models/SecretWipe.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <cstring>

namespace {
constexpr const char *kTooLargeProperty = "hubReplyTooLarge";
constexpr const char *kDeadlineProperty = "hubDeadlinePassed";

// A URL as the logs show it: the path, and of the query only page and page_size.
QString loggableTarget(const QUrl &url)
{
    QString out = url.path();
    const QUrlQuery query(url);
    QUrlQuery kept;
    for (const QString &key : {QStringLiteral("page"), QStringLiteral("page_size")}) {
        if (query.hasQueryItem(key))
            kept.addQueryItem(key, query.queryItemValue(key));
    }
    if (!kept.isEmpty())
        out += u'?' + kept.toString();
    return out;
}

// A request body Qt may send once and never again. Qt 6.4 silently sends a request again when its connection
// closes before any reply (QHttpNetworkConnectionChannel), POST included: a create whose reply was lost would make a
// second token. It rewinds the body first; refusing the rewind turns that into QNetworkReply::ContentReSendError.
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray body, QObject *parent)
        : QIODevice(parent)
        , m_body(std::move(body))
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_body.size(); }
    bool reset() override { return !m_started && QIODevice::reset(); }
    bool seek(qint64 pos) override { return (!m_started || pos == this->pos()) && QIODevice::seek(pos); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        m_started = true;
        const qint64 n = qBound<qint64>(0, m_body.size() - pos(), maxSize);
        std::memcpy(data, m_body.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    bool m_started = false;
};

// An error as the logs show it: its kind and HTTP status, without the server's words.
QString briefly(const ApiError &error)
{
    ApiError shown = error;
    shown.message.clear();
    return shown.toString();
}

} // namespace

// One call of a request, across its tries.
struct ApiRequest::Attempt {
    Call call;
    SuccessHandler onSuccess;
    FailureHandler onFailure;
    int tries = 0; // sent so far
    int sends = 0; // times it went out in the tries finished so far, Qt's own re-sends included
    int sendsThisTry = 0; // QNetworkReply::requestSent of the try under way
    QElapsedTimer sinceFirstSend; // the retry deadline counts from here
    QElapsedTimer sinceSend; // this try
};

ApiRequest::ApiRequest(HubClient *client)
    : QObject(client)
    , m_client(client)
{
}

ApiRequest::~ApiRequest()
{
    abortReplies();
}

void ApiRequest::abort()
{
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.detail = QStringLiteral("Cancelled.");
    fail(e);
}

QUrl ApiRequest::apiUrl(const QString &path) const
{
    QUrl url = m_client ? m_client->baseUrl() : QUrl();
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + QStringLiteral("/v2/") + path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ApiRequest::send(const Call &call, SuccessHandler onSuccess, FailureHandler onFailure)
{
    if (m_finished)
        return;
    if (!m_client) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        fail(e);
        return;
    }
    const QString refusal = HubClient::checkServerUrl(call.url);
    if (!refusal.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::InsecureTransport;
        // This side refused (what the person reads comes from the kind): why, for logs; the server said nothing.
        e.detail = refusal;
        fail(e);
        return;
    }
    if (!onFailure)
        onFailure = [this](const ApiError &error, const HttpResponse &) { fail(error); };
    auto attempt = std::make_shared<Attempt>();
    attempt->call = call;
    attempt->onSuccess = std::move(onSuccess);
    attempt->onFailure = std::move(onFailure);
    ++m_active;
    dispatch(attempt);
}

void ApiRequest::dispatch(const AttemptPtr &attempt)
{
    if (m_finished || !m_client)
        return;
    m_client->pacer()->schedule(this, [this, attempt] { transmit(attempt); });
}

void ApiRequest::transmit(const AttemptPtr &attempt)
{
    if (m_finished || !m_client)
        return;
    const Call &call = attempt->call;
    QNetworkRequest request(call.url);
    request.setTransferTimeout(m_client->transferTimeout());
    if (!call.authenticated)
        request.setAttribute(HubNetworkAccessManager::NoAuthAttribute, true);
    HubNetworkAccessManager *network = m_client->network();
    QNetworkReply *reply = nullptr;
    if (call.verb == "GET") {
        reply = network->get(request);
    } else if (call.verb == "DELETE" && call.body.isEmpty()) {
        reply = network->deleteResource(request);
    } else if (!RetryPolicy::isIdempotent(call.verb)) {
        auto *body = new OneShotBody(call.body, nullptr);
        reply =
            call.verb == "POST" ? network->post(request, body) : network->sendCustomRequest(request, call.verb, body);
        body->setParent(reply);
    } else {
        reply = network->sendCustomRequest(request, call.verb, call.body);
    }
    if (++attempt->tries == 1)
        attempt->sinceFirstSend.start();
    attempt->sinceSend.start();
    attempt->sendsThisTry = 0;
    m_replies.insert(reply, attempt);
    // Qt may send an idempotent request again by itself when the connection closes first: count every send.
    connect(reply, &QNetworkReply::requestSent, this, [attempt] { ++attempt->sendsThisTry; });

    // The size cap: a Content-Length over it is refused as soon as the headers are in, before any of the body is
    // read; without one (or if it lies), the reply is aborted as soon as more than the cap has arrived.
    const qint64 cap = m_client->maxReplyBytes();
    const auto refuseIfTooLarge = [reply, cap](qint64 received, qint64 total) {
        if ((received > cap || total > cap) && reply->isRunning()) {
            reply->setProperty(kTooLargeProperty, true);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, refuseIfTooLarge] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known)
            refuseIfTooLarge(0, length);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, refuseIfTooLarge);

    // Qt's transfer timeout only notices silence; a server that trickles bytes forever meets this deadline.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        if (reply->isRunning()) {
            reply->setProperty(kDeadlineProperty, true);
            reply->abort();
        }
    });
    deadline->start(m_client->requestDeadline());
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void ApiRequest::onReplyFinished(QNetworkReply *reply)
{
    const AttemptPtr attempt = m_replies.take(reply);
    if (!attempt)
        return;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_finished)
        return;

    HttpResponse response;
    response.url = reply->url();
    response.attempt = attempt->tries;
    response.sends = attempt->sends + qMax(1, attempt->sendsThisTry);
    attempt->sends = response.sends;
    const qint64 elapsed = attempt->sinceSend.elapsed();
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool transportFailure =
        (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) // network and proxy
        || (error != QNetworkReply::NoError && status == 0);
    if (transportFailure) {
        const ApiError failure = transportError(reply);
        qCDebug(lcHub, "%s %s -> %s (try %d, %lld ms)", attempt->call.verb.constData(),
                qUtf8Printable(loggableTarget(attempt->call.url)), qUtf8Printable(briefly(failure)), attempt->tries,
                static_cast<long long>(elapsed));
        if (!retryLater(attempt, failure, {}, isTransientTransportFailure(reply)))
            resolve(attempt, &failure, response);
        return;
    }

    response.status = status;
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    qCDebug(lcHub, "%s %s -> %d (try %d, %lld ms)", attempt->call.verb.constData(),
            qUtf8Printable(loggableTarget(attempt->call.url)), status, attempt->tries, static_cast<long long>(elapsed));
    if (response.body.size() > m_client->maxReplyBytes()) {
        const ApiError failure = WireFormat::malformedReply(status, QStringLiteral("The server's reply is too large."));
        resolve(attempt, &failure, response);
        return;
    }
    if (status >= 200 && status <= 299) {
        resolve(attempt, nullptr, response);
        return;
    }
    const ApiError failure = WireFormat::decodeError(status, response.headers, response.body, attempt->call.context);
    if (!retryLater(attempt, failure, response.headers, RetryPolicy::isTransientStatus(status)))
        resolve(attempt, &failure, response);
}

void ApiRequest::resolve(const AttemptPtr &attempt, const ApiError *error, const HttpResponse &response)
{
    --m_active;
    if (attempt->call.retry != Call::Retry::ByVerb)
        SecretWipe::wipe(attempt->call.body); // the credentials: no further try needs them
    if (error)
        attempt->onFailure(*error, response);
    else
        attempt->onSuccess(response);
}

bool ApiRequest::retryLater(const AttemptPtr &attempt, const ApiError &error, const WireFormat::RawHeaders &headers,
                            bool transient)
{
    using Retry = Call::Retry;
    const Retry kind = attempt->call.retry;
    const bool resendable = kind == Retry::ByVerb
        ? RetryPolicy::isIdempotent(attempt->call.verb)
        : error.kind != ApiError::Kind::RateLimited && (kind == Retry::SignIn || attempt->sendsThisTry == 0);
    if (!transient || !m_client || !resendable)
        return false;
    const RetryPolicy policy = m_client->retryPolicy();
    const QByteArray &verb = attempt->call.verb;
    const QString target = loggableTarget(attempt->call.url);
    if (attempt->tries >= policy.maxTries) {
        if (policy.maxTries > 1)
            qCInfo(lcHubRetry, "%s %s: giving up after %d tries (%s)", verb.constData(), qUtf8Printable(target),
                   attempt->tries, qUtf8Printable(briefly(error)));
        return false;
    }
    // The server's own word on when to come back (a 429's Retry-After or X-RateLimit-Reset, a 5xx's Retry-After)
    // wins over the backoff.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime serverSays =
        error.retryAt.isValid() ? error.retryAt : WireFormat::retryAfterFromHeaders(headers, now);
    const qint64 serverWait = serverSays.isValid() ? now.msecsTo(serverSays) : -1;
    const qint64 wait = serverWait > 0
        ? serverWait
        : qint64(policy.backoffMs(attempt->tries + 1, QRandomGenerator::global()->generateDouble()));
    if (attempt->sinceFirstSend.elapsed() + wait > policy.totalDeadlineMs) {
        qCInfo(lcHubRetry,
               "%s %s: giving up after %d tries: the next wait (%lld ms) would pass the %d ms deadline (%s)",
               verb.constData(), qUtf8Printable(target), attempt->tries, static_cast<long long>(wait),
               policy.totalDeadlineMs, qUtf8Printable(briefly(error)));
        return false;
    }
    const int delay = int(wait);
    const int next = attempt->tries + 1;
    qCInfo(lcHubRetry, "%s %s: %s; try %d of %d in %d ms%s", verb.constData(), qUtf8Printable(target),
           qUtf8Printable(briefly(error)), next, policy.maxTries, delay,
           serverWait > 0 ? " (as the server asked)" : "");
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, attempt] { dispatch(attempt); });
    Q_EMIT retrying(next, delay, error);
    return true;
}

bool ApiRequest::isTransientTransportFailure(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        // Qt's transfer timeout, unless it was one of our own aborts (a refused redirect, the size cap, the
        // overall deadline of one try).
        return !reply->property(HubNetworkAccessManager::RedirectRefusedProperty).toUrl().isValid()
            && !reply->property(kTooLargeProperty).toBool() && !reply->property(kDeadlineProperty).toBool();
    case QNetworkReply::TimeoutError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError: return true;
    default: return false;
    }
}

ApiError ApiRequest::transportError(QNetworkReply *reply)
{
    ApiError e;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: {
        // We disconnect before aborting on request, so a cancel seen here is ours for a reason below, or Qt's
        // transfer timeout.
        const QUrl refused = reply->property(HubNetworkAccessManager::RedirectRefusedProperty).toUrl();
        if (refused.isValid()) {
            e.kind = ApiError::Kind::Other;
            e.detail = QStringLiteral("The server redirected the request to another site (%1); it was not followed.")
                           .arg(refused.host());
        } else if (reply->property(kTooLargeProperty).toBool()) {
            e.kind = ApiError::Kind::MalformedReply;
            e.detail = QStringLiteral("The server's reply is too large.");
        } else if (reply->property(kDeadlineProperty).toBool()) {
            e.kind = ApiError::Kind::Timeout;
            e.detail = QStringLiteral("%1 took too long to answer.").arg(host);
        } else {
            e.kind = ApiError::Kind::Timeout;
            e.detail = QStringLiteral("%1 did not answer in time.").arg(host);
        }
        break;
    }
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        e.detail = QStringLiteral("%1 did not answer in time.").arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.kind = ApiError::Kind::NetworkUnreachable;
        e.detail = QStringLiteral("%1 refused the connection.").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = ApiError::Kind::NetworkUnreachable;
        e.detail = QStringLiteral("The server %1 was not found.").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed before the reply; the body is not sent twice (OneShotBody)
        e.kind = ApiError::Kind::NetworkUnreachable;
        e.detail = QStringLiteral("%1 closed the connection unexpectedly.").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ApiError::Kind::NetworkUnreachable;
        e.detail = QStringLiteral("A secure connection to %1 could not be made: %2").arg(host, reply->errorString());
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = ApiError::Kind::Other;
        e.detail = reply->errorString();
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        e.kind = ApiError::Kind::MalformedReply;
        e.detail = QStringLiteral("%1 sent something that is not a valid HTTP reply.").arg(host);
        break;
    default:
        e.kind = reply->error() < QNetworkReply::ContentAccessDenied ? ApiError::Kind::NetworkUnreachable
                                                                     : ApiError::Kind::Other;
        e.detail = reply->errorString();
        break;
    }
    return e;
}

void ApiRequest::finish(std::function<void()> emitResult)
{
    if (m_finished)
        return;
    m_finished = true;
    abortReplies();
    QMetaObject::invokeMethod(
        this,
        [this, emitResult = std::move(emitResult)] {
            emitResult();
            deleteLater();
        },
        Qt::QueuedConnection);
}

void ApiRequest::fail(const ApiError &error)
{
    finish([this, error] { emitFailure(error); });
}

void ApiRequest::abortReplies()
{
    const auto replies = m_replies.keys();
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}
