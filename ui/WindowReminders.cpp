#include "WindowReminders.h"

#include "ErrorBanner.h"
#include "MainWindow.h"
#include "app/reminders/ReminderService.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/TokenFilterProxyModel.h"

WindowReminders::WindowReminders(MainWindow *window, TokenCore *core, ReminderService *service)
    : QObject(window)
    , m_window(window)
    , m_core(core)
    , m_service(service)
{
    connect(service, &ReminderService::checkRequested, this, &WindowReminders::requestCheck);
    connect(service, &ReminderService::fallbackNeeded, this, &WindowReminders::showFallback);
    connect(service, &ReminderService::activated, this, &WindowReminders::showTokens);
    connect(core, &TokenCore::listFinished, this, [this](const std::optional<ApiError> &error) {
        if (!error && m_pending)
            runCheck();
    });
}

void WindowReminders::requestCheck()
{
    m_pending = true;
    if (m_core->isLoaded() && !m_core->isLoading())
        runCheck();
    // Otherwise the next list that arrives answers it (the window lists at start and on Refresh).
}

void WindowReminders::runCheck()
{
    m_pending = false;
    if (!m_service)
        return;
    Account *account = m_core->account();
    if (account->username().isEmpty())
        return;
    m_service->scheduler()->setAccount(account->server(), account->username());
    m_service->check(m_core->tokens());
}

void WindowReminders::showFallback(const Reminder &reminder)
{
    const QStringList uuids = reminder.uuids();
    m_window->showNotice(
        ErrorBanner::Kind::Warning,
        [reminder] {
            return ErrorBanner::Texts{reminder.title, reminder.body, tr("Show them"), QString()};
        },
        [this, uuids] { showTokens(uuids); });
}

void WindowReminders::showTokens(const QStringList &uuids)
{
    if (uuids.isEmpty())
        return;
    m_window->proxyModel()->setUuidFilter(uuids);
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    const int n = int(uuids.size());
    m_window->showNotice(
        ErrorBanner::Kind::Info,
        [n] {
            return ErrorBanner::Texts{tr("Showing the %n token(s) of the reminder", nullptr, n),
                                      tr("Only the tokens that expire soon or have just expired are "
                                         "listed."),
                                      tr("Show all tokens"), QString()};
        },
        [this] { m_window->proxyModel()->setUuidFilter({}); });
}
