#include "AppSettings.h"



#include <QSettings>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString HeaderKey = QStringLiteral("window/tableHeader");
const QString UsernamesGroup = QStringLiteral("lastUsername");
const QString ClipboardDelayKey = QStringLiteral("clipboard/clearDelaySecs");
const QString LanguageKey = QStringLiteral("ui/language");
const QString DockerRegistryKey = QStringLiteral("docker/registry");
const QString DockerTokensGroup = QStringLiteral("dockerTokens");
const QString DockerSessionGroup = QStringLiteral("dockerSession");

bool isFingerprint(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::tableHeaderState() const
{
    return m_settings->value(HeaderKey).toByteArray();
}

void AppSettings::setTableHeaderState(const QByteArray &state)
{
    m_settings->setValue(HeaderKey, state);
}

QString AppSettings::serverKey(const QUrl &server)
{
    // "https://hub.docker.com" → "https_hub.docker.com" (QSettings keys may not hold '/').
    QString key = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
    key.replace(QLatin1String("://"), QLatin1String("_"));
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    key.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return key;
}

QString AppSettings::lastUsername(const QUrl &server) const
{
    return m_settings->value(UsernamesGroup + QLatin1Char('/') + serverKey(server)).toString();
}

void AppSettings::setLastUsername(const QUrl &server, const QString &username)
{
    m_settings->setValue(UsernamesGroup + QLatin1Char('/') + serverKey(server), username);
}

int AppSettings::clampClipboardDelay(int seconds)
{
    if (seconds < 0)
        return DefaultClipboardDelaySecs;
    if (seconds == NeverClearClipboard)
        return NeverClearClipboard;
    return qBound(MinClipboardDelaySecs, seconds, MaxClipboardDelaySecs);
}

int AppSettings::clipboardClearDelay() const
{
    bool ok = false;
    const int secs = m_settings->value(ClipboardDelayKey, DefaultClipboardDelaySecs).toInt(&ok);
    return ok ? clampClipboardDelay(secs) : DefaultClipboardDelaySecs;
}

void AppSettings::setClipboardClearDelay(int seconds)
{
    m_settings->setValue(ClipboardDelayKey, clampClipboardDelay(seconds));
}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(LanguageKey);
    else
        m_settings->setValue(LanguageKey, code);
}

QString AppSettings::dockerRegistry() const
{
    return m_settings->value(DockerRegistryKey).toString();
}

void AppSettings::setDockerRegistry(const QString &key)
{
    if (key.trimmed().isEmpty())
        m_settings->remove(DockerRegistryKey);
    else
        m_settings->setValue(DockerRegistryKey, key.trimmed());
}

QHash<QString, QString> AppSettings::dockerTokenFingerprints() const
{
    QHash<QString, QString> map;
    m_settings->beginGroup(DockerTokensGroup);
    const QStringList keys = m_settings->childKeys();
    for (const QString &fingerprint : keys) {
        const QString uuid = m_settings->value(fingerprint).toString();
        if (isFingerprint(fingerprint) && !uuid.isEmpty())
            map.insert(fingerprint, uuid);
    }
    m_settings->endGroup();
    return map;
}

QString AppSettings::dockerTokenUuid(const QString &fingerprint) const
{
    if (!isFingerprint(fingerprint))
        return {};
    return m_settings->value(DockerTokensGroup + QLatin1Char('/') + fingerprint).toString();
}

void AppSettings::rememberDockerToken(const QString &fingerprint, const QString &uuid)
{
    if (!isFingerprint(fingerprint) || uuid.isEmpty())
        return;
    forgetDockerToken(uuid);
    m_settings->setValue(DockerTokensGroup + QLatin1Char('/') + fingerprint, uuid);
}

void AppSettings::forgetDockerToken(const QString &uuid)
{
    const QHash<QString, QString> known = dockerTokenFingerprints();
    for (auto it = known.begin(); it != known.end(); ++it) {
        if (it.value() == uuid)
            m_settings->remove(DockerTokensGroup + QLatin1Char('/') + it.key());
    }
}

bool AppSettings::usesDockerSession(const QUrl &server) const
{
    return m_settings->value(DockerSessionGroup + QLatin1Char('/') + serverKey(server), false).toBool();
}

void AppSettings::setUsesDockerSession(const QUrl &server, bool on)
{
    const QString key = DockerSessionGroup + QLatin1Char('/') + serverKey(server);
    if (on)
        m_settings->setValue(key, true);
    else
        m_settings->remove(key);
}

void AppSettings::sync()
{
    m_settings->sync();
}
