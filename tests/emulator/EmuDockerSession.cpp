#include "EmuDockerSession.h"

#include <QJsonArray>

namespace emu::EmuDockerSession {

namespace {
const QString HubClaim = QStringLiteral("https://hub.docker.com");
}

QJsonObject claims(const EmuAccount &account, qint64 nowSecs, int lifetimeSecs, bool withUsernameClaim,
                   const QString &sessionId)
{
    QJsonObject hub{{QStringLiteral("uuid"), account.uuid},
                    {QStringLiteral("email"), account.email},
                    {QStringLiteral("session_id"), sessionId},
                    {QStringLiteral("source"), QStringLiteral("docker_desktop|") + sessionId}};
    if (withUsernameClaim)
        hub.insert(QStringLiteral("username"), account.username);
    QString subject = account.uuid;
    subject.remove(QLatin1Char('-'));
    return QJsonObject{
        {QStringLiteral("iss"), QStringLiteral("https://login.docker.com/")},
        {QStringLiteral("sub"), QStringLiteral("auth0|") + subject},
        {QStringLiteral("aud"), QJsonArray{HubClaim, QStringLiteral("https://login.docker.com/userinfo")}},
        {QStringLiteral("iat"), nowSecs},
        {QStringLiteral("exp"), nowSecs + lifetimeSecs}, // negative: already lapsed (tests)
        {QStringLiteral("scope"), QStringLiteral("openid offline_access")},
        {QStringLiteral("azp"), QStringLiteral("hub-emulator-docker-desktop")},
        {HubClaim, hub}};
}

bool hasAudience(const QJsonObject &claims, const QString &audience)
{
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    if (aud.isString())
        return aud.toString() == audience;
    const QJsonArray list = aud.toArray();
    for (const QJsonValue &v : list) {
        if (v.toString() == audience)
            return true;
    }
    return false;
}

const EmuAccount *account(const EmuState &state, const QJsonObject &hubClaim)
{
    const QString uuid = hubClaim.value(QStringLiteral("uuid")).toString();
    const QString username = hubClaim.value(QStringLiteral("username")).toString();
    if (!username.isEmpty()) {
        const EmuAccount *a = state.account(username);
        return a && a->uuid == uuid ? a : nullptr;
    }
    for (const EmuAccount &a : state.accounts) {
        if (!uuid.isEmpty() && a.uuid == uuid)
            return &a;
    }
    return nullptr;
}

} // namespace emu::EmuDockerSession
