// The window and Docker's credential store, driven by clicks against the Hub emulator and a scripted credential
// helper (tests/support/fake-docker-credential.sh as docker-credential-fakestore / -fakefail): "Sign Docker in with
// this token" in the shown-once dialog (and its question before replacing a password), the row this computer's
// Docker uses, Rotate… from the row menu (all steps, and a Docker step that fails and is retried), "Continue as U
// (from Docker)" in the sign-in dialog, and the offer to choose a credential store.
#include "WindowDriver.h"
#include "app/docker/DockerConfig.h"
#include "app/docker/StoredLogin.h"
#include "app/settings/AppSettings.h"
#include "app/tokens/TokenRotation.h"
#include "models/TokenTableModel.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/FakeHelpers.h"
#include "tests/support/ScriptedPrompter.h"
#include "ui/ActionsDelegate.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/MainWindow.h"
#include "ui/RotateDialog.h"
#include "ui/SignInDialog.h"
#include "ui/TokenCreatedDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

using GuiTestSupport::visibleTopLevel;

template <typename T> T *visibleAnywhere()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        if (auto *t = qobject_cast<T *>(top))
            return t;
        for (T *t : top->findChildren<T *>()) {
            if (t->isVisible())
                return t;
        }
    }
    return nullptr;
}

} // namespace

class TstDockerWindow : public QObject, private GuiTestSupport::WindowDriver {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signDockerInFromTheCreatedDialog();
    void replacingAPasswordAsksFirst();
    void noCredentialStoreOffersOne();
    void acceptingTheStoreOfferSignsDockerIn();
    void rotateFromTheRowMenu();
    void rotateRetriesTheFailedDockerStep();
    void continueWithDockersSignIn();

private:
    void writeConfig(const QByteArray &json);
    QString stored(const QString &key = DockerConfig::defaultRegistry());
    void store(const QString &key, const QString &user, const QString &secret);
    TokenCreatedDialog *generate(const QString &description);
    QJsonObject serverToken(const QString &uuid) const
    {
        for (const QJsonObject &o : m_app.emu->tokens(QStringLiteral("demo"))) {
            if (o.value(QLatin1String("uuid")).toString() == uuid)
                return o;
        }
        return {};
    }

    FakeHelpers m_fakes;
};

void TstDockerWindow::initTestCase()
{
    prepareTestCase();
    QVERIFY(m_fakes.install());
}

void TstDockerWindow::init()
{
    m_fakes.clearStore();
    m_fakes.clearLogs();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    const QString error = m_app.start(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    writeConfig(R"({"credsStore": "fakestore"})");
    m_window = m_app.makeWindow();
}

void TstDockerWindow::cleanup()
{
    closeWindow();
}

void TstDockerWindow::writeConfig(const QByteArray &json)
{
    QFile file(m_app.docker->configPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
}

QString TstDockerWindow::stored(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("docker-credential-fakestore"), {QStringLiteral("get")});
    if (!p.waitForStarted(5000))
        return {};
    p.write(key.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QLatin1String("Secret")).toString();
}

void TstDockerWindow::store(const QString &key, const QString &user, const QString &secret)
{
    QProcess p;
    p.start(QStringLiteral("docker-credential-fakestore"), {QStringLiteral("store")});
    QVERIFY(p.waitForStarted(5000));
    const QJsonObject o{
        {QStringLiteral("ServerURL"), key}, {QStringLiteral("Username"), user}, {QStringLiteral("Secret"), secret}};
    p.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
}

TokenCreatedDialog *TstDockerWindow::generate(const QString &description)
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    GenerateTokenDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<GenerateTokenDialog *>()) && dialog->isVisible(); },
                         5000))
        return nullptr;
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    if (!edit)
        return nullptr;
    QTest::keyClicks(edit, description);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")), Qt::LeftButton);
    TokenCreatedDialog *created = nullptr;
    (void)QTest::qWaitFor([&] { return (created = visibleAnywhere<TokenCreatedDialog>()) != nullptr; }, 10'000);
    return created;
}

void TstDockerWindow::signDockerInFromTheCreatedDialog()
{
    signIn();
    TokenCreatedDialog *created = generate(QStringLiteral("docker on this laptop"));
    QVERIFY(created);
    const QString secret = created->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    QVERIFY(secret.startsWith(QLatin1String("dckr_pat_")));
    auto *button = created->findChild<QPushButton *>(QStringLiteral("dockerLoginButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *status = created->findChild<QLabel *>(QStringLiteral("dockerLoginStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains(QLatin1String("Docker is signed in")),
                             10'000);
    QCOMPARE(stored(), secret);
    QVERIFY(!button->isEnabled());
    QVERIFY(m_app.prompter->questions.isEmpty()); // nothing was there: nothing asked
    QVERIFY(!m_fakes.runLogs().contains(secret.toUtf8()));

    // The table marks the row Docker uses.
    const QModelIndex cell = indexOf(QStringLiteral("docker on this laptop"));
    QVERIFY(cell.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(cell.data(TokenTableModel::DockerLoginRole).toBool(), 10'000);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("Used by this computer's Docker CLI")));
    QVERIFY(!cell.data(Qt::DecorationRole).isNull());
    QVERIFY(!indexOf(QStringLiteral("Jenkins nightly")).data(TokenTableModel::DockerLoginRole).toBool());

    // Closing asks nothing: the token is in Docker's store.
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!visibleAnywhere<TokenCreatedDialog>());
    QVERIFY(m_app.prompter->questions.isEmpty());
}

void TstDockerWindow::replacingAPasswordAsksFirst()
{
    store(DockerConfig::defaultRegistry(), QStringLiteral("demo"), QStringLiteral("my-old-password"));
    signIn();
    TokenCreatedDialog *created = generate(QStringLiteral("replace the password"));
    QVERIFY(created);
    const QString secret = created->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    auto *button = created->findChild<QPushButton *>(QStringLiteral("dockerLoginButton"));
    auto *status = created->findChild<QLabel *>(QStringLiteral("dockerLoginStatus"));
    m_app.prompter->answers = {Prompter::Answer::Reject};
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 10'000);
    QCOMPARE(m_app.prompter->questions.size(), 1);
    QVERIFY2(m_app.prompter->questions.first().text.contains(QLatin1String("with a password")),
             qPrintable(m_app.prompter->questions.first().text));
    QCOMPARE(stored(), QStringLiteral("my-old-password"));
    QVERIFY(button->isEnabled());

    m_app.prompter->answers = {Prompter::Answer::Accept};
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Docker is signed in")), 10'000);
    QCOMPARE(stored(), secret);
}

void TstDockerWindow::noCredentialStoreOffersOne()
{
    writeConfig(R"({"auths": {}})");
    signIn();
    TokenCreatedDialog *created = generate(QStringLiteral("no store yet"));
    QVERIFY(created);
    auto *status = created->findChild<QLabel *>(QStringLiteral("dockerLoginStatus"));
    m_app.prompter->fallback = Prompter::Answer::Reject;
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("dockerLoginButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 10'000);
    // Offered only when secretservice or pass is installed here; either way nothing went into config.json.
    if (m_app.prompter->questions.isEmpty())
        QVERIFY2(status->text().contains(QLatin1String("Choose a credential store")), qPrintable(status->text()));
    else
        QVERIFY(m_app.prompter->questions.first().title.contains(QLatin1String("credential store")));
    QFile config(m_app.docker->configPath());
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray text = config.readAll();
    QVERIFY(!text.contains("credsStore"));
    QVERIFY(!text.contains("dckr_pat_"));
}

void TstDockerWindow::acceptingTheStoreOfferSignsDockerIn()
{
    // secretservice, as far as this test's PATH says: the scripted store under that name.
    const QString link = m_fakes.binDir() + QStringLiteral("/docker-credential-secretservice");
    QVERIFY(QFile::link(QStringLiteral(FAKE_HELPER_SCRIPT), link));
    const auto unlink = qScopeGuard([&] { QFile::remove(link); });
    QCOMPARE(DockerCredentials::installedStores().value(0), QStringLiteral("secretservice"));
    writeConfig(R"({"auths": {}, "currentContext": "desktop-linux", "proxies": {"default": {"noProxy": "*.local"}}})");
    signIn();
    TokenCreatedDialog *created = generate(QStringLiteral("store offered and taken"));
    QVERIFY(created);
    const QString secret = created->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    auto *status = created->findChild<QLabel *>(QStringLiteral("dockerLoginStatus"));
    m_app.prompter->answers = {Prompter::Answer::Accept};
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("dockerLoginButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains(QLatin1String("Docker is signed in")),
                             10'000);
    QVERIFY2(status->text().contains(QLatin1String("docker-credential-secretservice")), qPrintable(status->text()));
    QCOMPARE(m_app.prompter->questions.size(), 1); // the offer; nothing was there to replace
    QVERIFY(m_app.prompter->questions.first().title.contains(QLatin1String("credential store")));
    QVERIFY(m_app.prompter->questions.first().acceptLabel.contains(QLatin1String("secretservice")));

    // Docker's setting changed, every other key kept, and the secret went to the store, not the file.
    QFile config(m_app.docker->configPath());
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray text = config.readAll();
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    QCOMPARE(o.value(QLatin1String("credsStore")).toString(), QStringLiteral("secretservice"));
    QCOMPARE(o.value(QLatin1String("currentContext")).toString(), QStringLiteral("desktop-linux"));
    QCOMPARE(o.value(QLatin1String("proxies"))
                 .toObject()
                 .value(QLatin1String("default"))
                 .toObject()
                 .value(QLatin1String("noProxy"))
                 .toString(),
             QStringLiteral("*.local"));
    QVERIFY(o.contains(QLatin1String("auths")));
    QVERIFY(!text.contains(secret.toUtf8()));
    QCOMPARE(stored(), secret);
    QVERIFY(!m_fakes.runLogs().contains(secret.toUtf8()));
}

void TstDockerWindow::rotateFromTheRowMenu()
{
    signIn();
    const QModelIndex jenkins = indexOf(QStringLiteral("Jenkins nightly"));
    QVERIFY(jenkins.isValid());
    const QString oldUuid = jenkins.data(TokenTableModel::UuidRole).toString();
    // Docker uses the old token (as if this app had put it there).
    const QString oldSecret = QStringLiteral("dckr_pat_jenkinsOldSecretForDocker12");
    store(DockerConfig::defaultRegistry(), QStringLiteral("demo"), oldSecret);
    m_app.settings->rememberDockerToken(StoredLogin::fingerprintOf(oldSecret), oldUuid);
    QTRY_VERIFY_WITH_TIMEOUT(indexOf(QStringLiteral("Jenkins nightly")).data(TokenTableModel::DockerLoginRole).toBool(),
                             10'000);

    QTableView *table = m_window->tableView();
    const QModelIndex actions = indexOf(QStringLiteral("Jenkins nightly"), TokenTableModel::Actions);
    table->scrollTo(actions);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      ActionsDelegate::buttonRect(table->visualRect(actions)).center());
    QTRY_VERIFY(m_window->rowMenu() && m_window->rowMenu()->isVisible());
    QMenu *menu = m_window->rowMenu();
    QAction *rotate = menu->findChild<QAction *>(QStringLiteral("actionRotate"));
    QVERIFY(rotate && rotate->isEnabled());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(rotate).center());

    RotateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<RotateDialog *>()) && dialog->isVisible());
    auto *docker = dialog->findChild<QCheckBox *>(QStringLiteral("dockerCheck"));
    QVERIFY(docker->isChecked());
    QVERIFY(!docker->isEnabled()); // Docker uses the old one: it follows
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rotateButton")), Qt::LeftButton);

    TokenCreatedDialog *created = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((created = dialog->findChild<TokenCreatedDialog *>()) && created->isVisible(), 10'000);
    const QString newSecret = created->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text();
    QVERIFY(newSecret.startsWith(QLatin1String("dckr_pat_")));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("rotateSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("was rotated")), 10'000);
    QVERIFY(summary->text().contains(QLatin1String("Docker uses the new token")));
    QCOMPARE(dialog->rotation()->state(TokenRotation::Step::Deactivate), TokenRotation::State::Done);
    QCOMPARE(dialog->rotation()->state(TokenRotation::Step::Delete), TokenRotation::State::Skipped);
    QCOMPARE(stored(), newSecret);
    const QString newUuid = dialog->rotation()->newToken()->uuid;
    QVERIFY(!serverToken(oldUuid).value(QLatin1String("is_active")).toBool(true));
    QTRY_COMPARE(m_window->tokenModel()->dockerToken(), newUuid);
    QVERIFY(!m_fakes.runLogs().contains(newSecret.toUtf8()));

    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!created->isVisible());
}

void TstDockerWindow::rotateRetriesTheFailedDockerStep()
{
    signIn();
    writeConfig(R"({"credsStore": "fakefail"})");
    const QModelIndex jenkins = indexOf(QStringLiteral("Jenkins nightly"));
    const AccessToken old = jenkins.data(TokenTableModel::TokenRole).value<AccessToken>();
    auto *dialog = new RotateDialog(m_app.core, m_app.docker, old, false, QStringLiteral("demo"), m_app.clipboard.get(),
                                    m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rotateButton")), Qt::LeftButton);
    auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10'000);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("rotateSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("The new token exists, but Docker")), qPrintable(summary->text()));
    QCOMPARE(dialog->rotation()->state(TokenRotation::Step::Docker), TokenRotation::State::Failed);
    QVERIFY(serverToken(old.uuid).value(QLatin1String("is_active")).toBool());
    auto *dockerStep = dialog->findChild<QLabel *>(QStringLiteral("step1"));
    QVERIFY2(dockerStep->text().contains(QLatin1String("failed")), qPrintable(dockerStep->text()));

    writeConfig(R"({"credsStore": "fakestore"})");
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("was rotated")), 10'000);
    QCOMPARE(dialog->rotation()->state(TokenRotation::Step::Docker), TokenRotation::State::Skipped);
    QVERIFY(!serverToken(old.uuid).value(QLatin1String("is_active")).toBool(true));
    QVERIFY(!retry->isVisible());
}

void TstDockerWindow::continueWithDockersSignIn()
{
    const QString jwt = m_app.emu->mintDockerSession(QStringLiteral("demo"), 3600, false);
    QVERIFY(!jwt.isEmpty());
    store(DockerConfig::sessionKey(), QStringLiteral("demo"), jwt);
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    QTRY_VERIFY(m_window->signInDialog() && m_window->signInDialog()->isVisible());
    SignInDialog *dialog = m_window->signInDialog();
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("continueDockerButton"));
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 10'000);
    QCOMPARE(button->text(), QStringLiteral("Continue as demo (from Docker)"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dockerHelp"))->text().contains(QLatin1String("SSO")));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(m_window->tokenModel()->rowCount() > 0);
    QVERIFY(m_app.account->usesDockerSession());
    QVERIFY(m_app.settings->usesDockerSession(m_app.client->baseUrl()));
    m_app.settings->sync();
    QFile ini(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(jwt.toUtf8())); // only the choice
}

QTEST_MAIN(TstDockerWindow)
#include "tst_docker_window.moc"
