#pragma once

#include "SecretStore.h"

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager
// on Windows). QtKeychain's plaintext fallback is never enabled: without a backend, calls answer Unavailable.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("Hub Tokens"), QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void read(const QString &key, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};
