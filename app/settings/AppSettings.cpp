#include "AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>

const AppSettings::Setting AppSettings::WindowGeometry{QStringLiteral("window/geometry"), QByteArray()};
const AppSettings::Setting AppSettings::TableHeader{QStringLiteral("window/tableHeader"), QByteArray()};
const AppSettings::Setting AppSettings::ClipboardDelay{QStringLiteral("clipboard/clearDelaySecs"),
                                                       AppSettings::DefaultClipboardDelaySecs};
const AppSettings::Setting AppSettings::Language{QStringLiteral("ui/language"), QString()};
const QString AppSettings::LastUsernameGroup = QStringLiteral("lastUsername");

QList<AppSettings::Setting> AppSettings::keys()
{
    return {WindowGeometry, TableHeader, ClipboardDelay, Language};
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("HubTokens"),
                                             QStringLiteral("hubtokens")))
{
}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

std::unique_ptr<AppSettings> AppSettings::temporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto settings = std::make_unique<AppSettings>(dir->filePath(QStringLiteral("settings.ini")));
    settings->m_tempDir = std::move(dir);
    return settings;
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QVariant AppSettings::read(const QString &key, const QVariant &defaultValue) const
{
    return m_settings->value(key, defaultValue);
}

void AppSettings::write(const QString &key, const QVariant &value)
{
    const bool had = m_settings->contains(key);
    if (!value.isValid()) {
        if (!had)
            return;
        m_settings->remove(key);
    } else {
        if (had && m_settings->value(key) == value)
            return;
        m_settings->setValue(key, value);
    }
    Q_EMIT changed(key);
}

QByteArray AppSettings::windowGeometry() const
{
    return read(WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    write(WindowGeometry.key, geometry);
}

QByteArray AppSettings::tableHeaderState() const
{
    return read(TableHeader).toByteArray();
}

void AppSettings::setTableHeaderState(const QByteArray &state)
{
    write(TableHeader.key, state);
}

QString AppSettings::serverKey(const QUrl &server)
{
    // "https://hub.docker.com" and "https://hub.docker.com/" → "https_hub.docker.com" (QSettings keys may not hold
    // '/').
    QString key = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    key.replace(QLatin1String("://"), QLatin1String("_"));
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    key.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return key;
}

QString AppSettings::lastUsername(const QUrl &server) const
{
    return read(LastUsernameGroup + QLatin1Char('/') + serverKey(server)).toString();
}

void AppSettings::setLastUsername(const QUrl &server, const QString &username)
{
    write(LastUsernameGroup + QLatin1Char('/') + serverKey(server), username.isEmpty() ? QVariant() : QVariant(username));
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
    const int secs = read(ClipboardDelay).toInt(&ok);
    return ok ? clampClipboardDelay(secs) : DefaultClipboardDelaySecs;
}

void AppSettings::setClipboardClearDelay(int seconds)
{
    write(ClipboardDelay.key, clampClipboardDelay(seconds));
}

QString AppSettings::language() const
{
    return read(Language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    write(Language.key, code.isEmpty() ? QVariant() : QVariant(code));
}

void AppSettings::sync()
{
    m_settings->sync();
}
