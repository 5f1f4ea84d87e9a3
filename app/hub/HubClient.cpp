#include "HubClient.h"

#include "CreateTokenRequest.h"
#include "DeleteTokenRequest.h"
#include "HubNetworkAccessManager.h"
#include "RatePacer.h"
#include "SignInRequest.h"
#include "TokenListJob.h"
#include "TokenPageRequest.h"
#include "TokenRequest.h"
#include "WireFormat.h"

#include <QHostAddress>
#include <QSysInfo>

HubClient::HubClient(QObject *parent)
    : QObject(parent)
    , m_network(new HubNetworkAccessManager(this))
    , m_pacer(new RatePacer([network = m_network] { return network->inFlight(); }, this))
    , m_baseUrl(defaultBaseUrl())
    , m_maxReplyBytes(WireFormat::DefaultMaxReplyBytes)
{
    m_network->setOrigin(m_baseUrl);
    m_network->setTransferTimeout(m_timeoutMs);
    connect(m_network, &HubNetworkAccessManager::replySettled, m_pacer, &RatePacer::observe);
    connect(m_pacer, &RatePacer::holding, this, &HubClient::pacingStarted);
    connect(m_pacer, &RatePacer::released, this, &HubClient::pacingFinished);
}

HubClient::~HubClient()
{
    // Requests first: their replies belong to the network manager, which goes next.
    const auto requests = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(requests);
}

QUrl HubClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://hub.docker.com"));
}

QString HubClient::checkServerUrl(const QUrl &url)
{
    if (url.isEmpty() || !url.isValid())
        return tr("Enter a server address such as https://hub.docker.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The server address must start with https:// (not \"%1\").").arg(url.scheme());
    const QString host = url.host();
    if (host.isEmpty())
        return tr("The server address %1 has no host name.").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return tr("The server address must not contain a user name or password.");
    if (scheme == QLatin1String("http")) {
        if (!isLoopback(url)) {
            return tr("Refusing to send credentials over unencrypted http:// to %1. Use https://, or http:// only "
                      "for a server on this computer (localhost).")
                .arg(host);
        }
    }
    return {};
}

bool HubClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl, QString> HubClient::setBaseUrl(const QUrl &url)
{
    const QString refusal = checkServerUrl(url);
    if (!refusal.isEmpty())
        return Result<QUrl, QString>::failure(refusal);
    setBaseUrlUnchecked(url);
    return Result<QUrl, QString>::success(m_baseUrl);
}

void HubClient::setBaseUrlUnchecked(const QUrl &url)
{
    QUrl clean = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    m_baseUrl = clean;
    m_network->setOrigin(clean);
}

QUrl HubClient::baseUrl() const
{
    return m_baseUrl;
}

void HubClient::setBearerToken(const QString &jwt)
{
    m_network->setBearerToken(jwt);
}

bool HubClient::hasBearerToken() const
{
    return m_network->hasBearerToken();
}

void HubClient::setTransferTimeout(int ms)
{
    m_timeoutMs = ms > 0 ? ms : DefaultTimeoutMs;
    m_network->setTransferTimeout(m_timeoutMs);
}

int HubClient::transferTimeout() const
{
    return m_timeoutMs;
}

void HubClient::setRequestDeadline(int ms)
{
    m_deadlineMs = qMax(0, ms);
}

int HubClient::requestDeadline() const
{
    return m_deadlineMs > 0 ? m_deadlineMs : 4 * m_timeoutMs;
}

void HubClient::setMaxConcurrentPages(int n)
{
    m_maxConcurrentPages = qMax(1, n);
}

int HubClient::maxConcurrentPages() const
{
    return m_maxConcurrentPages;
}

void HubClient::setMaxReplyBytes(qint64 bytes)
{
    m_maxReplyBytes = bytes > 0 ? bytes : WireFormat::DefaultMaxReplyBytes;
}

qint64 HubClient::maxReplyBytes() const
{
    return m_maxReplyBytes;
}

void HubClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy.normalized();
}

RetryPolicy HubClient::retryPolicy() const
{
    return m_retryPolicy;
}

void HubClient::setPacingEnabled(bool on)
{
    m_pacer->setEnabled(on);
}

bool HubClient::isPacingEnabled() const
{
    return m_pacer->isEnabled();
}

int HubClient::pacingDelayMs() const
{
    return m_pacer->pacingDelayMs();
}

QString HubClient::userAgent()
{
    // Every request carries it (HubNetworkAccessManager::createRequest): built once, as prettyProductName() reads
    // the OS release files each time it is asked.
    static const QString agent =
        QStringLiteral("HubTokens/%1 (Qt %2; %3)")
            .arg(QStringLiteral(HUBTOKENS_VERSION), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
    return agent;
}

SignInRequest *HubClient::signIn(const QString &username, const QString &password)
{
    return new SignInRequest(this, SignInRequest::Route::UsersLogin, WireFormat::encodeLogin(username, password));
}

SignInRequest *HubClient::signInTwoFactor(const QString &login2faToken, const QString &code)
{
    return new SignInRequest(this, SignInRequest::Route::TwoFactorLogin,
                             WireFormat::encodeTwoFactorLogin(login2faToken, code.trimmed()));
}

SignInRequest *HubClient::createAuthToken(const QString &identifier, const QString &secret)
{
    return new SignInRequest(this, SignInRequest::Route::AuthToken, WireFormat::encodeAuthToken(identifier, secret));
}

TokenPageRequest *HubClient::listTokenPage(int page, int pageSize)
{
    return new TokenPageRequest(this, qMax(1, page), qBound(1, pageSize, ListPageSize));
}

TokenListJob *HubClient::listAllTokens()
{
    return new TokenListJob(this, ListPageSize, m_maxConcurrentPages);
}

CreateTokenRequest *HubClient::createToken(const TokenDraft &draft)
{
    return new CreateTokenRequest(this, draft);
}

TokenRequest *HubClient::getToken(const QString &uuid)
{
    return new TokenRequest(this, uuid);
}

TokenRequest *HubClient::updateToken(const QString &uuid, const TokenPatch &patch)
{
    return new TokenRequest(this, uuid, patch);
}

DeleteTokenRequest *HubClient::deleteToken(const QString &uuid)
{
    return new DeleteTokenRequest(this, uuid);
}

HubNetworkAccessManager *HubClient::network() const
{
    return m_network;
}

RatePacer *HubClient::pacer() const
{
    return m_pacer;
}
