#include "DockerConfig.h"

#include "CredentialHelper.h"
#include "JsonTextEdit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace {

constexpr qint64 MaxConfigBytes = 4 * 1024 * 1024;
const QLatin1String CredsStoreKey("credsStore");
const QLatin1String CredHelpersKey("credHelpers");
const QLatin1String AuthsKey("auths");

DockerError configError(DockerError::Kind kind, const QString &path, const QString &detail)
{
    DockerError e;
    e.kind = kind;
    e.path = path;
    e.detail = detail;
    return e;
}

// "host" of a key that may lack a scheme ("registry.example.com/v2" → "registry.example.com").
QString hostOf(const QString &key)
{
    const QUrl url = QUrl::fromUserInput(key.contains(QLatin1String("://")) ? key : QStringLiteral("https://") + key);
    return url.host().toLower();
}

} // namespace

QString DockerConfig::defaultRegistry()
{
    return QStringLiteral("https://index.docker.io/v1/");
}

QString DockerConfig::sessionKey()
{
    return QStringLiteral("https://index.docker.io/v1/access-token");
}

QString DockerConfig::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("DOCKER_CONFIG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir::homePath() + QStringLiteral("/.docker");
}

QString DockerConfig::defaultPath()
{
    return defaultDirectory() + QStringLiteral("/config.json");
}

QString DockerConfig::normalizeKey(const QString &key)
{
    QString k = key.trimmed();
    const qsizetype scheme = k.indexOf(QLatin1String("://"));
    if (scheme < 0)
        k.prepend(QStringLiteral("https://"));
    const qsizetype hostStart = k.indexOf(QLatin1String("://")) + 3;
    qsizetype hostEnd = k.indexOf(QLatin1Char('/'), hostStart);
    if (hostEnd < 0)
        hostEnd = k.size();
    k = k.left(hostStart).toLower() + k.mid(hostStart, hostEnd - hostStart).toLower() + k.mid(hostEnd);
    if (!k.endsWith(QLatin1Char('/')))
        k.append(QLatin1Char('/'));
    return k;
}

template <typename T> const T *DockerConfig::lookup(const QMap<QString, T> &map, const QString &key)
{
    const auto exact = map.constFind(key);
    if (exact != map.constEnd())
        return &exact.value();
    const QString wanted = normalizeKey(key);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (normalizeKey(it.key()) == wanted)
            return &it.value();
    }
    return nullptr;
}

QString DockerConfig::helperFor(const QString &registry) const
{
    if (const QString *helper = lookup(m_credHelpers, registry))
        return *helper;
    // credHelpers is usually keyed by bare host ("gcr.io").
    const QString host = hostOf(registry);
    for (auto it = m_credHelpers.constBegin(); it != m_credHelpers.constEnd(); ++it) {
        if (!it.key().contains(QLatin1Char('/')) && it.key().compare(host, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return m_credsStore;
}

std::optional<InlineAuth> DockerConfig::inlineAuth(const QString &registry) const
{
    if (const InlineAuth *auth = lookup(m_auths, registry))
        return *auth;
    return std::nullopt;
}

DockerResult<DockerConfig> DockerConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        DockerConfig config;
        config.m_path = path;
        return DockerResult<DockerConfig>::success(config);
    }
    if (!file.open(QIODevice::ReadOnly))
        return DockerResult<DockerConfig>::failure(
            configError(DockerError::Kind::ConfigUnreadable, path, file.errorString()));
    if (file.size() > MaxConfigBytes)
        return DockerResult<DockerConfig>::failure(
            configError(DockerError::Kind::ConfigInvalid, path, QStringLiteral("larger than 4 MiB")));
    const QByteArray text = file.read(MaxConfigBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return DockerResult<DockerConfig>::failure(
            configError(DockerError::Kind::ConfigUnreadable, path, file.errorString()));
    return parse(path, text);
}

DockerResult<DockerConfig> DockerConfig::parse(const QString &path, const QByteArray &text)
{
    using Result = DockerResult<DockerConfig>;
    const auto invalid = [&path](const QString &detail) {
        return Result::failure(configError(DockerError::Kind::ConfigInvalid, path, detail));
    };
    DockerConfig config;
    config.m_path = path;
    config.m_exists = true;
    if (text.trimmed().isEmpty())
        return Result::success(config); // Docker reads an empty file as an empty configuration
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("%1 (at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();

    const QJsonValue store = root.value(CredsStoreKey);
    if (!store.isUndefined() && !store.isNull()) {
        if (!store.isString())
            return invalid(QStringLiteral("\"credsStore\" is not a string"));
        config.m_credsStore = store.toString();
        if (!config.m_credsStore.isEmpty() && !CredentialHelper::isValidName(config.m_credsStore))
            return invalid(QStringLiteral("\"credsStore\" is not a helper name"));
    }

    const QJsonValue helpers = root.value(CredHelpersKey);
    if (!helpers.isUndefined() && !helpers.isNull()) {
        if (!helpers.isObject())
            return invalid(QStringLiteral("\"credHelpers\" is not an object"));
        const QJsonObject object = helpers.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString() || !CredentialHelper::isValidName(it.value().toString()))
                return invalid(QStringLiteral("\"credHelpers\" has an entry that is not a helper name"));
            config.m_credHelpers.insert(it.key(), it.value().toString());
        }
    }

    const QJsonValue auths = root.value(AuthsKey);
    if (!auths.isUndefined() && !auths.isNull()) {
        if (!auths.isObject())
            return invalid(QStringLiteral("\"auths\" is not an object"));
        const QJsonObject object = auths.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isObject())
                return invalid(QStringLiteral("an \"auths\" entry is not an object"));
            const QJsonObject entry = it.value().toObject();
            const QJsonValue auth = entry.value(QLatin1String("auth"));
            const QJsonValue identity = entry.value(QLatin1String("identitytoken"));
            if ((!auth.isUndefined() && !auth.isString()) || (!identity.isUndefined() && !identity.isString()))
                return invalid(QStringLiteral("an \"auths\" entry has a value that is not a string"));
            InlineAuth inlineAuth;
            inlineAuth.identityToken = identity.toString();
            const QString encoded = auth.toString();
            if (!encoded.isEmpty()) {
                const auto decoded =
                    QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
                if (!decoded || colon < 0)
                    return invalid(QStringLiteral("an \"auth\" value is not base64 of user:secret"));
                inlineAuth.username = QString::fromUtf8(decoded.decoded.left(colon));
                inlineAuth.secret = QString::fromUtf8(decoded.decoded.mid(colon + 1));
            }
            if (!inlineAuth.secret.isEmpty() || !inlineAuth.identityToken.isEmpty())
                config.m_auths.insert(it.key(), inlineAuth);
        }
    }
    return Result::success(config);
}

DockerResult<DockerConfig> DockerConfig::setCredsStore(const QString &path, const QString &helper)
{
    using Result = DockerResult<DockerConfig>;
    if (!CredentialHelper::isValidName(helper)) {
        DockerError e = configError(DockerError::Kind::ConfigNotWritten, path, QStringLiteral("not a helper name"));
        e.helper = helper;
        return Result::failure(e);
    }
    if (CredentialHelper::findProgram(helper).isEmpty()) {
        DockerError e;
        e.kind = DockerError::Kind::HelperMissing;
        e.helper = helper;
        return Result::failure(e);
    }

    // Write through a symbolic link (dotfile managers keep config.json as one), not over it.
    const QFileInfo info(path);
    const QString target = info.isSymLink() && info.exists() ? info.canonicalFilePath() : path;
    QByteArray text;
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (QFileInfo::exists(target)) {
        QFile file(target);
        if (!file.open(QIODevice::ReadOnly))
            return Result::failure(configError(DockerError::Kind::ConfigUnreadable, path, file.errorString()));
        const QByteArray old = file.read(MaxConfigBytes + 1);
        if (file.error() != QFileDevice::NoError)
            return Result::failure(configError(DockerError::Kind::ConfigUnreadable, path, file.errorString()));
        if (old.size() > MaxConfigBytes)
            return Result::failure(
                configError(DockerError::Kind::ConfigInvalid, path, QStringLiteral("larger than 4 MiB")));
        const Result current = parse(path, old);
        if (!current.ok())
            return current; // invalid: never overwritten
        permissions = file.permissions();
        QJsonObject expected = old.trimmed().isEmpty() ? QJsonObject() : QJsonDocument::fromJson(old).object();
        expected.insert(CredsStoreKey, helper);
        const std::optional<QByteArray> edited =
            old.trimmed().isEmpty() ? std::nullopt : JsonTextEdit::setTopLevelString(old, CredsStoreKey, helper);
        if (edited && QJsonDocument::fromJson(*edited).object() == expected)
            text = *edited;
        else // the text could not be edited in place: write the same keys and values, reformatted
            text = QJsonDocument(expected).toJson(QJsonDocument::Indented);
    } else {
        const QString directory = QFileInfo(target).absolutePath();
        if (!QFileInfo::exists(directory)) {
            if (!QDir().mkpath(directory))
                return Result::failure(configError(DockerError::Kind::ConfigNotWritten, path,
                                                   QStringLiteral("cannot create the directory")));
            QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        text = "{\n\t" + JsonTextEdit::quote(CredsStoreKey) + ": " + JsonTextEdit::quote(helper) + "\n}\n";
    }

    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Result::failure(configError(DockerError::Kind::ConfigNotWritten, path, out.errorString()));
    out.setPermissions(permissions);
    if (out.write(text) != text.size() || !out.commit())
        return Result::failure(configError(DockerError::Kind::ConfigNotWritten, path, out.errorString()));
    return parse(path, text);
}
