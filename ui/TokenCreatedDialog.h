#pragma once

#include "models/AccessToken.h"

#include <QDialog>
#include <QString>

class ClipboardGuard;
class DockerCredentials;
class DockerLoginPanel;
class QVBoxLayout;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// "Copy access token": shows the new token's secret once, with a Copy button (through ClipboardGuard), how to use it,
// and the warning that it won't be shown again. Closing without having copied asks first; any copy counts (Copy,
// Ctrl+C or the field's menu, all through the guard, or the clipboard holding the secret however it got there). On
// close it wipes its copy of the secret: after it closes, the secret exists nowhere in the app.
class TokenCreatedDialog : public QDialog {
    Q_OBJECT
public:
    TokenCreatedDialog(CreatedToken created, const QString &username, ClipboardGuard *clipboard,
                       QWidget *parent = nullptr);
    ~TokenCreatedDialog() override; // wipes
    bool hasCopied() const;
    // Offers "Sign Docker in with this token" (DockerLoginPanel); null: not offered.
    void setDocker(DockerCredentials *docker);

public Q_SLOTS:
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;
    // Ctrl+C in the secret's field copies through the guard (concealed, cleared later), as Copy does.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Every text in the current language (QEvent::LanguageChange).
    void retranslateUi();
    void updateCopyStatus();
    void copy();
    void wipe();
    bool mayClose();
    // The clipboard (or the selection) holds the secret, whoever put it there.
    bool clipboardHoldsSecret() const;
    void showCountdown(int secondsLeft);

    CreatedToken m_created;
    QString m_username;
    ClipboardGuard *m_clipboard;
    bool m_copied = false;

    QLineEdit *m_secret = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copyStatus = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_expires = nullptr;
    QLabel *m_howTo = nullptr;
    QLabel *m_howToStdin = nullptr;
    QLabel *m_command = nullptr;
    QLabel *m_commandStdin = nullptr;
    QLabel *m_keepSecret = nullptr;
    QPushButton *m_close = nullptr;
    QFormLayout *m_form = nullptr;
    QVBoxLayout *m_outer = nullptr;
    DockerLoginPanel *m_dockerPanel = nullptr;
    // What the copy status line says, so that it can be said again in another language.
    enum class CopyState { None, Copied, Counting, Cleared, Released } m_copyState = CopyState::None;
    int m_secondsLeft = 0;
};
