#include "TokenListJob.h"

#include "TokenPageRequest.h"

#include <QSet>

TokenListJob::TokenListJob(HubClient *client, int pageSize, int maxConcurrentPages)
    : ApiRequest(client)
    , m_listUrl(apiUrl(QStringLiteral("access-tokens")))
    , m_pageSize(qMax(1, pageSize))
    , m_maxConcurrent(qMax(1, maxConcurrentPages))
{
    requestPage(1);
}

void TokenListJob::requestPage(int page)
{
    Call call;
    call.verb = "GET";
    call.url = TokenPageRequest::pageUrl(m_listUrl, page, m_pageSize);
    send(
        call,
        [this, page](const HttpResponse &response) {
            // Once the page count is known, the next page goes out before this one is read: reading 100 tokens
            // then overlaps the next round trip instead of adding to it.
            if (page > 1)
                requestMore();
            ApiResult<TokenPage> result = WireFormat::decodeTokenPageReply(response.body, page, m_pageSize);
            if (!accept(result, response))
                return;
            onPage(page, std::move(result.value));
        },
        [this, page](const ApiError &error, const HttpResponse &) {
            if (page > 1 && error.kind == ApiError::Kind::NotFound) {
                // Past the end: tokens were deleted since page 1. Keep what we have.
                TokenPage empty;
                empty.page = page;
                empty.pageSize = m_pageSize;
                onPage(page, empty);
                return;
            }
            fail(error);
        });
}

void TokenListJob::onPage(int page, TokenPage tokens)
{
    if (page == 1) {
        m_total = tokens.count;
        // A server that clamps page_size lower than asked: count pages by what it really sends.
        int effectiveSize = m_pageSize;
        if (tokens.count > tokens.results.size() && !tokens.results.isEmpty() && tokens.results.size() < m_pageSize)
            effectiveSize = int(tokens.results.size());
        m_pageCount = qMax(1, (tokens.count + effectiveSize - 1) / effectiveSize);
        m_pages.resize(m_pageCount);
    }
    if (page - 1 < m_pages.size()) {
        m_activeCount = tokens.activeCount;
        m_loaded += int(tokens.results.size());
        if (!tokens.results.isEmpty())
            Q_EMIT pageReady(page, tokens.results, m_total);
        m_pages[page - 1] = std::move(tokens);
    }
    Q_EMIT progress(m_loaded, m_total);
    pump();
}

void TokenListJob::requestMore()
{
    while (!isFinished() && inFlight() < m_maxConcurrent && m_nextPage <= m_pageCount)
        requestPage(m_nextPage++);
}

void TokenListJob::pump()
{
    requestMore();
    if (!isFinished() && inFlight() == 0 && m_nextPage > m_pageCount)
        complete();
}

void TokenListJob::complete()
{
    TokenList list;
    QSet<QString> seen;
    seen.reserve(m_loaded);
    list.tokens.reserve(m_loaded);
    for (const std::optional<TokenPage> &page : std::as_const(m_pages)) {
        if (!page)
            continue;
        for (const AccessToken &token : page->results) {
            if (seen.contains(token.uuid))
                continue;
            seen.insert(token.uuid);
            list.tokens.append(token);
        }
    }
    list.count = int(list.tokens.size());
    list.activeCount = qBound(0, m_activeCount, list.count);
    m_pages.clear();
    finish([this, list = std::move(list)] { Q_EMIT finished(ApiResult<TokenList>::success(list)); });
}

void TokenListJob::emitFailure(const ApiError &error)
{
    Q_EMIT finished(ApiResult<TokenList>::failure(error));
}
