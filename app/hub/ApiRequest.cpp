#include "ApiRequest.h"

#include "HubClient.h"
#include "HubNetworkAccessManager.h"

#include <QBuffer>
#include <QMetaObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {
constexpr const char *kTooLargeProperty = "hubReplyTooLarge";
constexpr const char *kDeadlineProperty = "hubDeadlinePassed";

} // namespace

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
    e.message = tr("Cancelled.");
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
        e.message = refusal;
        fail(e);
        return;
    }

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
    } else if (call.verb == "POST") {
        reply = network->post(request, call.body);
    } else {
        reply = network->sendCustomRequest(request, call.verb, call.body);
    }

    if (!onFailure)
        onFailure = [this](const ApiError &error, const HttpResponse &) { fail(error); };
    m_replies.insert(reply, Handlers{std::move(onSuccess), std::move(onFailure), call.context});

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
    const auto it = m_replies.find(reply);
    if (it == m_replies.end())
        return;
    const Handlers handlers = it.value();
    m_replies.erase(it);
    reply->disconnect(this);
    reply->deleteLater();
    if (m_finished)
        return;

    HttpResponse response;
    response.url = reply->url();
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool transportFailure =
        (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) // network and proxy
        || (error != QNetworkReply::NoError && status == 0);
    if (transportFailure) {
        handlers.onFailure(transportError(reply), response);
        return;
    }

    response.status = status;
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    if (response.body.size() > m_client->maxReplyBytes()) {
        handlers.onFailure(WireFormat::malformedReply(status, tr("The server's reply is too large.")), response);
        return;
    }
    if (status >= 200 && status <= 299) {
        handlers.onSuccess(response);
        return;
    }
    handlers.onFailure(WireFormat::decodeError(status, response.headers, response.body, handlers.context),
                       response);
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
            e.message = tr("The server redirected the request to another site (%1); it was not followed.")
                            .arg(refused.host());
        } else if (reply->property(kTooLargeProperty).toBool()) {
            e.kind = ApiError::Kind::MalformedReply;
            e.message = tr("The server's reply is too large.");
        } else if (reply->property(kDeadlineProperty).toBool()) {
            e.kind = ApiError::Kind::Timeout;
            e.message = tr("%1 took too long to answer.").arg(host);
        } else {
            e.kind = ApiError::Kind::Timeout;
            e.message = tr("%1 did not answer in time.").arg(host);
        }
        break;
    }
    case QNetworkReply::TimeoutError:
        e.kind = ApiError::Kind::Timeout;
        e.message = tr("%1 did not answer in time.").arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.kind = ApiError::Kind::NetworkUnreachable;
        e.message = tr("%1 refused the connection.").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = ApiError::Kind::NetworkUnreachable;
        e.message = tr("The server %1 was not found.").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.kind = ApiError::Kind::NetworkUnreachable;
        e.message = tr("%1 closed the connection unexpectedly.").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ApiError::Kind::NetworkUnreachable;
        e.message = tr("A secure connection to %1 could not be made: %2").arg(host, reply->errorString());
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = ApiError::Kind::Other;
        e.message = reply->errorString();
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        e.kind = ApiError::Kind::MalformedReply;
        e.message = tr("%1 sent something that is not a valid HTTP reply.").arg(host);
        break;
    default:
        e.kind = reply->error() < QNetworkReply::ContentAccessDenied ? ApiError::Kind::NetworkUnreachable
                                                                     : ApiError::Kind::Other;
        e.message = reply->errorString();
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
