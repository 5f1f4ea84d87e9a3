#include "EmuJwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace emu {

namespace {
constexpr auto UrlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mac(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
}

bool decodeObject(const QByteArray &part, QJsonObject *out)
{
    QByteArray raw;
    if (!EmuJwt::fromBase64Url(part, &raw))
        return false;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}
} // namespace

QByteArray EmuJwt::base64Url(const QByteArray &data)
{
    return data.toBase64(UrlOptions);
}

bool EmuJwt::fromBase64Url(const QByteArray &text, QByteArray *out)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    const auto result = QByteArray::fromBase64Encoding(text, UrlOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = result.decoded;
    return true;
}

bool EmuJwt::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray EmuJwt::sign(const QJsonObject &claims, const QByteArray &key)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + base64Url(mac(input, key));
}

EmuJwt::Result EmuJwt::verify(const QByteArray &token, const QByteArray &key, qint64 nowSecs, QJsonObject *claims)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return Result::Malformed;
    QJsonObject header;
    QJsonObject payload;
    QByteArray signature;
    if (!decodeObject(parts.at(0), &header) || !decodeObject(parts.at(1), &payload)
        || !fromBase64Url(parts.at(2), &signature))
        return Result::Malformed;
    if (header.value(QStringLiteral("alg")).toString() != QStringLiteral("HS256"))
        return Result::BadSignature;
    if (!constantTimeEquals(signature, mac(parts.at(0) + '.' + parts.at(1), key)))
        return Result::BadSignature;
    const QJsonValue exp = payload.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return Result::Malformed;
    if (claims)
        *claims = payload;
    if (qint64(exp.toDouble()) <= nowSecs)
        return Result::Expired;
    return Result::Valid;
}

QJsonObject EmuJwt::peekClaims(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    QJsonObject payload;
    if (parts.size() == 3)
        decodeObject(parts.at(1), &payload);
    return payload;
}

} // namespace emu
