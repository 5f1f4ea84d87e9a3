#include "MainWindow.h"

#include "ActionsDelegate.h"
#include "AppSettings.h"
#include "ClipboardGuard.h"
#include "DeleteTokenRequest.h"
#include "EditTokenDialog.h"
#include "ErrorBanner.h"
#include "ErrorText.h"
#include "GenerateTokenDialog.h"
#include "HubClient.h"
#include "Icons.h"
#include "Prompter.h"
#include "Session.h"
#include "SignInDialog.h"
#include "StatusSwitchDelegate.h"
#include "TokenDetailsDialog.h"
#include "TokenFilterProxyModel.h"
#include "TokenListJob.h"
#include "TokenRequest.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
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

MainWindow::MainWindow(HubClient *client, Session *session, AppSettings *settings, ClipboardGuard *clipboard,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_session(session)
    , m_settings(settings)
    , m_clipboard(clipboard)
    , m_model(new TokenTableModel(this))
    , m_proxy(new TokenFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hub Tokens"));
    setWindowIcon(Icons::app());
    m_proxy->setSourceModel(m_model);
    m_model->setExpiryIcons(Icons::warning(), Icons::expired());

    buildUi();
    setupTable();
    setupShortcuts();
    setupTabOrder();
    restoreSettings();
    // After every objectName is set: the style sheet's #id selectors are matched when it is applied.
    setStyleSheet(QString::fromLatin1(StyleSheet));

    connect(m_model, &TokenTableModel::countsChanged, this, &MainWindow::updateCounts);
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateState);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateState);
        connect(m, &QAbstractItemModel::modelReset, this, &MainWindow::updateState);
        connect(m, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateState);
    }
    connect(m_proxy, &TokenFilterProxyModel::filtersChanged, this, [this] {
        updateState();
        updateCounts();
    });

    connect(m_session, &Session::changed, this, &MainWindow::updateAccount);
    connect(m_session, &Session::expired, this, [this] {
        requireSignIn(tr("Your session expired. Sign in again to continue."));
    });
    connect(m_session, &Session::renewalDue, this, [this] {
        requireSignIn(tr("Your session is about to expire. Sign in again to continue."));
    });

    // "3 minutes ago" moves on; tokens expire while the window is open.
    m_clock = new QTimer(this);
    m_clock->setInterval(60'000);
    connect(m_clock, &QTimer::timeout, m_model, &TokenTableModel::refreshTimes);
    m_clock->start();

    updateAccount();
    updateCounts();
    updateSelection();
    updateState();
}

MainWindow::~MainWindow()
{
    if (m_listJob) {
        m_listJob->disconnect(this);
        m_listJob->abort();
    }
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
    connect(m_banner, &ErrorBanner::dismissed, this, [this] { m_bannerIsRefreshError = false; });
    layout->addWidget(m_banner);

    // The slim progress line keeps its place when hidden, so nothing jumps.
    m_progress = new QProgressBar(central);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(3);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Loading tokens"));
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

    m_title = new QLabel(tr("Personal access tokens"), header);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setAccessibleName(tr("Personal access tokens"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.55);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(tr("You can use a personal access token (PAT) as an alternative to your password for "
                               "Docker CLI authentication."),
                            header);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    grid->addWidget(m_title, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(m_subtitle, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    auto *accountRow = new QHBoxLayout;
    accountRow->setSpacing(8);
    m_serverChip = new QLabel(header);
    m_serverChip->setObjectName(QStringLiteral("serverChip"));
    m_account = new QLabel(header);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setTextFormat(Qt::PlainText);
    m_signOut = new QPushButton(tr("Sign out"), header);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_signOut->setAutoDefault(false);
    connect(m_signOut, &QPushButton::clicked, this, &MainWindow::signOut);
    accountRow->addStretch(1);
    accountRow->addWidget(m_serverChip);
    accountRow->addWidget(m_account);
    accountRow->addWidget(m_signOut);
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

    m_generate = new QPushButton(tr("Generate new token"), bar);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setProperty("primary", true);
    m_generate->setAccessibleName(tr("Generate new token"));
    m_generate->setToolTip(tr("Generate new token (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_generate->setAutoDefault(false);
    connect(m_generate, &QPushButton::clicked, this, &MainWindow::generateToken);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search tokens"));
    m_search->setToolTip(tr("Search by description, scope or UUID (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(200);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TokenFilterProxyModel::setSearchText);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), int(TokenFilterProxyModel::StatusFilter::All));
    m_statusFilter->addItem(tr("Active"), int(TokenFilterProxyModel::StatusFilter::Active));
    m_statusFilter->addItem(tr("Inactive"), int(TokenFilterProxyModel::StatusFilter::Inactive));
    m_statusFilter->addItem(tr("Expired"), int(TokenFilterProxyModel::StatusFilter::Expired));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(TokenFilterProxyModel::StatusFilter(m_statusFilter->currentData().toInt()));
    });

    m_sourceFilter = new QComboBox(bar);
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceFilter->setAccessibleName(tr("Source filter"));
    m_sourceFilter->addItem(tr("All sources"), int(TokenFilterProxyModel::SourceFilter::All));
    m_sourceFilter->addItem(tr("Manual"), int(TokenFilterProxyModel::SourceFilter::Manual));
    m_sourceFilter->addItem(tr("Auto-generated"), int(TokenFilterProxyModel::SourceFilter::AutoGenerated));
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSourceFilter(TokenFilterProxyModel::SourceFilter(m_sourceFilter->currentData().toInt()));
    });

    m_refresh = new QToolButton(bar);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(Icons::refresh());
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_refresh->setToolTip(tr("Refresh (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setIconSize(QSize(16, 16));
    m_refresh->setFixedSize(30, 30);
    connect(m_refresh, &QToolButton::clicked, this, &MainWindow::refresh);

    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setAccessibleName(tr("Token counts"));
    m_counts->setMinimumWidth(40); // may clip rather than widen the window

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
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("emptyState"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *col = new QVBoxLayout(page);
    col->setAlignment(Qt::AlignCenter);
    col->setSpacing(10);

    auto *icon = new QLabel(page);
    icon->setPixmap(Icons::key(Icons::accent(), 56).pixmap(56, 56));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("You have no access tokens yet"), page);
    title->setObjectName(QStringLiteral("emptyTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Generate a token to use in place of your password when you sign in with the Docker "
                               "CLI. You can create as many tokens as you need."),
                            page);
    text->setObjectName(QStringLiteral("emptyText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setFixedWidth(qMax(360, text->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 62));
    auto *button = new QPushButton(tr("Generate new token"), page);
    button->setObjectName(QStringLiteral("emptyGenerateButton"));
    button->setAccessibleName(tr("Generate new token"));
    button->setProperty("primary", true);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, &MainWindow::generateToken);

    col->addWidget(icon, 0, Qt::AlignHCenter);
    col->addWidget(title, 0, Qt::AlignHCenter);
    col->addWidget(text, 0, Qt::AlignHCenter);
    col->addSpacing(6);
    col->addWidget(button, 0, Qt::AlignHCenter);
    return page;
}

QWidget *MainWindow::buildNoMatchState()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("noMatchState"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *col = new QVBoxLayout(page);
    col->setAlignment(Qt::AlignCenter);
    col->setSpacing(10);

    auto *icon = new QLabel(page);
    icon->setPixmap(Icons::search().pixmap(40, 40));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("No tokens match your search"), page);
    title->setObjectName(QStringLiteral("noMatchTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    auto *text = new QLabel(tr("Try other words, or show tokens of every status and source."), page);
    text->setObjectName(QStringLiteral("noMatchText"));
    auto *button = new QPushButton(tr("Clear filters"), page);
    button->setObjectName(QStringLiteral("clearFiltersButton"));
    button->setAccessibleName(tr("Clear filters"));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_sourceFilter->setCurrentIndex(0);
        m_proxy->clearFilters();
        m_search->setFocus();
    });

    col->addWidget(icon, 0, Qt::AlignHCenter);
    col->addWidget(title, 0, Qt::AlignHCenter);
    col->addWidget(text, 0, Qt::AlignHCenter);
    col->addSpacing(6);
    col->addWidget(button, 0, Qt::AlignHCenter);
    return page;
}

void MainWindow::setupTable()
{
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setAccessibleName(tr("Personal access tokens"));
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
    auto *generate = new QAction(tr("Generate new token"), this);
    generate->setObjectName(QStringLiteral("actionGenerate"));
    generate->setShortcut(QKeySequence::New);
    connect(generate, &QAction::triggered, this, &MainWindow::generateToken);
    addAction(generate);

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    addAction(refreshAction);

    auto *find = new QAction(tr("Search"), this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
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
    if (m_session->isActive()) {
        m_client->setBearerToken(m_session->jwt());
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
    return m_listJob != nullptr;
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
    m_account->setText(signedIn ? tr("Signed in as %1").arg(m_session->username()) : tr("Not signed in"));
    m_account->setAccessibleName(m_account->text());
    m_signOut->setVisible(signedIn);

    const bool isDefault = server.adjusted(QUrl::StripTrailingSlash)
        == HubClient::defaultBaseUrl().adjusted(QUrl::StripTrailingSlash);
    const QString shown = server.toDisplayString(QUrl::StripTrailingSlash);
    if (isDefault) {
        m_serverChip->hide();
    } else {
        m_serverChip->setText(isLoopback(server) ? tr("Demo server %1").arg(shown) : tr("Server %1").arg(shown));
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
    QString text = expired > 0 ? tr("%1 active · %2 inactive · %3 expired").arg(active).arg(inactive).arg(expired)
                               : tr("%1 active · %2 inactive").arg(active).arg(inactive);
    if (m_proxy->hasActiveFilters() && m_model->rowCount() > 0)
        text = tr("%1 of %n shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()) + QStringLiteral("  ·  ")
            + text;
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
    if (m_loadedOnce && m_model->rowCount() == 0)
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
    if (m_listJob) {
        m_listJob->disconnect(this);
        m_listJob->abort();
    }
    TokenListJob *job = m_client->listAllTokens();
    m_listJob = job;
    connect(job, &TokenListJob::progress, this, [this](int loaded, int total) {
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(loaded);
            m_loadingLabel->setText(tr("Loading tokens… %1 of %2").arg(loaded).arg(total));
        }
    });
    connect(job, &TokenListJob::finished, this, &MainWindow::onListFinished);
    setLoading(true);
}

void MainWindow::onListFinished(const ApiResult<TokenList> &result)
{
    m_listJob = nullptr;
    setLoading(false);
    if (result.ok()) {
        m_model->setTokens(result.value.tokens);
        m_loadedOnce = true;
        if (m_bannerIsRefreshError) {
            m_banner->dismiss();
            m_bannerIsRefreshError = false;
        }
        updateState();
        statusBar()->showMessage(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                                 StatusMessageMs);
        Q_EMIT refreshFinished(true);
        return;
    }
    const ApiError &error = *result.error;
    if (error.kind != ApiError::Kind::Cancelled) {
        handleCommonError(error, ErrorText::title(error), [this] { refresh(); });
        if (error.kind != ApiError::Kind::SessionExpired && error.kind != ApiError::Kind::PatSessionForbidden) {
            m_bannerIsRefreshError = true;
            if (m_loadedOnce)
                m_loadingLabel->setText(tr("Showing the tokens loaded before"));
        }
    }
    Q_EMIT refreshFinished(false);
}

void MainWindow::handleCommonError(const ApiError &error, const QString &title, std::function<void()> retry)
{
    switch (error.kind) {
    case ApiError::Kind::SessionExpired:
        requireSignIn(tr("Your session expired. Sign in again to continue."), std::move(retry));
        return;
    case ApiError::Kind::PatSessionForbidden:
        m_session->markPatSession();
        m_bannerAction = [this] { signOut(); };
        m_banner->showMessage(ErrorBanner::Kind::Warning, ErrorText::title(error), ErrorText::message(error),
                              tr("Sign in with password"));
        return;
    default:
        m_bannerAction = std::move(retry);
        m_banner->showMessage(ErrorBanner::Kind::Error, title, ErrorText::message(error),
                              m_bannerAction ? tr("Retry") : QString());
        return;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Selection and keys

QList<AccessToken> MainWindow::selectedTokens() const
{
    QList<AccessToken> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        out.append(index.data(TokenTableModel::TokenRole).value<AccessToken>());
    // In the order they are shown.
    std::sort(out.begin(), out.end(), [this](const AccessToken &a, const AccessToken &b) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOf(a.uuid), 0)).row()
            < m_proxy->mapFromSource(m_model->index(m_model->rowOf(b.uuid), 0)).row();
    });
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
    const std::optional<AccessToken> token = m_model->token(uuid);
    if (!token || token->isExpired(m_model->now()))
        return;
    auto *dialog = new EditTokenDialog(m_client, *token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditTokenDialog::tokenUpdated, this, [this](const AccessToken &updated) {
        m_model->upsertToken(updated);
        statusBar()->showMessage(tr("Saved %1").arg(quoted(updated.label)), StatusMessageMs);
    });
    connect(dialog, &EditTokenDialog::sessionExpired, this,
            [this] { requireSignIn(tr("Your session expired. Sign in again, then save your changes.")); });
    dialog->open();
}

void MainWindow::generateToken()
{
    if (!m_session->isActive())
        return;
    auto *dialog = new GenerateTokenDialog(m_client, m_session->username(), m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateTokenDialog::tokenCreated, this, [this](const AccessToken &token) {
        m_loadedOnce = true;
        m_model->upsertToken(token);
        updateState();
        selectToken(token.uuid);
        statusBar()->showMessage(tr("Generated %1").arg(quoted(token.label)), StatusMessageMs);
    });
    connect(dialog, &GenerateTokenDialog::sessionExpired, this,
            [this] { requireSignIn(tr("Your session expired. Sign in again, then select Generate.")); });
    dialog->open();
}

void MainWindow::toggleActive(const QString &uuid)
{
    std::optional<AccessToken> token = m_model->token(uuid);
    if (!token || m_model->isPending(uuid) || token->isExpired(m_model->now()))
        return;
    const bool previous = token->active;
    token->active = !previous;
    // Acts at once: the switch moves, dimmed, while the server confirms.
    m_model->upsertToken(*token);
    m_model->setPending(uuid, true);
    sendActivation(uuid, !previous, previous);
}

void MainWindow::sendActivation(const QString &uuid, bool active, bool previous)
{
    TokenPatch patch;
    patch.active = active;
    TokenRequest *request = m_client->updateToken(uuid, patch);
    auto revert = [this, uuid, previous] {
        if (std::optional<AccessToken> t = m_model->token(uuid)) {
            t->active = previous;
            m_model->upsertToken(*t);
        }
        m_model->setPending(uuid, false);
    };
    connect(request, &TokenRequest::finished, this, [this, uuid, active, previous, revert](const ApiResult<AccessToken> &r) {
        if (r.ok()) {
            m_model->setPending(uuid, false);
            m_model->upsertToken(r.value);
            statusBar()->showMessage(active ? tr("Activated %1").arg(quoted(r.value.label))
                                            : tr("Deactivated %1").arg(quoted(r.value.label)),
                                     StatusMessageMs);
            Q_EMIT toggleFinished(uuid, true);
            return;
        }
        const ApiError &error = *r.error;
        if (error.kind == ApiError::Kind::SessionExpired) {
            requireSignIn(
                tr("Your session expired. Sign in again to continue."),
                [this, uuid, active, previous] {
                    if (m_model->token(uuid))
                        sendActivation(uuid, active, previous);
                },
                [this, uuid, revert] {
                    revert();
                    Q_EMIT toggleFinished(uuid, false);
                });
            return;
        }
        const QString label = m_model->token(uuid) ? m_model->token(uuid)->label : uuid;
        revert();
        if (error.kind == ApiError::Kind::PatSessionForbidden) {
            handleCommonError(error, {}, {});
        } else {
            m_bannerAction = {};
            m_bannerIsRefreshError = false;
            m_banner->showMessage(ErrorBanner::Kind::Error,
                                  active ? tr("Couldn't activate %1").arg(quoted(label))
                                         : tr("Couldn't deactivate %1").arg(quoted(label)),
                                  ErrorText::message(error));
        }
        Q_EMIT toggleFinished(uuid, false);
    });
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

    if (!m_delete)
        m_delete.emplace();
    for (const AccessToken &t : tokens) {
        const bool queued = std::any_of(m_delete->queue.cbegin(), m_delete->queue.cend(),
                                        [&](const AccessToken &q) { return q.uuid == t.uuid; });
        if (!queued)
            m_delete->queue.append(t);
    }
    statusBar()->showMessage(tr("Deleting…"));
    pumpDeletes();
}

void MainWindow::pumpDeletes()
{
    if (!m_delete)
        return;
    while (m_delete->inFlight < MaxConcurrentDeletes && !m_delete->queue.isEmpty()) {
        const AccessToken token = m_delete->queue.takeFirst();
        ++m_delete->inFlight;
        DeleteTokenRequest *request = m_client->deleteToken(token.uuid);
        connect(request, &DeleteTokenRequest::finished, this, [this, token](const ApiResult<Done> &r) {
            if (!m_delete)
                return;
            --m_delete->inFlight;
            if (r.ok() || r.error->kind == ApiError::Kind::NotFound) { // gone either way
                m_model->removeToken(token.uuid);
                ++m_delete->deleted;
            } else if (r.error->kind == ApiError::Kind::SessionExpired) {
                m_delete->awaitingSignIn.append(token);
            } else {
                m_delete->failures.append({token, *r.error});
            }
            pumpDeletes();
        });
    }
    if (m_delete->inFlight > 0 || !m_delete->queue.isEmpty())
        return;
    if (!m_delete->awaitingSignIn.isEmpty()) {
        const QList<AccessToken> again = std::exchange(m_delete->awaitingSignIn, {});
        requireSignIn(
            tr("Your session expired. Sign in again to finish deleting."),
            [this, again] {
                if (!m_delete)
                    m_delete.emplace();
                m_delete->queue.append(again);
                pumpDeletes();
            },
            [this, again] {
                if (!m_delete)
                    return;
                ApiError cancelled;
                cancelled.kind = ApiError::Kind::SessionExpired;
                for (const AccessToken &t : again)
                    m_delete->failures.append({t, cancelled});
                finishDeletes();
            });
        return;
    }
    finishDeletes();
}

void MainWindow::finishDeletes()
{
    if (!m_delete)
        return;
    const BulkDelete done = std::move(*m_delete);
    m_delete.reset();
    const int failed = int(done.failures.size());
    if (done.deleted > 0)
        statusBar()->showMessage(done.deleted == 1 ? tr("Deleted 1 token") : tr("Deleted %n tokens", nullptr, done.deleted),
                                 StatusMessageMs);
    else
        statusBar()->clearMessage();
    // The table should match the server.
    refresh();
    Q_EMIT deletionFinished(done.deleted, failed);
    if (failed == 0)
        return;
    QStringList lines;
    for (const auto &[token, error] : done.failures)
        lines << tr("• %1: %2").arg(quoted(token.label), ErrorText::title(error));
    const QString title = failed == 1 ? tr("A token was not deleted") : tr("%n tokens were not deleted", nullptr, failed);
    const QString text = (failed == 1 ? tr("This token could not be deleted:") : tr("These tokens could not be deleted:"))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    Prompter::instance().inform(this, title, text,
                                tr("They are still in the list. %1").arg(ErrorText::message(done.failures.first().second)));
}

// ---------------------------------------------------------------------------------------------------------------
// Session

QWidget *MainWindow::dialogParent()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return isVisible() ? this : nullptr;
}

void MainWindow::requireSignIn(const QString &notice, std::function<void()> carryOn, std::function<void()> onCancel)
{
    if (carryOn)
        m_afterSignIn.append(std::move(carryOn));
    if (onCancel)
        m_onSignInCancel.append(std::move(onCancel));
    openSignIn(notice, false);
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
    QString username = m_session->username();
    if (username.isEmpty())
        username = m_settings->lastUsername(server);
    if (!username.isEmpty())
        dialog->setUsername(username);
    if (!notice.isEmpty())
        dialog->setNotice(notice);
    const bool isDefault = server.adjusted(QUrl::StripTrailingSlash)
        == HubClient::defaultBaseUrl().adjusted(QUrl::StripTrailingSlash);
    if (!isDefault) {
        const QString shown = server.toDisplayString(QUrl::StripTrailingSlash);
        dialog->setServerLabel(isLoopback(server) ? tr("%1 (demo)").arg(shown) : shown);
    }
    connect(dialog, &SignInDialog::signedIn, this, &MainWindow::onSignedIn);
    connect(dialog, &QDialog::rejected, this, &MainWindow::onSignInCancelled);
    m_signIn = dialog;
    dialog->open();
}

void MainWindow::onSignedIn(const QString &username, const QString &jwt)
{
    const QString previousUser = m_session->username();
    const QUrl server = m_client->baseUrl();
    m_client->setBearerToken(jwt);
    m_session->begin(server, username, jwt);
    m_settings->setLastUsername(server, m_session->username());
    const bool wasFirst = std::exchange(m_firstSignIn, false);
    m_onSignInCancel.clear();
    QList<std::function<void()>> carryOn = std::exchange(m_afterSignIn, {});

    if (!previousUser.isEmpty() && previousUser.compare(m_session->username(), Qt::CaseInsensitive) != 0) {
        // Another account: nothing started for the previous one applies.
        carryOn.clear();
        m_delete.reset();
        m_model->clear();
        m_loadedOnce = false;
    }
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
    // Carry on with what the expired session interrupted; otherwise (first sign-in, after signing out, a renewal)
    // load the list.
    if (carryOn.isEmpty() || wasFirst)
        refresh();
    for (const auto &f : carryOn)
        f();
}

void MainWindow::onSignInCancelled()
{
    if (m_firstSignIn) {
        m_firstSignIn = false;
        Q_EMIT quitRequested();
        return;
    }
    m_afterSignIn.clear();
    const QList<std::function<void()>> cancels = std::exchange(m_onSignInCancel, {});
    for (const auto &f : cancels)
        f();
    m_bannerAction = [this] { openSignIn({}, false); };
    m_bannerIsRefreshError = false;
    m_banner->showMessage(ErrorBanner::Kind::Warning, tr("You're not signed in"),
                          m_session->isActive() ? tr("Sign in again to load and change your tokens.")
                                                : tr("Sign in to see and manage your personal access tokens."),
                          tr("Sign in"));
}

void MainWindow::signOut()
{
    if (m_listJob) {
        m_listJob->disconnect(this);
        m_listJob->abort();
        m_listJob = nullptr;
    }
    setLoading(false);
    m_delete.reset();
    m_afterSignIn.clear();
    m_onSignInCancel.clear();
    const QString username = m_session->username();
    m_session->end();
    m_client->setBearerToken({});
    if (!username.isEmpty())
        m_settings->setLastUsername(m_client->baseUrl(), username);
    m_model->clear();
    m_loadedOnce = false;
    m_banner->dismiss();
    m_bannerIsRefreshError = false;
    updateAccount();
    updateState();
    statusBar()->showMessage(tr("Signed out"), StatusMessageMs);
    openSignIn({}, false);
}
