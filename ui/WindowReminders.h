#pragma once

#include "app/reminders/ExpiryReminders.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class MainWindow;
class ReminderService;
class TokenCore;

// Expiry reminders in the window (issue 10): answers the ReminderService's checkRequested (at start and daily) with
// the core's list — at once when it is loaded, else after the next successful list — and presents what the service
// cannot: with no notification service, the reminder shows in the window's banner ("Show them"). A click on the
// notification, or on that button, shows the window filtered to the reminder's tokens (TokenFilterProxyModel's uuid
// filter), with a banner to show every token again.
class WindowReminders : public QObject {
    Q_OBJECT
public:
    WindowReminders(MainWindow *window, TokenCore *core, ReminderService *service);

    // Brings the window up, filtered to these tokens.
    void showTokens(const QStringList &uuids);
    // A check is asked for and waits for the list.
    bool isCheckPending() const { return m_pending; }

private:
    void requestCheck();
    void runCheck();
    void showFallback(const Reminder &reminder);

    MainWindow *m_window;
    TokenCore *m_core;
    QPointer<ReminderService> m_service;
    bool m_pending = false;
};
