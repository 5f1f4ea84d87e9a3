#pragma once

#include "TokenFormDialog.h"
#include "models/AccessToken.h"
#include "models/ApiResult.h"

// Edit a token's description and access permission. Expiry is shown read-only. Save sends only the changed fields.
class EditTokenDialog : public TokenFormDialog {
    Q_OBJECT
public:
    EditTokenDialog(TokenCore *core, const AccessToken &token, QWidget *parent = nullptr);

Q_SIGNALS:
    void tokenUpdated(const AccessToken &token);

private:
    void buildUi();
    void retranslateUi() override;
    void updateState() override;
    void submit() override;
    void lockInputs(bool busy) override;
    bool showFieldError(Field field, const QString &text) override;
    void onFinished(const ApiResult<AccessToken> &result);
    bool isEditable() const;

    AccessToken m_token;

    QLabel *m_reason = nullptr;
    QLabel *m_legacyHint = nullptr;
    QLabel *m_expiresLabel = nullptr;
    QLabel *m_expires = nullptr;
    QLabel *m_expiresHint = nullptr;
};
