#pragma once

#include "ErrorBanner.h"
#include "app/tokens/TokenOutcome.h"
#include "models/AccessToken.h"
#include "models/ApiError.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class Account;
class AppMenus;
class BannerController;
class AppSettings;
class DockerTokenWatch;
class ClipboardGuard;
class ErrorBanner;
class HygieneMenus;
class ReminderService;
class WindowReminders;
class PageHeader;
class TokenActions;
class TokenStack;
class TokenTableView;
class TokenToolbar;
class HubClient;
class LanguageManager;
class Session;
class SessionKeeper;
class SignInDialog;
class SessionStart;
class SignInFlow;
class TokenCore;
class TokenFilterProxyModel;
class TokenTableModel;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

// "Personal access tokens": the account's tokens in a sortable, filterable table, with generate, activate /
// deactivate, edit, details and delete (one or many). It presents what the TokenCore does and asks the person; the
// operations themselves (the list, the deletion queue, "sign in, then carry on") are the core's. Owns no service: the
// core, settings and clipboard guard are passed in (tests pass their own). The window answers the account's
// sign-in requests with its sign-in dialog.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(TokenCore *core, AppSettings *settings, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds the Language menu (a button at the top right) that switches through `languages`. Optional: without it the
    // window has no Language menu (tests, the screenshot tool).
    void setLanguageManager(LanguageManager *languages);

    // Shows the window and loads the tokens if the session is active; otherwise resumes a kept session (with a
    // SessionKeeper) or asks to sign in first (the window shows after signing in; cancelling emits quitRequested()).
    void start();

    // "Stay signed in": without a keeper (demo mode, most tests) the sign-in dialog does not offer it.
    void setSessionKeeper(SessionKeeper *keeper);
    // The server is the emulator that --demo started: the window says "Demo server" (another on this computer is a
    // "local server").
    void setDemoMode(bool demo);
    SessionKeeper *sessionKeeper() const;
    // Opens the Preferences dialog (clipboard delay).
    void showPreferences();

    // Actions, as the toolbar, keys and menus run them.
    void refresh();
    void generateToken();
    void deleteSelected();
    void signOut();
    void showDetails(const QString &uuid);
    void editToken(const QString &uuid);
    void toggleActive(const QString &uuid);
    void confirmAndDelete(const QList<AccessToken> &tokens);
    // File → Quit (Ctrl+Q): saves the window's settings, takes our secret off the clipboard, then quitRequested().
    void quit();

    // For tests and the screenshot tool.
    TokenTableModel *tokenModel() const { return m_model; }
    TokenFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const;
    ErrorBanner *banner() const { return m_banner; }
    BannerController *notices() const { return m_notices; }
    AppMenus *menus() const { return m_menus; }
    SignInDialog *signInDialog() const;
    // How start() finds a session; main() gives demo mode's credentials to it.
    SessionStart *sessionStart() const { return m_sessionStart; }
    QMenu *rowMenu() const;
    QToolButton *languageButton() const;
    HygieneMenus *hygieneMenus() const { return m_hygiene; }
    // Expiry reminders: the window answers the service's checks with its list and presents its reminders
    // (WindowReminders). Optional (tests, the screenshot tool go without). Start the service after this.
    void setReminderService(ReminderService *service);
    WindowReminders *reminders() const { return m_reminders; }
    // A notice in the banner whose button runs `action` (reminders, and the like).
    void showNotice(ErrorBanner::Kind kind, ErrorBanner::TextSource texts, std::function<void()> action);
    bool isLoading() const;
    bool isDeleting() const;
    QString currentStateName() const; // "table", "empty", "noMatch"

Q_SIGNALS:
    void quitRequested();
    void refreshFinished(bool ok);
    void deletionFinished(int deleted, int failed);
    void toggleFinished(const QString &uuid, bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void setupShortcuts();
    void setupPreferences();
    void setupTabOrder();
    // Every text the window shows, in the current language (QEvent::LanguageChange).
    void retranslateUi();
    void restoreSettings();
    void saveSettings();

    void updateAccount();
    void updateSelection();
    void updateState();
    void setLoading(bool loading);

    void connectCore();
    void onListFinished(const std::optional<ApiError> &error);
    // Under the table after a failed list: the rows shown are the ones loaded before, or the first pages of this one.
    void showOldTokensNote();

    TokenCore *m_core;
    Account *m_account;
    HubClient *m_client;
    Session *m_session;
    AppSettings *m_settings;
    DockerTokenWatch *m_dockerWatch = nullptr;
    ClipboardGuard *m_clipboard;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_preferencesAction = nullptr;
    HygieneMenus *m_hygiene = nullptr;
    WindowReminders *m_reminders = nullptr;
    AppMenus *m_menus = nullptr; // File → Quit, Help → About
    TokenActions *m_actions = nullptr; // generate, edit, activate, delete…: asks, and says how it went
    SessionStart *m_sessionStart = nullptr;

    TokenTableModel *m_model = nullptr;
    TokenFilterProxyModel *m_proxy = nullptr;

    QProgressBar *m_progress = nullptr;
    ErrorBanner *m_banner = nullptr;
    BannerController *m_notices = nullptr; // what the banner is about, and when it goes
    TokenStack *m_stack = nullptr;
    TokenTableView *m_table = nullptr;
    PageHeader *m_header = nullptr;
    TokenToolbar *m_toolbar = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    bool m_showingOldTokens = false;
    QTimer *m_clock = nullptr;

    SignInFlow *m_signIn = nullptr; // the sign-in dialog, signing out
    bool m_demoMode = false;
};
