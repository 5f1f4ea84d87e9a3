#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound: return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain answers OtherError when there is no D-Bus session or no Secret Service on it: to the user
        // that is "no keychain here", whatever the message says.
        return SecretStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: break;
    }
    return SecretStore::Status::Failed;
}

// Runs `job`, answering `done` in `context` once it finishes.
void run(QKeychain::Job *job, const QString &key, QObject *context, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        const SecretStore::Status status = statusOf(j->error());
        if (status != SecretStore::Status::Ok)
            done(SecretStore::failure(status, j->errorString()));
        else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            done(SecretStore::Result::success(read->textData()));
        else
            done(SecretStore::Result{});
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(secret);
    run(job, key, context, std::move(done));
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), key, context, std::move(done));
}
