#pragma once

#include "DesktopNotifier.h"
#include "ExpiryReminders.h"
#include "ReminderScheduler.h"

#include <QObject>
#include <QStringList>

class AppSettings;

// Expiry reminders, wired: the scheduler says when and what, the notifier shows it. What the window (and
// `hubtokens --check-reminders`) holds:
//
//   ReminderService reminders(&settings);
//   reminders.scheduler()->setAccount(server, username);
//   connect(&reminders, &ReminderService::checkRequested, …list the tokens, then reminders.check(tokens)…);
//   connect(&reminders, &ReminderService::fallbackNeeded, …show it in the tray or the banner…);
//   connect(&reminders, &ReminderService::activated, …show the window filtered to these uuids…);
//   reminders.start();
//
// A due reminder goes to the desktop notification service when it is there; otherwise, or if that call fails,
// fallbackNeeded() carries it for the caller to show another way. Nothing at all is shown when nothing is due or
// reminders are off.
class ReminderService : public QObject {
    Q_OBJECT
public:
    explicit ReminderService(AppSettings *settings, const QDBusConnection &bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    ReminderScheduler *scheduler() { return &m_scheduler; }
    DesktopNotifier *notifier() { return &m_notifier; }

    void start() { m_scheduler.start(); }
    void stop() { m_scheduler.stop(); }
    // ReminderScheduler::check(): the reminder, shown if not empty.
    Reminder check(const QList<AccessToken> &tokens) { return m_scheduler.check(tokens); }

Q_SIGNALS:
    void checkRequested();
    // The reminder was handed to the notification service (it shows as notifier()->notificationId()).
    void notified(const Reminder &reminder);
    // No notification service, or it failed: show this reminder another way.
    void fallbackNeeded(const Reminder &reminder);
    // The person clicked the notification: open the window filtered to these tokens.
    void activated(const QStringList &uuids);
    // The notification went away.
    void closed();

private:
    void deliver(const Reminder &reminder);

    ReminderScheduler m_scheduler;
    DesktopNotifier m_notifier;
};
