#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// Where secrets rest: the OS keychain in the app (KeychainSecretStore), memory in unit tests (MemorySecretStore).
// Never a file, never QSettings.
//
// Every call answers exactly once, later (never from inside the call), through `done` — unless `context` is destroyed
// first, in which case the answer goes nowhere.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // read/remove: nothing stored under that key
        Unavailable, // no keychain backend (no Secret Service, no D-Bus session, …)
        Failed, // the backend refused or broke; see message
    };
    struct Result {
        Status status = Status::Ok;
        QString secret; // read: the stored secret
        QString message;
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // The key a session is kept under: one per server and username.
    static QString sessionKey(const QUrl &server, const QString &username);
};
