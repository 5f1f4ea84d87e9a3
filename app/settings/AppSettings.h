#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;
class QTemporaryDir;

// What the programs remember between runs: window geometry, table header state (column widths, sort), the last
// username per server, the clipboard delay and the language. Never a password, JWT or token secret.
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
    static const Setting WindowGeometry;   // window/geometry: QByteArray, empty
    static const Setting TableHeader;      // window/tableHeader: QByteArray, empty
    static const Setting ClipboardDelay;   // clipboard/clearDelaySecs: int, DefaultClipboardDelaySecs
    static const Setting Language;         // ui/language: QString, empty (follow the system)
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
    static QString serverKey(const QUrl &server);
    std::unique_ptr<QTemporaryDir> m_tempDir; // temporary() only
    std::unique_ptr<QSettings> m_settings;
};
