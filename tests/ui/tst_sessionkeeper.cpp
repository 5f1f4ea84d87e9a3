// "Stay signed in": SessionKeeper with an in-memory SecretStore, through the main window and the sign-in dialog
// against the in-process Hub emulator. The session's JWT — never the password — goes to the store; a kept session
// resumes at start without the sign-in dialog while it is good for more than a minute; expired, PAT and refused ones
// are removed; signing out removes it; without a keychain the dialog says so and nothing is kept anywhere.
#include "GuiTestSupport.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/session/Session.h"
#include "app/session/SessionKeeper.h"
#include "app/settings/AppSettings.h"
#include "models/TokenTableModel.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/MemorySecretStore.h"
#include "tests/support/ScriptedPrompter.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString DemoUser = QStringLiteral("demo");
const QString DemoPassword = QStringLiteral("demo");
const QString TfaUser = QStringLiteral("demo2fa");
const QString TotpSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
// An account whose password appears nowhere else, so a search for it means something.
const QString AnnUser = QStringLiteral("ann");
const QString AnnPassword = QStringLiteral("correct horse battery staple");

// An unsigned JWT with these claims (the app never checks signatures; the emulator refuses it with a 401).
QString makeJwt(const QJsonObject &claims)
{
    const auto b64 = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(b64(R"({"alg":"HS256","typ":"JWT"})") + '.'
                               + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' + b64("sig"));
}

QString jwtExpiringIn(qint64 secs, const QString &source = QStringLiteral("password"))
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return makeJwt({{"exp", double(now + secs)},
                    {"iat", double(now)},
                    {"https://hub.docker.com", QJsonObject{{"username", DemoUser}, {"source", source}}}});
}

} // namespace

class TestSessionKeeper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void resumable_data();
    void resumable();
    void noKeeperNoCheckbox();
    void staySignedInKeepsJwtNotPassword();
    void staySignedInWithTwoFactor();
    void restoreOnStart();
    void unusableKeptSessionIgnoredAndRemoved_data();
    void unusableKeptSessionIgnoredAndRemoved();
    void refusedKeptSessionAsksToSignIn();
    void untickedRemovesKeptSession();
    void signOutDeletes();
    void unavailableBackendSaysSo();

private:
    void makeWindow(bool withKeeper = true);
    SignInDialog *waitForSignIn();
    QCheckBox *stayBox(SignInDialog *dialog) const;
    // Types into the shown sign-in dialog, ticks "Stay signed in" if asked, and clicks Sign in.
    void submit(SignInDialog *dialog, const QString &user, const QString &password, bool stay);
    QString realJwt(const QString &user = DemoUser);
    QString key(const QString &user = DemoUser) const { return SecretStore::sessionKey(m_app.emu->baseUrl(), user); }
    // No file the app wrote holds `secret`.
    void verifyNotInFiles(const QString &secret);

    QTemporaryDir m_dir;
    GuiTestSupport::AppParts m_app;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<SessionKeeper> m_keeper;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void TestSessionKeeper::initTestCase()
{
    QVERIFY(m_dir.isValid());
    GuiTestSupport::quietOffscreenWarnings();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSessionKeeper::init()
{
    const QString error = m_app.start(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_run)));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_app.emu->addAccount(AnnUser, AnnPassword);
    m_store = std::make_unique<MemorySecretStore>();
    m_keeper = std::make_unique<SessionKeeper>(m_store.get(), m_app.settings);
}

void TestSessionKeeper::cleanup()
{
    m_window.reset();
    GuiTestSupport::deleteOpenDialogs();
    m_keeper.reset();
    m_store.reset();
    m_app.reset();
}

void TestSessionKeeper::makeWindow(bool withKeeper)
{
    m_window = m_app.makeWindow();
    if (withKeeper)
        m_window->setSessionKeeper(m_keeper.get());
}

SignInDialog *TestSessionKeeper::waitForSignIn()
{
    if (!QTest::qWaitFor([this] { return m_window->signInDialog() && m_window->signInDialog()->isVisible(); }, 5000))
        return nullptr;
    return m_window->signInDialog();
}

QCheckBox *TestSessionKeeper::stayBox(SignInDialog *dialog) const
{
    return dialog->findChild<QCheckBox *>(QStringLiteral("staySignedInBox"));
}

void TestSessionKeeper::submit(SignInDialog *dialog, const QString &user, const QString &password, bool stay)
{
    auto *userEdit = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *passEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(userEdit && passEdit);
    if (userEdit->text() != user) {
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
    }
    QTest::keyClicks(passEdit, password);
    QCheckBox *box = stayBox(dialog);
    QVERIFY(box);
    if (box->isChecked() != stay) {
        QVERIFY(box->isVisible() && box->isEnabled());
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    QCOMPARE(box->isChecked(), stay);
    QTest::keyClick(passEdit, Qt::Key_Return);
}

QString TestSessionKeeper::realJwt(const QString &user)
{
    HubClient client;
    if (!client.setBaseUrl(m_app.emu->baseUrl()).ok())
        return {};
    SignInRequest *request = client.signIn(user, DemoPassword);
    QString jwt;
    bool done = false;
    connect(request, &SignInRequest::finished, this, [&](const SignInResult &r) {
        jwt = r.value.jwt;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10'000))
        return {};
    return jwt;
}

void TestSessionKeeper::verifyNotInFiles(const QString &secret)
{
    QVERIFY(!secret.isEmpty());
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

// ---- tests -----------------------------------------------------------------------------------------------------

void TestSessionKeeper::resumable_data()
{
    QTest::addColumn<QString>("jwt");
    QTest::addColumn<bool>("resumable");
    QTest::newRow("an hour left") << jwtExpiringIn(3600) << true;
    QTest::newRow("two minutes left") << jwtExpiringIn(120) << true;
    QTest::newRow("30 s left") << jwtExpiringIn(30) << false;
    QTest::newRow("expired") << jwtExpiringIn(-10) << false;
    QTest::newRow("PAT session") << jwtExpiringIn(3600, QStringLiteral("docker_pat|0123")) << false;
    QTest::newRow("no exp") << makeJwt({{"sub", DemoUser}}) << false;
    QTest::newRow("not a JWT") << QStringLiteral("hunter2") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSessionKeeper::resumable()
{
    QFETCH(QString, jwt);
    QFETCH(bool, resumable);
    QCOMPARE(SessionKeeper::isResumable(jwt), resumable);
}

void TestSessionKeeper::noKeeperNoCheckbox()
{
    makeWindow(false);
    m_window->start();
    SignInDialog *dialog = waitForSignIn();
    QVERIFY(dialog);
    QVERIFY(stayBox(dialog));
    QVERIFY(!stayBox(dialog)->isVisible());
    QVERIFY(!dialog->staySignedIn());
}

void TestSessionKeeper::staySignedInKeepsJwtNotPassword()
{
    makeWindow();
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    QSignalSpy kept(m_keeper.get(), &SessionKeeper::kept);
    m_window->start();
    SignInDialog *dialog = waitForSignIn();
    QVERIFY(dialog);
    QVERIFY(stayBox(dialog)->isVisible());
    QVERIFY2(!stayBox(dialog)->isChecked(), "Stay signed in is off by default");
    submit(dialog, AnnUser, AnnPassword, true);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(loaded.first().first().toBool());
    QTRY_COMPARE(kept.size(), 1);
    QVERIFY(kept.first().first().toBool());

    QCOMPARE(m_store->keys(), QStringList{key(AnnUser)});
    QCOMPARE(m_store->secret(key(AnnUser)), m_app.session->jwt());
    QCOMPARE(m_store->written().size(), 1);
    for (const QString &value : m_store->written())
        QVERIFY2(!value.contains(AnnPassword), "the password was kept");
    QCOMPARE(m_app.settings->lastUsername(m_app.emu->baseUrl()), AnnUser);
    m_app.settings->sync();
    verifyNotInFiles(m_app.session->jwt());
    verifyNotInFiles(AnnPassword);
}

void TestSessionKeeper::staySignedInWithTwoFactor()
{
    // The box is on the first page; the choice still counts after the code page.
    makeWindow();
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    SignInDialog *dialog = waitForSignIn();
    QVERIFY(dialog);
    submit(dialog, TfaUser, DemoPassword, true);
    QLineEdit *code = nullptr; // the 6-digit field of the code page
    const auto edits = dialog->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits) {
        if (e->maxLength() == 6)
            code = e;
    }
    QVERIFY(code);
    QTRY_VERIFY(code->isVisible());
    QTest::keyClicks(code, HubEmulator::totpCode(TotpSecret, QDateTime::currentSecsSinceEpoch()));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QTRY_COMPARE(m_store->size(), 1);
    QCOMPARE(m_store->secret(key(TfaUser)), m_app.session->jwt());
    for (const QString &value : m_store->written())
        QVERIFY(value != DemoPassword);
}

void TestSessionKeeper::restoreOnStart()
{
    const QString jwt = realJwt();
    QVERIFY(!jwt.isEmpty());
    m_app.settings->setLastUsername(m_app.emu->baseUrl(), DemoUser);
    m_store->write(key(), jwt, this, [](const SecretStore::Result &) {});
    makeWindow();
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY2(loaded.first().first().toBool(), "the restored session loads the list");
    QVERIFY2(!m_window->signInDialog(), "no sign-in dialog for a kept session");
    QVERIFY(m_window->isVisible());
    QVERIFY(m_app.session->isActive());
    QCOMPARE(m_app.session->username(), DemoUser);
    QCOMPARE(m_app.session->jwt(), jwt);
    QVERIFY(m_window->tokenModel()->rowCount() > 0);
    QVERIFY(m_store->contains(key())); // still kept
    QVERIFY(m_keeper->isKept(m_app.emu->baseUrl(), DemoUser)); // a sign-in for it (on expiry) starts ticked

    m_window->signOut();
    SignInDialog *dialog = waitForSignIn();
    QVERIFY(dialog);
    QVERIFY2(!stayBox(dialog)->isChecked(), "signed out: nothing kept any more");
}

void TestSessionKeeper::unusableKeptSessionIgnoredAndRemoved_data()
{
    QTest::addColumn<QString>("jwt");
    QTest::newRow("expired") << jwtExpiringIn(-60);
    QTest::newRow("expires within a minute") << jwtExpiringIn(30);
    QTest::newRow("PAT session") << jwtExpiringIn(3600, QStringLiteral("docker_pat|0123"));
    QTest::newRow("garbage") << QStringLiteral("not a jwt");
}

void TestSessionKeeper::unusableKeptSessionIgnoredAndRemoved()
{
    QFETCH(QString, jwt);
    m_app.settings->setLastUsername(m_app.emu->baseUrl(), DemoUser);
    m_store->write(key(), jwt, this, [](const SecretStore::Result &) {});
    makeWindow();
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    const int requestsBefore = m_app.emu->requestCount();
    m_window->start();
    SignInDialog *dialog = waitForSignIn();
    QVERIFY2(dialog, "an unusable kept session asks to sign in");
    QTRY_VERIFY(!m_store->contains(key()));
    QCOMPARE(m_store->size(), 0);
    QVERIFY(!m_app.session->isActive());
    QCOMPARE(m_app.emu->requestCount(), requestsBefore); // never sent
    QVERIFY(loaded.isEmpty());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(), DemoUser);
}

void TestSessionKeeper::refusedKeptSessionAsksToSignIn()
{
    // Looks fine to the app (an hour left), but the server does not know it: the first list call gets a 401.
    m_app.settings->setLastUsername(m_app.emu->baseUrl(), DemoUser);
    m_store->write(key(), jwtExpiringIn(3600), this, [](const SecretStore::Result &) {});
    makeWindow();
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(!loaded.first().first().toBool());
    SignInDialog *dialog = waitForSignIn();
    QVERIFY2(dialog, "a 401 asks to sign in");
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(), DemoUser);
    QTRY_VERIFY2(!m_store->contains(key()), "a refused JWT is not kept");

    // Signing in carries on, and keeps the new session if asked.
    loaded.clear();
    submit(dialog, DemoUser, DemoPassword, true);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(loaded.last().first().toBool());
    QTRY_COMPARE(m_store->secret(key()), m_app.session->jwt());
}

void TestSessionKeeper::untickedRemovesKeptSession()
{
    makeWindow();
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    SignInDialog *dialog = waitForSignIn();
    QVERIFY(dialog);
    // Kept by an earlier run (which this run could not use, e.g. it was for another server state).
    m_store->write(key(), QStringLiteral("an old session"), this, [](const SecretStore::Result &) {});
    QTRY_VERIFY(m_store->contains(key()));
    submit(dialog, DemoUser, DemoPassword, false);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QTRY_VERIFY2(!m_store->contains(key()), "not staying signed in removes what was kept");
    QCOMPARE(m_store->written(), QStringList{QStringLiteral("an old session")});
}

void TestSessionKeeper::signOutDeletes()
{
    makeWindow();
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    SignInDialog *dialog = waitForSignIn();
    QVERIFY(dialog);
    submit(dialog, DemoUser, DemoPassword, true);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QTRY_COMPARE(m_store->size(), 1);

    QSignalSpy forgotten(m_keeper.get(), &SessionKeeper::forgotten);
    auto *signOut = m_window->findChild<QPushButton *>(QStringLiteral("signOutButton"));
    QVERIFY(signOut && signOut->isVisible());
    QTest::mouseClick(signOut, Qt::LeftButton);
    QTRY_COMPARE(forgotten.size(), 1);
    QVERIFY(forgotten.first().first().toBool());
    QCOMPARE(m_store->size(), 0);
    QVERIFY(!m_app.session->isActive());
    // The username stays (not secret), for the next sign-in.
    QCOMPARE(m_app.settings->lastUsername(m_app.emu->baseUrl()), DemoUser);
}

void TestSessionKeeper::unavailableBackendSaysSo()
{
    m_store->setAvailable(false);
    m_app.settings->setLastUsername(m_app.emu->baseUrl(), DemoUser);
    makeWindow();
    QSignalSpy availability(m_keeper.get(), &SessionKeeper::availabilityChanged);
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    SignInDialog *dialog = waitForSignIn();
    QVERIFY(dialog);
    QTRY_COMPARE(m_keeper->availability(), SessionKeeper::Availability::Unavailable);
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.first().first().toBool(), false);

    auto *note = dialog->findChild<QLabel *>(QStringLiteral("keychainNote"));
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(),
             QStringLiteral("Your session can't be remembered on this computer because no keychain is "
                            "available."));
    QVERIFY(!stayBox(dialog)->isEnabled());
    QVERIFY(!stayBox(dialog)->isChecked());

    // The app still works; nothing is kept, in the store or anywhere else.
    submit(dialog, DemoUser, DemoPassword, false);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(loaded.first().first().toBool());
    QTest::qWait(50);
    QCOMPARE(m_store->size(), 0);
    QVERIFY(m_store->written().isEmpty());
    m_app.settings->sync();
    verifyNotInFiles(m_app.session->jwt());

    // Even if something asks the keeper to keep it, it can't and says so.
    QSignalSpy kept(m_keeper.get(), &SessionKeeper::kept);
    m_keeper->signedIn(m_app.emu->baseUrl(), DemoUser, m_app.session->jwt(), true);
    QTRY_COMPARE(kept.size(), 1);
    QCOMPARE(kept.first().first().toBool(), false);
    QCOMPARE(m_store->size(), 0);
}

QTEST_MAIN(TestSessionKeeper)
#include "tst_sessionkeeper.moc"
