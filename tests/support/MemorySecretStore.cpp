#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

void MemorySecretStore::answer(QObject *context, Callback done, Result result)
{
    if (!m_available)
        result = failure(Status::Unavailable, QStringLiteral("No keychain backend"));
    // Later, and only while the context lives: the same contract as the real keychain.
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    if (m_available) {
        m_secrets.insert(key, secret);
        m_written.append(secret);
    }
    answer(context, std::move(done), Result{});
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(key);
    answer(context, std::move(done),
           it == m_secrets.constEnd() ? failure(Status::NotFound, QStringLiteral("No such entry"))
                                      : Result::success(*it));
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    const bool had = m_available && m_secrets.remove(key) > 0;
    answer(context, std::move(done), had || !m_available ? Result{} : failure(Status::NotFound));
}
