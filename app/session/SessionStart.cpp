#include "SessionStart.h"

#include "app/tokens/Account.h"

#include <QPointer>
#include <QTimer>

SessionStart::SessionStart(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
{
    m_sources.push_back(SessionSource::docker());
    m_sources.push_back(SessionSource::kept());
}

SessionStart::~SessionStart() = default;

void SessionStart::setGivenCredentials(const QString &username, const QString &password, bool askWhenRenewalFails)
{
    if (m_sources.front()->kind() == SessionSource::Kind::Given)
        m_sources.erase(m_sources.begin());
    if (!username.isEmpty() && !password.isEmpty())
        m_sources.insert(m_sources.begin(), SessionSource::given(username, password, askWhenRenewalFails));
}

namespace {

SessionStart::Result::From fromKind(SessionSource::Kind kind)
{
    switch (kind) {
    case SessionSource::Kind::Given: return SessionStart::Result::From::Given;
    case SessionSource::Kind::Docker: return SessionStart::Result::From::Docker;
    case SessionSource::Kind::Kept: return SessionStart::Result::From::Kept;
    }
    return SessionStart::Result::From::None;
}

} // namespace

void SessionStart::ensure(Policy policy, Done done)
{
    if (m_account->isSignedIn()
        && (m_onlyFor.isEmpty() || m_account->username().compare(m_onlyFor, Qt::CaseInsensitive) == 0)) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done({Outcome::SignedIn, Result::From::Already, std::nullopt});
        });
        return;
    }
    tryFrom(0, policy, std::move(done));
}

void SessionStart::tryFrom(std::size_t index, Policy policy, Done done)
{
    if (index < m_sources.size()) {
        SessionSource *source = m_sources[index].get();
        source->open(m_account, m_onlyFor, this, [this, index, policy, source, done](const SessionSource::Result &r) {
            switch (r.outcome) {
            case SessionSource::Outcome::Opened:
                done({Outcome::SignedIn, fromKind(source->kind()), std::nullopt});
                return;
            case SessionSource::Outcome::Refused: done({Outcome::Failed, fromKind(source->kind()), r.error}); return;
            case SessionSource::Outcome::Nothing: tryFrom(index + 1, policy, done); return;
            }
        });
        return;
    }
    if (policy == Policy::Interactive && m_ask) {
        QPointer<SessionStart> self(this);
        m_ask([self, done](const Result &asked) {
            if (!self)
                return;
            Result r = asked;
            r.from = Result::From::Asked;
            done(r);
        });
        return;
    }
    QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
}
