#pragma once

#include "ApiRequest.h"
#include "models/ApiResult.h"

#include <QMetaType>

// DELETE /v2/access-tokens/{uuid}: any 2xx is success, and so is a 404 to a second send — a retry, or Qt's own
// re-send after a closed connection (the token is gone: the send before, whose reply failed or was lost, deleted
// it). Made by HubClient::deleteToken.
class DeleteTokenRequest : public ApiRequest {
    Q_OBJECT
public:
    DeleteTokenRequest(HubClient *client, const QString &uuid);

Q_SIGNALS:
    void finished(const ApiResult<Done> &result);

protected:
    void emitFailure(const ApiError &error) override;
};

Q_DECLARE_METATYPE(Done)
Q_DECLARE_METATYPE(ApiResult<Done>)
