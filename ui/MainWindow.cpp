#include "MainWindow.h"

#include "Account.h"
#include "AppMenus.h"
#include "AppSettings.h"
#include "BannerController.h"
#include "ClipboardGuard.h"
#include "DeleteMessages.h"
#include "EditTokenDialog.h"
#include "ErrorBanner.h"
#include "ErrorText.h"
#include "DockerSignInOffer.h"
#include "DockerTokenWatch.h"
#include "GenerateTokenDialog.h"
#include "HubClient.h"
#include "Icons.h"
#include "HygieneMenus.h"
#include "WindowReminders.h"
#include "PageHeader.h"
#include "PreferencesDialog.h"
#include "Prompter.h"
#include "RelativeTime.h"
#include "RotateDialog.h"
#include "RowMenu.h"
#include "Session.h"
#include "SessionKeeper.h"
#include "SignInDialog.h"
#include "TokenCore.h"
#include "TokenDetailsDialog.h"
#include "TokenFilterProxyModel.h"
#include "TokenTableModel.h"
#include "TokenTableView.h"
#include "TokenStack.h"
#include "TokenToolbar.h"
#include "WindowStyle.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int StatusMessageMs = 5000;

using DeleteMessages::quoted;



} // namespace

MainWindow::MainWindow(TokenCore *core, AppSettings *settings, ClipboardGuard *clipboard, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_account(core->account())
    , m_client(core->client())
    , m_session(core->account()->session())
    , m_settings(settings)
    , m_clipboard(clipboard)
    , m_model(new TokenTableModel(this))
    , m_proxy(new TokenFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::app());
    m_proxy->setSourceModel(m_model);
    m_model->setExpiryIcons(Icons::warning(), Icons::expired(), Icons::quietInfo());
    m_model->setDockerIcon(Icons::dockerInUse());
    m_dockerWatch = new DockerTokenWatch(m_core, m_settings, this);
    connect(m_dockerWatch, &DockerTokenWatch::inUseChanged, m_model, &TokenTableModel::setDockerToken);

    buildUi();
    setupShortcuts();
    setupPreferences();
    // Export and Clean up (issue 10): their own file; they ask first, then the core does the work.
    m_hygiene = new HygieneMenus(this, m_core, m_model, m_proxy, m_settingsMenu);
    m_menus = new AppMenus(this, m_client, m_settings);
    connect(m_menus, &AppMenus::quitRequested, this, &MainWindow::quit);
    setupTabOrder();
    restoreSettings();
    retranslateUi();
    // After every objectName is set: the style sheet's #id selectors are matched when it is applied.
    WindowStyle::install(this);

    connect(m_model, &TokenTableModel::countsChanged, m_toolbar, &TokenToolbar::updateCounts);
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateState);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateState);
        connect(m, &QAbstractItemModel::modelReset, this, &MainWindow::updateState);
        connect(m, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateState);
    }
    connect(m_proxy, &TokenFilterProxyModel::filtersChanged, this, &MainWindow::updateState); // and the counts

    // The window is how this account signs in again: it answers the core's "sign in, then carry on".
    m_account->setInteractive(true);
    connect(m_account, &Account::changed, this, &MainWindow::updateAccount);
    connect(m_account, &Account::signInRequired, this,
            [this](Account::SignInReason reason) { openSignIn(Account::notice(reason), false); });
    connectCore();

    // "3 minutes ago" moves on; tokens expire while the window is open.
    m_clock = new QTimer(this);
    m_clock->setInterval(60'000);
    connect(m_clock, &QTimer::timeout, m_model, &TokenTableModel::refreshTimes);
    m_clock->start();

    updateState();
}

MainWindow::~MainWindow()
{
    m_account->setInteractive(false);
    // A sign-in dialog shown before the window has no parent: it goes with us.
    if (m_signIn && !m_signIn->parent())
        delete m_signIn.data();
}

// ---------------------------------------------------------------------------------------------------------------
// Building

void MainWindow::buildUi()
{

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(12);

    m_header = new PageHeader(central);
    connect(m_header, &PageHeader::signOutClicked, this, &MainWindow::signOut);
    layout->addWidget(m_header);
    m_toolbar = new TokenToolbar(m_model, m_proxy, central);
    connect(m_toolbar, &TokenToolbar::generateClicked, this, &MainWindow::generateToken);
    connect(m_toolbar, &TokenToolbar::refreshClicked, this, &MainWindow::refresh);
    connect(m_toolbar, &TokenToolbar::deleteSelectedClicked, this, &MainWindow::deleteSelected);
    layout->addWidget(m_toolbar);

    m_banner = new ErrorBanner(central);
    m_notices = new BannerController(m_banner, m_core, this);
    connect(m_notices, &BannerController::signOutRequested, this, &MainWindow::signOut);
    layout->addWidget(m_banner);

    // The slim progress line keeps its place when hidden, so nothing jumps.
    m_progress = new QProgressBar(central);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(3);
    m_progress->setRange(0, 0);
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->hide();

    m_table = new TokenTableView(m_model, m_proxy);
    connect(m_table, &TokenTableView::toggleRequested, this, &MainWindow::toggleActive);
    connect(m_table, &TokenTableView::detailsRequested, this, &MainWindow::showDetails);
    connect(m_table, &TokenTableView::deleteRequested, this, &MainWindow::deleteSelected);
    connect(m_table, &TokenTableView::menuRequested, this, &MainWindow::showRowMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_toolbar, &TokenToolbar::tableFocusRequested, m_table, &TokenTableView::focusFirstRow);
    m_stack = new TokenStack(m_table, central);
    connect(m_stack, &TokenStack::generateClicked, this, &MainWindow::generateToken);
    connect(m_stack, &TokenStack::clearFiltersClicked, this, [this] {
        m_toolbar->clearFilters();
        m_toolbar->searchEdit()->setFocus();
    });

    auto *tableArea = new QVBoxLayout;
    tableArea->setSpacing(0);
    tableArea->addWidget(m_progress);
    tableArea->addWidget(m_stack, 1);
    layout->addLayout(tableArea, 1);

    setCentralWidget(central);

    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    statusBar()->addPermanentWidget(m_loadingLabel);
    statusBar()->setSizeGripEnabled(true);
}

void MainWindow::setupShortcuts()
{
    auto *generate = m_generateAction = new QAction(this);
    generate->setObjectName(QStringLiteral("actionGenerate"));
    generate->setShortcut(QKeySequence::New);
    connect(generate, &QAction::triggered, this, &MainWindow::generateToken);
    addAction(generate);

    auto *refreshAction = m_refreshAction = new QAction(this);
    refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    addAction(refreshAction);

    auto *find = m_findAction = new QAction(this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_toolbar, &TokenToolbar::focusSearch);
    addAction(find);
}

void MainWindow::setupPreferences()
{
    auto *preferences = m_preferencesAction = new QAction(this); // texts: retranslateUi()
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    QMenu *settingsMenu = m_settingsMenu = menuBar()->addMenu(QString());
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    settingsMenu->addAction(preferences);
    addAction(preferences);
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, m_clipboard, this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    SessionKeeper *keeper = m_account->keeper();
    dialog->setStaySignedIn(keeper && keeper->isKept(m_account->server(), m_account->username()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setReminderService(ReminderService *service)
{
    delete m_reminders;
    m_reminders = service ? new WindowReminders(this, m_core, service) : nullptr;
}

void MainWindow::showNotice(ErrorBanner::Kind kind, ErrorBanner::TextSource texts, std::function<void()> action)
{
    BannerController::Notice notice;
    notice.kind = kind;
    notice.texts = std::move(texts);
    notice.action = std::move(action);
    m_notices->show(std::move(notice));
}

void MainWindow::setSessionKeeper(SessionKeeper *keeper)
{
    if (SessionKeeper *previous = m_account->keeper())
        previous->disconnect(this);
    m_account->setKeeper(keeper);
    if (!keeper)
        return;
    connect(keeper, &SessionKeeper::availabilityChanged, this, [this](bool available) {
        if (m_signIn)
            m_signIn->setKeychainUnavailable(!available);
        if (!available)
            statusBar()->showMessage(SessionKeeper::unavailableMessage(), 2 * StatusMessageMs);
    });
}

SessionKeeper *MainWindow::sessionKeeper() const
{
    return m_account->keeper();
}

void MainWindow::setupTabOrder()
{
    // The toolbar orders its own controls; then the banner, the table and Sign out.
    setTabOrder(m_toolbar->deleteSelectedButton(), m_banner->actionButton());
    setTabOrder(m_banner->actionButton(), m_table);
    setTabOrder(m_table, m_header->signOutButton());
}

// ---------------------------------------------------------------------------------------------------------------
// Language

void MainWindow::retranslateUi()
{
    m_progress->setAccessibleName(tr("Loading tokens"));
    m_table->setAccessibleName(tr("Personal access tokens"));

    m_generateAction->setText(tr("Generate new token"));
    m_refreshAction->setText(tr("Refresh"));
    m_findAction->setText(tr("Search"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_menus->retranslate();

    if (isLoading())
        m_loadingLabel->setText(tr("Loading tokens…"));
    else if (m_showingOldTokens)
        m_loadingLabel->setText(tr("Showing the tokens loaded before"));

    m_model->retranslate();
    updateAccount();
    updateSelection();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguageManager(LanguageManager *languages)
{
    m_header->setLanguageManager(languages);
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1100, 640);
    WindowStyle::fitToScreen(this); // at any scale factor; a saved size from a larger screen too
    m_table->restoreHeaderState(m_settings->tableHeaderState());
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setTableHeaderState(m_table->saveHeaderState());
    m_settings->sync();
}

void MainWindow::quit()
{
    close();
    m_clipboard->clearOnQuit();
    Q_EMIT quitRequested();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------------------------------------------------------
// State

void MainWindow::start()
{
    if (!m_session->isActive() && m_account->keeper() && !std::exchange(m_restoreTried, true)) {
        // A kept session ("Stay signed in") first; the first list call confirms it (a 401 asks to sign in).
        QPointer<MainWindow> self(this);
        m_account->restore([self](bool) {
            if (self)
                self->start();
        });
        return;
    }
    if (m_session->isActive()) {
        updateAccount();
        show();
        refresh();
        return;
    }
    m_firstSignIn = true;
    openSignIn({}, true);
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn;
}

QMenu *MainWindow::rowMenu() const
{
    return m_rowMenu;
}

QTableView *MainWindow::tableView() const
{
    return m_table;
}

QToolButton *MainWindow::languageButton() const
{
    return m_header->languageButton();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demoMode = demo;
    m_menus->setDemoMode(demo);
    updateAccount();
}

bool MainWindow::isLoading() const
{
    return m_core->isLoading();
}

bool MainWindow::isDeleting() const
{
    return m_core->isDeleting();
}

QString MainWindow::currentStateName() const
{
    return m_stack->pageName();
}

void MainWindow::updateAccount()
{
    const bool signedIn = m_session->isActive();
    m_header->setAccount(signedIn ? m_session->username() : QString(), m_account->server(), m_demoMode);
    // Qt adds the application's name after the account's ("demo — Hub Tokens"), but not to the name itself.
    setWindowTitle(signedIn ? m_session->username() : tr("Hub Tokens"));
    m_toolbar->setSignedIn(signedIn);
    m_toolbar->setCountsKnown(m_core->isLoaded());
}

void MainWindow::updateSelection()
{
    m_toolbar->setSelectedCount(int(m_table->selectionModel()->selectedRows().size()));
}

void MainWindow::updateState()
{
    m_stack->showFor(m_core->isLoaded(), m_model->rowCount(), m_proxy->rowCount());
    m_toolbar->setCountsKnown(m_core->isLoaded());
    updateSelection();
}

void MainWindow::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_showingOldTokens = false;
    if (loading) {
        m_progress->setRange(0, 0);
        m_loadingLabel->setText(tr("Loading tokens…"));
    } else {
        m_loadingLabel->clear();
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

void MainWindow::refresh()
{
    if (!m_session->isActive()) {
        openSignIn({}, false);
        return;
    }
    m_core->refresh();
}

void MainWindow::connectCore()
{
    // The table mirrors the core's list.
    connect(m_core, &TokenCore::tokensReset, this, [this] {
        m_model->setTokens(m_core->tokens());
        for (const AccessToken &t : m_core->tokens())
            m_model->setPending(t.uuid, m_core->isPending(t.uuid));
    });
    connect(m_core, &TokenCore::tokenChanged, m_model, &TokenTableModel::upsertToken);
    connect(m_core, &TokenCore::tokenRemoved, m_model, &TokenTableModel::removeToken);
    connect(m_core, &TokenCore::pendingChanged, m_model, &TokenTableModel::setPending);

    connect(m_core, &TokenCore::listStarted, this, [this] { setLoading(true); });
    connect(m_core, &TokenCore::listProgress, this, [this](int loaded, int total) {
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(loaded);
            m_loadingLabel->setText(tr("Loading tokens… %1 of %2").arg(loaded).arg(total));
        }
    });
    connect(m_core, &TokenCore::listFinished, this, &MainWindow::onListFinished);
    connect(m_core, &TokenCore::activationFinished, this, &MainWindow::onActivationFinished);
    connect(m_core, &TokenCore::bulkFinished, this, &MainWindow::onBulkFinished);
    connect(m_core, &TokenCore::secretLost, this, &MainWindow::showSecretLost);
    // A call that will be tried again has not failed: say so, without an error.
    connect(m_core, &TokenCore::retrying, this, [this](int attempt, int delayMs, const ApiError &reason) {
        const int secs = qMax(1, (delayMs + 999) / 1000);
        statusBar()->showMessage(tr("%1 — retrying in %n second(s) (try %2)…", nullptr, secs)
                                     .arg(ErrorText::title(reason))
                                     .arg(attempt),
                                 delayMs + StatusMessageMs);
    });
    connect(m_client, &HubClient::pacingStarted, this, [this](int delayMs) {
        const int secs = qMax(1, (delayMs + 999) / 1000);
        statusBar()->showMessage(tr("Waiting %n second(s) for Docker Hub's rate limit…", nullptr, secs), delayMs);
    });
}

void MainWindow::onListFinished(const std::optional<ApiError> &error)
{
    setLoading(false);
    if (!error) {
        updateState(); // the banner about a failed list goes by itself (BannerController)
        statusBar()->showMessage(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), RelativeTime::shortTimeFormat())),
                                 StatusMessageMs);
        Q_EMIT refreshFinished(true);
        return;
    }
    // SessionExpired: the person chose not to sign in again (onSignInCancelled says so).
    if (error->kind != ApiError::Kind::Cancelled && error->kind != ApiError::Kind::SessionExpired) {
        m_notices->showError(*error, {}, [this] { refresh(); }, BannerController::About::List);
        if (error->kind != ApiError::Kind::PatSessionForbidden) {
            if (m_core->isLoaded()) {
                m_loadingLabel->setText(tr("Showing the tokens loaded before"));
                m_showingOldTokens = true;
            }
        }
    }
    Q_EMIT refreshFinished(false);
}

// ---------------------------------------------------------------------------------------------------------------
// Selection and keys

// ---------------------------------------------------------------------------------------------------------------
// Row actions

void MainWindow::showRowMenu(const QString &uuid, const QPoint &globalPos)
{
    const std::optional<AccessToken> token = m_model->token(uuid);
    if (!token)
        return;
    if (m_rowMenu)
        m_rowMenu->close();
    m_table->selectToken(uuid);

    auto *menu = new RowMenu(*token, token->isExpired(m_model->now()), m_model->isPending(uuid), this);
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    connect(menu, &RowMenu::toggleRequested, this, &MainWindow::toggleActive);
    connect(menu, &RowMenu::editRequested, this, &MainWindow::editToken);
    connect(menu, &RowMenu::detailsRequested, this, &MainWindow::showDetails);
    connect(menu, &RowMenu::rotateRequested, this, [this](const QString &id) {
        RotateDialog::openFor(m_core, id, m_dockerWatch->inUse() == id, m_session->username(), m_clipboard, this);
    });
    connect(menu, &RowMenu::copyUuidRequested, this, [this](const QString &id) {
        m_clipboard->copyPlain(id);
        statusBar()->showMessage(tr("Copied the UUID %1").arg(id), StatusMessageMs);
    });
    connect(menu, &RowMenu::deleteRequested, this, [this](const QString &id) {
        if (const auto t = m_core->token(id))
            confirmAndDelete({*t});
    });
    m_rowMenu = menu;
    menu->popup(globalPos);
}

void MainWindow::showDetails(const QString &uuid)
{
    const std::optional<AccessToken> token = m_model->token(uuid);
    if (!token)
        return;
    auto *dialog = new TokenDetailsDialog(*token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editToken(const QString &uuid)
{
    const std::optional<AccessToken> token = m_core->token(uuid);
    if (!token || token->isExpired(m_model->now()))
        return;
    auto *dialog = new EditTokenDialog(m_core, *token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditTokenDialog::tokenUpdated, this, [this](const AccessToken &updated) {
        statusBar()->showMessage(tr("Saved %1").arg(quoted(updated.label)), StatusMessageMs);
    });
    dialog->open();
}

void MainWindow::generateToken()
{
    if (!m_session->isActive())
        return;
    auto *dialog = new GenerateTokenDialog(m_core, m_session->username(), m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateTokenDialog::tokenCreated, this, [this](const AccessToken &token) {
        updateState(); // the new row is not selected: the person chooses what Delete acts on
        statusBar()->showMessage(tr("Generated %1").arg(quoted(token.label)), StatusMessageMs);
    });
    connect(dialog, &GenerateTokenDialog::secretLost, this, &MainWindow::showSecretLost);
    dialog->open();
}

void MainWindow::showSecretLost(const AccessToken &token)
{
    updateState();
    const QString uuid = token.uuid;
    m_notices->show({ErrorBanner::Kind::Warning,
                     [label = token.label] {
                         return ErrorBanner::Texts{tr("The token was created but its secret was lost"),
                                                   tr("%1 exists on Docker Hub, but its secret never reached this app, "
                                                      "so nothing can use it. Delete it, or deactivate it.")
                                                       .arg(quoted(label)),
                                                   tr("Delete…"), tr("Deactivate")};
                     },
                     BannerController::About::LostSecret, uuid,
                     [this, uuid] {
                         if (const auto t = m_core->token(uuid))
                             confirmAndDelete({*t});
                     },
                     [this, uuid] {
                         const std::optional<AccessToken> t = m_core->token(uuid);
                         if (t && t->active)
                             m_core->setActive({uuid}, false);
                     }});
}

void MainWindow::toggleActive(const QString &uuid)
{
    m_core->toggleActive(uuid);
}

void MainWindow::onActivationFinished(const QString &uuid, bool active, const std::optional<ApiError> &error)
{
    const std::optional<AccessToken> token = m_core->token(uuid);
    const QString label = token ? token->label : uuid;
    if (!error) {
        statusBar()->showMessage(active ? tr("Activated %1").arg(quoted(label)) : tr("Deactivated %1").arg(quoted(label)),
                                 StatusMessageMs);
        Q_EMIT toggleFinished(uuid, true);
        return;
    }
    // SessionExpired: the person chose not to sign in. An activation banner goes when this token's next change
    // succeeds (BannerController).
    if (error->kind == ApiError::Kind::PatSessionForbidden) {
        m_notices->showError(*error, {}, {}, BannerController::About::Session);
    } else if (error->kind != ApiError::Kind::SessionExpired) {
        BannerController::Notice notice{ErrorBanner::Kind::Error,
                                        [active, label, error = *error] {
                                            return ErrorBanner::Texts{
                                                active ? tr("Couldn't activate %1").arg(quoted(label))
                                                       : tr("Couldn't deactivate %1").arg(quoted(label)),
                                                ErrorText::message(error), QString()};
                                        },
                                        BannerController::About::Activation, uuid};
        notice.countdownTo = error->retryAt; // "try again in 12 seconds" keeps counting
        m_notices->show(std::move(notice));
    }
    Q_EMIT toggleFinished(uuid, false);
}

// ---------------------------------------------------------------------------------------------------------------
// Deleting

void MainWindow::deleteSelected()
{
    confirmAndDelete(m_table->selectedTokens());
}

void MainWindow::confirmAndDelete(const QList<AccessToken> &tokens)
{
    if (tokens.isEmpty() || !m_session->isActive())
        return;
    const DeleteMessages::Confirmation ask = DeleteMessages::confirmation(tokens);
    if (Prompter::instance().confirm(this, ask.title, ask.text, ask.informative, ask.acceptLabel, true)
        != Prompter::Answer::Accept)
        return;
    QStringList uuids;
    for (const AccessToken &t : tokens)
        uuids << t.uuid;
    statusBar()->showMessage(tr("Deleting…"));
    m_core->remove(uuids);
}

void MainWindow::onBulkFinished(const BulkReport &report)
{
    if (report.action != BulkReport::Action::Delete)
        return; // activations are reported token by token (onActivationFinished)
    const int deleted = report.succeeded();
    const QList<ItemOutcome> failures = report.failures();
    const int failed = int(failures.size());
    if (deleted > 0)
        statusBar()->showMessage(tr("Deleted %n token(s)", nullptr, deleted), StatusMessageMs);
    else
        statusBar()->clearMessage();
    // The table should match the server.
    refresh();
    Q_EMIT deletionFinished(deleted, failed);
    if (failed == 0)
        return;
    const DeleteMessages::FailureReport words = DeleteMessages::failures(failures);
    Prompter::instance().inform(this, words.title, words.text, words.advice);
}

// ---------------------------------------------------------------------------------------------------------------
// Session

QWidget *MainWindow::dialogParent()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return isVisible() ? this : nullptr;
}

void MainWindow::openSignIn(const QString &notice, bool firstSignIn)
{
    if (m_signIn) {
        if (!notice.isEmpty())
            m_signIn->setNotice(notice);
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    QWidget *parent = firstSignIn ? (isVisible() ? this : nullptr) : dialogParent();
    auto *dialog = new SignInDialog(m_client, parent);
    dialog->setObjectName(QStringLiteral("signInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!parent)
        dialog->setWindowIcon(Icons::app());
    const QUrl server = m_client->baseUrl();
    const QString username = m_account->suggestedUsername();
    if (!username.isEmpty())
        dialog->setUsername(username);
    if (!notice.isEmpty())
        dialog->setNotice(notice);
    if (SessionKeeper *keeper = m_account->keeper()) {
        dialog->setStaySignedInVisible(true);
        dialog->setKeychainUnavailable(!keeper->isAvailable());
        dialog->setStaySignedIn(keeper->isKept(server, username));
    }
    if (server.adjusted(QUrl::StripTrailingSlash) != HubClient::defaultBaseUrl().adjusted(QUrl::StripTrailingSlash)) {
        const QString shown = server.toDisplayString(QUrl::StripTrailingSlash);
        dialog->setServerLabel(m_demoMode ? tr("%1 (demo)").arg(shown)
                              : HubClient::isLoopback(server) ? tr("%1 (local server)").arg(shown) : shown);
    }
    DockerSignInOffer::attach(dialog, m_account);
    connect(dialog, &SignInDialog::signedIn, this, &MainWindow::onSignedIn);
    connect(dialog, &QDialog::rejected, this, &MainWindow::onSignInCancelled);
    m_signIn = dialog;
    dialog->open();
}

void MainWindow::onSignedIn(const QString &username, const QString &jwt)
{
    const QString previousUser = m_session->username();
    const bool wasFirst = std::exchange(m_firstSignIn, false);
    const bool carriesOn = m_account->isWaitingForSignIn();
    const auto *dialog = qobject_cast<const SignInDialog *>(sender());
    // Carries on with what the expired session interrupted, unless this is another account.
    m_account->signedIn(username, jwt, dialog && dialog->staySignedIn(), dialog && dialog->usedDocker());
    const bool switched = !previousUser.isEmpty() && previousUser.compare(m_session->username(), Qt::CaseInsensitive) != 0;

    if (m_notices->about() != BannerController::About::List)
        m_notices->dismiss();
    updateAccount();
    if (!isVisible())
        show();
    if (m_session->isPatSession()) {
        ApiError pat;
        pat.kind = ApiError::Kind::PatSessionForbidden;
        m_notices->showError(pat, {}, {}, BannerController::About::Session);
    }
    // Nothing to carry on (first sign-in, after signing out, a renewal, another account): load the list.
    if (!carriesOn || wasFirst || switched)
        refresh();
}

void MainWindow::onSignInCancelled()
{
    if (m_firstSignIn) {
        m_firstSignIn = false;
        Q_EMIT quitRequested();
        return;
    }
    m_account->cancelSignIn();
    m_notices->show({ErrorBanner::Kind::Warning,
                     [again = m_session->isActive()] {
                         return ErrorBanner::Texts{tr("You're not signed in"),
                                                   again ? tr("Sign in again to load and change your tokens.")
                                                         : tr("Sign in to see and manage your personal access tokens."),
                                                   tr("Sign in")};
                     },
                     BannerController::About::Session, {}, [this] { openSignIn({}, false); }});
}

void MainWindow::signOut()
{
    m_core->clear();
    m_account->signOut();
    m_notices->dismiss();
    updateAccount();
    updateState();
    statusBar()->showMessage(tr("Signed out"), StatusMessageMs);
    openSignIn({}, false);
}
