#pragma once

#include "ApiRequest.h"
#include "models/AccessToken.h"
#include "models/ApiResult.h"
#include "models/TokenDraft.h"

#include <QMetaType>

#include <optional>

// GET or PATCH /v2/access-tokens/{uuid}. Made by HubClient::getToken / updateToken.
class TokenRequest : public ApiRequest {
    Q_OBJECT
public:
    // Without a patch: GET; with one: PATCH.
    TokenRequest(HubClient *client, const QString &uuid, const std::optional<TokenPatch> &patch = std::nullopt);

    // "<base>/v2/access-tokens/<uuid, percent-encoded>"
    static QString tokenPath(const QString &uuid);
    // Fails (queued) with a message when `uuid` is empty; returns false then.
    bool checkUuid(const QString &uuid);

Q_SIGNALS:
    void finished(const ApiResult<AccessToken> &result);

protected:
    void emitFailure(const ApiError &error) override;
};

Q_DECLARE_METATYPE(ApiResult<AccessToken>)
