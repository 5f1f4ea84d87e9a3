#pragma once

#include <QByteArray>
#include <QString>

// Overwrites a secret (a password, a JWT, a token's secret, a 2FA ticket) in place, then empties it: what the app held
// is gone from this copy's memory, not only dropped. The one way every floor wipes a secret.
namespace SecretWipe {

inline void wipe(QString &text)
{
    text.fill(QChar(u'\0'));
    text.clear();
    text.squeeze();
}

inline void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
    bytes.squeeze();
}

} // namespace SecretWipe
