// The main window against the in-process Hub emulator, driven the way a person would: clicks, keys, typing.
#include "WindowDriver.h"
#include "app/hub/HubClient.h"
#include "app/hub/RetryPolicy.h"
#include "app/hub/TokenListJob.h"
#include "app/hub/TokenRequest.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/ScriptedPrompter.h"
#include "ui/ClipboardGuard.h"
#include "ui/EditTokenDialog.h"
#include "ui/ErrorBanner.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/TokenCreatedDialog.h"
#include "ui/TokenDetailsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString TotpSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
using GuiTestSupport::buttonNamed;
using GuiTestSupport::visibleNamed;
using GuiTestSupport::visibleTopLevel;
using GuiTestSupport::widgetNamed;
} // namespace

class TstMainWindow : public QObject, private GuiTestSupport::WindowDriver {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cancelFirstSignInQuits();
    void signInWithTwoFactor();
    void localServerIsNotCalledDemo();
    void tableShowsEveryToken();
    void searchFiltersAndCounts();
    void toggleBySwitchAndSpace();
    void refusedToggleReverts();
    void editFromRowMenu();
    void detailsAndCopyUuid();
    void singleDelete();
    void bulkDeleteWithOneFailure();
    void errorBannerKeepsDataAndRetryClearsIt();
    void transientFailureShowsRetryingNotAnError();
    void emptyStateAndGenerate();
    void sessionExpiredSignsInAndCarriesOn();
    void signOutClearsAndAsksToSignIn();

private:
    QString textAt(const QString &label, int column) const;
    QList<AccessToken> serverTokens();
    QStringList modelUuids() const;
};

void TstMainWindow::initTestCase()
{
    prepareTestCase();
}

void TstMainWindow::init()
{
    openWindow();
}

void TstMainWindow::cleanup()
{
    closeWindow();
}

// ---- helpers ----------------------------------------------------------------------------------------------------

QString TstMainWindow::textAt(const QString &label, int column) const
{
    return indexOf(label, column).data().toString();
}

QList<AccessToken> TstMainWindow::serverTokens()
{
    QList<AccessToken> out;
    TokenListJob *job = m_app.client->listAllTokens();
    bool done = false;
    connect(job, &TokenListJob::finished, this, [&](const ApiResult<TokenList> &r) {
        if (r.ok())
            out = r.value.tokens;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10'000); }();
    return out;
}

QStringList TstMainWindow::modelUuids() const
{
    QStringList out;
    for (const AccessToken &t : m_window->tokenModel()->tokens())
        out << t.uuid;
    out.sort();
    return out;
}

// ---- tests ------------------------------------------------------------------------------------------------------

void TstMainWindow::cancelFirstSignInQuits()
{
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    m_window->start();
    QTRY_VERIFY(m_window->signInDialog() && m_window->signInDialog()->isVisible());
    QVERIFY(!m_window->isVisible()); // the window shows after signing in
    QTest::mouseClick(buttonNamed(m_window->signInDialog(), QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_COMPARE(quit.size(), 1);
    QVERIFY(!m_window->isVisible());
}

// A server on this computer that --demo did not start is named for what it is, in the chip and the sign-in dialog;
// "Demo" is kept for --demo.
void TstMainWindow::localServerIsNotCalledDemo()
{
    m_window->start();
    QTRY_VERIFY(m_window->signInDialog() && m_window->signInDialog()->isVisible());
    const QString url = m_app.emu->baseUrl().toString();
    const QStringList dialogTexts = [this] {
        QStringList texts;
        for (const QLabel *label : m_window->signInDialog()->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }();
    QVERIFY2(
        std::any_of(dialogTexts.cbegin(), dialogTexts.cend(),
                    [&](const QString &t) { return t.contains(url) && t.contains(QStringLiteral("local server")); }),
        qPrintable(dialogTexts.join(QLatin1Char('|'))));
    QVERIFY(std::none_of(dialogTexts.cbegin(), dialogTexts.cend(),
                         [](const QString &t) { return t.contains(QStringLiteral("demo)")); }));
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    submitSignIn(m_window->signInDialog(), QStringLiteral("demo"), QStringLiteral("demo"));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    auto *chip = m_window->findChild<QLabel *>(QStringLiteral("serverChip"));
    QVERIFY(chip->isVisible());
    QCOMPARE(chip->text(),
             QStringLiteral("Local server %1").arg(m_app.emu->baseUrl().toDisplayString(QUrl::StripTrailingSlash)));
    // The title names the account once, and the app once (Qt adds the application's display name itself).
    QCOMPARE(m_window->windowTitle(), QStringLiteral("demo"));
}

void TstMainWindow::signInWithTwoFactor()
{
    m_window->setDemoMode(true); // the emulator with its demo accounts, as `hubtokens --demo` starts it
    QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
    m_window->start();
    QTRY_VERIFY(m_window->signInDialog() && m_window->signInDialog()->isVisible());
    submitSignIn(m_window->signInDialog(), QStringLiteral("demo2fa"), QStringLiteral("demo"));

    // The second step asks for the code.
    QLineEdit *code = nullptr;
    QTRY_VERIFY((code = visibleNamed<QLineEdit>(QStringLiteral("codeEdit"))));
    QTest::keyClicks(code, HubEmulator::totpCode(TotpSecret, QDateTime::currentSecsSinceEpoch()));
    QTest::mouseClick(visibleNamed<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(m_window->isVisible());
    QVERIFY(m_app.session->isActive());
    QCOMPARE(m_app.session->username(), QStringLiteral("demo2fa"));
    QCOMPARE(m_window->tokenModel()->rowCount(), m_app.emu->tokenCount(QStringLiteral("demo2fa")));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("accountLabel"))->text(),
             QStringLiteral("Signed in as demo2fa"));
    auto *chip = m_window->findChild<QLabel *>(QStringLiteral("serverChip"));
    QVERIFY(chip->isVisible());
    QVERIFY(chip->text().contains(m_app.emu->baseUrl().toString()));
    QVERIFY(chip->text().startsWith(QStringLiteral("Demo server")));
    QCOMPARE(m_app.settings->lastUsername(m_app.emu->baseUrl()), QStringLiteral("demo2fa"));
}

void TstMainWindow::tableShowsEveryToken()
{
    signIn(QStringLiteral("demo"));
    QCOMPARE(m_window->tableView()->model()->rowCount(), m_app.emu->tokenCount(QStringLiteral("demo")));
    QCOMPARE(m_window->currentStateName(), QStringLiteral("table"));

    // Default sort: newest first.
    QCOMPARE(m_window->tableView()->model()->index(0, 0).data().toString(), QStringLiteral("Created a minute ago"));
    QCOMPARE(m_window->tableView()->horizontalHeader()->sortIndicatorSection(), int(TokenTableModel::Created));

    const QString jenkins = QStringLiteral("Jenkins nightly");
    QCOMPARE(textAt(jenkins, TokenTableModel::Scope), QStringLiteral("Repo Read-only"));
    QCOMPARE(textAt(jenkins, TokenTableModel::Status), QStringLiteral("Active"));
    QCOMPARE(textAt(jenkins, TokenTableModel::Source), QStringLiteral("Manual"));
    QCOMPARE(textAt(jenkins, TokenTableModel::LastUsed), QStringLiteral("yesterday"));
    QCOMPARE(textAt(jenkins, TokenTableModel::Expires), QStringLiteral("Never"));
    QVERIFY(!indexOf(jenkins, TokenTableModel::LastUsed).data(Qt::ToolTipRole).toString().isEmpty());

    const QString desktop = QStringLiteral("Docker Desktop — MacBook-Pro.local");
    QCOMPARE(textAt(desktop, TokenTableModel::Source), QStringLiteral("Auto-generated"));
    QCOMPARE(textAt(desktop, TokenTableModel::Scope), QStringLiteral("Repo Read, Write, Delete"));
    QCOMPARE(textAt(QStringLiteral("Old build server"), TokenTableModel::Scope),
             QStringLiteral("Legacy (full access)"));
    QCOMPARE(textAt(QStringLiteral("CI pull-only"), TokenTableModel::LastUsed), QStringLiteral("Never"));
    QCOMPARE(textAt(QStringLiteral("staging deploy"), TokenTableModel::Status), QStringLiteral("Expired"));
    QCOMPARE(textAt(QStringLiteral("legacy deploy key"), TokenTableModel::Status), QStringLiteral("Inactive"));
    // Expiring within 7 days stands out.
    QVERIFY(indexOf(QStringLiteral("Release signing"), TokenTableModel::Expires)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Expires soon")));
    QVERIFY(indexOf(QStringLiteral("Release signing"), TokenTableModel::Expires).data(Qt::DecorationRole).isValid());

    // Counts as the toolbar shows them.
    TokenTableModel *model = m_window->tokenModel();
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("counts"));
    QCOMPARE(counts->text(),
             QStringLiteral("%1 active · %2 inactive · %3 expired")
                 .arg(model->activeCount())
                 .arg(model->inactiveCount())
                 .arg(model->expiredCount()));
    QCOMPARE(model->activeCount() + model->inactiveCount() + model->expiredCount(), model->rowCount());

    // Sorting by clicking a header.
    QHeaderView *header = m_window->tableView()->horizontalHeader();
    const int x = header->sectionViewportPosition(TokenTableModel::Description) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(TokenTableModel::Description));
    const QString first = m_window->tableView()->model()->index(0, 0).data().toString();
    QVERIFY2(first.startsWith(QLatin1Char('A')), qPrintable(first));
}

void TstMainWindow::searchFiltersAndCounts()
{
    signIn(QStringLiteral("demo"));
    QAbstractItemModel *view = m_window->tableView()->model();
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("counts"));
    const int total = view->rowCount();

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("docker desktop"));
    QCOMPARE(view->rowCount(), 3);
    QVERIFY(counts->text().startsWith(QStringLiteral("3 of %1 shown").arg(total)));

    // Status filter by keyboard: All → Active → Inactive.
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(status->currentText(), QStringLiteral("Inactive"));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("Docker Desktop — build-mac-mini"));

    // Scope words and UUIDs match too.
    QTest::keyClick(status, Qt::Key_Up);
    QTest::keyClick(status, Qt::Key_Up);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Public Read"));
    int publicRead = 0;
    for (const AccessToken &t : m_window->tokenModel()->tokens())
        publicRead += t.scope == TokenScope::PublicRead;
    QVERIFY(publicRead > 0);
    QCOMPARE(view->rowCount(), publicRead);
    const AccessToken some = m_window->tokenModel()->tokenAt(0);
    search->clear();
    QTest::keyClicks(search, some.uuid.left(13));
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, 0).data().toString(), some.label);

    // Source filter.
    search->clear();
    auto *source = m_window->findChild<QComboBox *>(QStringLiteral("sourceFilter"));
    source->setFocus();
    QTest::keyClick(source, Qt::Key_End);
    QCOMPARE(source->currentText(), QStringLiteral("Auto-generated"));
    QCOMPARE(view->rowCount(), 3);
    QTest::keyClick(source, Qt::Key_Up);
    QCOMPARE(view->rowCount(), total - 3);
    QTest::keyClick(source, Qt::Key_Home);

    // No match, then clear filters.
    QTest::keyClicks(search, QStringLiteral("no such token anywhere"));
    QCOMPARE(view->rowCount(), 0);
    QCOMPARE(m_window->currentStateName(), QStringLiteral("noMatch"));
    auto *clear = m_window->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(view->rowCount(), total);
    QCOMPARE(search->text(), QString());
    QCOMPARE(m_window->currentStateName(), QStringLiteral("table"));

    // Escape in the search box clears it.
    QTest::keyClicks(search, QStringLiteral("jenkins"));
    QCOMPARE(view->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(view->rowCount(), total);
}

void TstMainWindow::toggleBySwitchAndSpace()
{
    signIn(QStringLiteral("demo"));
    const QString label = QStringLiteral("Jenkins nightly");
    const QString uuid = indexOf(label, 0).data(TokenTableModel::UuidRole).toString();
    QSignalSpy toggled(m_window.get(), &MainWindow::toggleFinished);

    m_app.emu->setLatency(150);
    clickSwitch(label);
    // Acts at once, pending until the server answers.
    QCOMPARE(textAt(label, TokenTableModel::Status), QStringLiteral("Inactive"));
    QVERIFY(indexOf(label, TokenTableModel::Status).data(TokenTableModel::PendingRole).toBool());
    QTRY_COMPARE(toggled.size(), 1);
    m_app.emu->setLatency(0);
    QVERIFY(toggled.first().at(1).toBool());
    QVERIFY(!indexOf(label, TokenTableModel::Status).data(TokenTableModel::PendingRole).toBool());
    QCOMPARE(textAt(label, TokenTableModel::Status), QStringLiteral("Inactive"));
    auto server = [&] {
        for (const AccessToken &t : serverTokens())
            if (t.uuid == uuid)
                return t;
        return AccessToken{};
    };
    QCOMPARE(server().active, false);

    // Space on the selected row switches it back.
    QTableView *table = m_window->tableView();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(indexOf(label, 0)).center());
    QCOMPARE(table->currentIndex().data(TokenTableModel::UuidRole).toString(), uuid);
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_COMPARE(toggled.size(), 2);
    QVERIFY(toggled.last().at(1).toBool());
    QCOMPARE(textAt(label, TokenTableModel::Status), QStringLiteral("Active"));
    QCOMPARE(server().active, true);

    // Expired tokens have no switch: a click changes nothing.
    clickSwitch(QStringLiteral("staging deploy"));
    QTest::qWait(100);
    QCOMPARE(toggled.size(), 2);
    QCOMPARE(textAt(QStringLiteral("staging deploy"), TokenTableModel::Status), QStringLiteral("Expired"));
}

void TstMainWindow::refusedToggleReverts()
{
    signIn(QStringLiteral("demo"));
    const QString label = QStringLiteral("Renovate bot");
    const QString uuid = indexOf(label, 0).data(TokenTableModel::UuidRole).toString();
    m_app.emu->failToken(uuid, 500);
    QSignalSpy toggled(m_window.get(), &MainWindow::toggleFinished);
    clickSwitch(label);
    QTRY_COMPARE(toggled.size(), 1);
    QVERIFY(!toggled.first().at(1).toBool());
    QCOMPARE(textAt(label, TokenTableModel::Status), QStringLiteral("Active"));
    QVERIFY(!indexOf(label, TokenTableModel::Status).data(TokenTableModel::PendingRole).toBool());
    ErrorBanner *banner = m_window->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Couldn't deactivate “Renovate bot”"));
    QVERIFY(!banner->message().isEmpty());
    m_app.emu->failToken(uuid, 0);
}

void TstMainWindow::editFromRowMenu()
{
    signIn(QStringLiteral("demo"));
    const QString label = QStringLiteral("Renovate bot");
    QMenu *menu = openRowMenu(label);
    QVERIFY(menu);
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("actionToggle"))->text(), QStringLiteral("Deactivate"));
    trigger(menu, "actionEdit");

    EditTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EditTokenDialog *>()) && dialog->isVisible());
    auto *description = visibleNamed<QLineEdit>(QStringLiteral("descriptionEdit"));
    QVERIFY(description);
    QCOMPARE(description->text(), label);
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Renovate bot (org)"));
    QTest::mouseClick(buttonNamed(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(indexOf(QStringLiteral("Renovate bot (org)"), 0).isValid());
    QTRY_VERIFY(!m_window->findChild<EditTokenDialog *>() || !m_window->findChild<EditTokenDialog *>()->isVisible());
    bool onServer = false;
    for (const AccessToken &t : serverTokens())
        onServer |= t.label == QStringLiteral("Renovate bot (org)");
    QVERIFY(onServer);

    // Expired tokens: Edit is disabled and says why.
    menu = openRowMenu(QStringLiteral("staging deploy"));
    QVERIFY(menu);
    QAction *edit = menu->findChild<QAction *>(QStringLiteral("actionEdit"));
    QVERIFY(!edit->isEnabled());
    QVERIFY(edit->text().contains(QStringLiteral("expired")));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("actionToggle"))->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("actionDelete"))->isEnabled());
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->rowMenu());
}

void TstMainWindow::detailsAndCopyUuid()
{
    signIn(QStringLiteral("demo"));
    const QString label = QStringLiteral("Jenkins nightly");
    const QString uuid = indexOf(label, 0).data(TokenTableModel::UuidRole).toString();

    // Copy UUID: a plain copy.
    trigger(openRowMenu(label), "actionCopyUuid");
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), uuid);
    QVERIFY(!m_app.clipboard->isHoldingSecret());

    // Details from the menu, by double-click and by Enter.
    trigger(openRowMenu(label), "actionDetails");
    TokenDetailsDialog *details = nullptr;
    QTRY_VERIFY((details = m_window->findChild<TokenDetailsDialog *>()) && details->isVisible());
    details->close();
    QTRY_VERIFY(!m_window->findChild<TokenDetailsDialog *>());

    QTableView *table = m_window->tableView();
    const QPoint cell = table->visualRect(indexOf(label, TokenTableModel::Scope)).center();
    // A person's double click: press, release, then the double-click press.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTRY_VERIFY((details = m_window->findChild<TokenDetailsDialog *>()) && details->isVisible());
    details->close();
    QTRY_VERIFY(!m_window->findChild<TokenDetailsDialog *>());

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY((details = m_window->findChild<TokenDetailsDialog *>()) && details->isVisible());
    details->close();
}

void TstMainWindow::singleDelete()
{
    signIn(QStringLiteral("demo"));
    const int before = m_app.emu->tokenCount(QStringLiteral("demo"));
    const QString label = QStringLiteral("temp debugging");
    QSignalSpy deleted(m_window.get(), &MainWindow::deletionFinished);
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);

    // Cancelled: nothing happens.
    m_app.prompter->answers = {Prompter::Answer::Reject};
    trigger(openRowMenu(label), "actionDelete");
    QCOMPARE(m_app.prompter->questions.size(), 1);
    QTest::qWait(50);
    QVERIFY(indexOf(label, 0).isValid());
    QCOMPARE(deleted.size(), 0);

    m_app.prompter->answers = {Prompter::Answer::Accept};
    trigger(openRowMenu(label), "actionDelete");
    QCOMPARE(m_app.prompter->questions.size(), 2);
    const auto &q = m_app.prompter->questions.last();
    QVERIFY(q.destructive);
    QVERIFY(q.text.contains(label));
    QVERIFY(q.informativeText.contains(QStringLiteral("permanent")));
    QVERIFY(q.informativeText.contains(QStringLiteral("stop working")));
    QCOMPARE(q.acceptLabel, QStringLiteral("Delete"));
    QTRY_COMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().at(0).toInt(), 1);
    QCOMPARE(deleted.first().at(1).toInt(), 0);
    QVERIFY(!indexOf(label, 0).isValid());
    QCOMPARE(m_app.emu->tokenCount(QStringLiteral("demo")), before - 1);
    QTRY_VERIFY(!refreshed.isEmpty());
    QVERIFY(m_app.prompter->informed.isEmpty());
}

void TstMainWindow::bulkDeleteWithOneFailure()
{
    signIn(QStringLiteral("demo"));
    QTableView *table = m_window->tableView();
    QAbstractItemModel *view = table->model();
    const int before = m_app.emu->tokenCount(QStringLiteral("demo"));

    // Select the first seven rows: click, then shift+click.
    QStringList labels, uuids;
    for (int r = 0; r < 7; ++r) {
        labels << view->index(r, 0).data().toString();
        uuids << view->index(r, 0).data(TokenTableModel::UuidRole).toString();
    }
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(view->index(0, 0)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      table->visualRect(view->index(6, 0)).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 7);
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("deleteSelectedButton"));
    QVERIFY(button->isVisible() && button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Delete selected (7)"));

    m_app.emu->failToken(uuids.at(2), 500);
    m_app.prompter->answers = {Prompter::Answer::Accept};
    QSignalSpy deleted(m_window.get(), &MainWindow::deletionFinished);
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);

    // The confirmation names up to five and counts the rest.
    QCOMPARE(m_app.prompter->questions.size(), 1);
    const auto &q = m_app.prompter->questions.first();
    for (int i = 0; i < 5; ++i)
        QVERIFY2(q.text.contains(labels.at(i)), qPrintable(labels.at(i)));
    QVERIFY(!q.text.contains(labels.at(5)));
    QVERIFY(q.text.contains(QStringLiteral("and 2 more")));
    QCOMPARE(q.acceptLabel, QStringLiteral("Delete 7 tokens"));
    QVERIFY(q.informativeText.contains(QStringLiteral("permanent")));

    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 10'000);
    QCOMPARE(deleted.first().at(0).toInt(), 6);
    QCOMPARE(deleted.first().at(1).toInt(), 1);
    // One message naming the failure.
    QCOMPARE(m_app.prompter->informed.size(), 1);
    QVERIFY(m_app.prompter->informed.first().text.contains(labels.at(2)));
    for (int i = 0; i < 7; ++i) {
        if (i != 2)
            QVERIFY(!m_app.prompter->informed.first().text.contains(labels.at(i)));
    }
    // The failed row stays; the others are gone; the table matches the server after the refresh.
    QTRY_VERIFY(!refreshed.isEmpty());
    QVERIFY(refreshed.last().first().toBool());
    QVERIFY(indexOf(labels.at(2), 0).isValid());
    for (int i = 0; i < 7; ++i) {
        if (i != 2)
            QVERIFY(!indexOf(labels.at(i), 0).isValid());
    }
    QCOMPARE(m_app.emu->tokenCount(QStringLiteral("demo")), before - 6);
    m_app.emu->failToken(uuids.at(2), 0);
    QStringList server;
    for (const AccessToken &t : serverTokens())
        server << t.uuid;
    server.sort();
    QCOMPARE(modelUuids(), server);
}

// With retries on (as in the app), a 503 that passes is reported as "retrying", never as an error.
void TstMainWindow::transientFailureShowsRetryingNotAnError()
{
    signIn(QStringLiteral("demo"));
    RetryPolicy fast;
    fast.baseDelayMs = 300;
    fast.maxDelayMs = 300;
    fast.jitter = 0;
    m_app.client->setRetryPolicy(fast);
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);
    m_app.emu->failNext(1, 503);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("retrying")), 5'000);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("try 2")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->banner()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10'000);
    QVERIFY(refreshed.first().first().toBool());
    QVERIFY(!m_window->banner()->isVisible());
}

void TstMainWindow::errorBannerKeepsDataAndRetryClearsIt()
{
    signIn(QStringLiteral("demo"));
    const int rows = m_window->tableView()->model()->rowCount();
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);
    m_app.emu->failNext(1, 500);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(refreshed.size(), 1);
    QVERIFY(!refreshed.first().first().toBool());
    ErrorBanner *banner = m_window->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), ErrorBanner::Kind::Error);
    QVERIFY(!banner->message().isEmpty());
    QCOMPARE(m_window->tableView()->model()->rowCount(), rows); // the last good data stays
    QCOMPARE(m_window->currentStateName(), QStringLiteral("table"));
    QPushButton *retry = banner->actionButton();
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("Retry"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(refreshed.size(), 2);
    QVERIFY(refreshed.last().first().toBool());
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_window->tableView()->model()->rowCount(), rows);
}

void TstMainWindow::emptyStateAndGenerate()
{
    signIn(QStringLiteral("demo"));
    m_app.emu->clearTokens(QStringLiteral("demo"));
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(m_window->tokenModel()->rowCount(), 0);
    QCOMPARE(m_window->currentStateName(), QStringLiteral("empty"));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("emptyGenerateButton"))->isVisible());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("counts"))->text(), QStringLiteral("0 active · 0 inactive"));

    // Ctrl+N opens the generate dialog.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    GenerateTokenDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<GenerateTokenDialog *>()) && dialog->isVisible());
    QTest::keyClicks(widgetNamed<QLineEdit>(dialog, QStringLiteral("descriptionEdit")),
                     QStringLiteral("From the empty state"));
    QTest::mouseClick(buttonNamed(dialog, QStringLiteral("generateButton")), Qt::LeftButton);

    // The secret is shown once, in its own dialog; the table gets the token (without it).
    TokenCreatedDialog *created = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((created = visibleTopLevel<TokenCreatedDialog>()) != nullptr
                                 || ((created = m_window->findChild<TokenCreatedDialog *>()) && created->isVisible()),
                             10'000);
    QTRY_COMPARE(m_window->tokenModel()->rowCount(), 1);
    QCOMPARE(m_window->currentStateName(), QStringLiteral("table"));
    QCOMPARE(textAt(QStringLiteral("From the empty state"), TokenTableModel::Scope),
             QStringLiteral("Repo Public Read-only"));
    QTest::mouseClick(buttonNamed(created, QStringLiteral("copyButton")), Qt::LeftButton);
    QTest::mouseClick(buttonNamed(created, QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!visibleTopLevel<TokenCreatedDialog>());
    QCOMPARE(m_app.emu->tokenCount(QStringLiteral("demo")), 1);
    // The new row is not selected: Delete acts only on rows the person chooses (tst_truthfulwindow).
    QCOMPARE(m_window->tableView()->selectionModel()->selectedRows().size(), 0);
}

void TstMainWindow::sessionExpiredSignsInAndCarriesOn()
{
    signIn(QStringLiteral("demo"));
    const QString label = QStringLiteral("Nightly backup job");
    const QString uuid = indexOf(label, 0).data(TokenTableModel::UuidRole).toString();
    QSignalSpy toggled(m_window.get(), &MainWindow::toggleFinished);

    m_app.emu->failNext(1, 401); // the session lapsed
    clickSwitch(label);
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->signInDialog()) && dialog->isVisible());
    QCOMPARE(toggled.size(), 0);
    QVERIFY(indexOf(label, TokenTableModel::Status).data(TokenTableModel::PendingRole).toBool());
    // Prefilled with the username, with a notice.
    QCOMPARE(visibleNamed<QLineEdit>(QStringLiteral("usernameEdit"))->text(), QStringLiteral("demo"));
    auto *notice = visibleNamed<QLabel>(QStringLiteral("signInNotice"));
    QVERIFY(notice);
    QVERIFY(notice->text().contains(QStringLiteral("session expired")));

    submitSignIn(dialog, QStringLiteral("demo"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(toggled.size(), 1, 10'000);
    QVERIFY(toggled.first().at(1).toBool());
    QCOMPARE(textAt(label, TokenTableModel::Status), QStringLiteral("Inactive"));
    bool inactiveOnServer = false;
    for (const AccessToken &t : serverTokens())
        inactiveOnServer |= t.uuid == uuid && !t.active;
    QVERIFY(inactiveOnServer);

    // A refresh that meets an expired session also carries on.
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);
    m_app.emu->failNext(1, 401);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY((dialog = m_window->signInDialog()) && dialog->isVisible());
    submitSignIn(dialog, QStringLiteral("demo"), QStringLiteral("demo"));
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && refreshed.last().first().toBool(), 10'000);
    QVERIFY(!m_window->banner()->isVisible());
}

void TstMainWindow::signOutClearsAndAsksToSignIn()
{
    signIn(QStringLiteral("demo"));
    QVERIFY(m_window->tokenModel()->rowCount() > 0);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signOutButton")), Qt::LeftButton);
    QVERIFY(!m_app.session->isActive());
    QVERIFY(!m_app.client->hasBearerToken());
    QCOMPARE(m_window->tokenModel()->rowCount(), 0);
    QTRY_VERIFY(m_window->signInDialog() && m_window->signInDialog()->isVisible());
    QCOMPARE(visibleNamed<QLineEdit>(QStringLiteral("usernameEdit"))->text(), QStringLiteral("demo"));

    // Signing in as someone else shows their tokens.
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);
    submitSignIn(m_window->signInDialog(), QStringLiteral("demo2fa"), QStringLiteral("demo"));
    QLineEdit *code = nullptr;
    QTRY_VERIFY((code = visibleNamed<QLineEdit>(QStringLiteral("codeEdit"))));
    QTest::keyClicks(code, HubEmulator::totpCode(TotpSecret, QDateTime::currentSecsSinceEpoch()));
    QTest::mouseClick(visibleNamed<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    QCOMPARE(m_window->tokenModel()->rowCount(), m_app.emu->tokenCount(QStringLiteral("demo2fa")));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
