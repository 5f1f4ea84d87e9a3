#include "MainWindow.h"

#include "AppMenus.h"
#include "BannerController.h"
#include "ClipboardGuard.h"
#include "ErrorBanner.h"
#include "HygieneMenus.h"
#include "Icons.h"
#include "PageHeader.h"
#include "PreferencesDialog.h"
#include "SignInDialog.h"
#include "SignInFlow.h"
#include "TokenActions.h"
#include "TokenModelBinding.h"
#include "TokenStack.h"
#include "TokenTableView.h"
#include "TokenToolbar.h"
#include "WindowReminders.h"
#include "WindowStyle.h"
#include "app/hub/HubClient.h"
#include "app/session/Session.h"
#include "app/session/SessionKeeper.h"
#include "app/session/SessionStart.h"
#include "app/settings/AppSettings.h"
#include "app/tokens/Account.h"
#include "app/tokens/DockerTokenWatch.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"
#include "models/RelativeTime.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"

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
    m_dockerWatch = new DockerTokenWatch(m_core, m_account->docker(), m_settings, this);
    connect(m_dockerWatch, &DockerTokenWatch::inUseChanged, m_model, &TokenTableModel::setDockerToken);

    buildUi();
    m_actions =
        new TokenActions({this, m_core, m_model, m_table, m_notices, m_clipboard, m_dockerWatch, statusBar()}, this);
    connect(m_actions, &TokenActions::listChanged, this, &MainWindow::updateState);
    connect(m_actions, &TokenActions::refreshRequested, this, &MainWindow::refresh);
    connect(m_actions, &TokenActions::toggleFinished, this, &MainWindow::toggleFinished);
    connect(m_actions, &TokenActions::deletionFinished, this, &MainWindow::deletionFinished);
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
    for (QAbstractItemModel *m :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateState);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateState);
        connect(m, &QAbstractItemModel::modelReset, this, &MainWindow::updateState);
        connect(m, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateState);
    }
    connect(m_proxy, &TokenFilterProxyModel::filtersChanged, this, &MainWindow::updateState); // and the counts

    // The window is how this account signs in again: it answers the core's "sign in, then carry on".
    m_account->setInteractive(true);
    connect(m_account, &Account::changed, this, &MainWindow::updateAccount);
    m_signIn = new SignInFlow(this, m_core, m_notices, this);
    m_sessionStart = new SessionStart(m_account, this);
    m_sessionStart->setAsk([this](SessionStart::Done done) {
        m_signIn->openFirst([done](bool signedIn) {
            SessionStart::Result r;
            r.outcome = signedIn ? SessionStart::Outcome::SignedIn : SessionStart::Outcome::Failed;
            if (!signedIn) {
                r.error = ApiError();
                r.error->kind = ApiError::Kind::Cancelled;
            }
            done(r);
        });
    });
    connect(m_signIn, &SignInFlow::signedIn, this, [this] {
        updateAccount();
        if (!isVisible())
            show();
    });
    connect(m_signIn, &SignInFlow::listWanted, this, &MainWindow::refresh);
    connect(m_signIn, &SignInFlow::signedOut, this, [this] {
        updateAccount();
        updateState();
        statusBar()->showMessage(tr("Signed out"), StatusMessageMs);
    });
    connect(m_signIn, &SignInFlow::firstSignInCancelled, this, &MainWindow::quitRequested);
    // "Stay signed in": the account's keeper, as the composition root (CoreServices) gave it, if any.
    if (SessionKeeper *keeper = m_account->keeper())
        setSessionKeeper(keeper);
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
    delete m_signIn; // and a sign-in dialog shown before the window, which has no parent
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
    connect(m_table, &TokenTableView::menuRequested, this,
            [this](const QString &uuid, const QPoint &at) { m_actions->showRowMenu(uuid, at); });
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
        showOldTokensNote();

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
    // The session the core's SessionStart finds (given credentials in demo mode, Docker's if chosen, the kept one),
    // else the first sign-in dialog. A kept session is confirmed by the first list call (a 401 asks to sign in).
    QPointer<MainWindow> self(this);
    m_sessionStart->ensure(SessionStart::Policy::Interactive, [self](const SessionStart::Result &r) {
        if (!self || r.from == SessionStart::Result::From::Asked)
            return; // asked: the sign-in flow showed the window and loaded the list, or the window quit
        if (r.outcome == SessionStart::Outcome::SignedIn) {
            self->updateAccount();
            self->show();
            self->refresh();
            return;
        }
        self->m_signIn->open({}, true); // the given credentials were refused: ask
    });
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn->dialog();
}

QMenu *MainWindow::rowMenu() const
{
    return m_actions->rowMenu();
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
    m_signIn->setDemoMode(demo);
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
    m_toolbar->setCountsKnown(m_core->isLoaded(), m_core->isPartial(), m_core->isLoading());
}

void MainWindow::updateSelection()
{
    m_toolbar->setSelectedCount(int(m_table->selectionModel()->selectedRows().size()));
}

void MainWindow::updateState()
{
    m_stack->showFor(m_core->isLoaded(), m_model->rowCount(), m_proxy->rowCount());
    m_toolbar->setCountsKnown(m_core->isLoaded(), m_core->isPartial(), m_core->isLoading());
    updateSelection();
}

void MainWindow::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_toolbar->setCountsKnown(m_core->isLoaded(), m_core->isPartial(), loading);
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
        m_signIn->open({}, false);
        return;
    }
    m_core->refresh();
}

void MainWindow::connectCore()
{
    // The table mirrors the core's list: the binding keeps the model in step (tokens, changes, pending).
    new TokenModelBinding(m_core, m_model);

    connect(m_core, &TokenCore::listStarted, this, [this] { setLoading(true); });
    connect(m_core, &TokenCore::listProgress, this, [this](int loaded, int total) {
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(loaded);
            m_loadingLabel->setText(tr("Loading tokens… %1 of %2").arg(loaded).arg(total));
        }
    });
    connect(m_core, &TokenCore::listFinished, this, &MainWindow::onListFinished);
    // A call that will be tried again has not failed: say so, without an error.
    connect(m_core, &TokenCore::retrying, this, [this](int attempt, int delayMs, const ApiError &reason) {
        const int secs = qMax(1, (delayMs + 999) / 1000);
        statusBar()->showMessage(
            tr("%1 — retrying in %n second(s) (try %2)…", nullptr, secs).arg(ErrorText::title(reason)).arg(attempt),
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
        statusBar()->showMessage(
            tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), RelativeTime::shortTimeFormat())),
            StatusMessageMs);
        Q_EMIT refreshFinished(true);
        return;
    }
    statusBar()->clearMessage(); // an "Updated …" of an earlier list would read as this one's
    // SessionExpired: the person chose not to sign in again (onSignInCancelled says so).
    if (error->kind != ApiError::Kind::Cancelled && error->kind != ApiError::Kind::SessionExpired) {
        m_notices->showError(
            *error, {}, [this] { refresh(); }, BannerController::About::List);
        if (error->kind != ApiError::Kind::PatSessionForbidden && (m_core->isLoaded() || m_core->isPartial())) {
            m_showingOldTokens = true;
            showOldTokensNote();
        }
    }
    Q_EMIT refreshFinished(false);
}

void MainWindow::showOldTokensNote()
{
    // The first pages of a list that failed: the rows are real, but not all of them.
    if (m_core->isPartial())
        m_loadingLabel->setText(
            tr("Showing %1 of %n token(s): the rest could not be loaded", nullptr, m_core->listTotal())
                .arg(m_core->tokens().size()));
    else
        m_loadingLabel->setText(tr("Showing the tokens loaded before"));
}

// ---------------------------------------------------------------------------------------------------------------
// Token actions (TokenActions)

void MainWindow::generateToken()
{
    m_actions->generateToken();
}

void MainWindow::deleteSelected()
{
    m_actions->deleteSelected();
}

void MainWindow::showDetails(const QString &uuid)
{
    m_actions->showDetails(uuid);
}

void MainWindow::editToken(const QString &uuid)
{
    m_actions->editToken(uuid);
}

void MainWindow::toggleActive(const QString &uuid)
{
    m_actions->toggleActive(uuid);
}

void MainWindow::confirmAndDelete(const QList<AccessToken> &tokens)
{
    m_actions->confirmAndDelete(tokens);
}

// ---------------------------------------------------------------------------------------------------------------
// Session (SignInFlow)

void MainWindow::signOut()
{
    m_signIn->signOut();
}
