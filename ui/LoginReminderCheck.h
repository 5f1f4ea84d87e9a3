#pragma once

#include "app/reminders/ExpiryReminders.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class Account;
class QSystemTrayIcon;
class ReminderService;
class TokenCore;

// `hubtokens --check-reminders`, as the autostart entry starts it at login (the steps are AutostartEntry's): no
// window at first; resume the kept session, or end quietly; list the tokens and check once. Nothing due: end. A
// notification shown: wait, windowless, until it is clicked (openWindow with its tokens: the app carries on as
// usual) or closed (end). No notification service: a tray icon with the reminder; a click opens the window,
// dismissing it ends. Every error ends it quietly (exit 0); the next login tries again.
class LoginReminderCheck : public QObject {
    Q_OBJECT
public:
    using OpenWindow = std::function<void(const QStringList &uuids)>;

    LoginReminderCheck(Account *account, TokenCore *core, ReminderService *service, OpenWindow openWindow,
                       QObject *parent = nullptr);

    // Tests: whether a system tray is there (default: QSystemTrayIcon::isSystemTrayAvailable()).
    void setTrayAvailable(bool available) { m_trayAvailable = available; }

    void start();

Q_SIGNALS:
    // The check is over and no window was opened: quit with this status.
    void finished(int exitCode);
    // The window was opened: the app carries on.
    void windowOpened();

private:
    void list();
    void check();
    void showTray(const Reminder &reminder);
    void open(const QStringList &uuids);
    void end();

    Account *m_account;
    TokenCore *m_core;
    ReminderService *m_service;
    OpenWindow m_openWindow;
    bool m_trayAvailable;
    bool m_done = false;
    QPointer<QSystemTrayIcon> m_tray;
};
