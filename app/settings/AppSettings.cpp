#include "AppSettings.h"

#include <QSettings>
#include <QTemporaryDir>

const AppSettings::Setting AppSettings::WindowGeometry{QStringLiteral("window/geometry"), QByteArray()};
const AppSettings::Setting AppSettings::TableHeader{QStringLiteral("window/tableHeader"), QByteArray()};
const AppSettings::Setting AppSettings::ClipboardDelay{QStringLiteral("clipboard/clearDelaySecs"),
                                                       AppSettings::DefaultClipboardDelaySecs};
const AppSettings::Setting AppSettings::Language{QStringLiteral("ui/language"), QString()};
const QString AppSettings::LastUsernameGroup = QStringLiteral("lastUsername");
const AppSettings::Setting AppSettings::RemindersEnabled{QStringLiteral("reminders/enabled"), true};
const AppSettings::Setting AppSettings::ReminderThresholds{QStringLiteral("reminders/thresholdDays"), QString()};
const AppSettings::Setting AppSettings::RemindWhenClosed{QStringLiteral("reminders/whenClosed"), false};
const AppSettings::Setting AppSettings::DockerRegistry{QStringLiteral("docker/registry"), QString()};

#include <algorithm>

namespace {
const QString ReminderAccountsGroup = QStringLiteral("reminderAccounts");
const QString LastCheckKey = QStringLiteral("lastCheck");
const QString RemindedKey = QStringLiteral("reminded");
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

QList<AppSettings::Setting> AppSettings::keys()
{
    return {WindowGeometry,   TableHeader,        ClipboardDelay,   Language,
            RemindersEnabled, ReminderThresholds, RemindWhenClosed, DockerRegistry};
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
    write(LastUsernameGroup + QLatin1Char('/') + serverKey(server),
          username.isEmpty() ? QVariant() : QVariant(username));
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

bool AppSettings::remindersEnabled() const
{
    return read(RemindersEnabled).toBool();
}

void AppSettings::setRemindersEnabled(bool enabled)
{
    write(RemindersEnabled.key, enabled);
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
    const QStringList stored = read(ReminderThresholds).toString().split(u',', Qt::SkipEmptyParts);
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
    write(ReminderThresholds.key, text.join(u','));
}

bool AppSettings::remindWhenClosed() const
{
    return read(RemindWhenClosed).toBool();
}

void AppSettings::setRemindWhenClosed(bool enabled)
{
    write(RemindWhenClosed.key, enabled);
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
    const QString text = read(accountKey(server, username) + QLatin1Char('/') + LastCheckKey).toString();
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

void AppSettings::setReminderLastCheck(const QUrl &server, const QString &username, const QDateTime &when)
{
    const QString key = accountKey(server, username) + QLatin1Char('/') + LastCheckKey;
    if (when.isValid())
        write(key, when.toUTC().toString(Qt::ISODate));
    else
        write(key, QVariant());
}

QHash<QString, int> AppSettings::remindedThresholds(const QUrl &server, const QString &username) const
{
    // Stored as "uuid=days" strings.
    QHash<QString, int> reminded;
    const QStringList entries = read(accountKey(server, username) + QLatin1Char('/') + RemindedKey).toStringList();
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
        write(key, QVariant());
        return;
    }
    QStringList entries;
    for (auto it = reminded.cbegin(); it != reminded.cend(); ++it)
        entries.append(it.key() + u'=' + QString::number(it.value()));
    entries.sort(); // a stable file
    write(key, entries);
}

QString AppSettings::dockerRegistry() const
{
    return read(DockerRegistry).toString();
}

void AppSettings::setDockerRegistry(const QString &key)
{
    write(DockerRegistry.key, key.trimmed().isEmpty() ? QVariant() : QVariant(key.trimmed()));
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
    return read(DockerTokensGroup + QLatin1Char('/') + fingerprint).toString();
}

void AppSettings::rememberDockerToken(const QString &fingerprint, const QString &uuid)
{
    if (!isFingerprint(fingerprint) || uuid.isEmpty())
        return;
    forgetDockerToken(uuid);
    write(DockerTokensGroup + QLatin1Char('/') + fingerprint, uuid);
}

void AppSettings::forgetDockerToken(const QString &uuid)
{
    const QHash<QString, QString> known = dockerTokenFingerprints();
    for (auto it = known.begin(); it != known.end(); ++it) {
        if (it.value() == uuid)
            write(DockerTokensGroup + QLatin1Char('/') + it.key(), QVariant());
    }
}

bool AppSettings::usesDockerSession(const QUrl &server) const
{
    return read(DockerSessionGroup + QLatin1Char('/') + serverKey(server), false).toBool();
}

void AppSettings::setUsesDockerSession(const QUrl &server, bool on)
{
    const QString key = DockerSessionGroup + QLatin1Char('/') + serverKey(server);
    write(key, on ? QVariant(true) : QVariant());
}

void AppSettings::sync()
{
    m_settings->sync();
}
