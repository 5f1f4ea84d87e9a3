#pragma once

#include "ApiRequest.h"
#include "models/ApiResult.h"
#include "models/TokenPage.h"

#include <QMetaType>

// GET /v2/access-tokens?page=&page_size= — one page. Made by HubClient::listTokenPage.
// The page's `next`/`previous` links are rebuilt on the client's own origin (the server's are never trusted to
// point anywhere else).
class TokenPageRequest : public ApiRequest {
    Q_OBJECT
public:
    TokenPageRequest(HubClient *client, int page, int pageSize);

    // "<listUrl>?page=<page>&page_size=<pageSize>"
    static QUrl pageUrl(const QUrl &listUrl, int page, int pageSize);
    // Replaces the server's next/previous links with ours, keeping only whether they were there.
    static void rebaseLinks(TokenPage &page, const QUrl &listUrl);

Q_SIGNALS:
    void finished(const ApiResult<TokenPage> &result);

protected:
    void emitFailure(const ApiError &error) override;
};

Q_DECLARE_METATYPE(ApiResult<TokenPage>)
