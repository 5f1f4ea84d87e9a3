#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace emu {

// Compact JWS with HS256: base64url(header).base64url(payload).base64url(HMAC-SHA256).
class EmuJwt {
public:
    enum class Result { Valid, Malformed, BadSignature, Expired };

    static QByteArray sign(const QJsonObject &claims, const QByteArray &key);
    // Checks the shape, the algorithm, the signature (in constant time) and `exp` against `nowSecs`.
    // On Valid or Expired, *claims holds the payload.
    static Result verify(const QByteArray &token, const QByteArray &key, qint64 nowSecs, QJsonObject *claims = nullptr);

    // Decodes the payload without checking anything (for tests and logs).
    static QJsonObject peekClaims(const QByteArray &token);

    static QByteArray base64Url(const QByteArray &data);
    static bool fromBase64Url(const QByteArray &text, QByteArray *out);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace emu
