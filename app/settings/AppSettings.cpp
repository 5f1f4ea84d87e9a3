#include "AppSettings.h"



#include <QSettings>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString HeaderKey = QStringLiteral("window/tableHeader");
const QString UsernamesGroup = QStringLiteral("lastUsername");
const QString ClipboardDelayKey = QStringLiteral("clipboard/clearDelaySecs");
const QString LanguageKey = QStringLiteral("ui/language");
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

void AppSettings::sync()
{
    m_settings->sync();
}
