#pragma once

#include "models/Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// Why the keychain did not do what was asked: `status` is never Ok, `message` is the backend's words (may be empty).
struct SecretError {
    enum class Status {
        Ok, // only ever the status of a successful Result (see SecretStore::statusOf), never of an error
        NotFound, // read/remove: nothing stored under that key
        Unavailable, // no keychain backend (no Secret Service, no D-Bus session, …)
        Failed, // the backend refused or broke; see message
    };
    Status status = Status::Failed;
    QString message;
};

// Where secrets rest: the OS keychain in the app (KeychainSecretStore), memory in unit tests (MemorySecretStore).
// Never a file, never QSettings.
//
// Every call answers exactly once, later (never from inside the call), through `done` — unless `context` is destroyed
// first, in which case the answer goes nowhere.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Status = SecretError::Status;
    // value: read's stored secret (empty for write and remove).
    using Result = ::Result<QString, SecretError>;
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // The key a session is kept under: one per server and username.
    static QString sessionKey(const QUrl &server, const QString &username);

    // Ok when `result` succeeded, else its error's status.
    static Status statusOf(const Result &result) { return result.error ? result.error->status : Status::Ok; }
    // The backend's message when `result` failed, else empty.
    static QString messageOf(const Result &result) { return result.error ? result.error->message : QString(); }
    static Result failure(Status status, const QString &message = {})
    {
        return Result::failure(SecretError{status, message});
    }
};
