#pragma once

#include "ExpiryReminders.h"
#include "models/AccessToken.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class AppSettings;

// When to remind, and what: applies ExpiryReminders to the account's token list with the settings (on/off,
// thresholds) and remembers, per server and account, when it last looked and which threshold each token was last
// reminded about, so that a token is never reminded twice for the same threshold, across runs.
//
// It does not fetch: when a check is due — at start() and then once a day — it emits checkRequested(); the owner
// lists the tokens (TokenCore) and calls check() with the whole list. check() may also be called at any other time
// (after a refresh): what was reminded stays reminded. A check that never comes (offline) is asked for again after
// the poll interval. The clock is polled (hourly by default) rather than trusted to a 24-hour timer, so a machine
// that slept through the day still checks when it wakes. Clock and intervals can be replaced for tests.
class ReminderScheduler : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ReminderScheduler(AppSettings *settings, QObject *parent = nullptr);

    // The account whose memory check() reads and writes. Without one, check() remembers nothing.
    void setAccount(const QUrl &server, const QString &username);
    QUrl server() const { return m_server; }
    QString username() const { return m_username; }

    void setClock(Clock clock); // default: QDateTime::currentDateTimeUtc
    void setCheckInterval(std::chrono::milliseconds interval); // default 24 h between checks
    void setPollInterval(std::chrono::milliseconds interval); // default 1 h between looks at the clock
    static constexpr std::chrono::hours DefaultCheckInterval{24};
    static constexpr std::chrono::hours DefaultPollInterval{1};

    // Asks for a check at once (from the event loop) and then whenever one is due. No requests while reminders are
    // off in the settings.
    void start();
    void stop();
    bool isRunning() const { return m_poll.isActive(); }
    // When the next checkRequested() is due.
    QDateTime nextCheckAt() const { return m_nextCheckAt; }

    // Checks the account's whole token list now: the reminder due (empty when nothing is, or reminders are off),
    // also emitted as reminderDue() when not empty. Records the time of this look and what was reminded.
    Reminder check(const QList<AccessToken> &tokens);
    // What check() would give now, remembering nothing.
    Reminder preview(const QList<AccessToken> &tokens) const;

Q_SIGNALS:
    // Time to check: list the tokens and call check().
    void checkRequested();
    // Something is due: show it (ReminderService does: a desktop notification, or a fallback).
    void reminderDue(const Reminder &reminder);

private:
    void poll();
    QList<DueToken> dueNow(const QList<AccessToken> &tokens, const QDateTime &now) const;
    bool hasAccount() const;

    AppSettings *m_settings;
    QUrl m_server;
    QString m_username;
    Clock m_clock;
    std::chrono::milliseconds m_checkInterval = DefaultCheckInterval;
    QDateTime m_nextCheckAt;
    QTimer m_poll;
};
