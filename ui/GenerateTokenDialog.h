#pragma once

#include "TokenFormDialog.h"
#include "models/AccessToken.h"

#include <QDateTime>
#include <QString>

#include <optional>

class ClipboardGuard;
class DockerCredentials;
struct CreateOutcome;
class QComboBox;
class QDateEdit;
class QLabel;
class QWidget;

// "Generate new token": Description (required, 1–100 characters, live counter), Expiration date (None, 30 days,
// 90 days, Custom date + hour at most one year ahead), Access permissions (four scopes, default Public Read-only).
// On success emits tokenCreated(token) without the secret, opens TokenCreatedDialog itself, then closes. Cancelling
// while the token is being made does not undo it: the core reports a token made meanwhile (TokenCore::secretLost).
class GenerateTokenDialog : public TokenFormDialog {
    Q_OBJECT
public:
    // `docker`: Docker's sign-ins on this computer, offered in the created token's dialog (null: not offered).
    GenerateTokenDialog(TokenCore *core, DockerCredentials *docker, const QString &username, ClipboardGuard *clipboard,
                        QWidget *parent = nullptr);

    // The expiry the form currently asks for (invalid: never). For tests and the summary line.
    QDateTime chosenExpiry() const;

Q_SIGNALS:
    void tokenCreated(const AccessToken &token);
    // The reply was lost, yet the token was created: it exists without a secret anyone saw. The dialog closes.
    void secretLost(const AccessToken &token);

private:
    void buildUi();
    void retranslateUi() override;
    void updateState() override;
    void submit() override;
    void lockInputs(bool busy) override;
    bool showFieldError(Field field, const QString &text) override;
    void onFinished(const CreateOutcome &outcome);
    bool descriptionValid() const;
    // Why the chosen expiry cannot be sent (past, or more than a year ahead); nullopt when it can.
    std::optional<QString> expiryProblem() const;
    void greyOutOfRangeDays();

    DockerCredentials *m_docker;
    QString m_username;
    ClipboardGuard *m_clipboard;
    // The server's words about a field, shown until that field is edited.
    QString m_serverDescriptionError;
    QString m_serverExpiryError;
    QString m_serverScopeError;

    QComboBox *m_expiry = nullptr;
    QWidget *m_customRow = nullptr;
    QDateEdit *m_customDate = nullptr;
    QLabel *m_customHourLabel = nullptr;
    QComboBox *m_customHour = nullptr;
    QLabel *m_expiryHint = nullptr;
    QLabel *m_expiryError = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_expiryLabel = nullptr;
};
