#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

// What the app remembers between runs: window geometry, table header state (column widths, sort), the last
// username per server and the clipboard delay. Never a password, JWT or token secret.
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

    int clipboardClearDelay() const; // seconds; 0 = never; default ClipboardGuard::DefaultClearDelaySecs
    void setClipboardClearDelay(int seconds);

    void sync();

private:
    static QString serverKey(const QUrl &server);
    std::unique_ptr<QSettings> m_settings;
};
