#pragma once

#include "app/secrets/SecretStore.h"

#include <QPointer>

// The keychain as hubtokens-cli uses it: every call goes to the real store (KeychainSecretStore, the same service
// and keys as the window), and the calls still under way are counted, so the program can wait for a session being
// kept or forgotten before it exits.
class CliSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit CliSecretStore(SecretStore *backend, QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void read(const QString &key, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    bool isIdle() const { return m_inFlight == 0; }

Q_SIGNALS:
    // The last call under way has answered.
    void idle();

private:
    Callback track(QObject *context, Callback done);

    QPointer<SecretStore> m_backend;
    int m_inFlight = 0;
};
