#pragma once

#include "app/tokens/TokenRotation.h"
#include "models/AccessToken.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class ClipboardGuard;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class DockerCredentials;
class TokenCore;

// "Rotate…": replaces a token with a new one (same description and permission) through TokenRotation. Before it
// starts: the new expiry (default: the old token's lifetime), whether to sign Docker in with the new token (ticked
// and fixed when Docker uses the old one; asks before replacing anything else) and whether to delete the old token.
// While it runs: each step with its state; the new secret opens once in TokenCreatedDialog; a failure says what was
// done and what not, and Retry runs that step again.
class RotateDialog : public QDialog {
    Q_OBJECT
public:
    // `docker`: Docker's sign-ins on this computer (null: no Docker step). `dockerUsesOld`: Docker's store holds the
    // old token (DockerTokenWatch).
    RotateDialog(TokenCore *core, DockerCredentials *docker, const AccessToken &old, bool dockerUsesOld,
                 const QString &username, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    // Opens the dialog (deleted on close) for the token `uuid` of `core`, if it has one.
    static RotateDialog *openFor(TokenCore *core, DockerCredentials *docker, const QString &uuid, bool dockerUsesOld,
                                 const QString &username, ClipboardGuard *clipboard, QWidget *parent);

    TokenRotation *rotation() const { return m_rotation; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rotate();
    void begin();
    void updateSteps();
    void showCreated(const CreatedToken &created);

    TokenCore *m_core;
    DockerCredentials *m_dockerCredentials;
    AccessToken m_old;
    bool m_dockerUsesOld;
    QString m_username;
    ClipboardGuard *m_clipboard;
    QPointer<TokenRotation> m_rotation;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QComboBox *m_expiry = nullptr;
    QCheckBox *m_docker = nullptr;
    QLabel *m_dockerNote = nullptr;
    QCheckBox *m_deleteOld = nullptr;
    QList<QLabel *> m_steps;
    QLabel *m_summary = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
};
