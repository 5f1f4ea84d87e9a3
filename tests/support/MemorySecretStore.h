#pragma once

#include "SecretStore.h"

#include <QHash>

// SecretStore in memory, for unit tests; can pretend to have no backend.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void read(const QString &key, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int size() const { return int(m_secrets.size()); }

private:
    void answer(QObject *context, Callback done, Result result);

    QHash<QString, QString> m_secrets;
    bool m_available = true;
};
