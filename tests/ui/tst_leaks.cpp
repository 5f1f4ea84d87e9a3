// Nothing secret leaks. One whole session — sign in with 2FA through the sign-in dialog (staying signed in), generate a
// token and copy it, sign out — with every logging category on and every message captured, and with the app's
// settings and state written into a private temporary home. Then none of the token's secret, the password and the
// session's JWT may appear in any captured message, in any file under that home, in any window title seen during
// the session, in the token model's data for any role, or in any widget left (the closed TokenCreatedDialog first).
#include "app/docker/DockerConfig.h"
#include "app/docker/DockerCredentials.h"
#include "app/hub/HubClient.h"
#include "app/services/CoreServices.h"
#include "app/session/Session.h"
#include "app/session/SessionKeeper.h"
#include "app/settings/AppSettings.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "app/tokens/TokenRotation.h"
#include "models/AccessToken.h"
#include "models/TokenTableModel.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/FakeHelpers.h"
#include "tests/support/MemorySecretStore.h"
#include "tests/support/ScriptedPrompter.h"
#include "ui/ClipboardGuard.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/MainWindow.h"
#include "ui/RotateDialog.h"
#include "ui/SignInDialog.h"
#include "ui/TokenCreatedDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDebug>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMetaProperty>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Everything logged while the test runs. Messages may come from Qt's network thread too.
QMutex g_lock;
QStringList g_messages;
int g_debugMessages = 0;
QtMessageHandler g_testHandler = nullptr;
QString g_home; // the private home (HOME, XDG_*, TMPDIR all point inside it)

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_lock);
        g_messages << QStringLiteral("[%1] %2 (%3:%4 %5)")
                          .arg(QString::fromLatin1(context.category ? context.category : "default"), message,
                               QString::fromLatin1(context.file ? context.file : ""))
                          .arg(context.line)
                          .arg(QString::fromLatin1(context.function ? context.function : ""));
        if (type == QtDebugMsg)
            ++g_debugMessages;
    }
    // Only warnings and worse reach the test log; the debug flood stays in memory.
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    if (g_testHandler) {
        g_testHandler(type, context, message);
    } else {
        const QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit();
        std::fprintf(stderr, "%s\n", line.constData());
    }
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

// A line in the test log (qInfo would only be captured, like every other message).
void report(const QString &text)
{
    if (g_testHandler)
        g_testHandler(QtInfoMsg, QMessageLogContext(), text);
}

// A secret never goes into a failure message whole.
QString masked(const QString &secret)
{
    return secret.left(4) + QStringLiteral("…(%1 chars)").arg(secret.size());
}

// The text a value holds, whatever its type, for searching.
QString variantText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.metaType() == QMetaType::fromType<AccessToken>()) {
        const AccessToken t = v.value<AccessToken>();
        return QStringList{t.uuid, t.label, t.generatedBy, t.creatorIp, t.creatorUserAgent, t.clientId}.join(u'\n');
    }
    if (v.metaType() == QMetaType::fromType<QStringList>())
        return v.toStringList().join(u'\n');
    if (v.canConvert<QString>())
        return v.toString();
    QString text;
    QDebug(&text) << v;
    return text;
}

} // namespace

class TestLeaks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeSessionLeaksNothing();
    void dockerPathsLeakNothing();

private:
    struct Secret {
        QString what;
        QString value;
    };
    QList<Secret> secrets() const;
    // Fails if `text` holds any secret; `where` says where it was found.
    bool clean(const QString &text, const QString &where);
    void scanObject(QObject *object, const QString &where);
    void scanModel(const QAbstractItemModel *model, const QString &where);
    void noteTitles();

    QString m_password;
    QString m_jwt;
    QString m_tokenSecret;
    QStringList m_more; // more secrets: a rotated token's, Docker's session
    QSet<QString> m_titles;
    QStringList m_findings;
};

void TestLeaks::initTestCase()
{
    QVERIFY(!g_home.isEmpty());
    QVERIFY(QStandardPaths::isTestModeEnabled());
    // Every category, every level; QT_LOGGING_RULES (set in main) says the same to any child process.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    g_testHandler = qInstallMessageHandler(capture);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(QStringLiteral("HubTokens"));
    QCoreApplication::setApplicationName(QStringLiteral("hubtokens"));
}

void TestLeaks::cleanupTestCase()
{
    qInstallMessageHandler(g_testHandler);
    QLoggingCategory::setFilterRules(QString());
}

QList<TestLeaks::Secret> TestLeaks::secrets() const
{
    QList<Secret> out;
    if (!m_password.isEmpty())
        out << Secret{QStringLiteral("the password"), m_password};
    if (!m_jwt.isEmpty()) {
        out << Secret{QStringLiteral("the JWT"), m_jwt};
        // Its signature alone is as good as a leak of the claims' integrity; the payload alone names the session.
        const QStringList parts = m_jwt.split(u'.');
        if (parts.size() == 3) {
            out << Secret{QStringLiteral("the JWT's signature"), parts.at(2)};
            out << Secret{QStringLiteral("the JWT's payload"), parts.at(1)};
        }
    }
    if (!m_tokenSecret.isEmpty())
        out << Secret{QStringLiteral("the token's secret"), m_tokenSecret};
    for (const QString &more : m_more)
        out << Secret{QStringLiteral("a Docker-path secret"), more};
    return out;
}

bool TestLeaks::clean(const QString &text, const QString &where)
{
    bool ok = true;
    for (const Secret &s : secrets()) {
        if (text.contains(s.value)) {
            m_findings << QStringLiteral("%1 (%2) in %3").arg(s.what, masked(s.value), where);
            ok = false;
        }
    }
    return ok;
}

void TestLeaks::scanObject(QObject *object, const QString &where)
{
    // Guarded: reading a property may make a widget rebuild its internals (a QLabel's text control and document),
    // deleting objects listed here.
    QList<QPointer<QObject>> objects{object};
    for (QObject *child : object->findChildren<QObject *>())
        objects += child;
    for (const QPointer<QObject> &guarded : std::as_const(objects)) {
        QObject *o = guarded.data();
        if (!o)
            continue;
        const QMetaObject *meta = o->metaObject();
        const QString name =
            QStringLiteral("%1 %2 \"%3\"").arg(where, QString::fromLatin1(meta->className()), o->objectName());
        for (int i = 0; i < meta->propertyCount() && guarded; ++i) {
            const QMetaProperty p = meta->property(i);
            if (p.isReadable())
                clean(variantText(p.read(o)), name + QLatin1Char('.') + QString::fromLatin1(p.name()));
        }
        if (!guarded)
            continue;
        const QList<QByteArray> dynamic = o->dynamicPropertyNames();
        for (const QByteArray &p : dynamic)
            clean(variantText(o->property(p.constData())), name + QLatin1Char('.') + QString::fromLatin1(p));
    }
}

void TestLeaks::scanModel(const QAbstractItemModel *model, const QString &where)
{
    QList<int> roles;
    for (int r = 0; r <= Qt::UserRole + 256; ++r)
        roles << r;
    const QList<int> named = model->roleNames().keys();
    roles += named;
    for (int c = 0; c < model->columnCount(); ++c) {
        for (int role : std::as_const(roles))
            clean(variantText(model->headerData(c, Qt::Horizontal, role)), where + QStringLiteral(" header"));
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(row, c);
            for (int role : std::as_const(roles))
                clean(variantText(index.data(role)),
                      QStringLiteral("%1 row %2 column %3 role %4").arg(where).arg(row).arg(c).arg(role));
        }
    }
}

void TestLeaks::noteTitles()
{
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (w->isVisible())
            m_titles.insert(w->windowTitle());
    }
}

void TestLeaks::wholeSessionLeaksNothing()
{
    m_password = QStringLiteral("Leak-Check-Pw-") + randomHex(12);
    const QString user = QStringLiteral("leakcheck");
    const QString totp = QStringLiteral("JBSWY3DPEHPK3PXP");

    HubEmulator emu;
    QString error;
    QVERIFY2(emu.listen(&error), qPrintable(error));
    emu.addAccount(user, m_password, totp);
    // The core as the window's main.cpp builds it: the user's settings, as the app has them (inside the private home:
    // test mode), and a (memory) keychain for "Stay signed in".
    MemorySecretStore store;
    CoreOptions options;
    options.secretStore = &store;
    options.docker = false;
    CoreServices services(std::move(options));
    HubClient &client = *services.client();
    QVERIFY(client.setBaseUrl(emu.baseUrl()).ok());
    client.setTransferTimeout(10'000);
    AppSettings &settings = *services.settings();
    Account &account = *services.account();
    TokenCore &core = *services.core();
    Session &session = *account.session();
    auto clipboard = std::make_unique<ClipboardGuard>();
    clipboard->setClearDelay(settings.clipboardClearDelay());
    SessionKeeper &keeper = *services.keeper();
    ScriptedPrompter prompter;
    prompter.fallback = Prompter::Answer::Accept;
    auto window = std::make_unique<MainWindow>(&core, &settings, clipboard.get());

    // Window titles can change at any moment: look often.
    QTimer titleWatch;
    connect(&titleWatch, &QTimer::timeout, this, &TestLeaks::noteTitles);
    titleWatch.start(5);

    // 1. Sign in with 2FA, staying signed in.
    QSignalSpy loaded(window.get(), &MainWindow::refreshFinished);
    window->start();
    QTRY_VERIFY(window->signInDialog() && window->signInDialog()->isVisible());
    QPointer<SignInDialog> signIn = window->signInDialog();
    auto *userEdit = signIn->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *passEdit = signIn->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *stay = signIn->findChild<QCheckBox *>(QStringLiteral("staySignedInBox"));
    QVERIFY(userEdit && passEdit && stay);
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(passEdit, m_password);
    QTest::mouseClick(stay, Qt::LeftButton, {}, QPoint(8, stay->height() / 2));
    QVERIFY(stay->isChecked());
    noteTitles();
    QTest::keyClick(passEdit, Qt::Key_Return);
    QLineEdit *code = nullptr;
    const auto edits = signIn->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits) {
        if (e->maxLength() == 6)
            code = e;
    }
    QVERIFY(code);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 10'000);
    QTest::keyClicks(code, HubEmulator::totpCode(totp, emu.nowSecs()));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(session.isActive());
    m_jwt = session.jwt();
    QVERIFY(m_jwt.count(u'.') == 2);
    QTRY_COMPARE(store.size(), 1); // the JWT is in the (memory) keychain, nowhere else
    noteTitles();

    // 2. Generate a token, copy it, close the dialog.
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    GenerateTokenDialog *generate = nullptr;
    QTRY_VERIFY((generate = window->findChild<GenerateTokenDialog *>()) && generate->isVisible());
    QTest::keyClicks(generate->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")), QStringLiteral("leak check"));
    noteTitles();
    QTest::mouseClick(generate->findChild<QPushButton *>(QStringLiteral("generateButton")), Qt::LeftButton);
    QPointer<TokenCreatedDialog> created;
    QTRY_VERIFY_WITH_TIMEOUT((created = window->findChild<TokenCreatedDialog *>()) && created->isVisible(), 10'000);
    noteTitles();
    m_tokenSecret = created->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    QVERIFY2(m_tokenSecret.size() >= 20, "the new token's secret is shown");
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_tokenSecret);
    QTest::qWait(50);
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    // Closed, and not deleted yet (WA_DeleteOnClose deletes it later): nothing of the secret may be left in it.
    QVERIFY(created);
    QVERIFY(!created->isVisible());
    scanObject(created, QStringLiteral("closed TokenCreatedDialog:"));
    QTRY_VERIFY(!created);
    QVERIFY(window->tokenModel()->rowCount() == 1);
    scanModel(window->tokenModel(), QStringLiteral("TokenTableModel"));
    scanModel(window->tableView()->model(), QStringLiteral("token proxy model"));
    scanObject(window.get(), QStringLiteral("main window (signed in):"));

    // 3. Sign out.
    QSignalSpy forgotten(&keeper, &SessionKeeper::forgotten);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QTRY_COMPARE(forgotten.size(), 1);
    QCOMPARE(store.size(), 0);
    QTRY_VERIFY(window->signInDialog() && window->signInDialog()->isVisible());
    noteTitles();
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops)
        scanObject(top, QStringLiteral("after sign-out:"));
    scanModel(window->tokenModel(), QStringLiteral("TokenTableModel after sign-out"));

    // Quit as the app does: the window saves its settings, the guard takes our secret off the clipboard.
    titleWatch.stop();
    window->close();
    window.reset();
    clipboard.reset();
    settings.sync();
    QVERIFY2(QGuiApplication::clipboard()->text() != m_tokenSecret, "the clipboard was cleared on quit");
    for (const QString &written : store.written())
        QCOMPARE(written, m_jwt); // the keychain got the JWT and nothing else

    // The checks. Window titles:
    for (const QString &title : std::as_const(m_titles))
        clean(title, QStringLiteral("a window title"));
    QVERIFY(m_titles.size() >= 3);
    // Every message:
    QStringList messages;
    int debugMessages = 0;
    {
        QMutexLocker locker(&g_lock);
        messages = g_messages;
        debugMessages = g_debugMessages;
    }
    report(QStringLiteral("captured %1 messages (%2 debug); saw %3 window titles")
               .arg(messages.size())
               .arg(debugMessages)
               .arg(m_titles.size()));
    QVERIFY2(debugMessages > 0, "debug logging was on");
    // Except the emulator's HTTP server (qt.httpserver): it stands in for Docker Hub, which receives the password
    // and the bearer by design, and is not part of the app (the app does not link QtHttpServer).
    int serverSide = 0;
    for (const QString &m : std::as_const(messages)) {
        if (m.startsWith(QLatin1String("[qt.httpserver"))) {
            ++serverSide;
            continue;
        }
        clean(m, QStringLiteral("a log message: ") + m.section(u' ', 0, 0));
    }
    report(QStringLiteral("%1 of them from the emulator's HTTP server (qt.httpserver), not the app: not checked")
               .arg(serverSide));
    // Every file under the private home (settings, caches, state, temporary files):
    int files = 0;
    bool settingsSeen = false;
    QDirIterator it(g_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++files;
        settingsSeen = settingsSeen || bytes.contains("lastUsername");
        const QString relative = path.mid(g_home.size());
        clean(QString::fromLatin1(bytes), QStringLiteral("file %1").arg(relative));
        clean(QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2),
              QStringLiteral("file %1 (UTF-16)").arg(relative));
    }
    report(QStringLiteral("scanned %1 files under the private home").arg(files));
    QVERIFY2(settingsSeen, "the app's settings were written under the private home");

    QVERIFY2(m_findings.isEmpty(), qPrintable(QStringLiteral("secrets leaked:\n  ") + m_findings.join(u"\n  ")));
}

// The Docker paths: a token put into Docker's store from the shown-once dialog, a rotation that replaces it there,
// and continuing with Docker's own session after signing out. The secrets may be in the helper's store and nowhere
// else: not in any helper's argv or environment (the scripted helper records them), log message, other file,
// window title or widget left.
void TestLeaks::dockerPathsLeakNothing()
{
    m_password = QStringLiteral("Leak-Docker-Pw-") + randomHex(12);
    m_jwt.clear();
    m_tokenSecret.clear();
    m_more.clear();
    m_findings.clear();
    {
        QMutexLocker locker(&g_lock);
        g_messages.clear();
    }
    FakeHelpers fakes;
    QVERIFY(fakes.install());
    const QString user = QStringLiteral("leakdocker");
    HubEmulator emu;
    QString error;
    QVERIFY2(emu.listen(&error), qPrintable(error));
    emu.addAccount(user, m_password);
    QTemporaryDir dockerDir;
    CoreOptions options;
    options.dockerConfigPath = dockerDir.filePath(QStringLiteral("config.json"));
    CoreServices services(std::move(options));
    HubClient &client = *services.client();
    QVERIFY(client.setBaseUrl(emu.baseUrl()).ok());
    client.setTransferTimeout(10'000);
    AppSettings &settings = *services.settings();
    DockerCredentials &docker = *services.docker();
    {
        QFile config(docker.configPath());
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"credsStore": "fakestore"})");
    }
    Account &account = *services.account();
    TokenCore &core = *services.core();
    auto clipboard = std::make_unique<ClipboardGuard>();
    ScriptedPrompter prompter;
    prompter.fallback = Prompter::Answer::Accept;
    auto window = std::make_unique<MainWindow>(&core, &settings, clipboard.get());

    // 1. Sign in with the password.
    QSignalSpy loaded(window.get(), &MainWindow::refreshFinished);
    window->start();
    QTRY_VERIFY(window->signInDialog() && window->signInDialog()->isVisible());
    auto *userEdit = window->signInDialog()->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    userEdit->clear();
    QTest::keyClicks(userEdit, user);
    auto *passEdit = window->signInDialog()->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(passEdit, m_password);
    QTest::keyClick(passEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    m_jwt = account.session()->jwt();

    // 2. Generate, and sign Docker in with it.
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    GenerateTokenDialog *generate = nullptr;
    QTRY_VERIFY((generate = window->findChild<GenerateTokenDialog *>()) && generate->isVisible());
    QTest::keyClicks(generate->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")),
                     QStringLiteral("docker leak"));
    QTest::mouseClick(generate->findChild<QPushButton *>(QStringLiteral("generateButton")), Qt::LeftButton);
    QPointer<TokenCreatedDialog> created;
    QTRY_VERIFY_WITH_TIMEOUT((created = window->findChild<TokenCreatedDialog *>()) && created->isVisible(), 10'000);
    m_tokenSecret = created->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("dockerLoginButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(docker.inspectNow().value.tokenUuid.size() > 0, 10'000);
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QVERIFY(created);
    scanObject(created, QStringLiteral("closed TokenCreatedDialog (Docker):"));
    QTRY_VERIFY(!created);

    // 3. Rotate it: Docker follows.
    const std::optional<AccessToken> old = core.token(docker.inspectNow().value.tokenUuid);
    QVERIFY(old);
    auto *rotate = new RotateDialog(&core, &docker, *old, true, user, clipboard.get(), window.get());
    rotate->open();
    QTest::mouseClick(rotate->findChild<QPushButton *>(QStringLiteral("rotateButton")), Qt::LeftButton);
    QPointer<TokenCreatedDialog> rotated;
    QTRY_VERIFY_WITH_TIMEOUT((rotated = rotate->findChild<TokenCreatedDialog *>()) && rotated->isVisible(), 10'000);
    m_more << rotated->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    QTRY_VERIFY_WITH_TIMEOUT(rotate->rotation()->isFinished(), 10'000);
    QTest::mouseClick(rotated->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    QTest::mouseClick(rotated->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!rotated);
    scanObject(rotate, QStringLiteral("RotateDialog after the rotation:"));
    delete rotate;

    // 4. Sign out, then continue with Docker's own session.
    const QString session = emu.mintDockerSession(user, 3600);
    m_more << session;
    {
        QProcess helper;
        helper.start(QStringLiteral("docker-credential-fakestore"), {QStringLiteral("store")});
        QVERIFY(helper.waitForStarted(5000));
        helper.write(QStringLiteral(R"({"ServerURL":"%1","Username":"%2","Secret":"%3"})")
                         .arg(DockerConfig::sessionKey(), user, session)
                         .toUtf8());
        helper.closeWriteChannel();
        QVERIFY(helper.waitForFinished(10000));
    }
    fakes.clearLogs(); // the test's own store call above carried the session on stdin only, but start clean
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QTRY_VERIFY(window->signInDialog() && window->signInDialog()->isVisible());
    auto *continueButton = window->signInDialog()->findChild<QPushButton *>(QStringLiteral("continueDockerButton"));
    QTRY_VERIFY_WITH_TIMEOUT(continueButton->isVisible(), 10'000);
    loaded.clear();
    QTest::mouseClick(continueButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(account.usesDockerSession());
    scanObject(window.get(), QStringLiteral("main window (Docker's session):"));
    scanModel(window->tokenModel(), QStringLiteral("TokenTableModel (Docker)"));

    window->close();
    window.reset();
    clipboard.reset();
    settings.sync();

    // The helpers' argv and environment, every message, every file but the helper's store.
    clean(QString::fromUtf8(fakes.runLogs()), QStringLiteral("a credential helper's argv or environment"));
    QVERIFY(fakes.runCount() > 0);
    QStringList messages;
    {
        QMutexLocker locker(&g_lock);
        messages = g_messages;
    }
    for (const QString &m : std::as_const(messages)) {
        if (!m.startsWith(QLatin1String("[qt.httpserver")))
            clean(m, QStringLiteral("a log message: ") + m.section(u' ', 0, 0));
    }
    int files = 0;
    QDirIterator it(g_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(fakes.storeDir()))
            continue; // the credential store itself: where the secrets belong
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        clean(QString::fromLatin1(file.readAll()), QStringLiteral("file %1").arg(path.mid(g_home.size())));
    }
    report(QStringLiteral("Docker paths: scanned %1 files and %2 messages").arg(files).arg(messages.size()));
    QVERIFY2(m_findings.isEmpty(), qPrintable(QStringLiteral("secrets leaked:\n  ") + m_findings.join(u"\n  ")));
}

int main(int argc, char *argv[])
{
    // A private home for whatever the app and Qt write, set before Qt reads the environment.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    g_home = home.path();
    const auto dir = [&](const char *name) {
        const QString path = home.filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        return path.toLocal8Bit();
    };
    qputenv("HOME", dir("home"));
    qputenv("XDG_CONFIG_HOME", dir("config"));
    qputenv("XDG_DATA_HOME", dir("data"));
    qputenv("XDG_CACHE_HOME", dir("cache"));
    qputenv("XDG_STATE_HOME", dir("state"));
    const QByteArray runtime = dir("runtime");
    QFile::setPermissions(QString::fromLocal8Bit(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime);
    qputenv("TMPDIR", dir("tmp"));
    qputenv("QT_LOGGING_RULES", "*.debug=true;*.info=true");
    QStandardPaths::setTestModeEnabled(true);
    qInstallMessageHandler(capture); // until QTest installs its own; initTestCase chains in front of that

    int status = 0;
    {
        QApplication app(argc, argv);
        TestLeaks test;
        status = QTest::qExec(&test, argc, argv);
    }
    // Qt still logs while the process exits, after the captured list is gone: from here on, drop everything.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return status;
}

#include "tst_leaks.moc"
