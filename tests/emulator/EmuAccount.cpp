#include "EmuAccount.h"

#include "EmuJwt.h"
#include "EmuSecret.h"

namespace emu {

bool EmuAccount::checkPassword(const QString &password) const
{
    return !passwordHash.isEmpty()
        && EmuJwt::constantTimeEquals(EmuSecret::saltedHash(passwordSalt, password), passwordHash);
}

void EmuAccount::setPassword(const QString &password)
{
    passwordSalt = EmuSecret::randomBytes(16).toHex();
    passwordHash = EmuSecret::saltedHash(passwordSalt, password);
}

QJsonObject EmuAccount::toStateJson() const
{
    return QJsonObject{{QStringLiteral("username"), username},
                       {QStringLiteral("uuid"), uuid},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("password_salt"), QString::fromLatin1(passwordSalt)},
                       {QStringLiteral("password_sha256"), QString::fromLatin1(passwordHash)},
                       {QStringLiteral("totp_secret"), totpSecret}};
}

EmuAccount EmuAccount::fromStateJson(const QJsonObject &o)
{
    EmuAccount a;
    a.username = o.value(QStringLiteral("username")).toString();
    a.uuid = o.value(QStringLiteral("uuid")).toString();
    a.email = o.value(QStringLiteral("email")).toString();
    a.passwordSalt = o.value(QStringLiteral("password_salt")).toString().toLatin1();
    a.passwordHash = o.value(QStringLiteral("password_sha256")).toString().toLatin1();
    a.totpSecret = o.value(QStringLiteral("totp_secret")).toString();
    return a;
}

} // namespace emu
