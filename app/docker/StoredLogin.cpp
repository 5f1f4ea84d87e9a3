#include "StoredLogin.h"

#include "app/session/Jwt.h"

#include <QCryptographicHash>
#include <QUuid>

StoredLogin::Kind StoredLogin::classify(const QString &secret)
{
    if (secret.isEmpty())
        return Kind::None;
    // Personal access tokens: "dckr_pat_…", or the older bare UUID form.
    if (secret.startsWith(QLatin1String("dckr_pat_")) || (secret.size() == 36 && !QUuid::fromString(secret).isNull()))
        return Kind::Token;
    if (Jwt::decode(secret).isValid())
        return Kind::Session;
    return Kind::Password;
}

QString StoredLogin::fingerprintOf(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

StoredLogin StoredLogin::from(const std::optional<DockerCredential> &credential, Origin origin)
{
    StoredLogin login;
    login.origin = origin;
    if (!credential)
        return login;
    login.kind = classify(credential->secret);
    if (login.kind == Kind::None)
        return login;
    login.username = credential->username;
    login.fingerprint = fingerprintOf(credential->secret);
    if (login.kind == Kind::Session)
        login.expiresAt = Jwt::decode(credential->secret).expiresAt();
    return login;
}

QString StoredLogin::kindKeyword(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Token: return QStringLiteral("token");
    case Kind::Password: return QStringLiteral("password");
    case Kind::Session: return QStringLiteral("session");
    }
    return {};
}
