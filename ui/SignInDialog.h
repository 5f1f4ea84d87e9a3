#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>

class HubClient;
class SignInRequest;
struct SignInResult;
class QLabel;
class QLineEdit;
class QDialogButtonBox;
class QPushButton;
class QProgressBar;
class QStackedWidget;

// Username + password page, then a 6-digit code page when the account has 2FA.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(HubClient *client, QWidget *parent = nullptr);
    ~SignInDialog() override;
    void setUsername(const QString &username);          // prefill (and focus the password)
    void setNotice(const QString &text);                // e.g. "Your session expired. Sign in again to continue."
    void setServerLabel(const QString &text);           // shows which server; empty hides it

Q_SIGNALS:
    void signedIn(const QString &username, const QString &jwt); // then the dialog accept()s

protected:
    void reject() override;

private:
    void buildUi();
    void updateButtons();
    void submit();
    void goBack();
    void showPage(int index);
    void setBusy(bool busy);
    void showError(const QString &title, const QString &message);
    void clearError();
    void onFinished(const SignInResult &result, bool twoFactorStep);

    HubClient *m_client;
    QPointer<SignInRequest> m_request;
    QString m_login2faToken;
    QString m_pendingUser;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_codeIntro = nullptr;
    QLineEdit *m_code = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_backButton = nullptr;
};
