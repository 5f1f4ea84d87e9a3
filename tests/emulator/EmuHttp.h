#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QHostAddress;

namespace emu {

// The HTTP pieces every route shares: a reply (status, body, extra headers) and the usual shapes of its body, and
// what the routes read from a request (a header, the method's name, the client's address, a JSON body).
struct Reply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

Reply jsonReply(int status, const QJsonObject &object);
// The shape real 401/403/404 replies have: {"message":"…","errinfo":{}}.
Reply errorReply(int status, const QString &message);
// {"detail":"…"}: the login routes' errors.
Reply detailReply(int status, const QString &detail);
// The shape of the unknown-route, bad-page and wrong-method replies: {"detail":"…","message":"…","errinfo":{}}.
Reply detailedErrorReply(int status, const QString &detail, const QString &message);
// 400 with a ValueError body ({"fields":{…},"text":"…"}).
Reply badRequest(const QJsonObject &valueError);

// The value of the header `name` (any case), empty if absent.
QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);
QString methodName(QHttpServerRequest::Method m);
// The client's address, an IPv4-mapped IPv6 one as plain IPv4.
QString clientAddress(const QHostAddress &address);
// Parses the request body as a JSON object; false with a 400 reply.
bool parseBody(const QHttpServerRequest &request, QJsonObject *body, Reply *error);

} // namespace emu
