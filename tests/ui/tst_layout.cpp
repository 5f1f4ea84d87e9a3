// Nothing clipped, cut off or overflowing, in every language, at the default window size: the main window (table,
// error banner, no-match and empty states) and every dialog (sign-in and its 2FA step, generate, token created, edit,
// details), signed in against the in-process Hub emulator with its demo data. See LayoutCheck.h for what "fits" means.
// Then the small screen: the window at 720 px (with long CJK descriptions), its width that nothing but the person
// changes, and its first size inside the screen, whatever the scale factor (tst_layout_scale2 runs those at
// QT_SCALE_FACTOR=2 on a 1400 px wide screen).
#include "GuiTestSupport.h"
#include "LayoutCheck.h"
#include "app/hub/HubClient.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
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
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

namespace {
// The window's size on a first start (MainWindow::restoreSettings), whatever the offscreen screen's size.
const QSize DefaultWindowSize(1100, 640);
// The narrowest window the issue asks for.
constexpr int NarrowWidth = 720;

// A description as long as the Hub allows (100 characters), in Japanese and Chinese.
QString longCjkDescription()
{
    const QString text = QStringLiteral(
        "本番環境の継続的インテグレーション用トークン・夜間ビルドと署名付きイメージの配布に使用する長い説明文字列");
    QString out;
    while (out.size() < 100)
        out += text;
    return out.left(100);
}
} // namespace

class TstLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checkerFindsClipping();
    void everythingFits_data();
    void everythingFits();
    void narrowWindowFits_data();
    void narrowWindowFits();
    void widthStaysPut_data();
    void widthStaysPut();
    void opensWithinScreen();

private:
    // Shows `w`, lets layouts settle, and adds what does not fit to m_offenders under `state`.
    void check(QWidget *w, const QString &state);
    // A signed-in window of `width` with its tokens loaded (the caller shows it).
    std::unique_ptr<MainWindow> loadedWindow(int width);
    // The Description column is the widest and at least about 24 Latin characters wide.
    void checkDescriptionStretches(MainWindow *window);

    QTemporaryDir m_dir;
    GuiTestSupport::AppParts m_app;
    std::unique_ptr<LanguageManager> m_languages;
    QString m_language;
    QStringList m_offenders;
};

void TstLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    GuiTestSupport::quietOffscreenWarnings();
}

void TstLayout::init()
{
    const QString error = m_app.start(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_languages = std::make_unique<LanguageManager>(m_app.settings);
    m_offenders.clear();
}

void TstLayout::cleanup()
{
    GuiTestSupport::deleteOpenDialogs();
    m_languages.reset();
    m_app.reset();
}

void TstLayout::check(QWidget *w, const QString &state)
{
    QVERIFY(w);
    if (!w->isVisible())
        w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QApplication::processEvents();
    for (const QString &offender : LayoutCheck::offenders(w))
        m_offenders << QStringLiteral("[%1] %2: %3").arg(m_language, state, offender);
}

// The checker itself: a widget made too small for its text is reported, with its language, class, name and text.
void TstLayout::checkerFindsClipping()
{
    m_language = QStringLiteral("en");
    m_languages->apply(m_language);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *button = new QPushButton(QStringLiteral("Generate new token"), &window);
    button->setObjectName(QStringLiteral("tooNarrowButton"));
    auto *label = new QLabel(QStringLiteral("You can use a personal access token as an alternative"), &window);
    label->setObjectName(QStringLiteral("tooNarrowLabel"));
    auto *wrapped =
        new QLabel(QString(40, QLatin1Char('w')).replace(QLatin1Char('w'), QStringLiteral("word ")), &window);
    wrapped->setObjectName(QStringLiteral("tooShortWrappedLabel"));
    wrapped->setWordWrap(true);
    auto *edit = new QLineEdit(&window);
    edit->setObjectName(QStringLiteral("tooNarrowEdit"));
    edit->setPlaceholderText(QStringLiteral("Search by description, scope or UUID"));
    layout->addWidget(button);
    layout->addWidget(label);
    layout->addWidget(wrapped);
    layout->addWidget(edit);
    check(&window, QStringLiteral("roomy"));
    QVERIFY2(m_offenders.isEmpty(), qPrintable(m_offenders.join(QLatin1Char('\n'))));

    // Shrink them: each is reported.
    button->setFixedWidth(40);
    label->setFixedWidth(60);
    wrapped->setFixedSize(80, wrapped->fontMetrics().height());
    edit->setFixedWidth(70);
    check(&window, QStringLiteral("shrunk"));
    const QString report = m_offenders.join(QLatin1Char('\n'));
    QVERIFY2(report.contains(QStringLiteral("[en] shrunk: QPushButton tooNarrowButton “Generate new token”")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("QLabel tooNarrowLabel")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("QLabel tooShortWrappedLabel")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("QLineEdit tooNarrowEdit")), qPrintable(report));
}

void TstLayout::everythingFits_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = LanguageManager::supportedLanguages();
    for (const QString &code : languages)
        QTest::newRow(qPrintable(code)) << code;
}

void TstLayout::everythingFits()
{
    QFETCH(QString, language);
    m_language = language;
    m_languages->apply(language);
    QCOMPARE(m_languages->current(), language);

    // Sign-in, then its two-factor step.
    {
        SignInDialog dialog(m_app.client);
        dialog.setServerLabel(QStringLiteral("%1 (demo)").arg(m_app.emu->baseUrl().toString()));
        check(&dialog, QStringLiteral("sign-in"));
        dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("demo2fa"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("demo"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 10'000);
        check(&dialog, QStringLiteral("sign-in 2FA step"));
    }

    m_app.signInWithoutDialog();
    MainWindow window(m_app.core, m_app.settings, m_app.clipboard.get());
    window.setLanguageManager(m_languages.get());
    window.resize(DefaultWindowSize);
    QSignalSpy refreshed(&window, &MainWindow::refreshFinished);
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    QVERIFY(refreshed.first().first().toBool());
    check(&window, QStringLiteral("main window"));

    // A selection shows "Delete selected (N)".
    QTableView *table = window.tableView();
    table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    check(&window, QStringLiteral("main window with a selection"));
    table->clearSelection();

    const QList<AccessToken> tokens = window.tokenModel()->tokens();
    QVERIFY(tokens.size() > 2);
    {
        GenerateTokenDialog generate(m_app.core, m_app.docker, QStringLiteral("demo"), m_app.clipboard.get(), &window);
        check(&generate, QStringLiteral("generate"));
        auto *expiry = generate.findChild<QComboBox *>(QStringLiteral("expiryCombo"));
        expiry->setCurrentIndex(expiry->count() - 1); // Custom: the date and hour row
        check(&generate, QStringLiteral("generate, custom expiry"));
    }
    {
        CreatedToken created;
        created.token = tokens.first();
        created.secret = QStringLiteral("dckr_pat_") + QString(27, QLatin1Char('x'));
        TokenCreatedDialog dialog(std::move(created), QStringLiteral("demo"), m_app.clipboard.get(), &window);
        check(&dialog, QStringLiteral("token created"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        check(&dialog, QStringLiteral("token created, copied"));
        m_app.prompter->fallback = Prompter::Answer::Accept;
    }
    QStringList seen;
    for (const AccessToken &token : tokens) {
        // An editable token, an expired one and a legacy one where the demo data has them.
        const QString kind = token.isExpired() ? QStringLiteral("expired")
            : token.isLegacy()                 ? QStringLiteral("legacy")
                                               : QStringLiteral("plain");
        if (seen.contains(kind))
            continue;
        seen << kind;
        EditTokenDialog edit(m_app.core, token, &window);
        check(&edit, QStringLiteral("edit (%1 token)").arg(kind));
        TokenDetailsDialog details(token, &window);
        check(&details, QStringLiteral("details (%1 token)").arg(kind));
    }

    // A failed refresh: the error banner over the table.
    refreshed.clear();
    m_app.emu->failNext(1, 500);
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    QVERIFY(window.banner()->isVisible());
    check(&window, QStringLiteral("error banner"));
    refreshed.clear();
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);

    // No token matches the search.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("no such token anywhere"));
    QTRY_COMPARE(window.currentStateName(), QStringLiteral("noMatch"));
    check(&window, QStringLiteral("no match"));
    search->clear();

    // No tokens at all.
    m_app.emu->clearTokens(QStringLiteral("demo"));
    refreshed.clear();
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    QTRY_COMPARE(window.currentStateName(), QStringLiteral("empty"));
    check(&window, QStringLiteral("empty state"));

    QVERIFY2(
        m_offenders.isEmpty(),
        qPrintable(QStringLiteral("%1 offender(s):\n").arg(m_offenders.size()) + m_offenders.join(QLatin1Char('\n'))));
}

std::unique_ptr<MainWindow> TstLayout::loadedWindow(int width)
{
    m_app.signInWithoutDialog();
    auto window = m_app.makeWindow();
    window->setLanguageManager(m_languages.get());
    window->resize(width, DefaultWindowSize.height());
    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    window->start();
    if (!refreshed.wait(10'000) && refreshed.isEmpty())
        return nullptr;
    return window;
}

void TstLayout::checkDescriptionStretches(MainWindow *window)
{
    QTableView *table = window->tableView();
    QHeaderView *header = table->horizontalHeader();
    const int description = header->sectionSize(TokenTableModel::Description);
    QStringList widths;
    for (int section = 0; section < header->count(); ++section)
        widths << QString::number(header->isSectionHidden(section) ? 0 : header->sectionSize(section));
    qInfo("[%s] columns at %d px: %s (viewport %d)", qPrintable(m_language), window->width(),
          qPrintable(widths.join(QLatin1Char(' '))), table->viewport()->width());
    QVERIFY2(description >= table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24,
             qPrintable(QStringLiteral("[%1] Description is %2 px wide at a window of %3 px")
                            .arg(m_language)
                            .arg(description)
                            .arg(window->width())));
    for (int section = 0; section < header->count(); ++section) {
        if (section != TokenTableModel::Description && !header->isSectionHidden(section))
            QVERIFY2(header->sectionSize(section) <= description,
                     qPrintable(QStringLiteral("[%1] column %2 (%3 px) is wider than Description (%4 px)")
                                    .arg(m_language)
                                    .arg(section)
                                    .arg(header->sectionSize(section))
                                    .arg(description)));
    }
}

void TstLayout::narrowWindowFits_data()
{
    everythingFits_data();
}

// At 720 px: nothing clipped in the window (with a selection, the banner, a search), no minimum wider than that, and
// a description of 100 CJK characters elided in the table and whole in Details.
void TstLayout::narrowWindowFits()
{
    QFETCH(QString, language);
    m_language = language;
    m_languages->apply(language);
    SeedToken seed;
    seed.label = longCjkDescription();
    const QString cjkUuid = m_app.emu->addToken(QStringLiteral("demo"), seed);

    auto window = loadedWindow(NarrowWidth);
    QVERIFY(window);
    check(window.get(), QStringLiteral("720 px"));
    QVERIFY2(window->minimumSizeHint().width() <= NarrowWidth,
             qPrintable(QStringLiteral("[%1] the window needs at least %2 px")
                            .arg(language)
                            .arg(window->minimumSizeHint().width())));
    QCOMPARE(window->width(), NarrowWidth);
    checkDescriptionStretches(window.get());
    if (QTest::currentTestFailed())
        return;

    QTableView *table = window->tableView();
    table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    check(window.get(), QStringLiteral("720 px with a selection"));
    QCOMPARE(window->width(), NarrowWidth);
    table->clearSelection();

    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    m_app.emu->failNext(1, 500);
    window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    QVERIFY(window->banner()->isVisible());
    check(window.get(), QStringLiteral("720 px, error banner"));
    QCOMPARE(window->width(), NarrowWidth);

    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("夜間ビルドと署名付き"));
    QTRY_COMPARE(window->tableView()->model()->rowCount(), 1);
    check(window.get(), QStringLiteral("720 px, CJK search"));
    QCOMPARE(window->width(), NarrowWidth);
    search->clear();

    const int row = window->tokenModel()->rowOf(cjkUuid);
    QVERIFY(row >= 0);
    TokenDetailsDialog details(window->tokenModel()->tokens().at(row), window.get());
    check(&details, QStringLiteral("details of a long CJK description"));
    QVERIFY2(details.frameGeometry().width() <= details.screen()->availableGeometry().width(),
             qPrintable(QStringLiteral("[%1] details is %2 px wide").arg(language).arg(details.width())));

    QVERIFY2(
        m_offenders.isEmpty(),
        qPrintable(QStringLiteral("%1 offender(s):\n").arg(m_offenders.size()) + m_offenders.join(QLatin1Char('\n'))));
}

void TstLayout::widthStaysPut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QTest::addRow("%s at 720", qPrintable(code)) << code << NarrowWidth;
        QTest::addRow("%s at 1100", qPrintable(code)) << code << DefaultWindowSize.width();
    }
}

// The window's width changes only when the person changes it: not when a row is selected ("Delete selected (N)"
// appears), not while a search is typed (the counts grow), not when the banner comes.
void TstLayout::widthStaysPut()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    m_language = language;
    m_languages->apply(language);
    auto window = loadedWindow(width);
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QApplication::processEvents();
    QCOMPARE(window->width(), width);
    const auto settled = [&window] {
        QApplication::processEvents();
        QApplication::processEvents();
        return window->width();
    };

    // Click a row, then shift-click two below: "Delete selected (3)".
    QTableView *table = window->tableView();
    const QRect first = table->visualRect(table->model()->index(0, TokenTableModel::Description));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(settled(), width);
    const QRect third = table->visualRect(table->model()->index(2, TokenTableModel::Description));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, third.center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
    QCOMPARE(settled(), width);

    // Type a search, a key at a time: "3 of 25 shown · …".
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    for (const QChar c : QStringLiteral("ci agent")) {
        QTest::keyClick(search, c.toLatin1());
        QCOMPARE(settled(), width);
    }
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(settled(), width);

    // A language with longer words, at run time.
    m_languages->apply(language == QStringLiteral("en") ? QStringLiteral("ja") : QStringLiteral("en"));
    QCOMPARE(settled(), width);
    QVERIFY(window->minimumSizeHint().width() <= width);
}

// A first start, and a start with a saved size from a larger screen: the window is inside the screen's available
// geometry, whatever the scale factor (tst_layout_scale2 runs this at QT_SCALE_FACTOR=2).
void TstLayout::opensWithinScreen()
{
    m_language = QStringLiteral("en");
    m_languages->apply(m_language);
    m_app.signInWithoutDialog();
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const auto verifyInside = [&available](QWidget *w, const char *what) {
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QApplication::processEvents();
        qInfo("%s: %d×%d at scale %.1f on a screen of %d×%d, minimum %d×%d", what, w->width(), w->height(),
              w->devicePixelRatioF(), available.width(), available.height(), w->minimumSizeHint().width(),
              w->minimumSizeHint().height());
        QVERIFY2(available.contains(w->frameGeometry()),
                 qPrintable(QStringLiteral("%1: the window is at %2,%3 %4×%5 on a screen of %6×%7 (scale %8)")
                                .arg(QLatin1String(what))
                                .arg(w->frameGeometry().x())
                                .arg(w->frameGeometry().y())
                                .arg(w->frameGeometry().width())
                                .arg(w->frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())
                                .arg(w->devicePixelRatioF())));
    };
    {
        auto window = m_app.makeWindow();
        window->show();
        verifyInside(window.get(), "first start");
        // A saved geometry from a screen three times as large, off to the right.
        window->setGeometry(available.right() + 200, 40, available.width() * 3, available.height() * 3);
        window->close(); // saves it
    }
    auto window = m_app.makeWindow();
    window->show();
    verifyInside(window.get(), "saved geometry from a larger screen");
}

QTEST_MAIN(TstLayout)
#include "tst_layout.moc"
