#include "MainWindow.h"

#include "Account.h"
#include "ActionsDelegate.h"
#include "AppSettings.h"
#include "ClipboardGuard.h"
#include "EditTokenDialog.h"
#include "ErrorBanner.h"
#include "ErrorText.h"
#include "GenerateTokenDialog.h"
#include "HubClient.h"
#include "Icons.h"
#include "LanguageManager.h"
#include "PreferencesDialog.h"
#include "Prompter.h"
#include "RelativeTime.h"
#include "Session.h"
#include "SessionKeeper.h"
#include "SignInDialog.h"
#include "StatusSwitchDelegate.h"
#include "TokenDetailsDialog.h"
#include "TokenFilterProxyModel.h"
#include "TokenCore.h"
#include "TokenScope.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int NamesInConfirmation = 5;
constexpr int StatusMessageMs = 5000;

QString quoted(const QString &label)
{
    return MainWindow::tr("“%1”").arg(label);
}

// A centred page of the stack (no tokens yet; nothing matches the filters): an icon, a large title, a wrapped text and
// a button, named "<name>State", "<name>Title" and "<name>Text".
struct StatePage {
    QWidget *page;
    QLabel *title;
    QLabel *text;
    QPushButton *button;
};

StatePage statePage(QWidget *parent, const QString &name, const QPixmap &pixmap)
{
    auto *page = new QWidget(parent);
    page->setObjectName(name + QLatin1String("State"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *col = new QVBoxLayout(page);
    col->setAlignment(Qt::AlignCenter);
    col->setSpacing(10);

    auto *icon = new QLabel(page);
    icon->setPixmap(pixmap);
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(page);
    title->setObjectName(name + QLatin1String("Title"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(page);
    text->setObjectName(name + QLatin1String("Text"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *button = new QPushButton(page);
    button->setAutoDefault(false);

    col->addWidget(icon, 0, Qt::AlignHCenter);
    col->addWidget(title, 0, Qt::AlignHCenter);
    col->addWidget(text, 0, Qt::AlignHCenter);
    col->addSpacing(6);
    col->addWidget(button, 0, Qt::AlignHCenter);
    return {page, title, text, button};
}

bool isDefaultServer(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash) == HubClient::defaultBaseUrl().adjusted(QUrl::StripTrailingSlash);
}

const char *StyleSheet = R"(
QPushButton[primary="true"] {
    background: #1d63ed; color: white; border: 1px solid #1a56d1; border-radius: 5px;
    padding: 5px 14px; font-weight: 600;
}
QPushButton[primary="true"]:hover { background: #1a56d1; }
QPushButton[primary="true"]:pressed { background: #1549b3; }
QPushButton[primary="true"]:focus { border: 2px solid #0b3a9c; }
QPushButton[primary="true"]:disabled { background: #a8c1f5; border-color: #a8c1f5; }
QPushButton[danger="true"] {
    color: #b42318; background: #fff; border: 1px solid #f0b4ae; border-radius: 5px; padding: 5px 12px;
}
QPushButton[danger="true"]:hover { background: #fef3f2; }
QPushButton[danger="true"]:focus { border: 2px solid #b42318; }
QLabel#serverChip {
    background: #fff4d6; color: #8a5300; border: 1px solid #f3cf7a; border-radius: 10px; padding: 1px 9px;
}
QLabel#pageTitle { color: #111827; }
QLabel#pageSubtitle, QLabel#emptyText, QLabel#noMatchText { color: #4b5563; }
QLabel#counts { color: #4b5563; }
QProgressBar#progress { border: none; background: transparent; max-height: 3px; }
QProgressBar#progress::chunk { background: #1d63ed; }
QTableView#tokenTable { border: 1px solid #dfe3e8; border-radius: 6px; selection-color: #111827; }
QTableView#tokenTable::item:selected { background: #dbe7fd; }
QTableView#tokenTable QHeaderView::section {
    background: #f6f7f9; color: #374151; border: none; border-bottom: 1px solid #dfe3e8;
    padding: 6px 4px; font-weight: 600;
}
QWidget#emptyState, QWidget#noMatchState { background: #fff; border: 1px solid #dfe3e8; border-radius: 6px; }
)";
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
    m_model->setExpiryIcons(Icons::warning(), Icons::expired());

    buildUi();
    setupTable();
    setupShortcuts();
    setupPreferences();
    setupTabOrder();
    restoreSettings();
    retranslateUi();
    // After every objectName is set: the style sheet's #id selectors are matched when it is applied.
    setStyleSheet(QString::fromLatin1(StyleSheet));

    connect(m_model, &TokenTableModel::countsChanged, this, &MainWindow::updateCounts);
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

    layout->addWidget(buildHeader());
    layout->addWidget(buildToolbar());

    m_banner = new ErrorBanner(central);
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this] {
        auto action = m_bannerAction;
        m_banner->dismiss();
        m_bannerIsRefreshError = false;
        if (action)
            action();
    });
    connect(m_banner, &ErrorBanner::secondActionTriggered, this, [this] {
        auto action = m_bannerSecondAction;
        m_banner->dismiss();
        if (action)
            action();
    });
    connect(m_banner, &ErrorBanner::dismissed, this, [this] { m_bannerIsRefreshError = false; });
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

    m_stack = new QStackedWidget(central);
    m_table = new QTableView(m_stack);
    m_emptyState = buildEmptyState();
    m_noMatchState = buildNoMatchState();
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_noMatchState);

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

QWidget *MainWindow::buildHeader()
{
    auto *header = new QWidget(this);
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);

    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.55);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    grid->addWidget(m_title, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(m_subtitle, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    auto *accountRow = new QHBoxLayout;
    accountRow->setSpacing(8);
    m_serverChip = new QLabel(header);
    m_serverChip->setObjectName(QStringLiteral("serverChip"));
    m_accountLabel = new QLabel(header);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setTextFormat(Qt::PlainText);
    m_signOut = new QPushButton(header);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAutoDefault(false);
    connect(m_signOut, &QPushButton::clicked, this, &MainWindow::signOut);
    accountRow->addStretch(1);
    accountRow->addWidget(m_serverChip);
    accountRow->addWidget(m_accountLabel);
    accountRow->addWidget(m_signOut);
    // Language: the current language's own name; a menu of the others, each in its own language.
    m_languageButton = new QToolButton(header);
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_languageMenu = new QMenu(m_languageButton);
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageButton->setMenu(m_languageMenu);
    m_languageButton->hide(); // until setLanguageManager()
    accountRow->addWidget(m_languageButton);
    grid->addLayout(accountRow, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    return header;
}

QWidget *MainWindow::buildToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("toolbar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 4, 0, 0);
    row->setSpacing(8);

    m_generate = new QPushButton(bar);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setProperty("primary", true);
    m_generate->setAutoDefault(false);
    connect(m_generate, &QPushButton::clicked, this, &MainWindow::generateToken);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(200);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TokenFilterProxyModel::setSearchText);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto f : {TokenFilterProxyModel::StatusFilter::All, TokenFilterProxyModel::StatusFilter::Active,
                         TokenFilterProxyModel::StatusFilter::Inactive, TokenFilterProxyModel::StatusFilter::Expired})
        m_statusFilter->addItem(QString(), int(f)); // texts: retranslateUi()
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(TokenFilterProxyModel::StatusFilter(m_statusFilter->currentData().toInt()));
    });

    m_sourceFilter = new QComboBox(bar);
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto f : {TokenFilterProxyModel::SourceFilter::All, TokenFilterProxyModel::SourceFilter::Manual,
                         TokenFilterProxyModel::SourceFilter::AutoGenerated})
        m_sourceFilter->addItem(QString(), int(f));
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSourceFilter(TokenFilterProxyModel::SourceFilter(m_sourceFilter->currentData().toInt()));
    });

    m_refresh = new QToolButton(bar);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(Icons::refresh());
    m_refresh->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_refresh->setIconSize(QSize(16, 16));
    m_refresh->setFixedSize(30, 30);
    connect(m_refresh, &QToolButton::clicked, this, &MainWindow::refresh);

    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("counts"));

    m_deleteSelected = new QPushButton(bar);
    m_deleteSelected->setObjectName(QStringLiteral("deleteSelectedButton"));
    m_deleteSelected->setProperty("danger", true);
    m_deleteSelected->setAutoDefault(false);
    connect(m_deleteSelected, &QPushButton::clicked, this, &MainWindow::deleteSelected);

    row->addWidget(m_generate);
    row->addSpacing(6);
    row->addWidget(m_search, 1);
    row->addWidget(m_statusFilter);
    row->addWidget(m_sourceFilter);
    row->addWidget(m_refresh);
    row->addSpacing(8);
    row->addWidget(m_counts, 0);
    row->addSpacing(4);
    row->addWidget(m_deleteSelected);
    return bar;
}

QWidget *MainWindow::buildEmptyState()
{
    const StatePage state = statePage(m_stack, QStringLiteral("empty"), Icons::key(Icons::accent(), 56).pixmap(56, 56));
    m_emptyTitle = state.title;
    m_emptyText = state.text; // its width: retranslateUi()
    m_emptyGenerate = state.button;
    m_emptyGenerate->setObjectName(QStringLiteral("emptyGenerateButton"));
    m_emptyGenerate->setProperty("primary", true);
    connect(m_emptyGenerate, &QPushButton::clicked, this, &MainWindow::generateToken);
    return state.page;
}

QWidget *MainWindow::buildNoMatchState()
{
    const StatePage state = statePage(m_stack, QStringLiteral("noMatch"), Icons::search().pixmap(40, 40));
    m_noMatchTitle = state.title;
    m_noMatchText = state.text;
    m_clearFilters = state.button;
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_sourceFilter->setCurrentIndex(0);
        m_proxy->clearFilters();
        m_search->setFocus();
    });
    return state.page;
}

void MainWindow::setupTable()
{
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setMouseTracking(true);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->setIconSize(QSize(14, 14));
    m_table->installEventFilter(this);

    QPalette pal = m_table->palette();
    pal.setColor(QPalette::AlternateBase, QColor(0xf9, 0xfa, 0xfb));
    pal.setColor(QPalette::Base, Qt::white);
    m_table->setPalette(pal);

    auto *status = new StatusSwitchDelegate(m_table);
    m_table->setItemDelegateForColumn(TokenTableModel::Status, status);
    connect(status, &StatusSwitchDelegate::toggleRequested, this, [this](const QModelIndex &index) {
        toggleActive(index.data(TokenTableModel::UuidRole).toString());
    });
    auto *actions = new ActionsDelegate(m_table);
    m_table->setItemDelegateForColumn(TokenTableModel::Actions, actions);
    connect(actions, &ActionsDelegate::menuRequested, this, [this](const QModelIndex &index, const QRect &button) {
        showRowMenu(index.data(TokenTableModel::UuidRole).toString(),
                    m_table->viewport()->mapToGlobal(button.bottomLeft() + QPoint(0, 2)));
    });

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != TokenTableModel::Actions && index.column() != TokenTableModel::Status)
            showDetails(index.data(TokenTableModel::UuidRole).toString());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            showRowMenu(index.data(TokenTableModel::UuidRole).toString(), m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateSelection);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(44);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TokenTableModel::Description, QHeaderView::Stretch);
    header->setSectionResizeMode(TokenTableModel::Actions, QHeaderView::Fixed);
    header->resizeSection(TokenTableModel::Scope, 175);
    header->resizeSection(TokenTableModel::Status, 118);
    header->resizeSection(TokenTableModel::Source, 118);
    header->resizeSection(TokenTableModel::Created, 108);
    header->resizeSection(TokenTableModel::LastUsed, 118);
    header->resizeSection(TokenTableModel::Expires, 132);
    header->resizeSection(TokenTableModel::Actions, 48);
    m_table->sortByColumn(TokenTableModel::Created, Qt::DescendingOrder);
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
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
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
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
    setTabOrder(m_generate, m_search);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_sourceFilter);
    setTabOrder(m_sourceFilter, m_refresh);
    setTabOrder(m_refresh, m_deleteSelected);
    setTabOrder(m_deleteSelected, m_banner->actionButton());
    setTabOrder(m_banner->actionButton(), m_table);
    setTabOrder(m_table, m_signOut);
}

// ---------------------------------------------------------------------------------------------------------------
// Language

void MainWindow::retranslateUi()
{
    const auto shortcut = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    m_progress->setAccessibleName(tr("Loading tokens"));
    m_title->setText(tr("Personal access tokens"));
    m_title->setAccessibleName(m_title->text());
    m_subtitle->setText(tr("You can use a personal access token (PAT) as an alternative to your password for "
                           "Docker CLI authentication."));
    m_signOut->setText(tr("Sign out"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_languageButton->setToolTip(tr("Language"));
    m_languageButton->setAccessibleName(tr("Language"));

    m_generate->setText(tr("Generate new token"));
    m_generate->setAccessibleName(tr("Generate new token"));
    m_generate->setToolTip(tr("Generate new token (%1)").arg(shortcut(QKeySequence::New)));
    m_search->setPlaceholderText(tr("Search tokens"));
    m_search->setToolTip(tr("Search by description, scope or UUID (%1)").arg(shortcut(QKeySequence::Find)));
    m_search->setAccessibleName(tr("Search tokens"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    m_statusFilter->setItemText(1, tr("Active"));
    m_statusFilter->setItemText(2, tr("Inactive"));
    m_statusFilter->setItemText(3, tr("Expired"));
    m_sourceFilter->setAccessibleName(tr("Source filter"));
    m_sourceFilter->setItemText(0, tr("All sources"));
    m_sourceFilter->setItemText(1, tr("Manual"));
    m_sourceFilter->setItemText(2, tr("Auto-generated"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Refresh (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_counts->setAccessibleName(tr("Token counts"));

    m_emptyTitle->setText(tr("You have no access tokens yet"));
    m_emptyText->setText(tr("Generate a token to use in place of your password when you sign in with the Docker "
                            "CLI. You can create as many tokens as you need."));
    // About 62 Latin characters a line, in any script (set on every language change).
    m_emptyText->setFixedWidth(qMax(360, m_emptyText->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 62));
    m_emptyGenerate->setText(tr("Generate new token"));
    m_emptyGenerate->setAccessibleName(tr("Generate new token"));
    m_noMatchTitle->setText(tr("No tokens match your search"));
    m_noMatchText->setText(tr("Try other words, or show tokens of every status and source."));
    m_noMatchText->setFixedWidth(m_emptyText->width());
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setAccessibleName(tr("Clear filters"));
    m_table->setAccessibleName(tr("Personal access tokens"));

    m_generateAction->setText(tr("Generate new token"));
    m_refreshAction->setText(tr("Refresh"));
    m_findAction->setText(tr("Search"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_preferencesAction->setText(tr("&Preferences…"));
    if (m_systemLanguage)
        m_systemLanguage->setText(tr("System default"));

    if (isLoading())
        m_loadingLabel->setText(tr("Loading tokens…"));
    else if (m_showingOldTokens)
        m_loadingLabel->setText(tr("Showing the tokens loaded before"));

    m_model->retranslate();
    fitHeaderSections();
    updateAccount();
    updateCounts();
    updateSelection();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fitHeaderSections(); // the section font (bold, from the style sheet) may be another
    QMainWindow::changeEvent(event);
}

void MainWindow::fitHeaderSections()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->ensurePolished(); // the style sheet's section font counts
    for (int section = 0; section < TokenTableModel::ColumnCount; ++section) {
        if (header->sectionResizeMode(section) != QHeaderView::Interactive)
            continue; // Description stretches; Actions has no title
        int needed = header->sectionSizeHint(section);
        if (section == TokenTableModel::Scope) {
            // The scope names are the longest cells after the description: room for the longest in this language.
            const QFontMetrics fm(m_table->font());
            for (const TokenScope scope : TokenScopes::all())
                needed = qMax(needed, fm.horizontalAdvance(TokenScopes::displayName(scope)) + 2 * 8);
        }
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

void MainWindow::setLanguageManager(LanguageManager *languages)
{
    m_languages = languages;
    m_languageMenu->clear();
    delete m_languageGroup;
    m_languageGroup = nullptr;
    m_systemLanguage = nullptr;
    m_languageButton->setVisible(languages != nullptr);
    if (!languages)
        return;

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const auto add = [this](const QString &text, const QString &code) {
        QAction *action = m_languageMenu->addAction(text);
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setData(code);
        action->setCheckable(true);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_languages)
                m_languages->select(code);
        });
        return action;
    };
    m_systemLanguage = add(tr("System default"), QString());
    m_languageMenu->addSeparator();
    const QStringList codes = LanguageManager::supportedLanguages();
    for (const QString &code : codes)
        add(LanguageManager::nativeName(code), code);
    connect(languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageMenu);
    updateLanguageMenu();
}

void MainWindow::updateLanguageMenu()
{
    if (!m_languages || !m_languageGroup)
        return;
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_languages->chosen());
    m_languageButton->setText(LanguageManager::nativeName(m_languages->current()));
    // The menu arrow is drawn in the button's bottom-right corner: leave the centred name room to clear it.
    m_languageButton->setMinimumWidth(0);
    m_languageButton->setMinimumWidth(m_languageButton->sizeHint().width() + m_languageButton->fontMetrics().height());
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        QSize size(1100, 640);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    }
    const QByteArray header = m_settings->tableHeaderState();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header)) {
        // Whatever was saved, Description stretches and Actions keeps its size.
        m_table->horizontalHeader()->setSectionResizeMode(TokenTableModel::Description, QHeaderView::Stretch);
        m_table->horizontalHeader()->setSectionResizeMode(TokenTableModel::Actions, QHeaderView::Fixed);
        m_table->horizontalHeader()->resizeSection(TokenTableModel::Actions, 48);
    }
    fitHeaderSections();
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setTableHeaderState(m_table->horizontalHeader()->saveState());
    m_settings->sync();
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
    if (m_stack->currentWidget() == m_emptyState)
        return QStringLiteral("empty");
    if (m_stack->currentWidget() == m_noMatchState)
        return QStringLiteral("noMatch");
    return QStringLiteral("table");
}

void MainWindow::updateAccount()
{
    const bool signedIn = m_session->isActive();
    const QUrl server = signedIn ? m_session->server() : m_client->baseUrl();
    m_accountLabel->setText(signedIn ? tr("Signed in as %1").arg(m_session->username()) : tr("Not signed in"));
    m_accountLabel->setAccessibleName(m_accountLabel->text());
    m_signOut->setVisible(signedIn);

    const QString shown = server.toDisplayString(QUrl::StripTrailingSlash);
    if (isDefaultServer(server)) {
        m_serverChip->hide();
    } else {
        m_serverChip->setText(HubClient::isLoopback(server) ? tr("Demo server %1").arg(shown) : tr("Server %1").arg(shown));
        m_serverChip->setToolTip(tr("Not Docker Hub: tokens here are not your Docker Hub tokens."));
        m_serverChip->setAccessibleName(m_serverChip->text());
        m_serverChip->show();
    }
    setWindowTitle(signedIn ? tr("Hub Tokens — %1").arg(m_session->username()) : tr("Hub Tokens"));
    m_generate->setEnabled(signedIn);
    m_refresh->setEnabled(signedIn);
}

void MainWindow::updateCounts()
{
    const int active = m_model->activeCount();
    const int inactive = m_model->inactiveCount();
    const int expired = m_model->expiredCount();
    // Each count a phrase of its own with its plural forms, joined by the language's separator.
    //: Joins two parts of the token counts: "3 active · 1 inactive"
    const auto join = [](const QString &a, const QString &b) { return tr("%1 · %2").arg(a, b); };
    QString text = join(tr("%n active", "tokens", active), tr("%n inactive", "tokens", inactive));
    if (expired > 0)
        text = join(text, tr("%n expired", "tokens", expired));
    if (m_proxy->hasActiveFilters() && m_model->rowCount() > 0)
        text = join(tr("%1 of %n shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()), text);
    m_counts->setText(text);
    m_counts->setAccessibleDescription(text);
}

void MainWindow::updateSelection()
{
    const int n = int(m_table->selectionModel()->selectedRows().size());
    m_deleteSelected->setText(tr("Delete selected (%1)").arg(n));
    m_deleteSelected->setAccessibleName(tr("Delete selected tokens"));
    m_deleteSelected->setVisible(n > 0);
    m_deleteSelected->setEnabled(n > 0);
}

void MainWindow::updateState()
{
    QWidget *page = m_table;
    if (m_core->isLoaded() && m_model->rowCount() == 0)
        page = m_emptyState;
    else if (m_model->rowCount() > 0 && m_proxy->rowCount() == 0)
        page = m_noMatchState;
    if (m_stack->currentWidget() != page) {
        const bool hadFocus = m_stack->currentWidget()->hasFocus();
        m_stack->setCurrentWidget(page);
        if (hadFocus)
            page->setFocus();
    }
    updateCounts();
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
}

void MainWindow::onListFinished(const std::optional<ApiError> &error)
{
    setLoading(false);
    if (!error) {
        if (m_bannerIsRefreshError) {
            m_banner->dismiss();
            m_bannerIsRefreshError = false;
        }
        updateState();
        statusBar()->showMessage(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), RelativeTime::shortTimeFormat())),
                                 StatusMessageMs);
        Q_EMIT refreshFinished(true);
        return;
    }
    // SessionExpired: the person chose not to sign in again (onSignInCancelled says so).
    if (error->kind != ApiError::Kind::Cancelled && error->kind != ApiError::Kind::SessionExpired) {
        handleCommonError(*error, ErrorText::title(*error), [this] { refresh(); });
        if (error->kind != ApiError::Kind::PatSessionForbidden) {
            m_bannerIsRefreshError = true;
            if (m_core->isLoaded()) {
                m_loadingLabel->setText(tr("Showing the tokens loaded before"));
                m_showingOldTokens = true;
            }
        }
    }
    Q_EMIT refreshFinished(false);
}

void MainWindow::handleCommonError(const ApiError &error, const QString &title, std::function<void()> retry)
{
    m_bannerSecondAction = {};
    if (error.kind == ApiError::Kind::PatSessionForbidden) {
        m_bannerAction = [this] { signOut(); };
        m_banner->showMessage(ErrorBanner::Kind::Warning, [error] {
            return ErrorBanner::Texts{ErrorText::title(error), ErrorText::message(error), tr("Sign in with password")};
        });
        return;
    }
    m_bannerAction = std::move(retry);
    // The words follow the language (ErrorBanner::TextSource); a title of the caller's own stays as given.
    const bool ownTitle = title == ErrorText::title(error);
    m_banner->showMessage(ErrorBanner::Kind::Error, [error, title, ownTitle, retry = bool(m_bannerAction)] {
        return ErrorBanner::Texts{ownTitle ? ErrorText::title(error) : title, ErrorText::message(error),
                                  retry ? tr("Retry") : QString()};
    });
}
// ---------------------------------------------------------------------------------------------------------------
// Selection and keys

QList<AccessToken> MainWindow::selectedTokens() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // In the order they are shown.
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<AccessToken> out;
    out.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        out.append(index.data(TokenTableModel::TokenRole).value<AccessToken>());
    return out;
}

QString MainWindow::currentUuid() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(TokenTableModel::UuidRole).toString() : QString();
}

void MainWindow::selectToken(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_table) {
            const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
            switch (key->key()) {
            case Qt::Key_Delete:
                if (plain) {
                    deleteSelected();
                    return true;
                }
                break;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (plain && !currentUuid().isEmpty()) {
                    showDetails(currentUuid());
                    return true;
                }
                break;
            case Qt::Key_Space:
                if (key->modifiers() == Qt::NoModifier && !currentUuid().isEmpty()) {
                    toggleActive(currentUuid());
                    return true;
                }
                break;
            case Qt::Key_Menu: {
                const QModelIndex current = m_table->currentIndex();
                if (current.isValid()) {
                    const QRect cell = m_table->visualRect(current.siblingAtColumn(TokenTableModel::Actions));
                    showRowMenu(currentUuid(), m_table->viewport()->mapToGlobal(cell.bottomLeft()));
                    return true;
                }
                break;
            }
            default:
                break;
            }
        } else if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        } else if (watched == m_search && key->key() == Qt::Key_Down) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------------------------
// Row actions

void MainWindow::showRowMenu(const QString &uuid, const QPoint &globalPos)
{
    const std::optional<AccessToken> token = m_model->token(uuid);
    if (!token)
        return;
    if (m_rowMenu)
        m_rowMenu->close();
    selectToken(uuid);

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAccessibleName(tr("Actions for %1").arg(quoted(token->label)));
    menu->setToolTipsVisible(true);
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);

    const bool expired = token->isExpired(m_model->now());
    const bool pending = m_model->isPending(uuid);
    QAction *toggle = menu->addAction(token->active ? tr("Deactivate") : tr("Activate"));
    toggle->setObjectName(QStringLiteral("actionToggle"));
    toggle->setEnabled(!expired && !pending);
    if (expired)
        toggle->setToolTip(tr("Expired tokens can only be deleted."));
    connect(toggle, &QAction::triggered, this, [this, uuid] { toggleActive(uuid); });

    QAction *edit = menu->addAction(expired ? tr("Edit — expired tokens can't be edited") : tr("Edit…"));
    edit->setObjectName(QStringLiteral("actionEdit"));
    edit->setEnabled(!expired);
    if (expired)
        edit->setToolTip(tr("This token has expired. Expired tokens can only be deleted; generate a new token instead."));
    connect(edit, &QAction::triggered, this, [this, uuid] { editToken(uuid); });

    QAction *details = menu->addAction(tr("Details…"));
    details->setObjectName(QStringLiteral("actionDetails"));
    connect(details, &QAction::triggered, this, [this, uuid] { showDetails(uuid); });

    QAction *copy = menu->addAction(tr("Copy UUID"));
    copy->setObjectName(QStringLiteral("actionCopyUuid"));
    connect(copy, &QAction::triggered, this, [this, uuid] {
        m_clipboard->copyPlain(uuid);
        statusBar()->showMessage(tr("Copied the UUID %1").arg(uuid), StatusMessageMs);
    });

    menu->addSeparator();
    QAction *del = menu->addAction(tr("Delete…"));
    del->setObjectName(QStringLiteral("actionDelete"));
    connect(del, &QAction::triggered, this, [this, uuid] {
        if (const auto t = m_model->token(uuid))
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
        updateState();
        selectToken(token.uuid);
        statusBar()->showMessage(tr("Generated %1").arg(quoted(token.label)), StatusMessageMs);
    });
    connect(dialog, &GenerateTokenDialog::secretLost, this, &MainWindow::showSecretLost);
    dialog->open();
}

void MainWindow::showSecretLost(const AccessToken &token)
{
    updateState();
    const QString uuid = token.uuid;
    m_bannerAction = [this, uuid] {
        if (const auto t = m_core->token(uuid))
            confirmAndDelete({*t});
    };
    m_bannerSecondAction = [this, uuid] {
        const std::optional<AccessToken> t = m_core->token(uuid);
        if (t && t->active)
            m_core->setActive({uuid}, false);
    };
    m_bannerIsRefreshError = false;
    m_banner->showMessage(ErrorBanner::Kind::Warning, [label = token.label] {
        return ErrorBanner::Texts{tr("The token was created but its secret was lost"),
                                  tr("%1 exists on Docker Hub, but its secret never reached this app, so nothing can "
                                     "use it. Delete it, or deactivate it.").arg(quoted(label)),
                                  tr("Delete…"), tr("Deactivate")};
    });
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
    if (error->kind == ApiError::Kind::PatSessionForbidden) {
        handleCommonError(*error, {}, {});
    } else if (error->kind != ApiError::Kind::SessionExpired) { // that one: the person chose not to sign in
        m_bannerAction = {};
        m_bannerIsRefreshError = false;
        m_banner->showMessage(ErrorBanner::Kind::Error, [active, label, error = *error] {
            return ErrorBanner::Texts{active ? tr("Couldn't activate %1").arg(quoted(label))
                                             : tr("Couldn't deactivate %1").arg(quoted(label)),
                                      ErrorText::message(error), QString()};
        });
    }
    Q_EMIT toggleFinished(uuid, false);
}

// ---------------------------------------------------------------------------------------------------------------
// Deleting

void MainWindow::deleteSelected()
{
    confirmAndDelete(selectedTokens());
}

void MainWindow::confirmAndDelete(const QList<AccessToken> &tokens)
{
    if (tokens.isEmpty() || !m_session->isActive())
        return;
    const int n = int(tokens.size());
    QString title, text, informative, accept;
    if (n == 1) {
        title = tr("Delete access token?");
        text = tr("Delete the token %1?").arg(quoted(tokens.first().label));
        informative = tr("This is permanent: a deleted token can't be restored. Anything that uses it, such as "
                         "scripts, CI pipelines or a Docker CLI signed in with it, will stop working.");
        accept = tr("Delete");
    } else {
        title = tr("Delete %n access tokens?", nullptr, n);
        QStringList lines;
        for (int i = 0; i < n && i < NamesInConfirmation; ++i)
            lines << QStringLiteral("• ") + quoted(tokens.at(i).label);
        if (n > NamesInConfirmation)
            lines << tr("and %n more", nullptr, n - NamesInConfirmation);
        text = tr("Delete these %n tokens?", nullptr, n) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        informative = tr("This is permanent: deleted tokens can't be restored. Anything that uses them, such as "
                         "scripts, CI pipelines or a Docker CLI signed in with them, will stop working.");
        accept = tr("Delete %n tokens", nullptr, n);
    }
    if (Prompter::instance().confirm(this, title, text, informative, accept, true) != Prompter::Answer::Accept)
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
    // Each failure by name with its reason; below, what to do about each kind of reason, once.
    QStringList lines, advice;
    for (const ItemOutcome &item : failures) {
        lines << tr("• %1: %2").arg(quoted(item.label), ErrorText::title(*item.error));
        const QString message = ErrorText::message(*item.error);
        if (!advice.contains(message))
            advice << message;
    }
    const QString title = tr("%n token(s) not deleted", nullptr, failed);
    const QString text = tr("%n token(s) could not be deleted and will stay in the list:", nullptr, failed)
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    Prompter::instance().inform(this, title, text, advice.join(QLatin1Char('\n')));
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
    if (!isDefaultServer(server)) {
        const QString shown = server.toDisplayString(QUrl::StripTrailingSlash);
        dialog->setServerLabel(HubClient::isLoopback(server) ? tr("%1 (demo)").arg(shown) : shown);
    }
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
    m_account->signedIn(username, jwt, dialog && dialog->staySignedIn());
    const bool switched = !previousUser.isEmpty() && previousUser.compare(m_session->username(), Qt::CaseInsensitive) != 0;

    if (!m_bannerIsRefreshError)
        m_banner->dismiss();
    updateAccount();
    if (!isVisible())
        show();
    if (m_session->isPatSession()) {
        ApiError pat;
        pat.kind = ApiError::Kind::PatSessionForbidden;
        handleCommonError(pat, {}, {});
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
    m_bannerAction = [this] { openSignIn({}, false); };
    m_bannerIsRefreshError = false;
    m_banner->showMessage(ErrorBanner::Kind::Warning, [again = m_session->isActive()] {
        return ErrorBanner::Texts{tr("You're not signed in"),
                                  again ? tr("Sign in again to load and change your tokens.")
                                        : tr("Sign in to see and manage your personal access tokens."),
                                  tr("Sign in")};
    });
}

void MainWindow::signOut()
{
    m_core->clear();
    m_account->signOut();
    m_banner->dismiss();
    m_bannerIsRefreshError = false;
    updateAccount();
    updateState();
    statusBar()->showMessage(tr("Signed out"), StatusMessageMs);
    openSignIn({}, false);
}
