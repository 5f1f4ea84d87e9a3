#include "ReminderScheduler.h"

#include "app/settings/AppSettings.h"

ReminderScheduler::ReminderScheduler(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_poll.setInterval(DefaultPollInterval);
    connect(&m_poll, &QTimer::timeout, this, &ReminderScheduler::poll);
}

void ReminderScheduler::setAccount(const QUrl &server, const QString &username)
{
    m_server = server;
    m_username = username;
}

void ReminderScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ReminderScheduler::setCheckInterval(std::chrono::milliseconds interval)
{
    m_checkInterval = interval;
}

void ReminderScheduler::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
}

void ReminderScheduler::start()
{
    m_nextCheckAt = m_clock(); // at once
    m_poll.start();
    QTimer::singleShot(0, this, [this] {
        if (m_poll.isActive())
            poll();
    });
}

void ReminderScheduler::stop()
{
    m_poll.stop();
}

void ReminderScheduler::poll()
{
    const QDateTime now = m_clock();
    if (!m_settings->remindersEnabled() || (m_nextCheckAt.isValid() && now < m_nextCheckAt))
        return;
    // Ask again after one poll interval if no check() answers (offline, signed out).
    m_nextCheckAt = now.addMSecs(m_poll.intervalAsDuration().count());
    Q_EMIT checkRequested();
}

bool ReminderScheduler::hasAccount() const
{
    return m_server.isValid() && !m_username.isEmpty();
}

QList<DueToken> ReminderScheduler::dueNow(const QList<AccessToken> &tokens, const QDateTime &now) const
{
    if (!m_settings->remindersEnabled())
        return {};
    const QDateTime lastLook = hasAccount() ? m_settings->reminderLastCheck(m_server, m_username) : QDateTime();
    const ExpiryReminders::RemindedMap reminded =
        hasAccount() ? m_settings->remindedThresholds(m_server, m_username) : ExpiryReminders::RemindedMap();
    return ExpiryReminders::gather(tokens, now, lastLook, m_settings->reminderThresholds(), reminded);
}

Reminder ReminderScheduler::preview(const QList<AccessToken> &tokens) const
{
    return ExpiryReminders::compose(dueNow(tokens, m_clock()));
}

Reminder ReminderScheduler::check(const QList<AccessToken> &tokens)
{
    const QDateTime now = m_clock();
    const QList<DueToken> due = dueNow(tokens, now);
    if (hasAccount()) {
        // The look counts even with reminders off: "expired since the last look" never reaches back further.
        m_settings->setReminderLastCheck(m_server, m_username, now);
        m_settings->setRemindedThresholds(
            m_server, m_username,
            ExpiryReminders::afterReminding(m_settings->remindedThresholds(m_server, m_username), due, tokens));
        m_settings->sync();
    }
    m_nextCheckAt = now.addMSecs(m_checkInterval.count());
    const Reminder reminder = ExpiryReminders::compose(due);
    if (!reminder.isEmpty())
        Q_EMIT reminderDue(reminder);
    return reminder;
}
