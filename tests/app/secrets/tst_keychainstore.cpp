// KeychainSecretStore against a real Secret Service (gnome-keyring in a private D-Bus session), and its answer
// when there is no keychain at all. Run through with-secret-service.sh (ctest label "keychain").
#include "app/secrets/KeychainSecretStore.h"
#include "app/secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

namespace {
// Calls `op` with a callback and waits for its one answer.
template <typename Op> SecretStore::Result await(QObject *context, Op op)
{
    std::optional<SecretStore::Result> answer;
    int calls = 0;
    op([&](const SecretStore::Result &r) {
        answer = r;
        ++calls;
    });
    Q_UNUSED(context);
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10'000))
        return SecretStore::failure(SecretStore::Status::Failed, QStringLiteral("no answer within 10 s"));
    QTest::qWait(20);
    if (calls != 1)
        return SecretStore::failure(SecretStore::Status::Failed, QStringLiteral("answered %1 times").arg(calls));
    return *answer;
}
} // namespace

class TestKeychainStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void overwrite();
    void missingEntry();
    void keysAreSeparate();
    void answerDroppedWhenContextDies();
    void noBackendIsUnavailable();

private:
    bool m_expectBackend = true;
    KeychainSecretStore m_store{
        QStringLiteral("Hub Tokens test %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))};
};

void TestKeychainStore::initTestCase()
{
    m_expectBackend = qEnvironmentVariable("HUBTOKENS_EXPECT_KEYCHAIN", QStringLiteral("1")) == QLatin1String("1");
}

void TestKeychainStore::roundTrip()
{
    if (!m_expectBackend)
        QSKIP("no Secret Service in this run");
    const QString key =
        SecretStore::sessionKey(QUrl(QStringLiteral("https://hub.docker.com/")), QStringLiteral("alice"));
    const QString jwt = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl");
    auto w = await(this, [&](auto cb) { m_store.write(key, jwt, this, cb); });
    QVERIFY2(w.ok(), qPrintable(SecretStore::messageOf(w)));
    auto r = await(this, [&](auto cb) { m_store.read(key, this, cb); });
    QVERIFY2(r.ok(), qPrintable(SecretStore::messageOf(r)));
    QCOMPARE(r.value, jwt);
    auto d = await(this, [&](auto cb) { m_store.remove(key, this, cb); });
    QVERIFY2(d.ok(), qPrintable(SecretStore::messageOf(d)));
    auto gone = await(this, [&](auto cb) { m_store.read(key, this, cb); });
    QCOMPARE(SecretStore::statusOf(gone), SecretStore::Status::NotFound);
}

void TestKeychainStore::overwrite()
{
    if (!m_expectBackend)
        QSKIP("no Secret Service in this run");
    const QString key = QStringLiteral("session:https://hub.example:bob");
    QVERIFY(await(this, [&](auto cb) { m_store.write(key, QStringLiteral("first"), this, cb); }).ok());
    QVERIFY(await(this, [&](auto cb) { m_store.write(key, QStringLiteral("second ✓ 二"), this, cb); }).ok());
    auto r = await(this, [&](auto cb) { m_store.read(key, this, cb); });
    QVERIFY2(r.ok(), qPrintable(SecretStore::messageOf(r)));
    QCOMPARE(r.value, QStringLiteral("second ✓ 二"));
    QVERIFY(await(this, [&](auto cb) { m_store.remove(key, this, cb); }).ok());
}

void TestKeychainStore::missingEntry()
{
    auto r = await(this, [&](auto cb) { m_store.read(QStringLiteral("session:nowhere:nobody"), this, cb); });
    if (m_expectBackend)
        QCOMPARE(SecretStore::statusOf(r), SecretStore::Status::NotFound);
    else
        QCOMPARE(SecretStore::statusOf(r), SecretStore::Status::Unavailable);
    QVERIFY(r.value.isEmpty());
}

void TestKeychainStore::keysAreSeparate()
{
    if (!m_expectBackend)
        QSKIP("no Secret Service in this run");
    const QUrl hub(QStringLiteral("https://hub.docker.com"));
    const QUrl local(QStringLiteral("http://127.0.0.1:5000/v2/"));
    const QString a = SecretStore::sessionKey(hub, QStringLiteral("carol"));
    const QString b = SecretStore::sessionKey(local, QStringLiteral("carol"));
    QVERIFY(a != b);
    QVERIFY(await(this, [&](auto cb) { m_store.write(a, QStringLiteral("A"), this, cb); }).ok());
    QVERIFY(await(this, [&](auto cb) { m_store.write(b, QStringLiteral("B"), this, cb); }).ok());
    QCOMPARE(await(this, [&](auto cb) { m_store.read(a, this, cb); }).value, QStringLiteral("A"));
    QCOMPARE(await(this, [&](auto cb) { m_store.read(b, this, cb); }).value, QStringLiteral("B"));
    QVERIFY(await(this, [&](auto cb) { m_store.remove(a, this, cb); }).ok());
    QVERIFY(await(this, [&](auto cb) { m_store.remove(b, this, cb); }).ok());
}

void TestKeychainStore::answerDroppedWhenContextDies()
{
    auto *context = new QObject;
    bool called = false;
    m_store.read(QStringLiteral("session:nowhere:nobody"), context,
                 [&](const SecretStore::Result &) { called = true; });
    delete context;
    QTest::qWait(500);
    QVERIFY(!called);
}

void TestKeychainStore::noBackendIsUnavailable()
{
    if (m_expectBackend)
        QSKIP("this run has a Secret Service");
    auto w = await(this, [&](auto cb) { m_store.write(QStringLiteral("k"), QStringLiteral("v"), this, cb); });
    QVERIFY2(SecretStore::statusOf(w) == SecretStore::Status::Unavailable, qPrintable(SecretStore::messageOf(w)));
    QVERIFY(!SecretStore::messageOf(w).isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
