#include "CreateTokenRequest.h"

CreateTokenRequest::CreateTokenRequest(HubClient *client, const TokenDraft &draft)
    : ApiRequest(client)
{
    Call call;
    call.verb = "POST";
    call.url = apiUrl(QStringLiteral("access-tokens"));
    call.body = WireFormat::encodeTokenDraft(draft);
    send(call, [this](const HttpResponse &response) {
        ApiResult<CreatedToken> result = WireFormat::decodeCreatedTokenReply(response.body);
        if (!accept(result, response))
            return;
        finish([this, result] { Q_EMIT finished(result); });
    });
}

void CreateTokenRequest::emitFailure(const ApiError &error)
{
    Q_EMIT finished(ApiResult<CreatedToken>::failure(error));
}
