#pragma once

#include <QDialog>
#include <QDialogButtonBox>
#include <QPointer>
#include <QString>

#include <functional>

struct ApiError;
class TokenCore;
class HubClient;
class ScopePicker;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

// What the token forms (GenerateTokenDialog, EditTokenDialog) share: the Description field with its live counter,
// the Access permissions field, the form-wide error line and the buttons; the one request in flight (abandoned when
// the dialog is cancelled or destroyed, so a late reply goes nowhere), the busy state, retranslation on a language
// change, and where the server's words about a failed request are shown.
class TokenFormDialog : public QDialog {
    Q_OBJECT
public:
    ~TokenFormDialog() override;

Q_SIGNALS:
    // The server said the session lapsed: the window will re-sign-in; the dialog keeps its input.
    void sessionExpired();

protected:
    explicit TokenFormDialog(TokenCore *core, QWidget *parent = nullptr);

    // The fields a server's validation message can name.
    enum class Field { Description, Scope, Expiry, Other };

    // Every text in the current language and the dates in the current locale (QEvent::LanguageChange).
    virtual void retranslateUi() = 0;
    virtual void updateState() = 0;
    virtual void submit() = 0;
    // Locks (or unlocks) the inputs while a request is in flight, and names the submit button accordingly.
    virtual void lockInputs(bool busy) = 0;
    // Shows the server's `text` about `field` beside it; false if this form has no such field (it goes to the form).
    virtual bool showFieldError(Field field, const QString &text) = 0;

    void reject() override;
    void changeEvent(QEvent *event) override;

    // Builders, called in this order by the subclass's buildUi(). The description field starts with `text`.
    void addDescriptionField(QVBoxLayout *outer, const QString &text = QString());
    // `hint` (optional) goes between the section label and the scopes.
    void addScopeField(QVBoxLayout *outer, QLabel *hint = nullptr);
    // The form-wide error line, then the buttons: the submit button (`submitName`) and a Cancel or Close button.
    void addFormEnd(QVBoxLayout *outer, const QString &submitName, QDialogButtonBox::StandardButton cancel);
    // The texts of what the builders made.
    void retranslateFields();

    // Updates the counter under the description; returns its length in characters (trimmed).
    int updateDescriptionCounter();
    // "The description can be at most 100 characters long."
    static QString descriptionTooLongText();

    // The form waits for an answer from the core; `abandon` (optional) runs if the form closes before it comes.
    // The slot that receives the answer calls requestFinished().
    void startRequest(std::function<void()> abandon = {});
    bool requestInFlight() const;
    void requestFinished();
    // The server's answer was a failure: shows it by field or on the form. `sessionExpiredText` says what to do
    // after signing in again; sessionExpired() is emitted then.
    void showFailure(const ApiError &error, const QString &sessionExpiredText);
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);

    TokenCore *m_core;

    QLabel *m_title = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_descriptionHint = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_descriptionError = nullptr;
    ScopePicker *m_scopes = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_scopeError = nullptr;
    QLabel *m_formError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancel = nullptr;

private:
    void abandonRequest();

    bool m_waiting = false;
    std::function<void()> m_abandon;
    bool m_busy = false;
};
