#include "EmuTotp.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace emu {

namespace {
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QByteArray EmuTotp::base32Decode(const QString &text, bool *ok)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        if (ch == u' ' || ch == u'-' || ch == u'=')
            continue;
        const char c = ch.toUpper().toLatin1();
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        if (value < 0) {
            if (ok)
                *ok = false;
            return {};
        }
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    if (ok)
        *ok = true;
    return out;
}

QString EmuTotp::base32Encode(const QByteArray &data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

QString EmuTotp::hotp(const QByteArray &key, quint64 counter, int digits)
{
    char message[8];
    qToBigEndian(counter, message);
    const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray(message, 8), key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
        | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

QString EmuTotp::code(const QByteArray &key, qint64 unixTime, int digits)
{
    return hotp(key, quint64(unixTime < 0 ? 0 : unixTime / StepSecs), digits);
}

bool EmuTotp::verify(const QByteArray &key, const QString &code, qint64 unixTime, int digits)
{
    const QString given = code.trimmed();
    if (given.size() != digits || key.isEmpty())
        return false;
    for (qint64 t : {unixTime, unixTime - StepSecs}) {
        if (t >= 0 && EmuTotp::code(key, t, digits) == given)
            return true;
    }
    return false;
}

} // namespace emu
