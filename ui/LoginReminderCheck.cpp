#include "LoginReminderCheck.h"

#include "Icons.h"
#include "app/reminders/ReminderService.h"
#include "app/session/SessionStart.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"

#include <QSystemTrayIcon>
#include <QTimer>

LoginReminderCheck::LoginReminderCheck(Account *account, TokenCore *core, ReminderService *service,
                                       OpenWindow openWindow, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_core(core)
    , m_service(service)
    , m_openWindow(std::move(openWindow))
    , m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable())
{
    connect(service, &ReminderService::activated, this, &LoginReminderCheck::open);
    connect(service, &ReminderService::closed, this, [this] {
        if (!m_tray)
            end();
    });
    connect(service, &ReminderService::fallbackNeeded, this, &LoginReminderCheck::showTray);
}

void LoginReminderCheck::start()
{
    // Neither a notification service nor a tray: nothing could be shown, so the reminder stays due for the window.
    if (!m_service->notifier()->isAvailable() && !m_trayAvailable) {
        end();
        return;
    }
    auto *start = new SessionStart(m_account, this);
    start->ensure(SessionStart::Policy::Quiet, [this](const SessionStart::Result &r) {
        if (r.outcome != SessionStart::Outcome::SignedIn) {
            end(); // never asks for a password
            return;
        }
        list();
    });
}

void LoginReminderCheck::list()
{
    connect(
        m_core, &TokenCore::listFinished, this,
        [this](const std::optional<ApiError> &error) {
            if (error) {
                end();
                return;
            }
            check();
        },
        Qt::SingleShotConnection);
    m_core->refresh();
}

void LoginReminderCheck::check()
{
    m_service->scheduler()->setAccount(m_account->server(), m_account->username());
    const Reminder reminder = m_service->check(m_core->tokens());
    if (reminder.isEmpty())
        end();
    // Otherwise: notified (wait for a click or the close), or fallbackNeeded (the tray).
}

void LoginReminderCheck::showTray(const Reminder &reminder)
{
    if (!m_trayAvailable) {
        end();
        return;
    }
    auto *tray = new QSystemTrayIcon(Icons::app(), this);
    tray->setObjectName(QStringLiteral("reminderTray"));
    tray->setToolTip(reminder.title);
    const QStringList uuids = reminder.uuids();
    connect(tray, &QSystemTrayIcon::activated, this, [this, uuids] { open(uuids); });
    connect(tray, &QSystemTrayIcon::messageClicked, this, [this, uuids] { open(uuids); });
    m_tray = tray;
    tray->show();
    tray->showMessage(reminder.title, reminder.body, QSystemTrayIcon::Warning);
}

void LoginReminderCheck::open(const QStringList &uuids)
{
    if (m_done)
        return;
    m_done = true;
    if (m_tray)
        m_tray->deleteLater();
    m_openWindow(uuids);
    Q_EMIT windowOpened();
}

void LoginReminderCheck::end()
{
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(0); });
}
