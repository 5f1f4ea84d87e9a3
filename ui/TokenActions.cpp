#include "TokenActions.h"

#include "BannerController.h"
#include "ClipboardGuard.h"
#include "DeleteMessages.h"
#include "EditTokenDialog.h"
#include "GenerateTokenDialog.h"
#include "Prompter.h"
#include "RotateDialog.h"
#include "RowMenu.h"
#include "TokenDetailsDialog.h"
#include "TokenTableView.h"
#include "app/tokens/Account.h"
#include "app/tokens/DockerTokenWatch.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"
#include "models/TokenTableModel.h"

#include <QStatusBar>

namespace {
constexpr int StatusMessageMs = 5000;

using DeleteMessages::quoted;
} // namespace

TokenActions::TokenActions(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_window(parts.window)
    , m_core(parts.core)
    , m_model(parts.model)
    , m_table(parts.table)
    , m_notices(parts.notices)
    , m_clipboard(parts.clipboard)
    , m_dockerWatch(parts.dockerWatch)
    , m_statusBar(parts.statusBar)
{
    connect(m_core, &TokenCore::activationFinished, this, &TokenActions::onActivationFinished);
    connect(m_core, &TokenCore::bulkFinished, this, &TokenActions::onBulkFinished);
    connect(m_core, &TokenCore::secretLost, this, &TokenActions::showSecretLost);
}

void TokenActions::showRowMenu(const QString &uuid, const QPoint &globalPos)
{
    const std::optional<AccessToken> token = m_model->token(uuid);
    if (!token)
        return;
    if (m_rowMenu)
        m_rowMenu->close();
    m_table->selectToken(uuid);

    auto *menu = new RowMenu(*token, token->isExpired(m_model->now()), m_model->isPending(uuid), m_window);
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    connect(menu, &RowMenu::toggleRequested, this, &TokenActions::toggleActive);
    connect(menu, &RowMenu::editRequested, this, &TokenActions::editToken);
    connect(menu, &RowMenu::detailsRequested, this, &TokenActions::showDetails);
    connect(menu, &RowMenu::rotateRequested, this, [this](const QString &id) {
        RotateDialog::openFor(m_core, m_core->account()->docker(), id, m_dockerWatch->inUse() == id,
                              m_core->account()->username(), m_clipboard, m_window);
    });
    connect(menu, &RowMenu::copyUuidRequested, this, [this](const QString &id) {
        m_clipboard->copyPlain(id);
        m_statusBar->showMessage(tr("Copied the UUID %1").arg(id), StatusMessageMs);
    });
    connect(menu, &RowMenu::deleteRequested, this, [this](const QString &id) {
        if (const auto t = m_core->token(id))
            confirmAndDelete({*t});
    });
    m_rowMenu = menu;
    menu->popup(globalPos);
}

void TokenActions::showDetails(const QString &uuid)
{
    const std::optional<AccessToken> token = m_model->token(uuid);
    if (!token)
        return;
    auto *dialog = new TokenDetailsDialog(*token, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TokenActions::editToken(const QString &uuid)
{
    const std::optional<AccessToken> token = m_core->token(uuid);
    if (!token || token->isExpired(m_model->now()))
        return;
    auto *dialog = new EditTokenDialog(m_core, *token, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditTokenDialog::tokenUpdated, this, [this](const AccessToken &updated) {
        m_statusBar->showMessage(tr("Saved %1").arg(quoted(updated.label)), StatusMessageMs);
    });
    dialog->open();
}

void TokenActions::generateToken()
{
    if (!m_core->account()->isSignedIn())
        return;
    auto *dialog = new GenerateTokenDialog(m_core, m_core->account()->docker(), m_core->account()->username(),
                                           m_clipboard, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateTokenDialog::tokenCreated, this, [this](const AccessToken &token) {
        Q_EMIT listChanged(); // the new row is not selected: the person chooses what Delete acts on
        m_statusBar->showMessage(tr("Generated %1").arg(quoted(token.label)), StatusMessageMs);
    });
    connect(dialog, &GenerateTokenDialog::secretLost, this, &TokenActions::showSecretLost);
    dialog->open();
}

void TokenActions::showSecretLost(const AccessToken &token)
{
    Q_EMIT listChanged();
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

void TokenActions::toggleActive(const QString &uuid)
{
    m_core->toggleActive(uuid);
}

void TokenActions::onActivationFinished(const QString &uuid, bool active, const std::optional<ApiError> &error)
{
    const std::optional<AccessToken> token = m_core->token(uuid);
    const QString label = token ? token->label : uuid;
    if (!error) {
        m_statusBar->showMessage(
            active ? tr("Activated %1").arg(quoted(label)) : tr("Deactivated %1").arg(quoted(label)), StatusMessageMs);
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

void TokenActions::deleteSelected()
{
    confirmAndDelete(m_table->selectedTokens());
}

void TokenActions::confirmAndDelete(const QList<AccessToken> &tokens)
{
    if (tokens.isEmpty() || !m_core->account()->isSignedIn())
        return;
    const DeleteMessages::Confirmation ask = DeleteMessages::confirmation(tokens);
    if (Prompter::instance().confirm(m_window, ask.title, ask.text, ask.informative, ask.acceptLabel, true)
        != Prompter::Answer::Accept)
        return;
    QStringList uuids;
    for (const AccessToken &t : tokens)
        uuids << t.uuid;
    m_statusBar->showMessage(tr("Deleting…"));
    m_core->remove(uuids);
}

void TokenActions::onBulkFinished(const BulkReport &report)
{
    if (report.action != BulkReport::Action::Delete)
        return; // activations are reported token by token (onActivationFinished)
    const int deleted = report.succeeded();
    const QList<ItemOutcome> failures = report.failures();
    const int failed = int(failures.size());
    if (deleted > 0)
        m_statusBar->showMessage(tr("Deleted %n token(s)", nullptr, deleted), StatusMessageMs);
    else
        m_statusBar->clearMessage();
    // The table should match the server.
    Q_EMIT refreshRequested();
    Q_EMIT deletionFinished(deleted, failed);
    if (failed == 0)
        return;
    const DeleteMessages::FailureReport words = DeleteMessages::failures(failures);
    Prompter::instance().inform(m_window, words.title, words.text, words.advice);
}
