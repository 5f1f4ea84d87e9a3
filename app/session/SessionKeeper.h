#pragma once

#include "app/secrets/SecretStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class AppSettings;
class Session;

// "Stay signed in": keeps the session's JWT (never the password) in the SecretStore under
// SecretStore::sessionKey(server, username), and the last username per server in AppSettings (not secret).
//
// restore() reads the session kept for the last username of a server and begins the Session with it when its JWT
// is still good for more than a minute and was not obtained with a personal access token; a kept JWT that is
// expired, about to expire, unreadable or a PAT session is removed from the store instead. The server confirms the
// restored session with the first call it answers (a 401 means sign in again).
//
// Without a keychain (the store answers Unavailable) nothing is kept anywhere — no file, no QSettings — and
// isAvailable() turns false with availabilityChanged(false), so the UI can say so.
class SessionKeeper : public QObject {
    Q_OBJECT
public:
    // A kept session is used only if its JWT is good for more than this much longer.
    static constexpr int MinRemainingSecs = 60;

    enum class Availability { Unknown, Available, Unavailable };

    SessionKeeper(SecretStore *store, AppSettings *settings, QObject *parent = nullptr);
    ~SessionKeeper() override;

    // Unknown until the store has answered once.
    Availability availability() const { return m_availability; }
    bool isAvailable() const { return m_availability != Availability::Unavailable; }
    // "Your session can't be remembered on this computer because no keychain is available."
    static QString unavailableMessage();

    // Whether `jwt` may be used to resume a session at `now`: a valid JWT with an `exp` more than
    // MinRemainingSecs ahead, not from a personal access token.
    static bool isResumable(const QString &jwt, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Reads the kept session for the last username of `server`. If it is resumable, begins `session` with it and
    // calls done(true); otherwise removes what was kept (if anything) and calls done(false). Always answers later,
    // from the event loop, and not at all if this keeper is destroyed first.
    // `username`: that account's kept session, not the last username's (a script told which account to be).
    void restore(const QUrl &server, Session *session, std::function<void(bool restored)> done,
                 const QString &username = {});

    // After a sign-in: remembers the username for `server`, and keeps `jwt` if `stay`, or removes any session kept
    // for that account if not.
    void signedIn(const QUrl &server, const QString &username, const QString &jwt, bool stay);
    // Removes the session kept for that account (sign out; a JWT the server refused).
    void forget(const QUrl &server, const QString &username);

    // Whether this run kept (or restored) the session of that account: a sign-in dialog for it starts with
    // "Stay signed in" ticked.
    bool isKept(const QUrl &server, const QString &username) const;

    // Asks the store once whether a keychain is there (a read of a key that is never written).
    void probe();

    // Every call to the store has answered: a program may end without cutting off a session being kept or
    // forgotten (hubtokens-cli waits for settled()).
    bool isSettled() const { return m_inFlight == 0; }

Q_SIGNALS:
    void availabilityChanged(bool available);
    // The store answered a write or remove (for tests and status messages). `ok` is false on any failure.
    void kept(bool ok);
    void forgotten(bool ok);
    // The last call to the store under way has answered.
    void settled();

private:
    void noteStatus(SecretStore::Status status);
    // `done`, counted while the store has not answered.
    SecretStore::Callback tracked(SecretStore::Callback done);

    QPointer<SecretStore> m_store;
    AppSettings *m_settings;
    Availability m_availability = Availability::Unknown;
    QString m_keptKey; // the key this run wrote or restored; empty: none
    int m_inFlight = 0;
};
