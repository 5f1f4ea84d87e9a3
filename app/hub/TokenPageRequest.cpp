#include "TokenPageRequest.h"

#include <QUrlQuery>

TokenPageRequest::TokenPageRequest(HubClient *client, int page, int pageSize)
    : ApiRequest(client)
{
    const QUrl listUrl = apiUrl(QStringLiteral("access-tokens"));
    Call call;
    call.verb = "GET";
    call.url = pageUrl(listUrl, page, pageSize);
    send(call, [this, listUrl, page, pageSize](const HttpResponse &response) {
        ApiResult<TokenPage> result = WireFormat::decodeTokenPageReply(response.body, page, pageSize);
        if (!accept(result, response))
            return;
        rebaseLinks(result.value, listUrl);
        finish([this, result] { Q_EMIT finished(result); });
    });
}

QUrl TokenPageRequest::pageUrl(const QUrl &listUrl, int page, int pageSize)
{
    QUrl url = listUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    url.setQuery(query);
    return url;
}

void TokenPageRequest::rebaseLinks(TokenPage &page, const QUrl &listUrl)
{
    if (!page.next.isEmpty())
        page.next = pageUrl(listUrl, page.page + 1, page.pageSize);
    if (!page.previous.isEmpty())
        page.previous = page.page > 1 ? pageUrl(listUrl, page.page - 1, page.pageSize) : QUrl();
}

void TokenPageRequest::emitFailure(const ApiError &error)
{
    Q_EMIT finished(ApiResult<TokenPage>::failure(error));
}
