// The main window says what is true and acts only on what the person chose (issue 12, findings 1, 2, 5 and 6),
// against the in-process Hub emulator, driven by clicks and keys.
#include "WindowDriver.h"
#include "app/hub/HubClient.h"
#include "app/hub/TokenRequest.h"
#include "app/settings/LanguageManager.h"
#include "app/tokens/TokenCore.h"
#include "models/TokenTableModel.h"
#include "ui/AboutDialog.h"
#include "ui/AppMenus.h"
#include "ui/BannerController.h"
#include "ui/ErrorBanner.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/SignInDialog.h"
#include "ui/TokenCreatedDialog.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TstTruthfulWindow : public QObject, private GuiTestSupport::WindowDriver {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void activationBannerGoesWhenTheRetrySucceeds();
    void rateLimitCountdownKeepsCounting();
    void lostSecretBannerGoesWhenTheTokenIsDealtWith();
    void countsSayLoadingUntilThereAreCounts();
    void firstPageShowsWhileTheRestLoads();
    void failedFirstListSaysHowManyAreShown();
    void nothingSelectedAfterGenerate();
    void nothingSelectedAfterDelete();
    void quitClearsTheClipboard();
    void aboutSaysWhatAndWhere();

private:
    int selectedCount() const { return int(m_window->tableView()->selectionModel()->selectedRows().size()); }
};

void TstTruthfulWindow::initTestCase()
{
    prepareTestCase();
}

void TstTruthfulWindow::init()
{
    openWindow();
}

void TstTruthfulWindow::cleanup()
{
    closeWindow();
    QGuiApplication::clipboard()->clear();
}

// ---- Finding 1: a banner about an operation goes when that operation, or a newer one on the token, succeeds -------

void TstTruthfulWindow::activationBannerGoesWhenTheRetrySucceeds()
{
    signIn();
    const QString label = QStringLiteral("Renovate bot");
    const QString uuid = indexOf(label).data(TokenTableModel::UuidRole).toString();
    QSignalSpy toggled(m_window.get(), &MainWindow::toggleFinished);
    m_app.emu->failToken(uuid, 500);
    clickSwitch(label);
    QTRY_COMPARE(toggled.size(), 1);
    QVERIFY(!toggled.last().at(1).toBool());
    ErrorBanner *banner = m_window->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Couldn't deactivate “Renovate bot”"));
    QCOMPARE(m_window->notices()->about(), BannerController::About::Activation);

    // Another token's change says nothing about this one: the banner stays.
    clickSwitch(QStringLiteral("Jenkins nightly"));
    QTRY_COMPARE(toggled.size(), 2);
    QVERIFY(toggled.last().at(1).toBool());
    QVERIFY(banner->isVisible());

    // The retry on the same token goes through: the banner goes with it.
    m_app.emu->failToken(uuid, 0);
    clickSwitch(label);
    QTRY_COMPARE(toggled.size(), 3);
    QVERIFY(toggled.last().at(1).toBool());
    QCOMPARE(indexOf(label, TokenTableModel::Status).data().toString(), QStringLiteral("Inactive"));
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_window->notices()->about(), BannerController::About::Nothing);
}

void TstTruthfulWindow::rateLimitCountdownKeepsCounting()
{
    signIn();
    const QString label = QStringLiteral("Buildkite agents");
    QVERIFY(indexOf(label).isValid());
    // The app would wait for the budget (pacing); here the call goes out and meets the 429, as in the report.
    m_app.client->setPacingEnabled(false);
    m_app.emu->waitForRateWindow(); // the spent call and the click must fall in the same minute
    m_app.emu->setRateLimit(1);
    { // this minute's one call, used up
        TokenRequest *spend = m_app.client->getToken(indexOf(label).data(TokenTableModel::UuidRole).toString());
        QSignalSpy done(spend, &TokenRequest::finished);
        QVERIFY(done.wait(5000));
    }
    QSignalSpy toggled(m_window.get(), &MainWindow::toggleFinished);
    clickSwitch(label);
    QTRY_COMPARE(toggled.size(), 1);
    QVERIFY(!toggled.last().at(1).toBool());
    ErrorBanner *banner = m_window->banner();
    QVERIFY(banner->isVisible());
    const QString first = banner->message();
    QVERIFY2(first.contains(QStringLiteral("Try again at")), qPrintable(first));
    QVERIFY(m_window->notices()->isCounting());
    // It keeps counting.
    QTRY_VERIFY_WITH_TIMEOUT(banner->message() != first, 2500);
    QVERIFY(banner->isVisible());

    // The retry succeeds: the banner and its countdown go.
    m_app.emu->setRateLimit(0);
    clickSwitch(label);
    QTRY_COMPARE(toggled.size(), 2);
    QVERIFY(toggled.last().at(1).toBool());
    QVERIFY(!banner->isVisible());
    QVERIFY(!m_window->notices()->isCounting());
}

// "Delete it, or deactivate it": done some other way (the switch, the row's menu), the banner goes too.
void TstTruthfulWindow::lostSecretBannerGoesWhenTheTokenIsDealtWith()
{
    signIn();
    const QString label = QStringLiteral("Jenkins nightly");
    const AccessToken token = indexOf(label).data(TokenTableModel::TokenRole).value<AccessToken>();
    QVERIFY(token.active);
    Q_EMIT m_app.core->secretLost(token); // as after a Generate cancelled mid-flight
    ErrorBanner *banner = m_window->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(m_window->notices()->about(), BannerController::About::LostSecret);

    QSignalSpy toggled(m_window.get(), &MainWindow::toggleFinished);
    clickSwitch(QStringLiteral("Renovate bot")); // another token: it stays
    QTRY_COMPARE(toggled.size(), 1);
    QVERIFY(banner->isVisible());
    clickSwitch(label); // deactivated by its switch
    QTRY_COMPARE(toggled.size(), 2);
    QVERIFY(toggled.last().at(1).toBool());
    QVERIFY(!banner->isVisible());

    // Deleted (here by the Delete key): gone as well.
    Q_EMIT m_app.core->secretLost(token);
    QVERIFY(banner->isVisible());
    clickRow(label);
    m_app.prompter->answers = {Prompter::Answer::Accept};
    QSignalSpy deleted(m_window.get(), &MainWindow::deletionFinished);
    QTest::keyClick(m_window->tableView(), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 10'000);
    QVERIFY(!banner->isVisible());
}

// Finding 5: while loading, the counts read "Loading…", not "0 active · 0 inactive".
void TstTruthfulWindow::countsSayLoadingUntilThereAreCounts()
{
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("counts"));
    QVERIFY(counts);
    QVERIFY(!counts->text().contains(QStringLiteral("active"))); // not signed in: no counts at all
    m_app.emu->setLatency(400);
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    QTRY_VERIFY(m_window->signInDialog() && m_window->signInDialog()->isVisible());
    submitSignIn(m_window->signInDialog());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLoading(), 5000);
    QCOMPARE(counts->text(), QStringLiteral("Loading…"));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    m_app.emu->setLatency(0);
    const TokenTableModel *model = m_window->tokenModel();
    QVERIFY(model->rowCount() > 0);
    QVERIFY2(counts->text().startsWith(QStringLiteral("%1 active").arg(model->activeCount())),
             qPrintable(counts->text()));

    // Signed out: the counts go, rather than reading zero.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QVERIFY(!counts->text().contains(QStringLiteral("0 active")));
}

// ---- Issue 8: "show page 1 as soon as it arrives" ----------------------------------------------------------------

namespace {
// What the window showed when the first rows arrived (read at that moment, after the window's own handlers).
struct FirstRows {
    int rows = -1;
    bool loading = false;
    QString counts, label, page;
};
} // namespace

void TstTruthfulWindow::firstPageShowsWhileTheRestLoads()
{
    m_app.emu->seedBulk(QStringLiteral("demo"), 250);
    const int total = int(m_app.emu->tokens(QStringLiteral("demo")).size());
    QVERIFY(total > 2 * HubClient::ListPageSize);
    m_app.client->setMaxConcurrentPages(1); // page after page, so page 1 is surely alone at first
    m_app.emu->setLatency(300);
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("counts"));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("loadingLabel"));
    QVERIFY(counts && label);
    FirstRows first; // read when page 1 has been shown and counted (its rows, then its progress)
    connect(m_app.core, &TokenCore::listProgress, this, [&] {
        if (first.rows >= 0 || m_window->tokenModel()->rowCount() == 0)
            return;
        first = {m_window->tableView()->model()->rowCount(), m_window->isLoading(), counts->text(), label->text(),
                 m_window->currentStateName()};
    });
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    QTRY_VERIFY(m_window->signInDialog() && m_window->signInDialog()->isVisible());
    submitSignIn(m_window->signInDialog());
    QTRY_VERIFY_WITH_TIMEOUT(first.rows >= 0, 10'000);
    QCOMPARE(first.rows, HubClient::ListPageSize); // page 1, on screen before the rest
    QVERIFY(first.loading);
    QCOMPARE(first.page, QStringLiteral("table"));
    QCOMPARE(first.counts, QStringLiteral("Loading…")); // not the counts of one page
    QCOMPARE(first.label, QStringLiteral("Loading tokens… %1 of %2").arg(HubClient::ListPageSize).arg(total));
    QVERIFY(loaded.isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15'000);
    QVERIFY(loaded.first().first().toBool());
    m_app.emu->setLatency(0);
    QCOMPARE(m_window->tableView()->model()->rowCount(), total);
    QVERIFY2(counts->text().startsWith(QStringLiteral("%1 active").arg(m_window->tokenModel()->activeCount())),
             qPrintable(counts->text()));
    QVERIFY(label->text().isEmpty());
}

void TstTruthfulWindow::failedFirstListSaysHowManyAreShown()
{
    m_app.emu->seedBulk(QStringLiteral("demo"), 250);
    const int total = int(m_app.emu->tokens(QStringLiteral("demo")).size());
    m_app.client->setMaxConcurrentPages(1);
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("counts"));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("loadingLabel"));
    QVERIFY(counts && label);
    bool armed = false;
    connect(m_app.core, &TokenCore::tokensReset, this, [&] {
        if (!armed && m_window->tokenModel()->rowCount() > 0) {
            armed = true;
            m_app.emu->failNext(1, 500); // page 2 (asked for after page 1 is read)
        }
    });
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    QTRY_VERIFY(m_window->signInDialog() && m_window->signInDialog()->isVisible());
    submitSignIn(m_window->signInDialog());
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(!loaded.first().first().toBool());
    // The rows of page 1 stay, and the window says they are not all.
    QCOMPARE(m_window->tableView()->model()->rowCount(), HubClient::ListPageSize);
    QCOMPARE(label->text(),
             QStringLiteral("Showing %1 of %2 tokens: the rest could not be loaded")
                 .arg(HubClient::ListPageSize)
                 .arg(total));
    QVERIFY2(counts->text().isEmpty(), qPrintable(counts->text())); // neither counts of a part nor "Loading…"
    ErrorBanner *banner = m_window->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(m_window->currentStateName(), QStringLiteral("table"));

    QTest::mouseClick(banner->actionButton(), Qt::LeftButton); // Retry
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10'000);
    QVERIFY(loaded.last().first().toBool());
    QCOMPARE(m_window->tableView()->model()->rowCount(), total);
    QVERIFY(!banner->isVisible());
    QVERIFY(label->text().isEmpty());
    QVERIFY2(counts->text().startsWith(QStringLiteral("%1 active").arg(m_window->tokenModel()->activeCount())),
             qPrintable(counts->text()));
}

// ---- Finding 2: after Generate or Delete nothing is selected; Delete acts only on rows chosen since ----------------

void TstTruthfulWindow::nothingSelectedAfterGenerate()
{
    signIn();
    QTableView *table = m_window->tableView();
    clickRow(QStringLiteral("Jenkins nightly")); // chosen before the list changed
    QCOMPARE(selectedCount(), 1);

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    GenerateTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<GenerateTokenDialog *>()) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit")), QStringLiteral("Fresh one"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")), Qt::LeftButton);
    TokenCreatedDialog *created = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((created = m_window->findChild<TokenCreatedDialog *>()) && created->isVisible(), 10'000);
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    QTest::mouseClick(created->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<TokenCreatedDialog *>()
                || !m_window->findChild<TokenCreatedDialog *>()->isVisible());
    QTRY_VERIFY(indexOf(QStringLiteral("Fresh one")).isValid());

    QCOMPARE(selectedCount(), 0);
    QVERIFY(!table->currentIndex().isValid());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("deleteSelectedButton"))->isVisible());
    // The Delete key aims at nothing.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(m_app.prompter->questions.isEmpty());
}

void TstTruthfulWindow::nothingSelectedAfterDelete()
{
    signIn();
    QTableView *table = m_window->tableView();
    const QString label = QStringLiteral("temp debugging");
    clickRow(label);
    QCOMPARE(selectedCount(), 1);
    QSignalSpy deleted(m_window.get(), &MainWindow::deletionFinished);
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);
    m_app.prompter->answers = {Prompter::Answer::Accept};
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_app.prompter->questions.size(), 1);
    QVERIFY(m_app.prompter->questions.first().text.contains(label));
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    QVERIFY(!indexOf(label).isValid());

    // Qt would have moved the selection to the next row: nothing is selected or current.
    QCOMPARE(selectedCount(), 0);
    QVERIFY(!table->currentIndex().isValid());
    auto *deleteSelected = m_window->findChild<QPushButton *>(QStringLiteral("deleteSelectedButton"));
    QVERIFY(!deleteSelected->isVisible());
    m_app.prompter->fallback = Prompter::Answer::Reject;
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_app.prompter->questions.size(), 1); // not asked about a row nobody chose

    // A row chosen now is what Delete asks about.
    const QString next = QStringLiteral("Jenkins nightly");
    clickRow(next);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_app.prompter->questions.size(), 2);
    QVERIFY(m_app.prompter->questions.last().text.contains(next));
}

// ---- Finding 6: Quit and About ----------------------------------------------------------------------------------

void TstTruthfulWindow::quitClearsTheClipboard()
{
    signIn();
    const QString secret = QStringLiteral("dckr_pat_onTheClipboardAtQuit000000");
    m_app.clipboard->copySecret(secret);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    auto *fileMenu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QVERIFY(fileMenu->actions().contains(m_window->menus()->quitAction()));

    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(quit.size(), 1);
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_app.clipboard->isHoldingSecret());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // "Never clear" is honoured on the way out too.
    m_app.clipboard->setClearDelay(0);
    m_app.clipboard->copySecret(secret);
    m_window->quit();
    QCOMPARE(quit.size(), 2);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
}

void TstTruthfulWindow::aboutSaysWhatAndWhere()
{
    signIn();
    auto *helpMenu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(helpMenu);
    QVERIFY(helpMenu->actions().contains(m_window->menus()->aboutAction()));
    m_window->menus()->aboutAction()->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()) && about->isVisible());
    QCOMPARE(about->versionText(), QStringLiteral("Version %1").arg(QStringLiteral(HUBTOKENS_VERSION)));
    QVERIFY2(about->qtText().contains(QString::fromLatin1(qVersion())), qPrintable(about->qtText()));
    QVERIFY(about->licenceText().startsWith(QStringLiteral("Licence:")));
    QVERIFY(about->licenceText().contains(QStringLiteral("Apache License 2.0")));
    const QString url = m_app.emu->baseUrl().toDisplayString(QUrl::StripTrailingSlash);
    // A server on this computer that --demo did not start is not called a demo.
    QCOMPARE(about->serverText(), QStringLiteral("Server: %1 (local server)").arg(url));
    QVERIFY(about->storageText().contains(QStringLiteral("keychain")));
    QVERIFY(about->storageText().contains(QStringLiteral("only when “Stay signed in” is on")));
    QVERIFY(about->storageText().contains(m_app.settings->fileName()));
    QVERIFY(about->storageText().contains(QStringLiteral("Nothing else")));
    QVERIFY(about->storageText().contains(QStringLiteral("Docker's own credential store")));
    about->close();
    QTRY_VERIFY(!m_window->findChild<AboutDialog *>());

    m_window->setDemoMode(true);
    // The title names the account once; Qt adds " — Hub Tokens" itself (not "Hub Tokens — demo — Hub Tokens").
    QCOMPARE(m_window->windowTitle(), QStringLiteral("demo"));
    m_window->menus()->aboutAction()->trigger();
    QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()) && about->isVisible());
    QCOMPARE(about->serverText(), QStringLiteral("Server: %1 (demo)").arg(url));
    about->close();
}

QTEST_MAIN(TstTruthfulWindow)
#include "tst_truthfulwindow.moc"
