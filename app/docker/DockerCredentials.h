#pragma once

#include "DockerJob.h"

#include <QObject>

class AppSettings;
class DockerInspectJob;
class DockerSessionJob;
class DockerSignInJob;

// The app's door to Docker's sign-ins on this computer: which token Docker uses, "Sign Docker in with this token",
// Docker's own Hub session, and setting up a credential store. The window and hubtokens-cli both go through it.
//
// Asynchronous calls return a job that is already under way and emits exactly one `finished(result)` — from the
// event loop, never inside the call — then deletes itself; connect with a receiver. Jobs are children of this
// object. The …Now() forms block on the helper process (no event loop runs) for at most the helper timeout per
// helper call: for the command line.
class DockerCredentials : public QObject {
    Q_OBJECT
public:
    // `settings` (may be null; must outlive this object) keeps the fingerprints of the tokens the app put into
    // Docker's store, and the registry key (AppSettings::dockerRegistry()).
    explicit DockerCredentials(AppSettings *settings = nullptr, QObject *parent = nullptr);

    // config.json to use; empty (the default): $DOCKER_CONFIG/config.json, else ~/.docker/config.json.
    void setConfigPath(const QString &path);
    QString configPath() const; // the effective path
    // The registry key tokens go under; empty: Docker Hub's "https://index.docker.io/v1/", whatever the Hub server.
    void setRegistry(const QString &key);
    QString registry() const; // the effective key
    // How long one helper call may take (default CredentialHelper::DefaultTimeoutMs, 10 s).
    void setHelperTimeout(int ms);
    int helperTimeout() const;
    DockerContext context() const { return m_context; }

    // config.json as it is now.
    DockerResult<DockerConfig> loadConfig() const;
    // The credential stores this app can set up here and that are installed ("secretservice", "pass").
    static QStringList installedStores();
    // Sets credsStore to `helper` (with the user's consent): see DockerConfig::setCredsStore.
    DockerResult<DockerConfig> setCredsStore(const QString &helper) const;

    // What Docker keeps for the registry and its Hub session (also "what would be replaced").
    DockerInspectJob *inspect();
    DockerResult<DockerLoginState> inspectNow() const;

    // Stores the token for the registry through the helper, as `docker login` does, and remembers its fingerprint
    // with `tokenUuid`. Ask before replacing something (DockerLoginState::replaces).
    DockerSignInJob *signIn(const QString &username, const QString &secret, const QString &tokenUuid);
    DockerResult<DockerSignedIn> signInNow(const QString &username, const QString &secret,
                                           const QString &tokenUuid) const;

    // Docker's current Hub session, read afresh each call (no copy is kept here).
    DockerSessionJob *readSession();
    DockerResult<DockerSession> readSessionNow() const;

private:
    QHash<QString, QString> fingerprints() const;

    AppSettings *m_settings;
    DockerContext m_context;
    bool m_registryGiven = false; // setRegistry() was called: the settings' key no longer applies
};
