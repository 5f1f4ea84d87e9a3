#pragma once

#include "ApiRequest.h"
#include "models/ApiResult.h"
#include "models/TokenPage.h"

#include <QList>
#include <QMetaType>
#include <QUrl>

#include <optional>

// Every token on the account (HubClient::listAllTokens): page 1 at page_size=100, then pages 2..N concurrently,
// at most maxConcurrentPages under way (a page waiting to retry counts), delivered in the server's order. Page URLs
// are computed from the client's base URL; the server's `next` is never followed. A page that fails for a transient
// reason is retried on its own, as the client's RetryPolicy says (`retrying` is emitted), without restarting the
// list. If a page still fails the job finishes with that error (the rest are aborted) — except a 404 for a page
// after the first, which means the list shrank meanwhile. If the list changed between pages, what was fetched is
// delivered, deduplicated by uuid; `count` is then the number delivered.
class TokenListJob : public ApiRequest {
    Q_OBJECT
public:
    TokenListJob(HubClient *client, int pageSize, int maxConcurrentPages);

    int pageCount() const { return m_pageCount; } // known after page 1; 0 before

Q_SIGNALS:
    // A page arrived (before `progress` for it), so a window can show rows at once: page 1 always comes first, the
    // others in the order they land. `total` is the count page 1 reported. If the list changed between pages, a page
    // may repeat tokens of another; `finished` has the deduplicated list.
    void pageReady(int page, const QList<AccessToken> &tokens, int total);
    // `loaded` tokens so far out of `total` (the count page 1 reported).
    void progress(int loaded, int total);
    void finished(const ApiResult<TokenList> &result);

protected:
    void emitFailure(const ApiError &error) override;

private:
    void requestPage(int page);
    void onPage(int page, TokenPage tokens);
    // Requests pages while fewer than maxConcurrentPages are under way.
    void requestMore();
    // requestMore(), then completes when nothing is left to fetch.
    void pump();
    void complete();

    QUrl m_listUrl;
    int m_pageSize;
    int m_maxConcurrent;
    int m_pageCount = 0;
    int m_nextPage = 2;
    int m_total = 0;
    int m_loaded = 0;
    int m_activeCount = 0;
    QList<std::optional<TokenPage>> m_pages; // index page-1
};

Q_DECLARE_METATYPE(TokenList)
Q_DECLARE_METATYPE(ApiResult<TokenList>)
