#include "TokenTableView.h"

#include "ActionsDelegate.h"
#include "ReadableItemDelegate.h"
#include "StatusSwitchDelegate.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenScope.h"
#include "models/TokenTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QResizeEvent>

namespace {
constexpr int ActionsWidth = 48;
}

TokenTableView::TokenTableView(TokenTableModel *model, TokenFilterProxyModel *proxy, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("tokenTable"));
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the table (arrows move within it), as from any other control
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setMouseTracking(true);
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(40);
    setIconSize(QSize(14, 14));

    // Colours: the window's style sheet (WindowStyle), from the palette; the model's hues made readable on it.
    setItemDelegate(new ReadableItemDelegate(this));

    auto *status = new StatusSwitchDelegate(this);
    setItemDelegateForColumn(TokenTableModel::Status, status);
    connect(status, &StatusSwitchDelegate::toggleRequested, this, [this](const QModelIndex &index) {
        Q_EMIT toggleRequested(index.data(TokenTableModel::UuidRole).toString());
    });
    auto *actions = new ActionsDelegate(this);
    setItemDelegateForColumn(TokenTableModel::Actions, actions);
    connect(actions, &ActionsDelegate::menuRequested, this, [this](const QModelIndex &index, const QRect &button) {
        Q_EMIT menuRequested(index.data(TokenTableModel::UuidRole).toString(),
                             viewport()->mapToGlobal(button.bottomLeft() + QPoint(0, 2)));
    });
    connect(this, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != TokenTableModel::Actions && index.column() != TokenTableModel::Status)
            Q_EMIT detailsRequested(index.data(TokenTableModel::UuidRole).toString());
    });
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = indexAt(pos);
        if (index.isValid())
            Q_EMIT menuRequested(index.data(TokenTableModel::UuidRole).toString(), viewport()->mapToGlobal(pos));
    });
    setupHeader();
    forgetSelectionOnListChanges();
}

void TokenTableView::forgetSelectionOnListChanges()
{
    // A token generated, deleted or found by a refresh: no row stays selected or current unless the person chooses
    // it again, so Delete, Space and "Delete selected" act only on rows chosen since the list last changed (Qt would
    // move the selection to a neighbour of a deleted row, or keep it on a new one).
    const auto forget = [this] { selectionModel()->clear(); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, forget);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(m_model, &QAbstractItemModel::modelReset, this, forget);
}

void TokenTableView::setupHeader()
{
    QHeaderView *header = horizontalHeader();
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
    header->resizeSection(TokenTableModel::Actions, ActionsWidth);
    sortByColumn(TokenTableModel::Created, Qt::DescendingOrder);
}

void TokenTableView::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state)) {
        // Whatever was saved, Description stretches and Actions keeps its size.
        header->setSectionResizeMode(TokenTableModel::Description, QHeaderView::Stretch);
        header->setSectionResizeMode(TokenTableModel::Actions, QHeaderView::Fixed);
        header->resizeSection(TokenTableModel::Actions, ActionsWidth);
    }
    fitHeaderSections();
    collapseColumns();
}

QByteArray TokenTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

void TokenTableView::fitHeaderSections()
{
    QHeaderView *header = horizontalHeader();
    header->ensurePolished(); // the style sheet's section font counts
    for (int section = 0; section < TokenTableModel::ColumnCount; ++section) {
        if (header->sectionResizeMode(section) != QHeaderView::Interactive)
            continue; // Description stretches; Actions has no title
        int needed = header->sectionSizeHint(section);
        if (section == TokenTableModel::Scope) {
            // The scope names are the longest cells after the description: room for the longest in this language.
            const QFontMetrics fm(font());
            for (const TokenScope scope : TokenScopes::all())
                needed = qMax(needed, fm.horizontalAdvance(TokenScopes::displayName(scope)) + 2 * 8);
        }
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

void TokenTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange) {
        fitHeaderSections(); // titles in another language; the section font (bold, from the style sheet)
        collapseColumns();
    }
}

void TokenTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    collapseColumns();
}

void TokenTableView::collapseColumns()
{
    QHeaderView *header = horizontalHeader();
    // Description's least width: about 24 Latin characters, in any script.
    const int descriptionMin = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24 + 16;
    const auto collapsible = {TokenTableModel::Source, TokenTableModel::Created, TokenTableModel::LastUsed};
    // A hidden section reports no size: show them to measure (the header keeps a hidden section's size).
    for (const int section : collapsible)
        header->setSectionHidden(section, false);
    if (m_scopeFullWidth > 0) {
        header->resizeSection(TokenTableModel::Scope, m_scopeFullWidth);
        m_scopeFullWidth = 0;
    }
    int fixed = 0;
    for (int section = 0; section < TokenTableModel::ColumnCount; ++section) {
        if (section != TokenTableModel::Description)
            fixed += header->sectionSize(section);
    }
    const int available = viewport()->width();
    for (const int section : collapsible) {
        if (fixed + descriptionMin <= available)
            break;
        fixed -= header->sectionSize(section);
        header->setSectionHidden(section, true);
    }
    // Then Scope gives up what Description still lacks, and never stays wider than Description, down to its title's
    // width: its longest names elide (their tooltip and Details show them whole).
    const int scope = header->sectionSize(TokenTableModel::Scope);
    const int others = fixed - scope;
    const int lack = qMax(0, fixed + descriptionMin - available);
    const int wanted = qMin(scope - lack, (available - others) / 2);
    const int narrowest = qMin(scope, header->sectionSizeHint(TokenTableModel::Scope));
    if (wanted < scope && scope > narrowest) {
        m_scopeFullWidth = scope;
        header->resizeSection(TokenTableModel::Scope, qMax(narrowest, wanted));
    }
}

QList<AccessToken> TokenTableView::selectedTokens() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<AccessToken> out;
    out.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        out.append(index.data(TokenTableModel::TokenRole).value<AccessToken>());
    return out;
}

QString TokenTableView::currentUuid() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(TokenTableModel::UuidRole).toString() : QString();
}

void TokenTableView::selectToken(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void TokenTableView::focusFirstRow()
{
    setFocus(Qt::TabFocusReason);
    if (!currentIndex().isValid() && m_proxy->rowCount() > 0)
        selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TokenTableView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    const QString uuid = currentUuid();
    switch (event->key()) {
    case Qt::Key_Delete:
        if (plain) {
            Q_EMIT deleteRequested();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (plain && !uuid.isEmpty()) {
            Q_EMIT detailsRequested(uuid);
            return;
        }
        break;
    case Qt::Key_Space:
        if (event->modifiers() == Qt::NoModifier && !uuid.isEmpty()) {
            Q_EMIT toggleRequested(uuid);
            return;
        }
        break;
    case Qt::Key_F10:
        if (event->modifiers() != Qt::ShiftModifier)
            break;
        [[fallthrough]]; // Shift+F10: the context menu, as the Menu key
    case Qt::Key_Menu:
        if (!uuid.isEmpty()) {
            const QRect cell = visualRect(currentIndex().siblingAtColumn(TokenTableModel::Actions));
            Q_EMIT menuRequested(uuid, viewport()->mapToGlobal(cell.bottomLeft()));
            return;
        }
        break;
    default: break;
    }
    QTableView::keyPressEvent(event);
}
