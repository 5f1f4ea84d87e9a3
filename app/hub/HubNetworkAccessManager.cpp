#include "HubNetworkAccessManager.h"

#include "HubClient.h"

#include <QNetworkReply>

#include <memory>
#include <utility>

HubNetworkAccessManager::HubNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    setTransferTimeout(HubClient::DefaultTimeoutMs);
    setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

HubNetworkAccessManager::~HubNetworkAccessManager()
{
    wipeBearer();
}

void HubNetworkAccessManager::setOrigin(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port());
    m_origin = origin;
}

QUrl HubNetworkAccessManager::origin() const
{
    return m_origin;
}

void HubNetworkAccessManager::setBearerToken(const QString &jwt)
{
    wipeBearer();
    if (!jwt.isEmpty())
        m_authorization = QByteArrayLiteral("Bearer ") + jwt.toLatin1();
}

bool HubNetworkAccessManager::hasBearerToken() const
{
    return !m_authorization.isEmpty();
}

void HubNetworkAccessManager::wipeBearer()
{
    m_authorization.fill('\0');
    m_authorization.clear();
    m_authorization.squeeze();
}

bool HubNetworkAccessManager::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) {
        const QString scheme = u.scheme().toLower();
        return scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    };
    return a.isValid() && b.isValid() && !a.host().isEmpty() && a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QNetworkReply *HubNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &original,
                                                      QIODevice *outgoingData)
{
    QNetworkRequest request(original);
    request.setHeader(QNetworkRequest::UserAgentHeader, HubClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    if (outgoingData && !request.header(QNetworkRequest::ContentTypeHeader).isValid())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (request.transferTimeout() <= 0)
        request.setTransferTimeout(transferTimeout() > 0 ? transferTimeout() : HubClient::DefaultTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    // Credentials and cookies are never stored or replayed by Qt on our behalf.
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);

    const QUrl requestOrigin = request.url();
    const bool optedOut = request.attribute(NoAuthAttribute).toBool();
    if (!optedOut && !m_authorization.isEmpty() && isSameOrigin(requestOrigin, m_origin))
        request.setRawHeader("Authorization", m_authorization);
    else
        request.setRawHeader("Authorization", QByteArray()); // drop any the caller set for another origin

    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);

    ++m_inFlight;
    m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
    auto counted = std::make_shared<bool>(true);
    const auto done = [this, counted] {
        if (!std::exchange(*counted, false))
            return false;
        --m_inFlight;
        return true;
    };
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        if (done())
            Q_EMIT replySettled(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                reply->rawHeaderPairs());
    });
    connect(reply, &QObject::destroyed, this, [this, done] {
        if (done())
            Q_EMIT replySettled(0, {});
    });

    // Follow a redirect only within the origin the request went to.
    connect(reply, &QNetworkReply::redirected, reply, [reply, requestOrigin](const QUrl &target) {
        const QUrl resolved = reply->url().resolved(target);
        if (isSameOrigin(resolved, requestOrigin)) {
            Q_EMIT reply->redirectAllowed();
        } else {
            reply->setProperty(RedirectRefusedProperty, resolved);
            reply->abort();
        }
    });
    return reply;
}
