#include "CliSecretStore.h"

#include <QTimer>

CliSecretStore::CliSecretStore(SecretStore *backend, QObject *parent)
    : SecretStore(parent)
    , m_backend(backend)
{
}

SecretStore::Callback CliSecretStore::track(QObject *context, Callback done)
{
    ++m_inFlight;
    QPointer<QObject> receiver(context);
    const bool hasReceiver = context != nullptr;
    return [this, receiver, hasReceiver, done = std::move(done)](const Result &result) {
        if (!hasReceiver || receiver)
            done(result);
        if (--m_inFlight == 0)
            Q_EMIT idle();
    };
}

void CliSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    if (!m_backend) {
        QTimer::singleShot(0, this, [done] { done(failure(Status::Unavailable)); });
        return;
    }
    m_backend->write(key, secret, this, track(context, std::move(done)));
}

void CliSecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (!m_backend) {
        QTimer::singleShot(0, this, [done] { done(failure(Status::Unavailable)); });
        return;
    }
    m_backend->read(key, this, track(context, std::move(done)));
}

void CliSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (!m_backend) {
        QTimer::singleShot(0, this, [done] { done(failure(Status::Unavailable)); });
        return;
    }
    m_backend->remove(key, this, track(context, std::move(done)));
}
