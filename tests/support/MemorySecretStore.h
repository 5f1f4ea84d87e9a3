#pragma once

#include "app/secrets/SecretStore.h"

#include <QHash>
#include <QStringList>

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
    // What is stored, for tests that check nothing but the JWT ever got there.
    QString secret(const QString &key) const { return m_secrets.value(key); }
    QStringList keys() const { return m_secrets.keys(); }
    QStringList secrets() const { return m_secrets.values(); }
    // Every value ever written, even those removed since.
    QStringList written() const { return m_written; }

private:
    void answer(QObject *context, Callback done, Result result);

    QHash<QString, QString> m_secrets;
    QStringList m_written;
    bool m_available = true;
};
