// SessionStart, the one way a program gets its session, against the Hub emulator: given credentials first (and,
// refused, nothing else: never another account's kept session), then the kept session, then asking (Interactive,
// through the face's way of asking) or nothing (Quiet).
#include "app/hub/HubClient.h"
#include "app/hub/RetryPolicy.h"
#include "app/services/CoreServices.h"
#include "app/session/Session.h"
#include "app/session/SessionKeeper.h"
#include "app/session/SessionStart.h"
#include "app/tokens/Account.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString Alice = QStringLiteral("alice");
const QString AlicePw = QStringLiteral("alice-pw");
const QString Bob = QStringLiteral("bob");
const QString BobPw = QStringLiteral("bob-pw");

using From = SessionStart::Result::From;
using Outcome = SessionStart::Outcome;

} // namespace

class TestSessionStart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void givenCredentialsComeFirst();
    void refusedCredentialsStopThere();
    void theKeptSessionResumes();
    void quietEndsNotSignedIn();
    void interactiveAsksTheFace();
    void anOpenSessionIsKept();
    void theKeeperSettlesOnceTheStoreAnswers();

private:
    SessionStart::Result ensure(SessionStart &start, SessionStart::Policy policy);
    // Alice signed in with "Stay signed in" in an earlier run: kept in the store, no session in this one.
    void keepAliceFromAnEarlierRun();

    std::unique_ptr<HubEmulator> m_emu;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<CoreServices> m_services;
};

void TestSessionStart::init()
{
    m_emu = std::make_unique<HubEmulator>();
    QString error;
    QVERIFY2(m_emu->listen(&error), qPrintable(error));
    m_emu->addAccount(Alice, AlicePw);
    m_emu->addAccount(Bob, BobPw);
    m_store = std::make_unique<MemorySecretStore>();
    CoreOptions options;
    options.settings = AppSettings::temporary();
    options.server = m_emu->baseUrl();
    options.docker = false;
    options.secretStore = m_store.get();
    m_services = std::make_unique<CoreServices>(std::move(options));
    QVERIFY2(m_services->serverError().isEmpty(), qPrintable(m_services->serverError()));
    m_services->client()->setRetryPolicy(RetryPolicy::none());
    m_services->client()->setTransferTimeout(10'000);
}

void TestSessionStart::cleanup()
{
    m_services.reset();
    m_store.reset();
    m_emu.reset();
}

SessionStart::Result TestSessionStart::ensure(SessionStart &start, SessionStart::Policy policy)
{
    bool called = false;
    int calls = 0;
    SessionStart::Result result;
    start.ensure(policy, [&](const SessionStart::Result &r) {
        result = r;
        called = true;
        ++calls;
    });
    [&] { QVERIFY(!called); }(); // never inside the call
    [&] { QTRY_VERIFY_WITH_TIMEOUT(called, 15'000); }();
    QTest::qWait(0);
    [&] { QCOMPARE(calls, 1); }();
    return result;
}

void TestSessionStart::keepAliceFromAnEarlierRun()
{
    Account *account = m_services->account();
    SessionStart earlier(account);
    earlier.setGivenCredentials(Alice, AlicePw);
    QCOMPARE(ensure(earlier, SessionStart::Policy::Quiet).outcome, Outcome::SignedIn);
    account->signedIn(Alice, account->session()->jwt(), true); // "Stay signed in"
    QTRY_VERIFY(m_store->contains(SecretStore::sessionKey(m_emu->baseUrl(), Alice)));
    account->session()->end(); // the run ends; the keychain keeps it
    QVERIFY(!account->isSignedIn());
}

void TestSessionStart::givenCredentialsComeFirst()
{
    keepAliceFromAnEarlierRun();
    SessionStart start(m_services->account());
    start.setGivenCredentials(Bob, BobPw);
    const SessionStart::Result r = ensure(start, SessionStart::Policy::Quiet);
    QCOMPARE(r.outcome, Outcome::SignedIn);
    QCOMPARE(r.from, From::Given);
    QCOMPARE(m_services->account()->username(), Bob);
    QVERIFY(!m_store->contains(SecretStore::sessionKey(m_emu->baseUrl(), Bob))); // given: nothing kept
}

void TestSessionStart::refusedCredentialsStopThere()
{
    keepAliceFromAnEarlierRun();
    SessionStart start(m_services->account());
    start.setGivenCredentials(Bob, QStringLiteral("not-bobs"));
    bool asked = false;
    start.setAsk([&](SessionStart::Done) { asked = true; });
    const SessionStart::Result r = ensure(start, SessionStart::Policy::Interactive);
    QCOMPARE(r.outcome, Outcome::Failed);
    QCOMPARE(r.from, From::Given);
    QVERIFY(r.error);
    QCOMPARE(r.error->kind, ApiError::Kind::BadCredentials);
    // Not Alice's kept session instead, and nobody asked: the program was told to be Bob.
    QVERIFY(!m_services->account()->isSignedIn());
    QVERIFY(!asked);
}

void TestSessionStart::theKeptSessionResumes()
{
    keepAliceFromAnEarlierRun();
    SessionStart start(m_services->account());
    const SessionStart::Result r = ensure(start, SessionStart::Policy::Quiet);
    QCOMPARE(r.outcome, Outcome::SignedIn);
    QCOMPARE(r.from, From::Kept);
    QCOMPARE(m_services->account()->username(), Alice);
}

void TestSessionStart::quietEndsNotSignedIn()
{
    SessionStart start(m_services->account());
    bool asked = false;
    start.setAsk([&](SessionStart::Done) { asked = true; });
    const SessionStart::Result r = ensure(start, SessionStart::Policy::Quiet);
    QCOMPARE(r.outcome, Outcome::NotSignedIn);
    QVERIFY(!asked);
    // Interactive, but no way of asking: the same.
    SessionStart faceless(m_services->account());
    QCOMPARE(ensure(faceless, SessionStart::Policy::Interactive).outcome, Outcome::NotSignedIn);
}

void TestSessionStart::interactiveAsksTheFace()
{
    SessionStart start(m_services->account());
    int asked = 0;
    start.setAsk([&](SessionStart::Done done) {
        ++asked;
        m_services->account()->signedIn(Alice, QStringLiteral("a.b.c"), false); // as a face would, once signed in
        done({Outcome::SignedIn, From::None, std::nullopt});
    });
    const SessionStart::Result r = ensure(start, SessionStart::Policy::Interactive);
    QCOMPARE(asked, 1);
    QCOMPARE(r.outcome, Outcome::SignedIn);
    QCOMPARE(r.from, From::Asked);
}

void TestSessionStart::anOpenSessionIsKept()
{
    keepAliceFromAnEarlierRun();
    SessionStart earlier(m_services->account());
    earlier.setGivenCredentials(Bob, BobPw);
    QCOMPARE(ensure(earlier, SessionStart::Policy::Quiet).from, From::Given);
    SessionStart start(m_services->account());
    const SessionStart::Result r = ensure(start, SessionStart::Policy::Quiet);
    QCOMPARE(r.outcome, Outcome::SignedIn);
    QCOMPARE(r.from, From::Already);
    QCOMPARE(m_services->account()->username(), Bob);
}

// What hubtokens-cli waits for before it exits: every write and removal answered.
void TestSessionStart::theKeeperSettlesOnceTheStoreAnswers()
{
    SessionKeeper *keeper = m_services->keeper();
    QVERIFY(keeper->isSettled());
    QSignalSpy settled(keeper, &SessionKeeper::settled);
    QSignalSpy kept(keeper, &SessionKeeper::kept);
    keeper->signedIn(m_emu->baseUrl(), Alice, QStringLiteral("a.b.c"), true);
    keeper->forget(m_emu->baseUrl(), Bob);
    QVERIFY(!keeper->isSettled()); // the store answers later
    QVERIFY(settled.wait(5000));
    QCOMPARE(kept.size(), 1); // answered before settled()
    QVERIFY(keeper->isSettled());
    QCOMPARE(settled.size(), 1); // once, after the last of the two
}

QTEST_GUILESS_MAIN(TestSessionStart)
#include "tst_sessionstart.moc"
