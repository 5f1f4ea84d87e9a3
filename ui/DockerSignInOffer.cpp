#include "DockerSignInOffer.h"

#include "SignInDialog.h"
#include "app/docker/DockerText.h"
#include "app/tokens/Account.h"

namespace DockerSignInOffer {

void attach(SignInDialog *dialog, Account *account)
{
    if (!account->docker())
        return;
    account->peekDockerSession(dialog, [dialog](const QString &username) { dialog->setDockerOffer(username); });
    QObject::connect(dialog, &SignInDialog::continueWithDockerRequested, dialog, [dialog, account] {
        account->readDockerSession(dialog, [dialog](const DockerResult<DockerSession> &r) {
            if (!r.ok()) {
                dialog->dockerFailed(DockerText::title(*r.error), DockerText::message(*r.error));
                return;
            }
            dialog->dockerSignedIn(r.value.username, r.value.jwt);
        });
    });
}

} // namespace DockerSignInOffer
