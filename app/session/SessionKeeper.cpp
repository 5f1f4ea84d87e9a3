#include "SessionKeeper.h"

#include "Jwt.h"
#include "Session.h"
#include "app/settings/AppSettings.h"

#include <QTimer>

namespace {

// A key that is never written: reading it tells whether there is a keychain at all.
const QString ProbeKey = QStringLiteral("probe");

} // namespace

SessionKeeper::SessionKeeper(SecretStore *store, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{
}

SessionKeeper::~SessionKeeper() = default;

QString SessionKeeper::unavailableMessage()
{
    return tr("Your session can't be remembered on this computer because no keychain is available.");
}

bool SessionKeeper::isResumable(const QString &jwt, const QDateTime &now)
{
    const Jwt decoded = Jwt::decode(jwt);
    if (!decoded.isValid() || decoded.isFromPersonalAccessToken())
        return false;
    const QDateTime expires = decoded.expiresAt();
    return expires.isValid() && expires > now.addSecs(MinRemainingSecs);
}

void SessionKeeper::noteStatus(SecretStore::Status status)
{
    const Availability now =
        status == SecretStore::Status::Unavailable ? Availability::Unavailable : Availability::Available;
    if (now == m_availability)
        return;
    m_availability = now;
    Q_EMIT availabilityChanged(isAvailable());
}

void SessionKeeper::probe()
{
    if (!m_store) {
        QTimer::singleShot(0, this, [this] { noteStatus(SecretStore::Status::Unavailable); });
        return;
    }
    m_store->read(ProbeKey, this,
                  tracked([this](const SecretStore::Result &result) { noteStatus(SecretStore::statusOf(result)); }));
}

void SessionKeeper::restore(const QUrl &server, Session *session, std::function<void(bool)> done,
                            const QString &onlyFor)
{
    const QString username = !onlyFor.isEmpty() ? onlyFor : m_settings ? m_settings->lastUsername(server) : QString();
    QPointer<Session> target(session);
    if (!m_store || username.isEmpty() || !session) {
        // Nothing to resume; still find out whether there is a keychain, so the sign-in dialog can say so.
        probe();
        QTimer::singleShot(0, this, [done = std::move(done)] { done(false); });
        return;
    }
    const QString key = SecretStore::sessionKey(server, username);
    m_store->read(
        key, this,
        tracked([this, key, server, username, target, done = std::move(done)](const SecretStore::Result &result) {
            noteStatus(SecretStore::statusOf(result));
            if (!result.ok()) {
                done(false);
                return;
            }
            if (!target || !isResumable(result.value)) {
                // Expired, about to expire, not a JWT, or a PAT session: of no use, so not kept either.
                m_store->remove(key, this, tracked([this, done](const SecretStore::Result &removed) {
                                    noteStatus(SecretStore::statusOf(removed));
                                    Q_EMIT forgotten(removed.ok()
                                                     || SecretStore::statusOf(removed)
                                                         == SecretStore::Status::NotFound);
                                    done(false);
                                }));
                return;
            }
            target->begin(server, username, result.value);
            m_keptKey = key;
            done(true);
        }));
}

void SessionKeeper::signedIn(const QUrl &server, const QString &username, const QString &jwt, bool stay)
{
    if (username.isEmpty())
        return;
    if (m_settings)
        m_settings->setLastUsername(server, username);
    if (!stay) {
        // Opted out: whatever this account kept before goes too.
        forget(server, username);
        return;
    }
    if (!m_store) {
        QTimer::singleShot(0, this, [this] {
            noteStatus(SecretStore::Status::Unavailable);
            Q_EMIT kept(false);
        });
        return;
    }
    const QString key = SecretStore::sessionKey(server, username);
    m_keptKey = key;
    m_store->write(key, jwt, this, tracked([this, key](const SecretStore::Result &result) {
                       noteStatus(SecretStore::statusOf(result));
                       if (!result.ok() && m_keptKey == key)
                           m_keptKey.clear();
                       Q_EMIT kept(result.ok());
                   }));
}

void SessionKeeper::forget(const QUrl &server, const QString &username)
{
    if (username.isEmpty())
        return;
    const QString key = SecretStore::sessionKey(server, username);
    if (m_keptKey == key)
        m_keptKey.clear();
    if (!m_store) {
        QTimer::singleShot(0, this, [this] { Q_EMIT forgotten(false); });
        return;
    }
    m_store->remove(key, this, tracked([this](const SecretStore::Result &result) {
                        noteStatus(SecretStore::statusOf(result));
                        Q_EMIT forgotten(result.ok() || SecretStore::statusOf(result) == SecretStore::Status::NotFound);
                    }));
}

SecretStore::Callback SessionKeeper::tracked(SecretStore::Callback done)
{
    ++m_inFlight;
    return [this, done = std::move(done)](const SecretStore::Result &result) {
        done(result);
        if (--m_inFlight == 0)
            Q_EMIT settled();
    };
}

bool SessionKeeper::isKept(const QUrl &server, const QString &username) const
{
    return !username.isEmpty() && m_keptKey == SecretStore::sessionKey(server, username);
}
