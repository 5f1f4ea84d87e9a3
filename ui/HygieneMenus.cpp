#include "HygieneMenus.h"

#include "CleanupPreviewDialog.h"
#include "DeleteMessages.h"
#include "Prompter.h"
#include "app/export/ExportFile.h"
#include "app/hygiene/TokenSelection.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"

#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>

namespace {

constexpr int StatusMessageMs = 5000;
constexpr int MaxUnusedDays = 3650;

QString defaultAskPath(QWidget *parent, TokenExport::Format format, const QString &suggestedName)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString filter;
    switch (format) {
    case TokenExport::Format::Calendar: filter = HygieneMenus::tr("Calendar (*.ics)"); break;
    case TokenExport::Format::Csv: filter = HygieneMenus::tr("CSV (*.csv)"); break;
    case TokenExport::Format::Json: filter = HygieneMenus::tr("JSON (*.json)"); break;
    }
    return QFileDialog::getSaveFileName(parent, HygieneMenus::tr("Export tokens"), QDir(folder).filePath(suggestedName),
                                        filter);
}

} // namespace

HygieneMenus::HygieneMenus(QMainWindow *window, TokenCore *core, TokenTableModel *model, TokenFilterProxyModel *proxy,
                           QMenu *before)
    : QObject(window)
    , m_window(window)
    , m_core(core)
    , m_model(model)
    , m_proxy(proxy)
{
    m_askPath = [this](TokenExport::Format format, const QString &name) {
        return defaultAskPath(m_window, format, name);
    };

    m_exportMenu = new QMenu(window);
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_scope = new QActionGroup(this);
    m_allTokens = m_exportMenu->addAction(QString());
    m_allTokens->setObjectName(QStringLiteral("actionExportAll"));
    m_shownTokens = m_exportMenu->addAction(QString());
    m_shownTokens->setObjectName(QStringLiteral("actionExportShown"));
    for (QAction *a : {m_allTokens, m_shownTokens}) {
        a->setCheckable(true);
        m_scope->addAction(a);
    }
    m_allTokens->setChecked(true);
    m_exportMenu->addSeparator();
    const auto exportAction = [this](const char *name, TokenExport::Format format) {
        QAction *a = m_exportMenu->addAction(QString());
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, [this, format] { exportTokens(format); });
        return a;
    };
    m_calendar = exportAction("actionExportCalendar", TokenExport::Format::Calendar);
    m_csv = exportAction("actionExportCsv", TokenExport::Format::Csv);
    m_json = exportAction("actionExportJson", TokenExport::Format::Json);

    m_cleanupMenu = new QMenu(window);
    m_cleanupMenu->setObjectName(QStringLiteral("cleanupMenu"));
    m_deleteExpired = m_cleanupMenu->addAction(QString());
    connect(m_deleteExpired, &QAction::triggered, this, &HygieneMenus::deleteExpired);
    m_deleteExpired->setObjectName(QStringLiteral("actionDeleteExpired"));
    m_unusedMenu = m_cleanupMenu->addMenu(QString());
    m_unusedMenu->setObjectName(QStringLiteral("unusedMenu"));
    for (int days : {30, 90, 180, 0}) {
        QAction *a = m_unusedMenu->addAction(QString());
        a->setObjectName(days > 0 ? QStringLiteral("actionUnused%1").arg(days) : QStringLiteral("actionUnusedOther"));
        if (days > 0)
            connect(a, &QAction::triggered, this, [this, days] { deactivateUnused(days); });
        else
            connect(a, &QAction::triggered, this, &HygieneMenus::deactivateUnusedCustom);
        m_unusedDays.append({a, days});
    }

    QMenuBar *bar = window->menuBar();
    bar->insertMenu(before ? before->menuAction() : nullptr, m_exportMenu);
    bar->insertMenu(before ? before->menuAction() : nullptr, m_cleanupMenu);
    connect(m_exportMenu, &QMenu::aboutToShow, this, &HygieneMenus::updateEnabled);
    connect(m_cleanupMenu, &QMenu::aboutToShow, this, &HygieneMenus::updateEnabled);
    window->installEventFilter(this); // QEvent::LanguageChange
    retranslateUi();
    updateEnabled();
}

bool HygieneMenus::exportsShownOnly() const
{
    return m_shownTokens->isChecked();
}

void HygieneMenus::setExportShownOnly(bool shownOnly)
{
    (shownOnly ? m_shownTokens : m_allTokens)->setChecked(true);
}

QList<AccessToken> HygieneMenus::tokensToExport() const
{
    if (!exportsShownOnly())
        return m_core->tokens();
    QList<AccessToken> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_proxy->index(row, 0).data(TokenTableModel::TokenRole).value<AccessToken>());
    return shown;
}

void HygieneMenus::exportTokens(TokenExport::Format format)
{
    if (!m_core->isLoaded())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString username = m_core->account()->username();
    const QList<AccessToken> tokens = tokensToExport();
    const QString path = m_askPath(format, TokenExport::defaultFileName(format, username, now.toLocalTime().date()));
    if (path.isEmpty())
        return;
    const QByteArray bytes = TokenExport::exportTokens(format, tokens, now, username);
    if (const std::optional<ExportFile::Error> problem = ExportFile::write(path, bytes)) {
        Prompter::instance().inform(m_window, tr("Couldn't export the tokens"), ExportFile::errorText(*problem));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %n token(s) to %1", nullptr, int(tokens.size())).arg(QDir::toNativeSeparators(path)),
        StatusMessageMs);
    Q_EMIT exported(path, int(tokens.size()));
}

void HygieneMenus::openPreview(CleanupPreviewDialog *dialog)
{
    if (m_preview)
        m_preview->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preview = dialog;
    dialog->open();
}

void HygieneMenus::deleteExpired()
{
    if (!m_core->isLoaded())
        return;
    const QDateTime now = m_model->now();
    const QList<AccessToken> tokens = TokenSelection::expired(m_core->tokens(), now);
    if (tokens.isEmpty()) {
        Prompter::instance().inform(m_window, tr("Delete all expired tokens"), tr("No token has expired."));
        return;
    }
    auto *dialog =
        new CleanupPreviewDialog(m_core, CleanupPreviewDialog::Kind::DeleteExpired, tokens, 0, now, m_window);
    connect(dialog, &CleanupPreviewDialog::started, this,
            [this] { m_window->statusBar()->showMessage(tr("Deleting…")); });
    openPreview(dialog);
}

void HygieneMenus::deactivateUnused(int days)
{
    if (!m_core->isLoaded() || days < 1)
        return;
    const QDateTime now = m_model->now();
    const QList<AccessToken> tokens = TokenSelection::unusedFor(m_core->tokens(), days, now);
    if (tokens.isEmpty()) {
        Prompter::instance().inform(m_window, tr("Deactivate unused tokens"),
                                    tr("No active token has gone unused for %n day(s).", nullptr, days));
        return;
    }
    auto *dialog =
        new CleanupPreviewDialog(m_core, CleanupPreviewDialog::Kind::DeactivateUnused, tokens, days, now, m_window);
    connect(dialog, &CleanupPreviewDialog::started, this, [this] {
        // The per-item report: one message naming every token that stayed active, and why.
        connect(
            m_core, &TokenCore::bulkFinished, this,
            [this](const BulkReport &report) {
                const QList<ItemOutcome> failed = report.failures();
                if (report.action != BulkReport::Action::Deactivate)
                    return;
                if (failed.isEmpty()) {
                    m_window->statusBar()->showMessage(tr("Deactivated %n token(s)", nullptr, report.succeeded()),
                                                       StatusMessageMs);
                    return;
                }
                QStringList lines;
                for (const ItemOutcome &item : failed)
                    lines.append(QStringLiteral("%1: %2").arg(DeleteMessages::quoted(item.label),
                                                              ErrorText::message(*item.error)));
                Prompter::instance().inform(m_window,
                                            tr("Couldn't deactivate %n token(s)", nullptr, int(failed.size())),
                                            tr("%1 of %n token(s) were deactivated.", nullptr, int(report.items.size()))
                                                .arg(report.succeeded()),
                                            lines.join(QLatin1Char('\n')));
            },
            Qt::SingleShotConnection);
    });
    openPreview(dialog);
}

void HygieneMenus::deactivateUnusedCustom()
{
    auto *ask = new QInputDialog(m_window);
    ask->setObjectName(QStringLiteral("unusedDaysDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInputMode(QInputDialog::IntInput);
    ask->setIntRange(1, MaxUnusedDays);
    ask->setIntValue(365);
    ask->setWindowTitle(tr("Deactivate unused tokens"));
    ask->setLabelText(tr("Deactivate the active tokens not used for this many days:"));
    connect(ask, &QInputDialog::intValueSelected, this, &HygieneMenus::deactivateUnused);
    ask->open();
}

void HygieneMenus::updateEnabled()
{
    const bool loaded = m_core->isLoaded();
    for (QAction *a : {m_calendar, m_csv, m_json, m_deleteExpired})
        a->setEnabled(loaded);
    m_unusedMenu->setEnabled(loaded);
    m_shownTokens->setEnabled(m_proxy->hasActiveFilters());
    if (!m_proxy->hasActiveFilters())
        m_allTokens->setChecked(true);
}

bool HygieneMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void HygieneMenus::retranslateUi()
{
    m_exportMenu->setTitle(tr("E&xport"));
    m_allTokens->setText(tr("All tokens"));
    m_shownTokens->setText(tr("Only the tokens shown"));
    m_shownTokens->setToolTip(tr("The rows the search and filters leave, in the table's order"));
    m_calendar->setText(tr("Expiry dates as a calendar (.ics)…"));
    m_calendar->setToolTip(tr("One event per token that will expire, with reminders 7 days and 1 day before. "
                              "Importing a newer file updates the events."));
    m_csv->setText(tr("CSV…"));
    m_json->setText(tr("JSON…"));
    m_cleanupMenu->setTitle(tr("&Clean up"));
    m_deleteExpired->setText(tr("Delete all expired…"));
    m_unusedMenu->setTitle(tr("Deactivate unused for"));
    for (const auto &[action, days] : std::as_const(m_unusedDays))
        action->setText(days > 0 ? tr("%n day(s)…", nullptr, days) : tr("Other…"));
    for (QMenu *m : {m_exportMenu, m_cleanupMenu})
        m->setToolTipsVisible(true);
}
