#include "Jwt.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace {

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

const QLatin1String kHubClaim("https://hub.docker.com");

} // namespace

Jwt Jwt::decode(const QString &token)
{
    Jwt jwt;
    const QList<QByteArray> parts = token.trimmed().toLatin1().split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return jwt;
    const std::optional<QJsonObject> header = decodePart(parts[0]);
    const std::optional<QJsonObject> claims = decodePart(parts[1]);
    if (!header || !claims)
        return jwt;
    jwt.m_header = *header;
    jwt.m_claims = *claims;
    jwt.m_valid = true;
    return jwt;
}

QDateTime Jwt::timeClaim(const char *name) const
{
    const QJsonValue v = m_claims.value(QLatin1String(name));
    if (v.isDouble())
        return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(v.toDouble()), Qt::UTC);
    if (v.isString()) {
        bool ok = false;
        const qint64 secs = v.toString().toLongLong(&ok);
        if (ok)
            return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    }
    return {};
}

QDateTime Jwt::expiresAt() const
{
    return timeClaim("exp");
}

QDateTime Jwt::issuedAt() const
{
    return timeClaim("iat");
}

QJsonObject Jwt::hubClaims() const
{
    return m_claims.value(kHubClaim).toObject();
}

QString Jwt::username() const
{
    QString name = hubClaims().value(QLatin1String("username")).toString();
    if (name.isEmpty())
        name = m_claims.value(QLatin1String("username")).toString();
    if (name.isEmpty())
        name = m_claims.value(QLatin1String("sub")).toString();
    return name;
}

QString Jwt::source() const
{
    const QJsonValue v = hubClaims().value(QLatin1String("source"));
    if (v.isString())
        return v.toString();
    // Some tokens carry the source as an object {"type": "pat", "id": …}.
    return v.toObject().value(QLatin1String("type")).toString();
}

bool Jwt::isFromPersonalAccessToken() const
{
    const QString s = source().toLower();
    return s.startsWith(QLatin1String("docker_pat")) || s == QLatin1String("pat")
        || s.startsWith(QLatin1String("pat|"));
}
