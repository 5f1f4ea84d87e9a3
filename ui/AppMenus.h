#pragma once

#include <QObject>
#include <QPointer>

class AboutDialog;
class AppSettings;
class HubClient;
class QAction;
class QMainWindow;
class QMenu;

// The window's File and Help menus: File → Quit (Ctrl+Q) and Help → About (AboutDialog). Quit only asks
// (quitRequested); the window quits the way it always does, so the clipboard is cleared on the way out.
class AppMenus : public QObject {
    Q_OBJECT
public:
    AppMenus(QMainWindow *window, HubClient *client, AppSettings *settings);

    // The server is the emulator --demo started: About says "(demo)".
    void setDemoMode(bool demo) { m_demo = demo; }
    // Every text in the current language.
    void retranslate();
    void showAbout();

    QAction *quitAction() const { return m_quit; }
    QAction *aboutAction() const { return m_about; }
    AboutDialog *aboutDialog() const;

Q_SIGNALS:
    void quitRequested();

private:
    QString serverText() const;

    QMainWindow *m_window;
    HubClient *m_client;
    AppSettings *m_settings;
    bool m_demo = false;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QPointer<AboutDialog> m_aboutDialog;
};
