#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;
class QTemporaryDir;

// What the programs remember between runs: window geometry, table header state (column widths, sort), the last
// username per server, the clipboard delay, the language and the expiry reminders (on/off, thresholds, and per
// server and account when it last looked and which reminder each token last had), and Docker: the registry key,
// the fingerprints of the tokens the app put into Docker's credential store, and whether to continue with Docker's
// own session. Never a password, JWT or token secret.
//
// One settings file for every program (the window, hubtokens-cli): opened with a fixed scope (organization
// "HubTokens", application "hubtokens"), whatever the program is called. Every key is in one table with its
// default (AppSettings::Setting below); every change through a setter is announced with changed(key).
class AppSettings : public QObject {
    Q_OBJECT
public:
    // A key and its default: the one table of settings (see keys()).
    struct Setting {
        QString key;
        QVariant defaultValue;
    };
    static const Setting WindowGeometry; // window/geometry: QByteArray, empty
    static const Setting TableHeader; // window/tableHeader: QByteArray, empty
    static const Setting ClipboardDelay; // clipboard/clearDelaySecs: int, DefaultClipboardDelaySecs
    static const Setting Language; // ui/language: QString, empty (follow the system)
    static const Setting RemindersEnabled; // reminders/enabled: bool, true
    static const Setting ReminderThresholds; // reminders/thresholdDays: "30,7,1"-style list, empty → 30, 7, 1
    static const Setting RemindWhenClosed; // reminders/whenClosed: bool, false
    static const Setting DockerRegistry; // docker/registry: QString, empty (Docker Hub's key)
    static const QString LastUsernameGroup; // lastUsername/<server>: QString, empty
    // Every fixed key above, for tests and diagnostics.
    static QList<Setting> keys();

    // The user's settings file (the same for every program).
    explicit AppSettings(QObject *parent = nullptr);
    // An explicit INI file: tests and the screenshot tool.
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;
    // A fresh, empty settings file in a temporary folder that goes with the object (tests).
    static std::unique_ptr<AppSettings> temporary();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);

    QString lastUsername(const QUrl &server) const;
    void setLastUsername(const QUrl &server, const QString &username);

    // How long a copied token stays on the clipboard: 0 = never cleared, else MinClipboardDelaySecs to
    // MaxClipboardDelaySecs seconds; default DefaultClipboardDelaySecs (30).
    static constexpr int NeverClearClipboard = 0;
    static constexpr int DefaultClipboardDelaySecs = 30;
    static constexpr int MinClipboardDelaySecs = 10;
    static constexpr int MaxClipboardDelaySecs = 5 * 60;
    // Negative → the default; 0 → never; anything else into [Min, Max].
    static int clampClipboardDelay(int seconds);
    int clipboardClearDelay() const;
    void setClipboardClearDelay(int seconds); // stores clampClipboardDelay(seconds)

    // The chosen language code ("ja", "zh_TW", …); empty: follow the system (the default).
    QString language() const;
    void setLanguage(const QString &code);

    // --- expiry reminders (app/reminders) ---------------------------------------------------------------
    // On by default.
    bool remindersEnabled() const;
    void setRemindersEnabled(bool enabled);
    // Days before expiry at which to remind: default 30, 7, 1. Stored and returned through
    // normalizeReminderThresholds().
    static QList<int> defaultReminderThresholds();
    // Whole days from 1 to MaxReminderThresholdDays, without repeats, largest first, at most MaxReminderThresholds of
    // them (the smallest kept); an empty result becomes the default.
    static QList<int> normalizeReminderThresholds(const QList<int> &days);
    static constexpr int MaxReminderThresholdDays = 365;
    static constexpr int MaxReminderThresholds = 5;
    QList<int> reminderThresholds() const;
    void setReminderThresholds(const QList<int> &days);
    // "Remind me even when Hub Tokens is closed" (the XDG autostart entry, AutostartEntry). Off by default.
    bool remindWhenClosed() const;
    void setRemindWhenClosed(bool enabled);
    // When the app last checked this account's tokens for reminders; invalid: never.
    QDateTime reminderLastCheck(const QUrl &server, const QString &username) const;
    void setReminderLastCheck(const QUrl &server, const QString &username, const QDateTime &when);
    // Per token uuid, the threshold (days) it was last reminded about; 0 = reminded that it has expired.
    QHash<QString, int> remindedThresholds(const QUrl &server, const QString &username) const;
    void setRemindedThresholds(const QUrl &server, const QString &username, const QHash<QString, int> &reminded);

    // Docker: the registry key tokens are stored under. Empty (the default): Docker Hub's key
    // ("https://index.docker.io/v1/", see DockerConfig::defaultRegistry()).
    QString dockerRegistry() const;
    void setDockerRegistry(const QString &key);

    // Fingerprints (hex SHA-256, StoredLogin::fingerprintOf) of the token secrets this app put into Docker's
    // credential store, each with its token's uuid: how the app tells which of the account's tokens this computer's
    // Docker uses. Never the secret itself.
    QHash<QString, QString> dockerTokenFingerprints() const; // fingerprint → uuid
    QString dockerTokenUuid(const QString &fingerprint) const;
    void rememberDockerToken(const QString &fingerprint, const QString &uuid); // replaces any for the same uuid
    void forgetDockerToken(const QString &uuid);

    // "Continue with Docker's sign-in" was chosen for `server`: only the choice; the session itself is read from
    // Docker's store each time.
    bool usesDockerSession(const QUrl &server) const;
    void setUsesDockerSession(const QUrl &server, bool on);

    void sync();
    // Where the settings live (for diagnostics and tests).
    QString fileName() const;

Q_SIGNALS:
    // A setter changed the value of `key`.
    void changed(const QString &key);

protected:
    // The value of `key`, or `defaultValue` when it was never set.
    QVariant read(const QString &key, const QVariant &defaultValue = {}) const;
    QVariant read(const Setting &setting) const { return read(setting.key, setting.defaultValue); }
    // Stores `value` (an invalid QVariant removes the key) and says so if that changed anything.
    void write(const QString &key, const QVariant &value);

private:
    static QString accountKey(const QUrl &server, const QString &username);
    static QString serverKey(const QUrl &server);
    std::unique_ptr<QTemporaryDir> m_tempDir; // temporary() only
    std::unique_ptr<QSettings> m_settings;
};
