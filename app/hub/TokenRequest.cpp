#include "TokenRequest.h"

#include <QUrl>

TokenRequest::TokenRequest(HubClient *client, const QString &uuid, const std::optional<TokenPatch> &patch)
    : ApiRequest(client)
{
    if (!checkUuid(uuid))
        return;
    Call call;
    call.verb = patch ? QByteArrayLiteral("PATCH") : QByteArrayLiteral("GET");
    call.url = apiUrl(tokenPath(uuid));
    if (patch)
        call.body = WireFormat::encodeTokenPatch(*patch);
    send(call, [this](const HttpResponse &response) {
        ApiResult<AccessToken> result = WireFormat::decodeTokenReply(response.body);
        if (!accept(result, response))
            return;
        finish([this, result] { Q_EMIT finished(result); });
    });
}

QString TokenRequest::tokenPath(const QString &uuid)
{
    return QStringLiteral("access-tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(uuid.trimmed()));
}

bool TokenRequest::checkUuid(const QString &uuid)
{
    if (!uuid.trimmed().isEmpty())
        return true;
    ApiError e;
    e.kind = ApiError::Kind::NotFound;
    e.detail = QStringLiteral("No token was given.");
    fail(e);
    return false;
}

void TokenRequest::emitFailure(const ApiError &error)
{
    Q_EMIT finished(ApiResult<AccessToken>::failure(error));
}
