#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace emu {

// A Hub account. The password is kept only as a salted SHA-256.
class EmuAccount {
public:
    QString username;
    QString uuid;
    QString email;
    QByteArray passwordSalt;
    QByteArray passwordHash;
    QString totpSecret; // base32; empty: no 2FA

    bool hasTwoFactor() const { return !totpSecret.isEmpty(); }
    bool checkPassword(const QString &password) const;
    void setPassword(const QString &password);

    QJsonObject toStateJson() const;
    static EmuAccount fromStateJson(const QJsonObject &object);
};

} // namespace emu
