#include "EmuSecret.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace emu {

namespace {
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
static_assert(sizeof(Alphabet) - 1 == 64);
} // namespace

QString EmuSecret::randomAlphabetString(int length)
{
    QString out;
    out.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(Alphabet[rng->bounded(64)]));
    return out;
}

QString EmuSecret::generate()
{
    return QStringLiteral("dckr_pat_") + randomAlphabetString(RandomLength);
}

bool EmuSecret::looksLikeSecret(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^dckr_pat_[A-Za-z0-9_-]{27}$"));
    return re.match(text).hasMatch();
}

QByteArray EmuSecret::hash(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray EmuSecret::saltedHash(const QByteArray &salt, const QString &password)
{
    return QCryptographicHash::hash(salt + password.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray EmuSecret::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        out[i] = char(rng->bounded(256));
    return out;
}

} // namespace emu
