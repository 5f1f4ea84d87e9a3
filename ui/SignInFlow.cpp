#include "SignInFlow.h"

#include "BannerController.h"
#include "DockerSignInOffer.h"
#include "ErrorBanner.h"
#include "Icons.h"
#include "SignInDialog.h"
#include "app/hub/HubClient.h"
#include "app/session/Session.h"
#include "app/session/SessionKeeper.h"
#include "app/session/SessionSource.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/ApiError.h"

#include <QApplication>
#include <QCoreApplication>
#include <QWidget>

#include <utility>

SignInFlow::SignInFlow(QWidget *window, TokenCore *core, BannerController *notices, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_core(core)
    , m_account(core->account())
    , m_notices(notices)
{
    connect(m_account, &Account::signInRequired, this,
            [this](Account::SignInReason reason) { open(Account::notice(reason), false); });
}

SignInFlow::~SignInFlow()
{
    // A sign-in dialog shown before the window has no parent: it goes with us.
    if (m_dialog && !m_dialog->parent())
        delete m_dialog.data();
}

QWidget *SignInFlow::dialogParent() const
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    return m_window->isVisible() ? m_window : nullptr;
}

void SignInFlow::setKeychainUnavailable(bool unavailable)
{
    if (m_dialog)
        m_dialog->setKeychainUnavailable(unavailable);
}

void SignInFlow::open(const QString &notice, bool firstSignIn)
{
    if (firstSignIn)
        m_firstSignIn = true;
    if (m_dialog) {
        if (!notice.isEmpty())
            m_dialog->setNotice(notice);
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    HubClient *client = m_core->client();
    QWidget *parent = firstSignIn ? (m_window->isVisible() ? m_window : nullptr) : dialogParent();
    auto *dialog = new SignInDialog(client, parent);
    dialog->setObjectName(QStringLiteral("signInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!parent)
        dialog->setWindowIcon(Icons::app());
    const QUrl server = client->baseUrl();
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
        // The window's words (the About dialog says the same).
        dialog->setServerLabel(m_demoMode ? QCoreApplication::translate("MainWindow", "%1 (demo)").arg(shown)
                                   : HubClient::isLoopback(server)
                                   ? QCoreApplication::translate("MainWindow", "%1 (local server)").arg(shown)
                                   : shown);
    }
    DockerSignInOffer::attach(dialog, m_account);
    connect(dialog, &SignInDialog::signedIn, this, &SignInFlow::onSignedIn);
    connect(dialog, &QDialog::rejected, this, &SignInFlow::onCancelled);
    m_dialog = dialog;
    dialog->open();
}

void SignInFlow::openFirst(std::function<void(bool)> done)
{
    m_firstDone = std::move(done);
    open({}, true);
}

void SignInFlow::onSignedIn(const QString &username, const QString &jwt)
{
    Session *session = m_account->session();
    const QString previousUser = session->username();
    const bool wasFirst = std::exchange(m_firstSignIn, false);
    const bool carriesOn = m_account->isWaitingForSignIn();
    const auto *dialog = qobject_cast<const SignInDialog *>(sender());
    // Carries on with what the expired session interrupted, unless this is another account.
    m_account->signedIn(username, jwt, dialog && dialog->staySignedIn(),
                        dialog && dialog->usedDocker() ? SessionSource::docker() : nullptr);
    const bool switched =
        !previousUser.isEmpty() && previousUser.compare(session->username(), Qt::CaseInsensitive) != 0;

    if (m_notices->about() != BannerController::About::List)
        m_notices->dismiss();
    Q_EMIT signedIn();
    if (session->isPatSession()) {
        ApiError pat;
        pat.kind = ApiError::Kind::PatSessionForbidden;
        m_notices->showError(pat, {}, {}, BannerController::About::Session);
    }
    // Nothing to carry on (first sign-in, after signing out, a renewal, another account): load the list.
    if (!carriesOn || wasFirst || switched)
        Q_EMIT listWanted();
    if (wasFirst)
        if (const auto done = std::exchange(m_firstDone, {}))
            done(true);
}

void SignInFlow::onCancelled()
{
    if (m_firstSignIn) {
        m_firstSignIn = false;
        if (const auto done = std::exchange(m_firstDone, {}))
            done(false);
        Q_EMIT firstSignInCancelled();
        return;
    }
    m_account->cancelSignIn();
    m_notices->show({ErrorBanner::Kind::Warning,
                     [again = m_account->isSignedIn()] {
                         return ErrorBanner::Texts{tr("You're not signed in"),
                                                   again ? tr("Sign in again to load and change your tokens.")
                                                         : tr("Sign in to see and manage your personal access tokens."),
                                                   tr("Sign in")};
                     },
                     BannerController::About::Session,
                     {},
                     [this] { open({}, false); }});
}

void SignInFlow::signOut()
{
    m_core->clear();
    m_account->signOut();
    m_notices->dismiss();
    Q_EMIT signedOut();
    open({}, false);
}
