#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

// What the app remembers between runs: window geometry, table header state (column widths, sort), the last
// username per server, the clipboard delay, the language, and Docker: the registry key, the fingerprints of the
// tokens the app put into Docker's credential store, and whether to continue with Docker's own session. Never a
// password, JWT or token secret.
class AppSettings {
public:
    // The user's settings (organization/application name from QCoreApplication).
    AppSettings();
    // An explicit INI file: tests and the screenshot tool.
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

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

private:
    static QString serverKey(const QUrl &server);
    std::unique_ptr<QSettings> m_settings;
};
