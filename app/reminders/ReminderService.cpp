#include "ReminderService.h"

ReminderService::ReminderService(AppSettings *settings, const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_scheduler(settings)
    , m_notifier(bus)
{
    connect(&m_scheduler, &ReminderScheduler::checkRequested, this, &ReminderService::checkRequested);
    connect(&m_scheduler, &ReminderScheduler::reminderDue, this, &ReminderService::deliver);
    connect(&m_notifier, &DesktopNotifier::failed, this,
            [this](const Reminder &reminder, const QString &) { Q_EMIT fallbackNeeded(reminder); });
    connect(&m_notifier, &DesktopNotifier::activated, this, &ReminderService::activated);
    connect(&m_notifier, &DesktopNotifier::closed, this, [this] { Q_EMIT closed(); });
}

void ReminderService::deliver(const Reminder &reminder)
{
    if (m_notifier.notify(reminder))
        Q_EMIT notified(reminder);
    else
        Q_EMIT fallbackNeeded(reminder);
}
