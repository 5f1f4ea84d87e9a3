#pragma once

#include "app/tokens/TokenOutcome.h"
#include "models/AccessToken.h"
#include "models/ApiError.h"

#include <QObject>
#include <QPointer>

#include <optional>

class BannerController;
class ClipboardGuard;
class DockerTokenWatch;
class QMenu;
class QPoint;
class QStatusBar;
class QWidget;
class TokenCore;
class TokenTableModel;
class TokenTableView;

// What the person does to tokens in the main window — the row menu, details, edit, generate, activate or deactivate,
// delete one or many — and what the window then says about it: the status bar, the banner (through the
// BannerController), the report of a delete. The operations are the core's; this asks the person and presents their
// outcomes. MainWindow owns one and forwards its toolbar, keys and menus here.
class TokenActions : public QObject {
    Q_OBJECT
public:
    struct Parts {
        QWidget *window; // the dialogs' parent
        TokenCore *core;
        TokenTableModel *model;
        TokenTableView *table;
        BannerController *notices;
        ClipboardGuard *clipboard;
        DockerTokenWatch *dockerWatch;
        QStatusBar *statusBar;
    };
    TokenActions(const Parts &parts, QObject *parent);

    void showRowMenu(const QString &uuid, const QPoint &globalPos);
    QMenu *rowMenu() const { return m_rowMenu; }
    void showDetails(const QString &uuid);
    void editToken(const QString &uuid);
    void generateToken();
    void toggleActive(const QString &uuid);
    void deleteSelected();
    void confirmAndDelete(const QList<AccessToken> &tokens);
    // A token exists whose secret nobody saw (a lost create reply, or Generate cancelled mid-flight).
    void showSecretLost(const AccessToken &token);

Q_SIGNALS:
    void listChanged(); // the window's state (table, empty, counts) may need another look
    void refreshRequested();
    void toggleFinished(const QString &uuid, bool ok);
    void deletionFinished(int deleted, int failed);

private:
    void onActivationFinished(const QString &uuid, bool active, const std::optional<ApiError> &error);
    void onBulkFinished(const BulkReport &report);

    QWidget *m_window;
    TokenCore *m_core;
    TokenTableModel *m_model;
    TokenTableView *m_table;
    BannerController *m_notices;
    ClipboardGuard *m_clipboard;
    DockerTokenWatch *m_dockerWatch;
    QStatusBar *m_statusBar;
    QPointer<QMenu> m_rowMenu;
};
