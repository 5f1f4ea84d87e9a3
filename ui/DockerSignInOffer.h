#pragma once

class Account;
class SignInDialog;

// "Continue as U (from Docker)" in the sign-in dialog: offered when Docker's credential store holds a Docker Hub
// session that has not expired (Account::peekDockerSession); clicking it reads the session afresh and signs in with
// it (SignInDialog::dockerSignedIn), or says why not in the dialog.
namespace DockerSignInOffer {
void attach(SignInDialog *dialog, Account *account);
}
