#include "AppSettings.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString HeaderKey = QStringLiteral("window/tableHeader");
const QString UsernamesGroup = QStringLiteral("lastUsername");
const QString ClipboardDelayKey = QStringLiteral("clipboard/clearDelaySecs");
const QString LanguageKey = QStringLiteral("ui/language");
const QString RemindersEnabledKey = QStringLiteral("reminders/enabled");
const QString ReminderThresholdsKey = QStringLiteral("reminders/thresholdDays");
const QString RemindWhenClosedKey = QStringLiteral("reminders/whenClosed");
const QString ReminderAccountsGroup = QStringLiteral("reminderAccounts");
const QString LastCheckKey = QStringLiteral("lastCheck");
const QString RemindedKey = QStringLiteral("reminded");
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

bool AppSettings::remindersEnabled() const
{
    return m_settings->value(RemindersEnabledKey, true).toBool();
}

void AppSettings::setRemindersEnabled(bool enabled)
{
    m_settings->setValue(RemindersEnabledKey, enabled);
}

QList<int> AppSettings::defaultReminderThresholds()
{
    return {30, 7, 1};
}

QList<int> AppSettings::normalizeReminderThresholds(const QList<int> &days)
{
    QList<int> kept;
    for (const int d : days) {
        if (d >= 1 && d <= MaxReminderThresholdDays && !kept.contains(d))
            kept.append(d);
    }
    std::sort(kept.begin(), kept.end(), std::greater<int>());
    if (kept.size() > MaxReminderThresholds)
        kept = kept.mid(kept.size() - MaxReminderThresholds);
    return kept.isEmpty() ? defaultReminderThresholds() : kept;
}

QList<int> AppSettings::reminderThresholds() const
{
    // Stored as text ("30,7,1"): readable in the INI file and the same in every QSettings backend.
    const QStringList stored =
        m_settings->value(ReminderThresholdsKey).toString().split(u',', Qt::SkipEmptyParts);
    QList<int> days;
    for (const QString &s : stored) {
        bool ok = false;
        const int d = s.trimmed().toInt(&ok);
        if (ok)
            days.append(d);
    }
    return normalizeReminderThresholds(days);
}

void AppSettings::setReminderThresholds(const QList<int> &days)
{
    QStringList text;
    for (const int d : normalizeReminderThresholds(days))
        text.append(QString::number(d));
    m_settings->setValue(ReminderThresholdsKey, text.join(u','));
}

bool AppSettings::remindWhenClosed() const
{
    return m_settings->value(RemindWhenClosedKey, false).toBool();
}

void AppSettings::setRemindWhenClosed(bool enabled)
{
    m_settings->setValue(RemindWhenClosedKey, enabled);
}

QString AppSettings::accountKey(const QUrl &server, const QString &username)
{
    // Docker IDs are lowercase letters and digits; anything else is made harmless for a QSettings key.
    QString user = username.trimmed().toLower();
    user.replace(QLatin1Char('/'), QLatin1Char('_'));
    user.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return ReminderAccountsGroup + QLatin1Char('/') + serverKey(server) + QLatin1String("__") + user;
}

QDateTime AppSettings::reminderLastCheck(const QUrl &server, const QString &username) const
{
    const QString text = m_settings->value(accountKey(server, username) + QLatin1Char('/') + LastCheckKey).toString();
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

void AppSettings::setReminderLastCheck(const QUrl &server, const QString &username, const QDateTime &when)
{
    const QString key = accountKey(server, username) + QLatin1Char('/') + LastCheckKey;
    if (when.isValid())
        m_settings->setValue(key, when.toUTC().toString(Qt::ISODate));
    else
        m_settings->remove(key);
}

QHash<QString, int> AppSettings::remindedThresholds(const QUrl &server, const QString &username) const
{
    // Stored as "uuid=days" strings.
    QHash<QString, int> reminded;
    const QStringList entries =
        m_settings->value(accountKey(server, username) + QLatin1Char('/') + RemindedKey).toStringList();
    for (const QString &entry : entries) {
        const qsizetype eq = entry.lastIndexOf(u'=');
        bool ok = false;
        const int days = eq > 0 ? entry.mid(eq + 1).toInt(&ok) : -1;
        if (ok && days >= 0)
            reminded.insert(entry.left(eq), days);
    }
    return reminded;
}

void AppSettings::setRemindedThresholds(const QUrl &server, const QString &username,
                                        const QHash<QString, int> &reminded)
{
    const QString key = accountKey(server, username) + QLatin1Char('/') + RemindedKey;
    if (reminded.isEmpty()) {
        m_settings->remove(key);
        return;
    }
    QStringList entries;
    for (auto it = reminded.cbegin(); it != reminded.cend(); ++it)
        entries.append(it.key() + u'=' + QString::number(it.value()));
    entries.sort(); // a stable file
    m_settings->setValue(key, entries);
}

void AppSettings::sync()
{
    m_settings->sync();
}
