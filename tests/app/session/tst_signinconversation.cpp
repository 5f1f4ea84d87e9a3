// SignInConversation, the one sign-in conversation, with a scripted prompt against the Hub emulator: the password,
// then the two-factor code, then the vetted result kept through the account's keeper. Every question the prompt is
// asked is recorded, and every answer comes from the script, so a step out of order fails the test.
#include "app/hub/HubClient.h"
#include "app/hub/RetryPolicy.h"
#include "app/services/CoreServices.h"
#include "app/session/SignInConversation.h"
#include "app/session/SignInPrompt.h"
#include "app/tokens/Account.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/MemorySecretStore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

namespace {

const QString User = QStringLiteral("bob2fa");
const QString Password = QStringLiteral("bob-pw");
const QString Secret = QStringLiteral("JBSWY3DPEHPK3PXP");

QString codeNow()
{
    return HubEmulator::totpCode(Secret, QDateTime::currentSecsSinceEpoch());
}

const QString Wait = QStringLiteral("(wait)");

// Answers from a script, in order; records each question ("code:<user>") and each
// notice ("told:wrong code", "told:<error kind>"). A question with no answer left is given up (nullopt); the answer
// Wait is held back in `held`, for the test to give (or not) later, as a dialog would.
class ScriptedSignInPrompt : public SignInPrompt {
public:
    QList<std::optional<QString>> answers;
    QStringList asked;
    Answer held;

    void askUsername(const QString &suggested, Answer answer) override
    {
        reply(QStringLiteral("username:") + suggested, answer);
    }
    void askPassword(const QString &username, Answer answer) override
    {
        reply(QStringLiteral("password:") + username, answer);
    }
    void askCode(const QString &username, Answer answer) override { reply(QStringLiteral("code:") + username, answer); }
    void tell(Notice notice) override
    {
        switch (notice) {
        case Notice::WrongCode: asked << QStringLiteral("told:wrong code"); break;
        }
    }
    void tellError(const ApiError &error) override
    {
        const QString kind = error.kind == ApiError::Kind::BadCredentials ? QStringLiteral("BadCredentials")
            : error.kind == ApiError::Kind::ServerError                   ? QStringLiteral("ServerError")
                                                                          : QString::number(int(error.kind));
        asked << QStringLiteral("told:") + kind;
    }

private:
    void reply(const QString &question, const Answer &answer)
    {
        asked << question;
        const std::optional<QString> next = answers.isEmpty() ? std::nullopt : answers.takeFirst();
        if (next == Wait)
            held = answer;
        else
            answer(next);
    }
};

// The sign-in dialog's policy: everything asked again until the person gives up.
SignInConversation::Policy dialogPolicy()
{
    SignInConversation::Policy p;
    p.codeTries = 0;
    p.passwordTries = 0;
    p.askAgainOnFailure = true;
    return p;
}

} // namespace

class TestSignInConversation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passwordThenCodeThenKept();
    void wrongCodeIsAskedAgain();
    void givingUpTheCodeCancels();
    void withoutAskingTheCodeStaysTwoFactorRequired();
    void wrongPasswordAsksNothing();
    void askingEverything();
    void wrongPasswordIsAskedAgainWithinTries();
    void dialogAsksAgainAfterAnyFailure();
    void dialogAsksTheCodeAsOftenAsNeeded();
    void startingOverAsksTheUsername();
    void cancellingDropsALateAnswer();

private:
    SignInResult waitFor(QSignalSpy &finished);
    SignInResult run(SignInConversation &conversation, bool askCode, const QString &password = Password);

    std::unique_ptr<HubEmulator> m_emu;
    MemorySecretStore m_store;
    std::unique_ptr<CoreServices> m_services;
    ScriptedSignInPrompt m_prompt;
};

void TestSignInConversation::init()
{
    m_emu = std::make_unique<HubEmulator>();
    QString error;
    QVERIFY2(m_emu->listen(&error), qPrintable(error));
    m_emu->addAccount(User, Password, Secret);
    CoreOptions options;
    options.settings = AppSettings::temporary();
    options.server = m_emu->baseUrl();
    options.docker = false;
    options.secretStore = &m_store;
    m_services = std::make_unique<CoreServices>(std::move(options));
    QVERIFY2(m_services->serverError().isEmpty(), qPrintable(m_services->serverError()));
    m_services->client()->setRetryPolicy(RetryPolicy::none());
    m_services->client()->setTransferTimeout(10'000);
    m_prompt = ScriptedSignInPrompt();
}

void TestSignInConversation::cleanup()
{
    m_services.reset();
    m_emu.reset();
}

SignInResult TestSignInConversation::run(SignInConversation &conversation, bool askCode, const QString &password)
{
    QSignalSpy finished(&conversation, &SignInConversation::finished);
    conversation.start(User, password, askCode);
    if (!finished.wait(15'000))
        return {};
    [&] { QCOMPARE(finished.size(), 1); }();
    return finished.first().first().value<SignInResult>();
}

void TestSignInConversation::passwordThenCodeThenKept()
{
    m_prompt.answers = {codeNow()};
    SignInConversation conversation(m_services->client(), &m_prompt);
    const SignInResult result = run(conversation, true);
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->message) : "no result");
    QCOMPARE(m_prompt.asked, QStringList{QStringLiteral("code:") + User});

    // Kept: the account begins the session and its keeper puts the JWT in the store.
    Account *account = m_services->account();
    account->signedIn(conversation.username(), result.value.jwt, true);
    QVERIFY(account->isSignedIn());
    QCOMPARE(account->username(), User);
    QTRY_VERIFY(m_store.contains(SecretStore::sessionKey(m_emu->baseUrl(), User)));
    QCOMPARE(m_store.secret(SecretStore::sessionKey(m_emu->baseUrl(), User)), result.value.jwt);
}

void TestSignInConversation::wrongCodeIsAskedAgain()
{
    m_prompt.answers = {QStringLiteral("000000"), QStringLiteral("000001"), QStringLiteral("000002")};
    SignInConversation conversation(m_services->client(), &m_prompt);
    const SignInResult result = run(conversation, true);
    QVERIFY(!result.ok());
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::BadCredentials);
    const QString code = QStringLiteral("code:") + User;
    const QString told = QStringLiteral("told:wrong code");
    QCOMPARE(m_prompt.asked, (QStringList{code, told, code, told, code}));
    QVERIFY(conversation.failedAtCode());
}

void TestSignInConversation::givingUpTheCodeCancels()
{
    SignInConversation conversation(m_services->client(), &m_prompt); // no answers: the code is given up
    const SignInResult result = run(conversation, true);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_prompt.asked, QStringList{QStringLiteral("code:") + User});
}

void TestSignInConversation::withoutAskingTheCodeStaysTwoFactorRequired()
{
    SignInConversation conversation(m_services->client(), &m_prompt);
    const SignInResult result = run(conversation, false);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::TwoFactorRequired);
    QVERIFY(m_prompt.asked.isEmpty());
}

void TestSignInConversation::wrongPasswordAsksNothing()
{
    m_prompt.answers = {codeNow()};
    SignInConversation conversation(m_services->client(), &m_prompt);
    const SignInResult result = run(conversation, true, QStringLiteral("not-the-password"));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::BadCredentials);
    QVERIFY(m_prompt.asked.isEmpty());
    QVERIFY(!conversation.failedAtCode());
}

SignInResult TestSignInConversation::waitFor(QSignalSpy &finished)
{
    if (!finished.wait(15'000))
        return {};
    QTest::qWait(0); // a second finished() would come from the event loop: let it
    [&] { QCOMPARE(finished.size(), 1); }();
    return finished.first().first().value<SignInResult>();
}

void TestSignInConversation::askingEverything()
{
    m_prompt.answers = {QStringLiteral("  ") + User + QStringLiteral(" "), Password, codeNow()};
    SignInConversation conversation(m_services->client(), &m_prompt);
    QSignalSpy finished(&conversation, &SignInConversation::finished);
    conversation.ask(QStringLiteral("offered"), false);
    QVERIFY(finished.isEmpty()); // never inside the call that asked
    const SignInResult result = waitFor(finished);
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->message) : "no result");
    QCOMPARE(conversation.username(), User); // trimmed
    QCOMPARE(m_prompt.asked,
             (QStringList{QStringLiteral("username:offered"), QStringLiteral("password:") + User,
                          QStringLiteral("code:") + User}));
}

void TestSignInConversation::wrongPasswordIsAskedAgainWithinTries()
{
    SignInConversation::Policy policy;
    policy.passwordTries = 3;
    const QString bad = QStringLiteral("not-the-password");
    m_prompt.answers = {bad, bad, bad, Password};
    SignInConversation conversation(m_services->client(), &m_prompt);
    conversation.setPolicy(policy);
    QSignalSpy finished(&conversation, &SignInConversation::finished);
    conversation.ask(User, true); // the username is fixed: not asked
    const SignInResult result = waitFor(finished);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::BadCredentials);
    const QString password = QStringLiteral("password:") + User;
    const QString told = QStringLiteral("told:BadCredentials");
    QCOMPARE(m_prompt.asked, (QStringList{password, told, password, told, password}));
    QCOMPARE(m_prompt.answers.size(), 1); // the fourth was never asked for
}

void TestSignInConversation::dialogAsksAgainAfterAnyFailure()
{
    m_emu->failNext(1, 503); // the first sign-in meets a server error
    m_prompt.answers = {User, Password, User, QStringLiteral("wrong"), User, Password, codeNow()};
    SignInConversation conversation(m_services->client(), &m_prompt);
    conversation.setPolicy(dialogPolicy());
    QSignalSpy finished(&conversation, &SignInConversation::finished);
    conversation.ask(QString(), false);
    const SignInResult result = waitFor(finished);
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->message) : "no result");
    const QString username = QStringLiteral("username:");
    const QString password = QStringLiteral("password:") + User;
    QCOMPARE(m_prompt.asked.first(), username);
    QCOMPARE(m_prompt.asked.mid(1),
             (QStringList{password, QStringLiteral("told:ServerError"), username + User, password,
                          QStringLiteral("told:BadCredentials"), username + User, password,
                          QStringLiteral("code:") + User}));
}

void TestSignInConversation::dialogAsksTheCodeAsOftenAsNeeded()
{
    const QString wrong = QStringLiteral("000000");
    m_prompt.answers = {wrong, wrong, wrong, wrong, codeNow()};
    SignInConversation conversation(m_services->client(), &m_prompt);
    conversation.setPolicy(dialogPolicy());
    const SignInResult result = run(conversation, true);
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->message) : "no result");
    QCOMPARE(m_prompt.asked.count(QStringLiteral("told:wrong code")), 4);
    QCOMPARE(m_prompt.asked.count(QStringLiteral("code:") + User), 5);
}

void TestSignInConversation::startingOverAsksTheUsername()
{
    m_prompt.answers = {User, Password, Wait};
    SignInConversation conversation(m_services->client(), &m_prompt);
    conversation.setPolicy(dialogPolicy());
    QSignalSpy finished(&conversation, &SignInConversation::finished);
    conversation.ask(QString(), false);
    QTRY_VERIFY(m_prompt.held); // waiting at the code
    QCOMPARE(m_prompt.asked.last(), QStringLiteral("code:") + User);
    const SignInPrompt::Answer codeAnswer = m_prompt.held;
    m_prompt.held = {};
    m_prompt.answers = {Wait};
    conversation.startOver();
    QCOMPARE(m_prompt.asked.last(), QStringLiteral("username:") + User); // back to the first question
    QVERIFY(!conversation.failedAtCode());
    codeAnswer(codeNow()); // an answer to the question left behind: dropped
    QTest::qWait(50);
    QVERIFY(finished.isEmpty());
    QVERIFY(!conversation.isBusy());
}

void TestSignInConversation::cancellingDropsALateAnswer()
{
    m_prompt.answers = {User, Password, Wait};
    SignInConversation conversation(m_services->client(), &m_prompt);
    conversation.setPolicy(dialogPolicy());
    QSignalSpy finished(&conversation, &SignInConversation::finished);
    conversation.ask(QString(), false);
    QTRY_VERIFY(m_prompt.held);
    conversation.cancel();
    m_prompt.held(codeNow()); // too late
    const SignInResult result = waitFor(finished);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ApiError::Kind::Cancelled);
    QVERIFY(!conversation.isBusy());
}

QTEST_GUILESS_MAIN(TestSignInConversation)
#include "tst_signinconversation.moc"
