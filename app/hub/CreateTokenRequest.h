#pragma once

#include "ApiRequest.h"
#include "models/AccessToken.h"
#include "models/ApiResult.h"
#include "models/TokenDraft.h"

#include <QMetaType>

// POST /v2/access-tokens: 201 with the new token and, this once, its secret. Made by HubClient::createToken.
class CreateTokenRequest : public ApiRequest {
    Q_OBJECT
public:
    CreateTokenRequest(HubClient *client, const TokenDraft &draft);

Q_SIGNALS:
    void finished(const ApiResult<CreatedToken> &result);

protected:
    void emitFailure(const ApiError &error) override;
};

Q_DECLARE_METATYPE(CreatedToken)
Q_DECLARE_METATYPE(ApiResult<CreatedToken>)
