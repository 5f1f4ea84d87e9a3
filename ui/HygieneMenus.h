#pragma once

#include "CleanupPreviewDialog.h"
#include "app/export/TokenExport.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class TokenCore;
class TokenFilterProxyModel;
class TokenTableModel;

// The window's Export and Clean up menus (issue 10), kept out of MainWindow:
//  - Export: Calendar (.ics)…, CSV…, JSON… of all tokens or only the ones the table shows (its filters and order),
//    through TokenExport, written in one step (ExportFile); a file that cannot be written is explained.
//  - Clean up: "Delete all expired…" and "Deactivate unused for" 30, 90, 180 days or "Other…": the tokens
//    TokenSelection picks, in a CleanupPreviewDialog that asks first and then runs the core's bulk operation. The
//    window's usual reports follow (deletions: MainWindow::onBulkFinished); deactivations that fail are reported
//    here, in one message.
class HygieneMenus : public QObject {
    Q_OBJECT
public:
    // Adds both menus to the window's menu bar, before `before` (null: at the end).
    HygieneMenus(QMainWindow *window, TokenCore *core, TokenTableModel *model, TokenFilterProxyModel *proxy,
                 QMenu *before = nullptr);

    // Where an export goes: asks for a file name (default: a save dialog). Tests put their own; an empty answer
    // cancels.
    using PathAsker = std::function<QString(TokenExport::Format format, const QString &suggestedName)>;
    void setPathAsker(PathAsker asker) { m_askPath = std::move(asker); }

    QMenu *exportMenu() const { return m_exportMenu; }
    QMenu *cleanupMenu() const { return m_cleanupMenu; }
    // The preview open now, if any.
    CleanupPreviewDialog *preview() const { return m_preview; }

    // What the menu items do.
    void exportTokens(TokenExport::Format format);
    void deleteExpired();
    void deactivateUnused(int days);
    // "Other…": asks for the number of days, then deactivateUnused().
    void deactivateUnusedCustom();

    // Which tokens the export takes: the table's rows as shown, or all of them.
    bool exportsShownOnly() const;
    void setExportShownOnly(bool shownOnly);

Q_SIGNALS:
    // A file was written (path), for tests and the status bar.
    void exported(const QString &path, int tokens);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();
    QList<AccessToken> tokensToExport() const;
    void openPreview(CleanupPreviewDialog *dialog);

    QMainWindow *m_window;
    TokenCore *m_core;
    TokenTableModel *m_model;
    TokenFilterProxyModel *m_proxy;
    PathAsker m_askPath;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_cleanupMenu = nullptr;
    QMenu *m_unusedMenu = nullptr;
    QActionGroup *m_scope = nullptr;
    QAction *m_allTokens = nullptr;
    QAction *m_shownTokens = nullptr;
    QAction *m_calendar = nullptr;
    QAction *m_csv = nullptr;
    QAction *m_json = nullptr;
    QAction *m_deleteExpired = nullptr;
    QList<QPair<QAction *, int>> m_unusedDays; // 0: Other…
    QPointer<CleanupPreviewDialog> m_preview;
};
