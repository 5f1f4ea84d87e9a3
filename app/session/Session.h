#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

// The signed-in session: which server, who, and the JWT with its expiry (read from its `exp` claim).
// Emits renewalDue() a little before the JWT expires (one minute by default, as existing clients do) so the app can
// sign in again, and expired() when it has. Never logs the JWT.
class Session : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultRenewAheadMs = 60'000;

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // `username` may be empty: then the JWT's own username claim is used.
    void begin(const QUrl &server, const QString &username, const QString &jwt);
    // Forgets the JWT (overwriting it) and stops the timers.
    void end();

    bool isActive() const;
    QString username() const;
    QUrl server() const;
    QString jwt() const;
    QDateTime expiresAt() const; // invalid if the JWT has no `exp`
    // Obtained with a personal access token: token management will be refused (403). From the JWT's `source`
    // claim, or set by markPatSession() after the server said so.
    bool isPatSession() const;
    void markPatSession();

    // How long before expiry renewalDue() fires. For tests; the default is one minute.
    void setRenewAhead(int ms);
    int renewAhead() const;

Q_SIGNALS:
    void changed();
    void renewalDue();
    void expired();

private:
    void schedule();
    void onRenewTimer();
    void onExpiryTimer();
    static void armUntil(QTimer &timer, const QDateTime &when);

    QUrl m_server;
    QString m_username;
    QString m_jwt;
    QDateTime m_expiresAt;
    bool m_patSession = false;
    bool m_expiredSignalled = false;
    int m_renewAheadMs = DefaultRenewAheadMs;
    QTimer m_renewTimer;
    QTimer m_expiryTimer;
};
