#include "EmuToken.h"

#include "EmuRfc3339.h"

#include <QJsonArray>

namespace emu {

bool EmuToken::isExpired(qint64 nowUsecs) const
{
    return expiry == Expiry::Time && expiresUsecs != 0 && expiresUsecs <= nowUsecs;
}

QJsonObject EmuToken::toApiJson(const QString &tokenField) const
{
    QJsonObject o{{QStringLiteral("uuid"), uuid},
                  {QStringLiteral("client_id"), clientId},
                  {QStringLiteral("creator_ip"), creatorIp},
                  {QStringLiteral("creator_ua"), creatorUa},
                  {QStringLiteral("created_at"), EmuRfc3339::format(createdUsecs)},
                  {QStringLiteral("last_used"),
                   lastUsedUsecs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(EmuRfc3339::format(lastUsedUsecs))},
                  {QStringLiteral("generated_by"), generatedBy},
                  {QStringLiteral("is_active"), active},
                  {QStringLiteral("token"), tokenField},
                  {QStringLiteral("token_label"), label}};
    if (hasScopes)
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    switch (expiry) {
    case Expiry::Absent: break;
    case Expiry::Null: o.insert(QStringLiteral("expires_at"), QJsonValue::Null); break;
    case Expiry::Empty: o.insert(QStringLiteral("expires_at"), QString()); break;
    case Expiry::Time: o.insert(QStringLiteral("expires_at"), expiresRaw); break;
    }
    return o;
}

QJsonObject EmuToken::toStateJson() const
{
    static const char *const kinds[] = {"absent", "null", "empty", "time"};
    QJsonObject o{{QStringLiteral("uuid"), uuid},
                  {QStringLiteral("owner"), owner},
                  {QStringLiteral("secret_sha256"), QString::fromLatin1(secretHash)},
                  {QStringLiteral("token_label"), label},
                  {QStringLiteral("is_active"), active},
                  {QStringLiteral("generated_by"), generatedBy},
                  {QStringLiteral("client_id"), clientId},
                  {QStringLiteral("creator_ip"), creatorIp},
                  {QStringLiteral("creator_ua"), creatorUa},
                  {QStringLiteral("created_usecs"), QString::number(createdUsecs)},
                  {QStringLiteral("last_used_usecs"), QString::number(lastUsedUsecs)},
                  {QStringLiteral("expiry"), QLatin1String(kinds[int(expiry)])},
                  {QStringLiteral("expires_at"), expiresRaw}};
    if (hasScopes)
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    return o;
}

EmuToken EmuToken::fromStateJson(const QJsonObject &o)
{
    EmuToken t;
    t.uuid = o.value(QStringLiteral("uuid")).toString();
    t.owner = o.value(QStringLiteral("owner")).toString();
    t.secretHash = o.value(QStringLiteral("secret_sha256")).toString().toLatin1();
    t.label = o.value(QStringLiteral("token_label")).toString();
    t.active = o.value(QStringLiteral("is_active")).toBool(true);
    t.generatedBy = o.value(QStringLiteral("generated_by")).toString(QStringLiteral("manual"));
    t.clientId = o.value(QStringLiteral("client_id")).toString(QStringLiteral("HUB"));
    t.creatorIp = o.value(QStringLiteral("creator_ip")).toString();
    t.creatorUa = o.value(QStringLiteral("creator_ua")).toString();
    t.createdUsecs = o.value(QStringLiteral("created_usecs")).toString().toLongLong();
    t.lastUsedUsecs = o.value(QStringLiteral("last_used_usecs")).toString(QStringLiteral("-1")).toLongLong();
    const QString kind = o.value(QStringLiteral("expiry")).toString();
    t.expiry = kind == QLatin1String("absent") ? Expiry::Absent
        : kind == QLatin1String("empty")       ? Expiry::Empty
        : kind == QLatin1String("time")        ? Expiry::Time
                                               : Expiry::Null;
    t.expiresRaw = o.value(QStringLiteral("expires_at")).toString();
    if (t.expiry == Expiry::Time && !EmuRfc3339::parse(t.expiresRaw, &t.expiresUsecs))
        t.expiresUsecs = 0;
    t.hasScopes = o.contains(QStringLiteral("scopes"));
    for (const QJsonValue &v : o.value(QStringLiteral("scopes")).toArray())
        t.scopes << v.toString();
    return t;
}

} // namespace emu
