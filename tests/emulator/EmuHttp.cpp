#include "EmuHttp.h"

#include "EmuValidation.h"

#include <QHostAddress>
#include <QJsonDocument>

namespace emu {

Reply jsonReply(int status, const QJsonObject &object)
{
    return Reply{status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

Reply errorReply(int status, const QString &message)
{
    return jsonReply(status, {{QStringLiteral("message"), message}, {QStringLiteral("errinfo"), QJsonObject()}});
}

Reply detailReply(int status, const QString &detail)
{
    return jsonReply(status, {{QStringLiteral("detail"), detail}});
}

Reply detailedErrorReply(int status, const QString &detail, const QString &message)
{
    return jsonReply(status,
                     {{QStringLiteral("detail"), detail},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("errinfo"), QJsonObject()}});
}

Reply badRequest(const QJsonObject &valueError)
{
    return jsonReply(400, valueError);
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get: return QStringLiteral("GET");
    case M::Put: return QStringLiteral("PUT");
    case M::Delete: return QStringLiteral("DELETE");
    case M::Post: return QStringLiteral("POST");
    case M::Head: return QStringLiteral("HEAD");
    case M::Options: return QStringLiteral("OPTIONS");
    case M::Patch: return QStringLiteral("PATCH");
    case M::Connect: return QStringLiteral("CONNECT");
    case M::Trace: return QStringLiteral("TRACE");
    default: break;
    }
    return QStringLiteral("UNKNOWN");
}

QString clientAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

bool parseBody(const QHttpServerRequest &request, QJsonObject *body, Reply *error)
{
    QJsonObject valueError;
    if (EmuValidation::parseObject(request.body(), body, &valueError))
        return true;
    *error = badRequest(valueError);
    return false;
}

} // namespace emu
