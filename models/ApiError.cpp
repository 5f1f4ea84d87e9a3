#include "ApiError.h"

namespace {
const char *kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::NetworkUnreachable: return "network unreachable";
    case ApiError::Kind::Timeout: return "timeout";
    case ApiError::Kind::InsecureTransport: return "insecure transport";
    case ApiError::Kind::BadCredentials: return "bad credentials";
    case ApiError::Kind::TwoFactorRequired: return "2FA required";
    case ApiError::Kind::PatSessionForbidden: return "PAT session forbidden";
    case ApiError::Kind::SessionExpired: return "session expired";
    case ApiError::Kind::Forbidden: return "forbidden";
    case ApiError::Kind::NotFound: return "not found";
    case ApiError::Kind::Validation: return "validation";
    case ApiError::Kind::RateLimited: return "rate limited";
    case ApiError::Kind::ServerError: return "server error";
    case ApiError::Kind::MalformedReply: return "malformed reply";
    case ApiError::Kind::Cancelled: return "cancelled";
    case ApiError::Kind::Other: return "other";
    }
    return "?";
}
} // namespace

QString ApiError::toString() const
{
    QString s = QString::fromLatin1(kindName(kind));
    if (httpStatus)
        s += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    if (!detail.isEmpty())
        s += QStringLiteral(" [") + detail + QLatin1Char(']');
    return s;
}
