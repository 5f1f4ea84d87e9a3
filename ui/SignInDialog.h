#pragma once

#include "app/hub/SignInResult.h"
#include "app/session/SignInPrompt.h"

#include <QDialog>
#include <QPointer>
#include <QString>

#include <functional>

class HubClient;
class SignInConversation;
class QCheckBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;
class QFormLayout;
class QPushButton;
class QProgressBar;
class QStackedWidget;

// Username + password page, then a 6-digit code page when the account has 2FA. The face of the core's
// SignInConversation (it is the conversation's SignInPrompt): the conversation makes every call, the dialog asks and
// tells. Unlike the terminal, it asks again after any failure, the code as often as needed, and Back on the code page
// starts over from the username; only Cancel ends it.
class SignInDialog : public QDialog, private SignInPrompt {
    Q_OBJECT
public:
    SignInDialog(HubClient *client, QWidget *parent = nullptr);
    ~SignInDialog() override;
    void setUsername(const QString &username); // prefill (and focus the password)
    void setNotice(const QString &text); // e.g. "Your session expired. Sign in again to continue."
    void setServerLabel(const QString &text); // shows which server; empty hides it

    // "Stay signed in" (keeps the session, never the password, in the keychain): hidden unless the app can keep
    // sessions; unticked unless set. Without a keychain it is disabled and a note says why.
    void setStaySignedInVisible(bool visible);
    void setStaySignedIn(bool stay);
    bool staySignedIn() const;
    void setKeychainUnavailable(bool unavailable); // the note: SessionKeeper::unavailableMessage()

    // "Continue as U (from Docker)": Docker keeps a Hub session for `username` (empty hides the offer). The way in
    // for accounts whose organization enforces SSO; the help text says so.
    void setDockerOffer(const QString &username);
    // Clicking the offer: continueWithDockerRequested(); the caller answers with dockerFailed() or signedIn().
    void dockerFailed(const QString &title, const QString &message);
    // The last sign-in came from Docker's session (the offer), not a password.
    bool usedDocker() const { return m_usedDocker; }
    // Emits signedIn() for Docker's session (`jwt` is handed on and not kept).
    void dockerSignedIn(const QString &username, const QString &jwt);

Q_SIGNALS:
    void signedIn(const QString &username, const QString &jwt); // then the dialog accept()s
    void continueWithDockerRequested();

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    // Every text in the current language (QEvent::LanguageChange); a shown error is made anew too.
    void retranslateUi();
    void updateButtons();
    void submit();
    void goBack();
    void showPage(int index);
    void setBusy(bool busy);
    bool isBusy() const { return !m_pending; }
    void showError(const QString &title, const QString &message);
    void clearError();
    void onFinished(const SignInResult &result);
    // A conversation that asks from the start (the dialog's first, or after Cancel).
    void converse();

    // SignInPrompt: the first page answers the username and the password together, the second the code.
    void askUsername(const QString &suggested, Answer answer) override;
    void askPassword(const QString &username, Answer answer) override;
    void askCode(const QString &username, Answer answer) override;
    void tell(Notice notice) override;
    void tellError(const ApiError &error) override;
    // The question the shown page answers, then busy until the next question or the end.
    void waitFor(Answer answer);

    HubClient *m_client;
    SignInConversation *m_conversation = nullptr;
    Answer m_pending; // empty while the conversation works (busy)
    bool m_codeWasWrong = false;
    QString m_pendingUser;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_stay = nullptr;
    QLabel *m_keychainNote = nullptr;
    bool m_keychainUnavailable = false;
    QLabel *m_codeIntro = nullptr;
    QLineEdit *m_code = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_passwordHint = nullptr;
    QLabel *m_codeTitle = nullptr;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_codeForm = nullptr;
    QString m_serverText;
    QString m_dockerUser;
    bool m_usedDocker = false;
    QPushButton *m_dockerButton = nullptr;
    QLabel *m_dockerHelp = nullptr;
    std::function<void()> m_errorAgain; // shows the current error again, in the current language
};
