#pragma once

#include "AccessToken.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QString>

class HubClient;
class ClipboardGuard;
class CreateTokenRequest;
class ScopePicker;
template <typename T> struct ApiResult;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimeEdit;
class QWidget;

// "Generate new token": Description (required, 1–100 characters, live counter), Expiration date (None, 30 days,
// 90 days, Custom date + hour at most one year ahead), Access permissions (four scopes, default Public Read-only).
// On success emits tokenCreated(token) without the secret, opens TokenCreatedDialog itself, then closes.
class GenerateTokenDialog : public QDialog {
    Q_OBJECT
public:
    GenerateTokenDialog(HubClient *client, const QString &username, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~GenerateTokenDialog() override;

    // The expiry the form currently asks for (invalid: never). For tests and the summary line.
    QDateTime chosenExpiry() const;

Q_SIGNALS:
    void tokenCreated(const AccessToken &token);
    void sessionExpired();   // the server said the session lapsed: the window will re-sign-in; the dialog keeps its input

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    // Every text in the current language and the dates in the current locale (QEvent::LanguageChange).
    void retranslateUi();
    void updateState();
    void submit();
    void setBusy(bool busy);
    void onFinished(const ApiResult<CreatedToken> &result);
    bool descriptionValid() const;
    bool expiryValid(QString *why = nullptr) const;

    HubClient *m_client;
    QString m_username;
    ClipboardGuard *m_clipboard;
    QPointer<CreateTokenRequest> m_request;
    bool m_busy = false;
    // The server's words about a field, shown until that field is edited.
    QString m_serverDescriptionError;
    QString m_serverExpiryError;
    QString m_serverScopeError;

    QLineEdit *m_description = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_descriptionError = nullptr;
    QComboBox *m_expiry = nullptr;
    QWidget *m_customRow = nullptr;
    QDateEdit *m_customDate = nullptr;
    QComboBox *m_customHour = nullptr;
    QLabel *m_expiryHint = nullptr;
    QLabel *m_expiryError = nullptr;
    ScopePicker *m_scopes = nullptr;
    QLabel *m_scopeError = nullptr;
    QLabel *m_formError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_descriptionHint = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QLabel *m_at = nullptr;
    QLabel *m_scopeLabel = nullptr;
};
