// Nothing clipped, cut off or overflowing, in every language, at the default window size: the main window (table,
// error banner, no-match and empty states) and every dialog (sign-in and its 2FA step, generate, token created, edit,
// details), signed in against the in-process Hub emulator with its demo data. See LayoutCheck.h for what "fits" means.
#include "AppSettings.h"
#include "ClipboardGuard.h"
#include "EditTokenDialog.h"
#include "ErrorBanner.h"
#include "GenerateTokenDialog.h"
#include "GuiTestSupport.h"
#include "HubClient.h"
#include "HubEmulator.h"
#include "LanguageManager.h"
#include "LayoutCheck.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "Session.h"
#include "SignInDialog.h"
#include "SignInRequest.h"
#include "TokenCreatedDialog.h"
#include "TokenDetailsDialog.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// The window's size on a first start (MainWindow::restoreSettings), whatever the offscreen screen's size.
const QSize DefaultWindowSize(1100, 640);
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

private:
    // Shows `w`, lets layouts settle, and adds what does not fit to m_offenders under `state`.
    void check(QWidget *w, const QString &state);
    void signIn();

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
    m_languages = std::make_unique<LanguageManager>(m_app.settings.get());
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

void TstLayout::signIn()
{
    SignInRequest *request = m_app.client->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QSignalSpy done(request, &SignInRequest::finished);
    QVERIFY(done.wait(10'000));
    const auto result = done.first().first().value<SignInResult>();
    QVERIFY(result.ok());
    m_app.client->setBearerToken(result.jwt);
    m_app.session->begin(m_app.client->baseUrl(), QStringLiteral("demo"), result.jwt);
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
    auto *wrapped = new QLabel(QString(40, QLatin1Char('w')).replace(QLatin1Char('w'), QStringLiteral("word ")), &window);
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
        SignInDialog dialog(m_app.client.get());
        dialog.setServerLabel(QStringLiteral("%1 (demo)").arg(m_app.emu->baseUrl().toString()));
        check(&dialog, QStringLiteral("sign-in"));
        dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("demo2fa"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("demo"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 10'000);
        check(&dialog, QStringLiteral("sign-in 2FA step"));
    }

    signIn();
    MainWindow window(m_app.core.get(), m_app.settings.get(), m_app.clipboard.get());
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
        GenerateTokenDialog generate(m_app.core.get(), QStringLiteral("demo"), m_app.clipboard.get(), &window);
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
        const QString kind = token.isExpired() ? QStringLiteral("expired") : token.isLegacy() ? QStringLiteral("legacy")
                                                                                               : QStringLiteral("plain");
        if (seen.contains(kind))
            continue;
        seen << kind;
        EditTokenDialog edit(m_app.core.get(), token, &window);
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

    QVERIFY2(m_offenders.isEmpty(), qPrintable(QStringLiteral("%1 offender(s):\n").arg(m_offenders.size())
                                               + m_offenders.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TstLayout)
#include "tst_layout.moc"
