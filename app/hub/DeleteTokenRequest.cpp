#include "DeleteTokenRequest.h"

#include "TokenRequest.h"

DeleteTokenRequest::DeleteTokenRequest(HubClient *client, const QString &uuid)
    : ApiRequest(client)
{
    if (uuid.trimmed().isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::NotFound;
        e.detail = QStringLiteral("No token was given.");
        fail(e);
        return;
    }
    Call call;
    call.verb = "DELETE";
    call.url = apiUrl(TokenRequest::tokenPath(uuid));
    const auto done = [this] { finish([this] { Q_EMIT finished(ApiResult<Done>::success(Done{})); }); };
    send(
        call, [done](const HttpResponse &) { done(); },
        [this, done](const ApiError &error, const HttpResponse &response) {
            // A second send that finds the token gone: the one before deleted it, and its reply was lost.
            if (error.kind == ApiError::Kind::NotFound && response.sends > 1)
                done();
            else
                fail(error);
        });
}

void DeleteTokenRequest::emitFailure(const ApiError &error)
{
    Q_EMIT finished(ApiResult<Done>::failure(error));
}
