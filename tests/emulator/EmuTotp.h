#pragma once

#include <QByteArray>
#include <QString>

namespace emu {

// RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps) and RFC 4648 base32.
class EmuTotp {
public:
    static constexpr int StepSecs = 30;

    // Decodes base32 (case-insensitive; spaces, dashes and '=' padding ignored). Sets *ok to false on a bad character.
    static QByteArray base32Decode(const QString &text, bool *ok = nullptr);
    static QString base32Encode(const QByteArray &data);

    // RFC 4226 HOTP value for `counter`, `digits` long with leading zeros.
    static QString hotp(const QByteArray &key, quint64 counter, int digits = 6);
    // The code for the step that contains `unixTime`.
    static QString code(const QByteArray &key, qint64 unixTime, int digits = 6);
    // True if `code` matches the step of `unixTime` or the one before it.
    static bool verify(const QByteArray &key, const QString &code, qint64 unixTime, int digits = 6);
};

} // namespace emu
