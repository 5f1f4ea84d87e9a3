#pragma once

#include <QByteArray>
#include <QString>

namespace emu {

// Personal access token secrets: "dckr_pat_" + 27 characters of [A-Za-z0-9_-] from the system CSPRNG.
class EmuSecret {
public:
    static constexpr int RandomLength = 27;
    static QString generate();
    static QString randomAlphabetString(int length);
    static bool looksLikeSecret(const QString &text);
    // Hex SHA-256: the only form in which the emulator keeps a secret.
    static QByteArray hash(const QString &secret);
    static QByteArray saltedHash(const QByteArray &salt, const QString &password);
    static QByteArray randomBytes(int count);
};

} // namespace emu
