#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class DockerCredentials;
struct DockerError;
class QLabel;
class QPushButton;

// "Sign Docker in with this token", under a shown-once secret: looks at what Docker keeps for the registry, asks
// before replacing anything (naming it: a password, another token, a Docker session), then stores the token through
// Docker's credential helper. The line under the button says what happened, or why not (DockerText's words).
// The secret is asked for from `secret()` at the moment it is stored and not kept here.
class DockerLoginPanel : public QWidget {
    Q_OBJECT
public:
    DockerLoginPanel(DockerCredentials *docker, const QString &username, const QString &tokenUuid,
                     std::function<QString()> secret, QWidget *parent = nullptr);

    bool isSignedIn() const { return m_signedIn; }

Q_SIGNALS:
    // Docker now uses the token.
    void signedIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void start();
    void store();
    // Docker has no credential store: offers (asking first) to set credsStore to an installed helper. True if set.
    bool offerStore(const QString &configPath);
    void showResult(const QString &text, bool ok);
    // A Docker error: its title and message, as sentences.
    void showFailure(const DockerError &error);

    QPointer<DockerCredentials> m_docker;
    QString m_username;
    QString m_tokenUuid;
    std::function<QString()> m_secret;
    bool m_signedIn = false;
    QPushButton *m_button = nullptr;
    QLabel *m_status = nullptr;
};
