#include "CliLogoutCommand.h"

#include "CliExit.h"
#include "CliOutput.h"
#include "app/hub/HubClient.h"
#include "app/session/SessionKeeper.h"
#include "app/settings/AppSettings.h"
#include "app/tokens/Account.h"

CliCommandInfo CliLogoutCommand::info()
{
    CliCommandInfo c;
    c.words = c.synopsis = QStringLiteral("logout");
    c.summary = QCoreApplication::translate("CliHelp", "Forget the kept session.");
    c.sessionCommand = true;
    return declare<CliLogoutCommand>(c);
}

void CliLogoutCommand::start()
{
    const QUrl server = m_ctx.account->client()->baseUrl();
    const QString username = m_ctx.settings->lastUsername(server);
    // "login --from-docker": only that choice was kept; forgetting it is the whole logout.
    if (m_ctx.settings->usesDockerSession(server)) {
        m_ctx.settings->setUsesDockerSession(server, false);
        CliOutput::message(
            tr("Stopped using Docker's sign-in for %1 (Docker itself stays signed in).").arg(server.toString()));
    }
    if (username.isEmpty()) {
        CliOutput::message(tr("No session is kept for %1.").arg(server.toString()));
        finish(CliExit::Ok);
        return;
    }
    SessionKeeper *keeper = m_ctx.keeper;
    connect(
        keeper, &SessionKeeper::forgotten, this,
        [this, keeper, server, username](bool ok) {
            if (ok) {
                CliOutput::message(
                    tr("Signed out %1 from %2: the kept session is forgotten.").arg(username, server.toString()));
                finish(CliExit::Ok);
            } else if (!keeper->isAvailable()) {
                CliOutput::message(tr("No keychain is available, so no session was kept."));
                finish(CliExit::Ok);
            } else {
                CliOutput::error(tr("The kept session could not be removed from the keychain."));
                finish(CliExit::Failed);
            }
        },
        Qt::SingleShotConnection);
    keeper->forget(server, username);
}
