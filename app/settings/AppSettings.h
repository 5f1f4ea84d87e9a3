#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

// What the app remembers between runs: window geometry, table header state (column widths, sort), the last
// username per server, the clipboard delay and the language. Never a password, JWT or token secret.
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

    void sync();

private:
    static QString serverKey(const QUrl &server);
    std::unique_ptr<QSettings> m_settings;
};
