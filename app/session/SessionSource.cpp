#include "SessionSource.h"

#include "Session.h"
#include "SessionKeeper.h"
#include "SignInConversation.h"
#include "SignInPrompt.h"
#include "app/docker/DockerCredentials.h"
#include "app/hub/HubClient.h"
#include "app/settings/AppSettings.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokensLogging.h"
#include "models/SecretWipe.h"

#include <QPointer>
#include <QTimer>

#include <utility>

namespace {

void later(QObject *context, SessionSource::Done done, SessionSource::Result result = {})
{
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

// Asks nothing: a two-factor account stays TwoFactorRequired.
class NoQuestions : public SignInPrompt {
public:
    void askCode(const QString &, Answer answer) override { answer(std::nullopt); }
    void tell(Notice) override { }
};

class Given : public SessionSource {
public:
    Given(const QString &username, const QString &password, bool askWhenRenewalFails)
        : m_username(username)
        , m_password(password)
        , m_ask(askWhenRenewalFails)
    {
    }
    ~Given() override { SecretWipe::wipe(m_password); }
    Kind kind() const override { return Kind::Given; }
    void open(Account *account, const QString &, QObject *context, Done done) override
    {
        auto *conversation = new SignInConversation(account->client(), &m_prompt, context);
        QPointer<Account> who(account);
        std::weak_ptr<SessionSource> self = weak_from_this();
        QObject::connect(conversation, &SignInConversation::finished, context,
                         [conversation, who, self, user = m_username, done = std::move(done)](const SignInResult &r) {
                             conversation->deleteLater();
                             if (!r.ok()) {
                                 done({Outcome::Refused, r.error});
                                 return;
                             }
                             if (who)
                                 who->signedIn(user, r.value.jwt, false, self.lock()); // renewed from here too
                             done({Outcome::Opened, std::nullopt});
                         });
        conversation->start(m_username, m_password, false);
    }
    // Signs in again, once per run: a server that refuses every new session would otherwise be asked forever.
    void renew(Account *account, Account::SignInReason reason, QObject *context,
               std::function<void(const Renewal &)> done) override
    {
        const std::optional<Account::SignInReason> ask = m_ask ? std::optional(reason) : std::nullopt;
        if (std::exchange(m_renewed, true)) {
            QTimer::singleShot(0, context, [ask, done = std::move(done)] { done({false, ask, std::nullopt}); });
            return;
        }
        open(account, m_username, context, [ask, done = std::move(done)](const Result &r) {
            if (r.outcome == Outcome::Opened)
                done({true, std::nullopt, std::nullopt});
            else
                done({false, ask, ask ? std::nullopt : r.error});
        });
    }

private:
    QString m_username;
    QString m_password;
    NoQuestions m_prompt;
    bool m_ask;
    bool m_renewed = false;
};

class Docker : public SessionSource {
public:
    Kind kind() const override { return Kind::Docker; }
    void open(Account *account, const QString &onlyFor, QObject *context, Done done) override
    {
        const bool chosen = account->docker() && account->settings()
            && account->settings()->usesDockerSession(account->client()->baseUrl());
        if (!chosen) {
            later(context, std::move(done));
            return;
        }
        QPointer<Account> who(account);
        account->readDockerSession(
            context, [who, onlyFor, done = std::move(done)](const DockerResult<DockerSession> &r) {
                if (!who || !r.ok()
                    || (!onlyFor.isEmpty() && r.value.username.compare(onlyFor, Qt::CaseInsensitive) != 0)) {
                    done({Outcome::Nothing, std::nullopt});
                    return;
                }
                who->beginDockerSession(r.value);
                done({Outcome::Opened, std::nullopt});
            });
    }
    // Docker renews its own session: read it again. A fresher one carries on; the same one asks the person (still
    // good for now when only its renewal is due, else Docker's sign-in has lapsed too).
    void renew(Account *account, Account::SignInReason reason, QObject *context,
               std::function<void(const Renewal &)> done) override
    {
        QPointer<Account> who(account);
        account->readDockerSession(
            context, [who, reason, done = std::move(done)](const DockerResult<DockerSession> &r) {
                if (who && r.ok() && r.value.jwt != who->session()->jwt()) {
                    qCInfo(lcAccount) << "Docker renewed its session";
                    who->beginDockerSession(r.value);
                    done({true, std::nullopt, std::nullopt});
                    return;
                }
                using Reason = Account::SignInReason;
                done({false, r.ok() && reason == Reason::RenewalDue ? Reason::RenewalDue : Reason::DockerSessionLapsed,
                      std::nullopt});
            });
    }
};

class Kept : public SessionSource {
public:
    Kind kind() const override { return Kind::Kept; }
    void open(Account *account, const QString &onlyFor, QObject *context, Done done) override
    {
        SessionKeeper *keeper = account->keeper();
        if (!keeper) {
            later(context, std::move(done));
            return;
        }
        QPointer<QObject> alive(context);
        keeper->restore(
            account->client()->baseUrl(), account->session(),
            [alive, done = std::move(done)](bool restored) {
                qCInfo(lcAccount) << "kept session" << (restored ? "resumed" : "not resumed");
                if (alive)
                    done({restored ? Outcome::Opened : Outcome::Nothing, std::nullopt});
            },
            onlyFor);
    }
};

} // namespace

void SessionSource::renew(Account *, Account::SignInReason reason, QObject *context,
                          std::function<void(const Renewal &)> done)
{
    QTimer::singleShot(0, context, [reason, done = std::move(done)] { done({false, reason, std::nullopt}); });
}

std::shared_ptr<SessionSource> SessionSource::given(const QString &username, const QString &password,
                                                    bool askWhenRenewalFails)
{
    return std::make_shared<Given>(username, password, askWhenRenewalFails);
}

std::shared_ptr<SessionSource> SessionSource::docker()
{
    return std::make_shared<Docker>();
}

std::shared_ptr<SessionSource> SessionSource::kept()
{
    return std::make_shared<Kept>();
}
