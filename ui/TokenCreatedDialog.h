#pragma once

#include "AccessToken.h"

#include <QDialog>
#include <QString>

class ClipboardGuard;
class QLabel;
class QLineEdit;
class QPushButton;

// "Copy access token": shows the new token's secret once, with a Copy button (through ClipboardGuard), how to use it,
// and the warning that it won't be shown again. Closing without having copied asks first. On close it wipes its copy
// of the secret: after it closes, the secret exists nowhere in the app.
class TokenCreatedDialog : public QDialog {
    Q_OBJECT
public:
    TokenCreatedDialog(CreatedToken created, const QString &username, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~TokenCreatedDialog() override;  // wipes
    bool hasCopied() const;

public Q_SLOTS:
    void done(int result) override;

private:
    void copy();
    void wipe();
    bool mayClose();
    void showCountdown(int secondsLeft);

    CreatedToken m_created;
    QString m_username;
    ClipboardGuard *m_clipboard;
    bool m_copied = false;

    QLineEdit *m_secret = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copyStatus = nullptr;
};
