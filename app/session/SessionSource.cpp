#include "SessionSource.h"

#include "SessionKeeper.h"
#include "SignInConversation.h"
#include "SignInPrompt.h"
#include "app/hub/HubClient.h"
#include "app/settings/AppSettings.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokensLogging.h"
#include "models/SecretWipe.h"

#include <QPointer>
#include <QTimer>

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
    Given(const QString &username, const QString &password)
        : m_username(username)
        , m_password(password)
    {
    }
    ~Given() override { SecretWipe::wipe(m_password); }
    Kind kind() const override { return Kind::Given; }
    void open(Account *account, QObject *context, Done done) override
    {
        auto *conversation = new SignInConversation(account->client(), &m_prompt, context);
        QPointer<Account> who(account);
        QObject::connect(conversation, &SignInConversation::finished, context,
                         [conversation, who, user = m_username, done = std::move(done)](const SignInResult &r) {
                             conversation->deleteLater();
                             if (!r.ok()) {
                                 done({Outcome::Refused, r.error});
                                 return;
                             }
                             if (who)
                                 who->signedIn(user, r.value.jwt, false);
                             done({Outcome::Opened, std::nullopt});
                         });
        conversation->start(m_username, m_password, false);
    }

private:
    QString m_username;
    QString m_password;
    NoQuestions m_prompt;
};

class Docker : public SessionSource {
public:
    Kind kind() const override { return Kind::Docker; }
    void open(Account *account, QObject *context, Done done) override
    {
        const bool chosen = account->docker() && account->settings()
            && account->settings()->usesDockerSession(account->client()->baseUrl());
        if (!chosen) {
            later(context, std::move(done));
            return;
        }
        QPointer<QObject> alive(context);
        account->continueWithDocker([alive, done = std::move(done)](const std::optional<DockerError> &error) {
            if (alive)
                done({error ? Outcome::Nothing : Outcome::Opened, std::nullopt});
        });
    }
};

class Kept : public SessionSource {
public:
    Kind kind() const override { return Kind::Kept; }
    void open(Account *account, QObject *context, Done done) override
    {
        SessionKeeper *keeper = account->keeper();
        if (!keeper) {
            later(context, std::move(done));
            return;
        }
        QPointer<QObject> alive(context);
        keeper->restore(account->client()->baseUrl(), account->session(),
                        [alive, done = std::move(done)](bool restored) {
                            qCInfo(lcAccount) << "kept session" << (restored ? "resumed" : "not resumed");
                            if (alive)
                                done({restored ? Outcome::Opened : Outcome::Nothing, std::nullopt});
                        });
    }
};

} // namespace

std::unique_ptr<SessionSource> SessionSource::given(const QString &username, const QString &password)
{
    return std::make_unique<Given>(username, password);
}

std::unique_ptr<SessionSource> SessionSource::docker()
{
    return std::make_unique<Docker>();
}

std::unique_ptr<SessionSource> SessionSource::kept()
{
    return std::make_unique<Kept>();
}
