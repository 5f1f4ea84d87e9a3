#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace emu {

// A personal access token as the emulator stores it: everything but the secret, of which only a SHA-256 is kept.
class EmuToken {
public:
    enum class Expiry { Absent, Null, Empty, Time }; // how expires_at appears on the wire

    QString uuid;
    QString owner; // username
    QByteArray secretHash;
    QString label;
    QStringList scopes;
    bool hasScopes = true; // false: legacy token, no "scopes" key
    bool active = true;
    QString generatedBy = QStringLiteral("manual");
    QString clientId = QStringLiteral("HUB");
    QString creatorIp;
    QString creatorUa;
    qint64 createdUsecs = 0;
    qint64 lastUsedUsecs = -1; // -1: never
    Expiry expiry = Expiry::Null;
    QString expiresRaw; // the wire text when expiry == Time
    qint64 expiresUsecs = 0; // parsed expiresRaw (0 if unparseable)

    bool isExpired(qint64 nowUsecs) const;
    // The API object; `tokenField` is "" in list/get/patch replies and the secret in the 201 reply.
    QJsonObject toApiJson(const QString &tokenField = {}) const;
    QJsonObject toStateJson() const;
    static EmuToken fromStateJson(const QJsonObject &object);
};

} // namespace emu
