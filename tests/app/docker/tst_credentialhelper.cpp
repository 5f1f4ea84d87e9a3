// The credential-helper protocol (CredentialHelper, HelperCall) against scripted helpers: the happy path through a
// file-backed store, every error path (missing, exits 1, garbage, wrong shape, hangs, crashes, floods), "credentials
// not found" as no error, finishing once from the event loop, and the leak rules (the secret never in a helper's
// argv or environment, in an error, or in any log message).
#include "app/docker/CredentialHelper.h"
#include "app/docker/DockerText.h"
#include "app/docker/HelperCall.h"
#include "tests/support/FakeHelpers.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

const QString Registry = QStringLiteral("https://index.docker.io/v1/");
const QString Secret = QStringLiteral("dckr_pat_Leak-Check-7f3a9c1e2b5d");

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Starts one asynchronous call and waits for its one reply.
std::optional<HelperReply> awaitCall(HelperCall *call, int timeoutMs = 15'000)
{
    QPointer<HelperCall> guard(call);
    std::optional<HelperReply> reply;
    int emitted = 0;
    QObject::connect(call, &HelperCall::finished, call, [&](const HelperReply &r) {
        reply = r;
        ++emitted;
    });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, timeoutMs))
        return std::nullopt;
    // Gone after its one signal (deleteLater), and no second signal.
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 2000) || emitted != 1)
        return std::nullopt;
    return reply;
}

HelperReply run(const CredentialHelper &helper, CredentialHelper::Action action, bool blocking,
                const DockerCredential &credential = {DockerConfig::defaultRegistry(), {}, {}})
{
    using A = CredentialHelper::Action;
    if (blocking) {
        switch (action) {
        case A::Store: return helper.storeNow(credential);
        case A::Get: return helper.getNow(credential.serverUrl);
        case A::Erase: return helper.eraseNow(credential.serverUrl);
        case A::List: return helper.listNow();
        }
    }
    HelperCall *call = nullptr;
    switch (action) {
    case A::Store: call = helper.store(credential); break;
    case A::Get: call = helper.get(credential.serverUrl); break;
    case A::Erase: call = helper.erase(credential.serverUrl); break;
    case A::List: call = helper.list(); break;
    }
    const std::optional<HelperReply> reply = awaitCall(call);
    if (!reply) {
        HelperReply none;
        none.error = DockerError{};
        none.error->detail = QStringLiteral("TEST: no single reply");
        return none;
    }
    return *reply;
}

} // namespace

#include "app/docker/DockerConfig.h"

class TestCredentialHelper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void names_data();
    void names();
    void roundTrip_data();
    void roundTrip();
    void errors_data();
    void errors();
    void timeoutKillsTheHelper();
    void finishesOnceFromTheEventLoop();
    void deletingACallKillsTheHelper();
    void secretOnlyOnStdin_data();
    void secretOnlyOnStdin();
    void errorWordsForEveryKind();

private:
    FakeHelpers m_fakes;
};

void TestCredentialHelper::initTestCase()
{
    QVERIFY(m_fakes.install());
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestCredentialHelper::cleanup()
{
    m_fakes.clearStore();
}

void TestCredentialHelper::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("secretservice") << "secretservice" << true;
    QTest::newRow("pass") << "pass" << true;
    QTest::newRow("dotted") << "ecr-login.v2" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("slash") << "../../bin/sh" << false;
    QTest::newRow("space") << "pass word" << false;
    QTest::newRow("leading dot") << ".hidden" << false;
}

void TestCredentialHelper::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(CredentialHelper::isValidName(name), valid);
    if (!valid)
        QVERIFY(CredentialHelper::findProgram(name).isEmpty());
    QVERIFY(!CredentialHelper::findProgram(QStringLiteral("fakestore")).isEmpty());
    QVERIFY(CredentialHelper(QStringLiteral("fakestore")).isInstalled());
    QVERIFY(!CredentialHelper(QStringLiteral("nosuchhelper")).isInstalled());
    QCOMPARE(CredentialHelper(QStringLiteral("pass")).programName(), QStringLiteral("docker-credential-pass"));
}

void TestCredentialHelper::roundTrip_data()
{
    QTest::addColumn<bool>("blocking");
    QTest::newRow("async") << false;
    QTest::newRow("blocking") << true;
}

void TestCredentialHelper::roundTrip()
{
    QFETCH(bool, blocking);
    using A = CredentialHelper::Action;
    const CredentialHelper helper(QStringLiteral("fakestore"));
    const DockerCredential credential{Registry, QStringLiteral("alice"), Secret};

    HelperReply r = run(helper, A::Get, blocking, credential);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(!r.credential); // not found is not an error

    r = run(helper, A::Store, blocking, credential);
    QVERIFY2(r.ok(), qPrintable(describe(r)));

    r = run(helper, A::Get, blocking, credential);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(r.credential);
    QCOMPARE(r.credential->serverUrl, Registry);
    QCOMPARE(r.credential->username, QStringLiteral("alice"));
    QCOMPARE(r.credential->secret, Secret);

    r = run(helper, A::List, blocking);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.entries.value(Registry), QStringLiteral("alice"));

    r = run(helper, A::Erase, blocking, credential);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    r = run(helper, A::Get, blocking, credential);
    QVERIFY(r.ok());
    QVERIFY(!r.credential);
    // Erasing what is not there is not an error either.
    r = run(helper, A::Erase, blocking, credential);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    r = run(helper, A::List, blocking);
    QVERIFY(r.ok());
    QVERIFY(r.entries.isEmpty());
}

void TestCredentialHelper::errors_data()
{
    QTest::addColumn<QString>("helper");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("blocking");
    QTest::addColumn<int>("kind"); // -1: no error
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("detail");
    using A = CredentialHelper::Action;
    using K = DockerError::Kind;
    struct Row {
        const char *name;
        const char *helper;
        A action;
        int kind;
        int exitCode;
        const char *detail;
    };
    const Row rows[] = {
        {"missing get", "nosuchhelper", A::Get, int(K::HelperMissing), 0, ""},
        {"missing store", "nosuchhelper", A::Store, int(K::HelperMissing), 0, ""},
        {"fails on stderr", "fakefail", A::Get, int(K::HelperFailed), 1, "the keyring is locked"},
        {"fails store", "fakefail", A::Store, int(K::HelperFailed), 1, "the keyring is locked"},
        {"fails on stdout", "fakefailout", A::List, int(K::HelperFailed), 3, "error: something broke on stdout"},
        {"garbage get", "fakegarbage", A::Get, int(K::BadOutput), 0, "not a JSON object"},
        {"garbage list", "fakegarbage", A::List, int(K::BadOutput), 0, "not a JSON object"},
        {"garbage store is fine", "fakegarbage", A::Store, -1, 0, ""},
        {"wrong shape get", "fakewrongshape", A::Get, int(K::BadOutput), 0, ""},
        {"wrong shape list", "fakewrongshape", A::List, int(K::BadOutput), 0, ""},
        {"not found get", "fakenotfound", A::Get, -1, 0, ""},
        {"not found erase", "fakenotfound", A::Erase, -1, 0, ""},
        {"not found store fails", "fakenotfound", A::Store, int(K::HelperFailed), 1, ""},
        {"empty entry is not found", "fakeemptyget", A::Get, -1, 0, ""},
        {"crash", "fakecrash", A::Get, int(K::HelperFailed), -1, ""},
        {"too much output", "fakebig", A::List, int(K::BadOutput), 0, "more than 1 MiB of output"},
    };
    for (const Row &row : rows) {
        for (const bool blocking : {false, true}) {
            QTest::addRow("%s (%s)", row.name, blocking ? "blocking" : "async")
                << QString::fromLatin1(row.helper) << int(row.action) << blocking << row.kind << row.exitCode
                << QString::fromLatin1(row.detail);
        }
    }
}

void TestCredentialHelper::errors()
{
    QFETCH(QString, helper);
    QFETCH(int, action);
    QFETCH(bool, blocking);
    QFETCH(int, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, detail);
    const HelperReply r = run(CredentialHelper(helper), CredentialHelper::Action(action), blocking,
                              DockerCredential{Registry, QStringLiteral("alice"), Secret});
    if (kind < 0) {
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(!r.credential);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error->kind), kind);
    QCOMPARE(r.error->helper, helper);
    if (r.error->kind == DockerError::Kind::HelperFailed)
        QCOMPARE(r.error->exitCode, exitCode);
    if (!detail.isEmpty())
        QCOMPARE(r.error->detail, detail); // the first line only
    QVERIFY(!r.error->detail.contains(QLatin1Char('\n')));
    QVERIFY(!r.credential);
    QVERIFY(r.entries.isEmpty());
}

void TestCredentialHelper::timeoutKillsTheHelper()
{
    for (const bool blocking : {false, true}) {
        const CredentialHelper helper(QStringLiteral("fakehang"), 400);
        QCOMPARE(helper.timeout(), 400);
        QElapsedTimer timer;
        timer.start();
        const HelperReply r = run(helper, CredentialHelper::Action::Get, blocking);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, DockerError::Kind::TimedOut);
        QCOMPARE(r.error->timeoutMs, 400);
        QVERIFY2(elapsed >= 350 && elapsed < 10'000, qPrintable(QString::number(elapsed)));
    }
    // Default and nonsense timeouts.
    QCOMPARE(CredentialHelper(QStringLiteral("x")).timeout(), CredentialHelper::DefaultTimeoutMs);
    QCOMPARE(CredentialHelper(QStringLiteral("x"), -5).timeout(), CredentialHelper::DefaultTimeoutMs);
}

void TestCredentialHelper::finishesOnceFromTheEventLoop()
{
    // Even a helper that is not there answers later, not inside the call.
    for (const QString &name : {QStringLiteral("nosuchhelper"), QStringLiteral("fakenotfound")}) {
        HelperCall *call = CredentialHelper(name).get(Registry);
        QSignalSpy spy(call, &HelperCall::finished);
        QCOMPARE(spy.count(), 0);
        QPointer<HelperCall> guard(call);
        QVERIFY(spy.wait(10'000));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        QVERIFY(guard.isNull());
    }
}

void TestCredentialHelper::deletingACallKillsTheHelper()
{
    const int before = m_fakes.runCount();
    HelperCall *call = CredentialHelper(QStringLiteral("fakehang")).get(Registry);
    QSignalSpy spy(call, &HelperCall::finished);
    QVERIFY(QTest::qWaitFor([&] { return m_fakes.runCount() > before; }, 10'000)); // it runs
    QElapsedTimer timer;
    timer.start();
    delete call;
    QVERIFY(timer.elapsed() < 5000); // killed, not waited for the minute out
    QTest::qWait(100);
    QCOMPARE(spy.count(), 0);
}

void TestCredentialHelper::secretOnlyOnStdin_data()
{
    QTest::addColumn<QString>("helper");
    QTest::addColumn<bool>("blocking");
    QTest::newRow("store async") << "fakestore" << false;
    QTest::newRow("store blocking") << "fakestore" << true;
    QTest::newRow("echoing helper async") << "fakeecho" << false;
    QTest::newRow("echoing helper blocking") << "fakeecho" << true;
    QTest::newRow("failing helper async") << "fakefail" << false;
}

void TestCredentialHelper::secretOnlyOnStdin()
{
    QFETCH(QString, helper);
    QFETCH(bool, blocking);
    g_messages.clear();
    m_fakes.clearLogs();
    const int before = m_fakes.runCount();
    const HelperReply r = run(CredentialHelper(helper), CredentialHelper::Action::Store, blocking,
                              DockerCredential{Registry, QStringLiteral("alice"), Secret});
    QCOMPARE(m_fakes.runCount(), before + 1); // the helper really ran, and was recorded
    const QByteArray logs = m_fakes.runLogs();
    QVERIFY(logs.contains("cmdline:"));
    QVERIFY(logs.contains(" store"));
    QVERIFY(logs.contains("environ:"));
    QVERIFY(logs.contains("FAKE_HELPER_LOG=")); // the environment really was recorded
    QVERIFY2(!logs.contains(Secret.toUtf8()), "the secret reached a helper's argv or environment");
    if (helper == QLatin1String("fakeecho")) {
        // The helper put the secret into its error; it must be blanked out of everything we show or log.
        QVERIFY(!r.ok());
        QCOMPARE(r.error->kind, DockerError::Kind::HelperFailed);
        QVERIFY(r.error->detail.startsWith(QLatin1String("invalid input:")));
        QVERIFY(r.error->detail.contains(QLatin1String("***")));
    }
    if (!r.ok()) {
        QVERIFY(!r.error->detail.contains(Secret));
        QVERIFY(!r.error->toString().contains(Secret));
        QVERIFY(!DockerText::message(*r.error).contains(Secret));
        qWarning("helper error: %s", qPrintable(describe(r))); // what an app would log
    }
    for (const QString &m : std::as_const(g_messages))
        QVERIFY2(!m.contains(Secret), qPrintable(QStringLiteral("logged: ") + m));
}

void TestCredentialHelper::errorWordsForEveryKind()
{
    using K = DockerError::Kind;
    for (const K kind :
         {K::HelperMissing, K::HelperFailed, K::BadOutput, K::TimedOut, K::ConfigUnreadable, K::ConfigInvalid,
          K::ConfigNotWritten, K::NoCredentialStore, K::NotASession, K::NoSession, K::SessionLapsed}) {
        DockerError e;
        e.kind = kind;
        e.helper = QStringLiteral("pass");
        e.path = QStringLiteral("/home/a/.docker/config.json");
        e.timeoutMs = 10'000;
        e.exitCode = 1;
        QVERIFY2(!DockerText::title(e).isEmpty(), qPrintable(e.toString()));
        QVERIFY2(!DockerText::message(e).isEmpty(), qPrintable(e.toString()));
        QVERIFY(!DockerText::message(e).contains(QLatin1String("%1")));
        QVERIFY(!e.toString().isEmpty());
    }
    DockerError timedOut;
    timedOut.kind = K::TimedOut;
    timedOut.helper = QStringLiteral("pass");
    timedOut.timeoutMs = 10'000;
    QVERIFY(DockerText::message(timedOut).contains(QLatin1String("10 second")));
    QVERIFY(DockerText::message(timedOut).contains(QLatin1String("docker-credential-pass")));
}

QTEST_GUILESS_MAIN(TestCredentialHelper)
#include "tst_credentialhelper.moc"
