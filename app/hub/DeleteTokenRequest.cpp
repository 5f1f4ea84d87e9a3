#include "DeleteTokenRequest.h"

#include "TokenRequest.h"

DeleteTokenRequest::DeleteTokenRequest(HubClient *client, const QString &uuid)
    : ApiRequest(client)
{
    if (uuid.trimmed().isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::NotFound;
        e.message = tr("No token was given.");
        fail(e);
        return;
    }
    Call call;
    call.verb = "DELETE";
    call.url = apiUrl(TokenRequest::tokenPath(uuid));
    send(call, [this](const HttpResponse &) {
        finish([this] { Q_EMIT finished(ApiResult<Done>::success(Done{})); });
    });
}

void DeleteTokenRequest::emitFailure(const ApiError &error)
{
    Q_EMIT finished(ApiResult<Done>::failure(error));
}
