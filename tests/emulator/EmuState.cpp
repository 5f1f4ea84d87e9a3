#include "EmuState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace emu {

namespace {
constexpr int FormatVersion = 1;
}

EmuAccount *EmuState::account(const QString &username)
{
    for (EmuAccount &a : accounts) {
        if (a.username.compare(username, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

const EmuAccount *EmuState::account(const QString &username) const
{
    return const_cast<EmuState *>(this)->account(username);
}

EmuToken *EmuState::token(const QString &uuid)
{
    for (EmuToken &t : tokens) {
        if (t.uuid == uuid)
            return &t;
    }
    return nullptr;
}

EmuToken *EmuState::tokenBySecretHash(const QByteArray &hash)
{
    for (EmuToken &t : tokens) {
        if (t.secretHash == hash)
            return &t;
    }
    return nullptr;
}

namespace {
bool newestFirst(const EmuToken *a, const EmuToken *b)
{
    if (a->createdUsecs != b->createdUsecs)
        return a->createdUsecs > b->createdUsecs;
    return a->uuid < b->uuid;
}
} // namespace

QList<const EmuToken *> EmuState::tokensOf(const QString &username, bool sorted) const
{
    QList<const EmuToken *> out;
    for (const EmuToken &t : tokens) {
        if (t.owner.compare(username, Qt::CaseInsensitive) == 0)
            out << &t;
    }
    if (sorted)
        std::sort(out.begin(), out.end(), newestFirst);
    return out;
}

void EmuState::orderRange(QList<const EmuToken *> &tokens, int first, int count)
{
    const qsizetype begin = qBound(qsizetype(0), qsizetype(first), tokens.size());
    const qsizetype end = qBound(begin, qsizetype(first) + count, tokens.size());
    if (begin == end)
        return;
    if (begin > 0)
        std::nth_element(tokens.begin(), tokens.begin() + begin, tokens.end(), newestFirst);
    std::partial_sort(tokens.begin() + begin, tokens.begin() + end, tokens.end(), newestFirst);
}

QByteArray EmuState::toJson() const
{
    QJsonArray accountArray;
    for (const EmuAccount &a : accounts)
        accountArray.append(a.toStateJson());
    QJsonArray tokenArray;
    for (const EmuToken &t : tokens)
        tokenArray.append(t.toStateJson());
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("hub-emulator-state")},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("jwt_key"), QString::fromLatin1(jwtKey.toBase64())},
                           {QStringLiteral("accounts"), accountArray},
                           {QStringLiteral("tokens"), tokenArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool EmuState::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("hub-emulator-state")
        || root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        *error = QStringLiteral("not a hub-emulator state file (version %1)").arg(FormatVersion);
        return false;
    }
    const QByteArray key = QByteArray::fromBase64(root.value(QStringLiteral("jwt_key")).toString().toLatin1());
    if (key.size() < 32) {
        *error = QStringLiteral("the JWT key is missing or too short");
        return false;
    }
    EmuState loaded;
    loaded.jwtKey = key;
    for (const QJsonValue &v : root.value(QStringLiteral("accounts")).toArray())
        loaded.accounts << EmuAccount::fromStateJson(v.toObject());
    for (const QJsonValue &v : root.value(QStringLiteral("tokens")).toArray())
        loaded.tokens << EmuToken::fromStateJson(v.toObject());
    *this = loaded;
    return true;
}

bool EmuState::load(const QString &path, bool *existed, QString *error)
{
    QFile file(path);
    *existed = file.exists();
    if (!*existed)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!fromJson(file.readAll(), &why)) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

bool EmuState::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toJson());
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace emu
