#pragma once

#include "AccessToken.h"

#include <QDialog>
#include <QPointer>

class HubClient;
class TokenRequest;
class ScopePicker;
template <typename T> struct ApiResult;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Edit a token's description and access permission. Expiry is shown read-only. Save sends only the changed fields.
class EditTokenDialog : public QDialog {
    Q_OBJECT
public:
    EditTokenDialog(HubClient *client, const AccessToken &token, QWidget *parent = nullptr);
    ~EditTokenDialog() override;

Q_SIGNALS:
    void tokenUpdated(const AccessToken &token);
    void sessionExpired();

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    // Every text in the current language, dates in the current locale (QEvent::LanguageChange).
    void retranslateUi();
    void updateState();
    void submit();
    void setBusy(bool busy);
    void onFinished(const ApiResult<AccessToken> &result);
    bool isEditable() const;

    HubClient *m_client;
    AccessToken m_token;
    QPointer<TokenRequest> m_request;
    bool m_busy = false;

    QLineEdit *m_description = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_descriptionError = nullptr;
    ScopePicker *m_scopes = nullptr;
    QLabel *m_scopeError = nullptr;
    QLabel *m_formError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_descriptionHint = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_legacyHint = nullptr;
    QLabel *m_expiresLabel = nullptr;
    QLabel *m_expires = nullptr;
    QLabel *m_expiresHint = nullptr;
};
