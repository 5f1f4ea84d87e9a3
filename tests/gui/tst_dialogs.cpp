// The dialogs, driven the way a person uses them, against the Hub emulator. Runs under QT_QPA_PLATFORM=offscreen.
#include "ClipboardGuard.h"
#include "DialogParts.h"
#include "EditTokenDialog.h"
#include "ErrorText.h"
#include "GenerateTokenDialog.h"
#include "Account.h"
#include "HubClient.h"
#include "TokenCore.h"
#include "HubEmulator.h"
#include "LanguageManager.h"
#include "ScopePicker.h"
#include "ScriptedPrompter.h"
#include "SignInDialog.h"
#include "SignInRequest.h"
#include "TokenCreatedDialog.h"
#include "TokenDetailsDialog.h"
#include "TokenRequest.h"
#include "WidgetFinders.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace {

const QString DemoUser = QStringLiteral("demo");
const QString DemoPassword = QStringLiteral("demo");
const QString TwoFactorUser = QStringLiteral("demo2fa");
const QString TwoFactorSecret = QStringLiteral("JBSWY3DPEHPK3PXP");

// Controls are found the way assistive technology finds them: by their accessible names.
using GuiTestSupport::findButton;
using GuiTestSupport::findNamed;

// Clicks a button where a person would: on its label, not on the empty stretch beside it.
void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
}

// Walks a closed combo box to `text` with the arrow keys.
void chooseInCombo(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

// Types into the dialog's Description field.
void typeDescription(QWidget *dialog, const QString &text)
{
    QTest::keyClicks(findNamed<QLineEdit>(dialog, QStringLiteral("Description")), text);
}

// Fills in the generate dialog's description and picks an entry of its "Expiration date" list.
void describeAndChooseExpiry(QWidget *dialog, const QString &description, const QString &expiry)
{
    typeDescription(dialog, description);
    auto *combo = findNamed<QComboBox>(dialog, QStringLiteral("Expiration date"));
    QVERIFY(combo);
    chooseInCombo(combo, expiry);
}

// A created token with this label and secret, for the created-token dialog.
CreatedToken createdToken(const QString &label, const QString &secret, std::optional<TokenScope> scope = std::nullopt)
{
    CreatedToken created;
    created.token.label = label;
    created.token.scope = scope;
    created.secret = secret;
    return created;
}

// What the generate dialog is shown among: prompts answered "yes", a clipboard guard and a parent window.
struct GenerateSurroundings {
    ScriptedPrompter prompter;
    ClipboardGuard clipboard;
    QWidget window;
    GenerateSurroundings() { prompter.fallback = Prompter::Answer::Accept; }
};

// Every piece of text the dialog shows or holds in a control.
QStringList allTexts(QWidget *root)
{
    QStringList texts;
    for (QLineEdit *e : root->findChildren<QLineEdit *>())
        texts << e->text() << e->displayText() << e->accessibleName() << e->accessibleDescription();
    for (QLabel *l : root->findChildren<QLabel *>())
        texts << l->text() << l->accessibleDescription();
    return texts;
}

} // namespace

class TestDialogs : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<HubEmulator> m_emu;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<TokenCore> m_core;

    void startEmulator(const EmulatorOptions &options = {})
    {
        m_emu = std::make_unique<HubEmulator>(options);
        QString error;
        QVERIFY2(m_emu->listen(&error), qPrintable(error));
        m_emu->seedDemo();
        m_client = std::make_unique<HubClient>();
        QVERIFY(m_client->setBaseUrl(m_emu->baseUrl(), &error));
        m_client->setTransferTimeout(10'000);
        m_account = std::make_unique<Account>(m_client.get(), nullptr);
        m_core = std::make_unique<TokenCore>(m_account.get());
    }

    // Signs the client in directly (no dialog) for the token dialogs.
    void signInClient(const QString &user = DemoUser, const QString &password = DemoPassword)
    {
        SignInRequest *req = m_client->signIn(user, password);
        QSignalSpy spy(req, &SignInRequest::finished);
        QVERIFY(spy.wait(10'000));
        const auto result = spy.at(0).at(0).value<SignInResult>();
        QVERIFY(result.ok());
        m_client->setBearerToken(result.jwt);
    }

    // A running emulator and a client signed in to it as the demo user.
    void startSignedIn()
    {
        startEmulator();
        if (!QTest::currentTestFailed())
            signInClient();
    }

    AccessToken fetchToken(const QString &uuid)
    {
        TokenRequest *req = m_client->getToken(uuid);
        QSignalSpy spy(req, &TokenRequest::finished);
        if (!spy.wait(10'000))
            return {};
        return spy.at(0).at(0).value<ApiResult<AccessToken>>().value;
    }

    void typeSignIn(SignInDialog &dlg, const QString &user, const QString &password)
    {
        auto *username = findNamed<QLineEdit>(&dlg, QStringLiteral("Username"));
        auto *pass = findNamed<QLineEdit>(&dlg, QStringLiteral("Password"));
        QVERIFY(username && pass);
        username->clear();
        QTest::keyClicks(username, user);
        pass->clear();
        QTest::keyClicks(pass, password);
    }

    // Types the credentials and clicks "Sign in".
    void submitSignIn(SignInDialog &dlg, const QString &user, const QString &password)
    {
        typeSignIn(dlg, user, password);
        QPushButton *signIn = findButton(&dlg, QStringLiteral("Sign in"));
        QVERIFY(signIn);
        QTest::mouseClick(signIn, Qt::LeftButton);
    }

    // The dialog's error line comes up (within `timeout` ms) and says `text`.
    void expectSignInError(SignInDialog &dlg, const QString &text, int timeout = 5000)
    {
        auto *error = findNamed<QLabel>(&dlg, QStringLiteral("Sign-in error"));
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), timeout);
        QVERIFY2(error->text().contains(text), qPrintable(error->text()));
    }

    // Another client (the web page) changes the token meanwhile.
    void changeElsewhere(const QString &uuid, const TokenPatch &patch)
    {
        TokenRequest *other = m_client->updateToken(uuid, patch);
        QSignalSpy otherDone(other, &TokenRequest::finished);
        QVERIFY(otherDone.wait(10'000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English text with "%n …(s)" plurals, as the app shows it.
        LanguageSupport::installEnglishPlurals();
    }

    void cleanup()
    {
        // Close anything a test left open (the created-token dialog, message boxes).
        ScriptedPrompter closeAll;
        closeAll.fallback = Prompter::Answer::Accept;
        for (QWidget *w : QApplication::topLevelWidgets())
            w->close();
        QApplication::clipboard()->clear();
        m_core.reset();
        m_account.reset();
        m_client.reset();
        m_emu.reset();
    }

    // ---- ErrorText ---------------------------------------------------------------------------------------------
    void errorTextPatSession()
    {
        ApiError e;
        e.kind = ApiError::Kind::PatSessionForbidden;
        QCOMPARE(ErrorText::message(e),
                 QStringLiteral("You signed in with a personal access token. Docker Hub only allows managing access "
                                "tokens after signing in with your password (and your two-factor code, if enabled)."));
    }

    void errorTextRateLimitedSaysWhen()
    {
        ApiError e;
        e.kind = ApiError::Kind::RateLimited;
        e.retryAt = QDateTime::currentDateTimeUtc().addSecs(5 * 60 - 2);
        QCOMPARE(ErrorText::title(e), QStringLiteral("Too many attempts"));
        QVERIFY2(ErrorText::message(e).contains(QStringLiteral("in 5 minutes")), qPrintable(ErrorText::message(e)));
        const QString at = DialogParts::formatTime(e.retryAt.toLocalTime().time());
        QVERIFY(ErrorText::message(e).contains(at));
        e.retryAt = {};
        QVERIFY(ErrorText::message(e).contains(QStringLiteral("Wait a few minutes")));
    }

    void errorTextCoversEveryKind()
    {
        for (int k = int(ApiError::Kind::NetworkUnreachable); k <= int(ApiError::Kind::Other); ++k) {
            ApiError e;
            e.kind = ApiError::Kind(k);
            QVERIFY(!ErrorText::title(e).isEmpty());
            QVERIFY(!ErrorText::message(e).isEmpty());
        }
    }

    // ---- Sign in -----------------------------------------------------------------------------------------------
    void signInWrongPassword()
    {
        startEmulator();
        SignInDialog dlg(m_client.get());
        dlg.show();
        QPushButton *signIn = findButton(&dlg, QStringLiteral("Sign in"));
        QVERIFY(signIn);
        QVERIFY(!signIn->isEnabled()); // nothing typed yet
        typeSignIn(dlg, DemoUser, QStringLiteral("not-the-password"));
        QVERIFY(signIn->isEnabled());
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        QTest::mouseClick(signIn, Qt::LeftButton);
        expectSignInError(dlg, QStringLiteral("Wrong username or password"));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(dlg.isVisible());
        QVERIFY(findNamed<QLineEdit>(&dlg, QStringLiteral("Password"))->isEnabled());
        QCOMPARE(findNamed<QLineEdit>(&dlg, QStringLiteral("Username"))->text(), DemoUser);
    }

    void signInSucceedsAndIsBusyMeanwhile()
    {
        startEmulator();
        m_emu->setLatency(400);
        SignInDialog dlg(m_client.get());
        dlg.setNotice(QStringLiteral("Your session expired. Sign in again to continue."));
        dlg.setServerLabel(m_emu->baseUrl().toString());
        dlg.setUsername(DemoUser);
        dlg.show();
        QVERIFY(findNamed<QLabel>(&dlg, QStringLiteral("Notice"))->isVisible());
        QVERIFY(findNamed<QLabel>(&dlg, QStringLiteral("Server"))->text().contains(m_emu->baseUrl().toString()));
        auto *password = findNamed<QLineEdit>(&dlg, QStringLiteral("Password"));
        QCOMPARE(dlg.focusWidget(), password); // prefilled username: straight to the password
        QTest::keyClicks(password, DemoPassword);
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        QTest::keyClick(password, Qt::Key_Return); // Enter submits
        QVERIFY(!password->isEnabled());
        QVERIFY(findNamed<QProgressBar>(&dlg, QStringLiteral("Signing in"))->isVisible());
        QVERIFY(!findButton(&dlg, QStringLiteral("Signing in…"))->isEnabled());
        QVERIFY(signedIn.wait(10'000));
        QCOMPARE(signedIn.at(0).at(0).toString(), DemoUser);
        QVERIFY(!signedIn.at(0).at(1).toString().isEmpty());
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        QVERIFY(password->text().isEmpty()); // the password doesn't linger in the widget
    }

    void signInTwoFactor()
    {
        startEmulator();
        SignInDialog dlg(m_client.get());
        dlg.show();
        submitSignIn(dlg, TwoFactorUser, DemoPassword);
        auto *code = findNamed<QLineEdit>(&dlg, QStringLiteral("Authentication code"));
        QVERIFY(code);
        QTRY_VERIFY(code->isVisible());
        QPushButton *signIn = findButton(&dlg, QStringLiteral("Sign in"));
        QVERIFY(findButton(&dlg, QStringLiteral("Back")));
        QVERIFY(!signIn->isEnabled());

        // Digits only; Sign in only at six.
        QTest::keyClicks(code, QStringLiteral("12ab3"));
        QCOMPARE(code->text(), QStringLiteral("123"));
        QVERIFY(!signIn->isEnabled());

        // A wrong code first.
        QTest::keyClicks(code, QStringLiteral("000"));
        const QString right = HubEmulator::totpCode(TwoFactorSecret, m_emu->nowSecs());
        if (code->text() == right) { // astronomically unlikely; keep the test honest
            code->clear();
            QTest::keyClicks(code, QStringLiteral("999999"));
        }
        QVERIFY(signIn->isEnabled());
        QTest::mouseClick(signIn, Qt::LeftButton);
        expectSignInError(dlg, QStringLiteral("Wrong code"));
        QVERIFY(code->isVisible());

        // Then the right one.
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        code->clear();
        QTest::keyClicks(code, HubEmulator::totpCode(TwoFactorSecret, m_emu->nowSecs()));
        QVERIFY(signIn->isEnabled());
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(signedIn.wait(10'000));
        QCOMPARE(signedIn.at(0).at(0).toString(), TwoFactorUser);
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
    }

    void signInTwoFactorBack()
    {
        startEmulator();
        SignInDialog dlg(m_client.get());
        dlg.show();
        submitSignIn(dlg, TwoFactorUser, DemoPassword);
        auto *code = findNamed<QLineEdit>(&dlg, QStringLiteral("Authentication code"));
        QTRY_VERIFY(code->isVisible());
        QTest::mouseClick(findButton(&dlg, QStringLiteral("Back")), Qt::LeftButton);
        auto *username = findNamed<QLineEdit>(&dlg, QStringLiteral("Username"));
        QVERIFY(username->isVisible());
        QVERIFY(username->isEnabled());
        QCOMPARE(username->text(), TwoFactorUser);
        QVERIFY(!findButton(&dlg, QStringLiteral("Back")));
    }

    void signInWithTokenAsPassword()
    {
        startEmulator();
        SeedToken seed;
        seed.label = QStringLiteral("laptop");
        m_emu->addToken(DemoUser, seed);
        const QString pat = m_emu->lastSeededSecret();
        QVERIFY(pat.startsWith(QStringLiteral("dckr_pat_")));

        SignInDialog dlg(m_client.get());
        dlg.show();
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        submitSignIn(dlg, DemoUser, pat);
        expectSignInError(dlg, QStringLiteral("You signed in with a personal access token"));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(dlg.isVisible());
    }

    void signInRateLimited()
    {
        EmulatorOptions options;
        options.lockoutAttempts = 2;
        options.lockoutSecs = 300;
        startEmulator(options);
        SignInDialog dlg(m_client.get());
        dlg.show();
        auto *error = findNamed<QLabel>(&dlg, QStringLiteral("Sign-in error"));
        for (int i = 0; i < 3; ++i) {
            submitSignIn(dlg, DemoUser, QStringLiteral("wrong%1").arg(i));
            auto *password = findNamed<QLineEdit>(&dlg, QStringLiteral("Password"));
            QVERIFY(!password->isEnabled()); // signing in
            QTRY_VERIFY(password->isEnabled());
            QVERIFY(error->isVisible());
        }
        QVERIFY2(error->text().contains(QStringLiteral("Too many attempts")), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("Try again at")), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("in 5 minutes")), qPrintable(error->text()));
    }

    void signInUnreachable()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        HubClient client;
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        SignInDialog dlg(&client);
        dlg.show();
        submitSignIn(dlg, DemoUser, DemoPassword);
        expectSignInError(dlg, QStringLiteral("Can't reach the server"), 15'000);
        QVERIFY(findNamed<QLineEdit>(&dlg, QStringLiteral("Username"))->isEnabled());
    }

    // ---- Generate ----------------------------------------------------------------------------------------------
    void generateEachScope_data()
    {
        QTest::addColumn<int>("scope");
        for (TokenScope s : TokenScopes::all())
            QTest::newRow(qPrintable(TokenScopes::displayName(s))) << int(s);
    }

    void generateEachScope()
    {
        QFETCH(int, scope);
        startSignedIn();
        GenerateSurroundings around;
        QWidget &window = around.window;
        window.show();
        const int before = m_emu->tokenCount(DemoUser);

        QPointer<GenerateTokenDialog> dlg =
            new GenerateTokenDialog(m_core.get(), DemoUser, &around.clipboard, &window);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
        auto *picker = findNamed<ScopePicker>(dlg, QStringLiteral("Access permissions"));
        QVERIFY(picker);
        QCOMPARE(picker->scope(), std::optional(TokenScope::PublicRead)); // the default
        typeDescription(dlg, QStringLiteral("CI pipeline"));
        auto *radio = findNamed<QRadioButton>(dlg, TokenScopes::displayName(TokenScope(scope)));
        QVERIFY(radio);
        clickRadio(radio);
        QCOMPARE(picker->scope(), std::optional(TokenScope(scope)));

        QSignalSpy created(dlg, &GenerateTokenDialog::tokenCreated);
        QTest::mouseClick(findButton(dlg, QStringLiteral("Generate")), Qt::LeftButton);
        QVERIFY(created.wait(10'000));
        const auto token = created.at(0).at(0).value<AccessToken>();
        QCOMPARE(token.label, QStringLiteral("CI pipeline"));
        QCOMPARE(token.scope, std::optional(TokenScope(scope)));
        QCOMPARE(m_emu->tokenCount(DemoUser), before + 1);

        // The secret is shown by the created-token dialog, which the generate dialog opened itself, then closed.
        TokenCreatedDialog *shown = nullptr;
        QTRY_VERIFY((shown = window.findChild<TokenCreatedDialog *>()) != nullptr);
        QTRY_VERIFY(shown->isVisible());
        QVERIFY(findNamed<QLineEdit>(shown, QStringLiteral("Access token"))->text().startsWith(QStringLiteral("dckr_pat_")));
        QTRY_VERIFY(!dlg || !dlg->isVisible());
    }

    void generateEachExpiry_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<int>("days"); // -1: never
        QTest::newRow("None") << QStringLiteral("None") << -1;
        QTest::newRow("30 days") << QStringLiteral("30 days") << 30;
        QTest::newRow("90 days") << QStringLiteral("90 days") << 90;
    }

    void generateEachExpiry()
    {
        QFETCH(QString, choice);
        QFETCH(int, days);
        startSignedIn();
        GenerateSurroundings around;
        GenerateTokenDialog dlg(m_core.get(), DemoUser, &around.clipboard, &around.window);
        dlg.show();
        describeAndChooseExpiry(&dlg, QStringLiteral("expiry test"), choice);
        QVERIFY(!findNamed<QDateEdit>(&dlg, QStringLiteral("Expiration day"))->isVisible());
        const QString summary = findNamed<QLabel>(&dlg, QStringLiteral("Expiry summary"))->text();
        QVERIFY2(days < 0 ? summary.contains(QStringLiteral("never")) : summary.contains(QStringLiteral("expire on")),
                 qPrintable(summary));

        QSignalSpy created(&dlg, &GenerateTokenDialog::tokenCreated);
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        QTest::keyClick(findNamed<QLineEdit>(&dlg, QStringLiteral("Description")), Qt::Key_Return); // Enter submits
        QVERIFY(created.wait(10'000));
        const auto token = created.at(0).at(0).value<AccessToken>();
        if (days < 0) {
            QVERIFY(token.neverExpires());
        } else {
            QVERIFY(token.expiresAt.isValid());
            QVERIFY(qAbs(token.expiresAt.secsTo(asked.addDays(days))) < 120);
        }
    }

    void generateCustomExpiry()
    {
        startSignedIn();
        GenerateSurroundings around;
        GenerateTokenDialog dlg(m_core.get(), DemoUser, &around.clipboard, &around.window);
        dlg.show();
        describeAndChooseExpiry(&dlg, QStringLiteral("custom"), QStringLiteral("Custom"));
        auto *day = findNamed<QDateEdit>(&dlg, QStringLiteral("Expiration day"));
        auto *hour = findNamed<QComboBox>(&dlg, QStringLiteral("Expiration hour"));
        QVERIFY(day && hour);
        QVERIFY(day->isVisible() && hour->isVisible());
        QCOMPARE(hour->count(), 24);

        const QDate date = QDate::currentDate().addDays(10);
        day->setDate(date); // the calendar widget: set directly (typing depends on the locale's format)
        chooseInCombo(hour, DialogParts::formatTime(QTime(15, 0)));
        const QDateTime expected = QDateTime(date, QTime(15, 0)).toUTC();
        QCOMPARE(dlg.chosenExpiry(), expected);

        QSignalSpy created(&dlg, &GenerateTokenDialog::tokenCreated);
        QTest::mouseClick(findButton(&dlg, QStringLiteral("Generate")), Qt::LeftButton);
        QVERIFY(created.wait(10'000));
        QCOMPARE(created.at(0).at(0).value<AccessToken>().expiresAt, expected);
    }

    void generateCustomExpiryLimits()
    {
        startEmulator();
        ClipboardGuard clipboard;
        GenerateTokenDialog dlg(m_core.get(), DemoUser, &clipboard);
        dlg.show();
        describeAndChooseExpiry(&dlg, QStringLiteral("limits"), QStringLiteral("Custom"));
        auto *day = findNamed<QDateEdit>(&dlg, QStringLiteral("Expiration day"));
        auto *hour = findNamed<QComboBox>(&dlg, QStringLiteral("Expiration hour"));
        auto *error = findNamed<QLabel>(&dlg, QStringLiteral("Expiration date error"));
        QPushButton *generate = findButton(&dlg, QStringLiteral("Generate"));
        const QDate today = QDate::currentDate();

        // At most one year ahead: the calendar doesn't go further.
        QCOMPARE(day->maximumDate(), today.addYears(1));
        day->setDate(today.addYears(2));
        QCOMPARE(day->date(), today.addYears(1));

        // On that last day, an hour past now's is more than a year ahead.
        const int nowHour = QTime::currentTime().hour();
        if (nowHour < 23) {
            hour->setCurrentIndex(nowHour + 1);
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("one year")), qPrintable(error->text()));
            QVERIFY(!generate->isEnabled());
        }

        // Today at an hour that has begun is in the past.
        day->setDate(today);
        hour->setCurrentIndex(nowHour);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("future")), qPrintable(error->text()));
        QVERIFY(!generate->isEnabled());

        // A fine date again.
        day->setDate(today.addDays(3));
        QVERIFY(!error->isVisible());
        QVERIFY(generate->isEnabled());
    }

    void generateDescriptionCounterAndValidity()
    {
        startEmulator();
        ClipboardGuard clipboard;
        GenerateTokenDialog dlg(m_core.get(), DemoUser, &clipboard);
        dlg.show();
        auto *description = findNamed<QLineEdit>(&dlg, QStringLiteral("Description"));
        auto *counter = findNamed<QLabel>(&dlg, QStringLiteral("Description length"));
        auto *error = findNamed<QLabel>(&dlg, QStringLiteral("Description error"));
        QPushButton *generate = findButton(&dlg, QStringLiteral("Generate"));
        QVERIFY(description && counter && error && generate);

        QCOMPARE(counter->text(), QStringLiteral("0/100"));
        QVERIFY(!generate->isEnabled()); // required

        QTest::keyClicks(description, QStringLiteral("hello"));
        QCOMPARE(counter->text(), QStringLiteral("5/100"));
        QVERIFY(generate->isEnabled());

        description->setText(QStringLiteral("ビルドサーバー")); // CJK can't be typed by keyClicks
        QCOMPARE(counter->text(), QStringLiteral("7/100"));
        description->setText(QStringLiteral("🐳 whale"));
        QCOMPARE(counter->text(), QStringLiteral("7/100")); // an emoji is one character

        description->setText(QString(100, QLatin1Char('a')));
        QCOMPARE(counter->text(), QStringLiteral("100/100"));
        QVERIFY(generate->isEnabled());
        QVERIFY(!error->isVisible());
        QTest::keyClick(description, Qt::Key_B);
        QCOMPARE(counter->text(), QStringLiteral("101/100"));
        QVERIFY(!generate->isEnabled());
        QVERIFY(error->isVisible());
        QTest::keyClick(description, Qt::Key_Backspace);
        QVERIFY(generate->isEnabled());
        QVERIFY(!error->isVisible());

        description->selectAll();
        QTest::keyClick(description, Qt::Key_Delete);
        QVERIFY(!generate->isEnabled());
        QTest::keyClicks(description, QStringLiteral("   "));
        QVERIFY(!generate->isEnabled()); // blanks don't count
        QTest::keyClick(description, Qt::Key_Return); // Enter does nothing while invalid
        QVERIFY(dlg.isVisible());
        QTest::keyClick(description, Qt::Key_Escape); // Esc cancels
        QVERIFY(!dlg.isVisible());
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
    }

    void generateOneClickOneToken()
    {
        startSignedIn();
        GenerateSurroundings around;
        auto *dlg = new GenerateTokenDialog(m_core.get(), DemoUser, &around.clipboard, &around.window);
        dlg->show();
        auto *description = findNamed<QLineEdit>(dlg, QStringLiteral("Description"));
        QTest::keyClicks(description, QStringLiteral("only once"));
        const int before = m_emu->tokenCount(DemoUser);
        m_emu->setLatency(500);

        QSignalSpy created(dlg, &GenerateTokenDialog::tokenCreated);
        QPushButton *generate = findButton(dlg, QStringLiteral("Generate"));
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(!generate->isEnabled()); // in flight
        QTest::mouseClick(generate, Qt::LeftButton);
        QTest::mouseDClick(generate, Qt::LeftButton);
        QTest::keyClick(description, Qt::Key_Return);
        QVERIFY(created.wait(10'000));
        QTest::qWait(1200); // anything else would have arrived by now
        QCOMPARE(created.count(), 1);
        QCOMPARE(m_emu->tokenCount(DemoUser), before + 1);
    }

    void generateServerErrorKeepsInput()
    {
        startSignedIn();
        ClipboardGuard clipboard;
        GenerateTokenDialog dlg(m_core.get(), DemoUser, &clipboard);
        dlg.show();
        auto *description = findNamed<QLineEdit>(&dlg, QStringLiteral("Description"));
        QTest::keyClicks(description, QStringLiteral("keep me"));
        clickRadio(findNamed<QRadioButton>(&dlg, TokenScopes::displayName(TokenScope::Write)));

        m_emu->failNext(1, 503);
        QTest::mouseClick(findButton(&dlg, QStringLiteral("Generate")), Qt::LeftButton);
        auto *formError = findNamed<QLabel>(&dlg, QStringLiteral("Error"));
        QTRY_VERIFY(formError->isVisible());
        QVERIFY2(formError->text().contains(QStringLiteral("Docker Hub had a problem")), qPrintable(formError->text()));
        QCOMPARE(description->text(), QStringLiteral("keep me"));
        QCOMPARE(findNamed<ScopePicker>(&dlg, QStringLiteral("Access permissions"))->scope(),
                 std::optional(TokenScope::Write));
        QVERIFY(findButton(&dlg, QStringLiteral("Generate"))->isEnabled());
        QVERIFY(dlg.isVisible());
    }

    void generateServerFieldErrorShownByTheField()
    {
        startEmulator();
        // The server's clock runs three days ahead: tomorrow is already in its past.
        m_emu->setClockSkew(3 * 24 * 3600);
        signInClient();
        ClipboardGuard clipboard;
        GenerateTokenDialog dlg(m_core.get(), DemoUser, &clipboard);
        dlg.show();
        describeAndChooseExpiry(&dlg, QStringLiteral("skewed"), QStringLiteral("Custom"));
        findNamed<QDateEdit>(&dlg, QStringLiteral("Expiration day"))->setDate(QDate::currentDate().addDays(1));
        QTest::mouseClick(findButton(&dlg, QStringLiteral("Generate")), Qt::LeftButton);
        auto *expiryError = findNamed<QLabel>(&dlg, QStringLiteral("Expiration date error"));
        QTRY_VERIFY(expiryError->isVisible());
        QVERIFY2(expiryError->text().contains(QStringLiteral("future")), qPrintable(expiryError->text()));
        QCOMPARE(findNamed<QLineEdit>(&dlg, QStringLiteral("Description"))->text(), QStringLiteral("skewed"));
        // Editing the field takes the server's complaint away.
        findNamed<QDateEdit>(&dlg, QStringLiteral("Expiration day"))->setDate(QDate::currentDate().addDays(20));
        QVERIFY(!expiryError->isVisible());
    }

    void generateSessionExpiredKeepsInput()
    {
        startEmulator();
        m_client->setBearerToken(QStringLiteral("not-a-session"));
        ClipboardGuard clipboard;
        GenerateTokenDialog dlg(m_core.get(), DemoUser, &clipboard);
        dlg.show();
        auto *description = findNamed<QLineEdit>(&dlg, QStringLiteral("Description"));
        QTest::keyClicks(description, QStringLiteral("after re-sign-in"));
        QSignalSpy expired(&dlg, &GenerateTokenDialog::sessionExpired);
        QTest::mouseClick(findButton(&dlg, QStringLiteral("Generate")), Qt::LeftButton);
        QVERIFY(expired.wait(10'000));
        QVERIFY(dlg.isVisible());
        QCOMPARE(description->text(), QStringLiteral("after re-sign-in"));
        QTRY_VERIFY(findButton(&dlg, QStringLiteral("Generate"))->isEnabled());
    }

    // ---- The created token -------------------------------------------------------------------------------------
    void createdCopyAndCountdown()
    {
        ClipboardGuard clipboard;
        const QString secret = QStringLiteral("dckr_pat_abcdefghijklmnopqrstuvwxyz0");
        TokenCreatedDialog dlg(createdToken(QStringLiteral("CI"), secret, TokenScope::Write), DemoUser, &clipboard);
        dlg.show();
        QCOMPARE(dlg.windowTitle(), QStringLiteral("Copy access token"));
        auto *field = findNamed<QLineEdit>(&dlg, QStringLiteral("Access token"));
        QVERIFY(field->isReadOnly());
        QCOMPARE(field->text(), secret);
        const QStringList texts = allTexts(&dlg);
        QVERIFY(texts.contains(QStringLiteral("docker login --username demo")));
        QVERIFY(texts.contains(QStringLiteral("echo $TOKEN | docker login --username demo --password-stdin")));
        QVERIFY(!dlg.hasCopied());

        QTest::mouseClick(findButton(&dlg, QStringLiteral("Copy")), Qt::LeftButton);
        QVERIFY(dlg.hasCopied());
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), secret);
#if defined(Q_OS_MACOS)
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
#elif !defined(Q_OS_WIN)
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
#endif
        auto *status = findNamed<QLabel>(&dlg, QStringLiteral("Clipboard status"));
        QVERIFY2(status->text().contains(QStringLiteral("Clipboard clears in 30 s")), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Clipboard clears in 29 s")), 2500);
        // Copied: closing doesn't ask.
        ScriptedPrompter prompter;
        QTest::mouseClick(findButton(&dlg, QStringLiteral("Close")), Qt::LeftButton);
        QVERIFY(prompter.questions.isEmpty());
        QVERIFY(!dlg.isVisible());
        QVERIFY(field->text().isEmpty());
    }

    void createdCountdownClears()
    {
        ClipboardGuard clipboard;
        clipboard.setClearDelay(1);
        const QString secret = QStringLiteral("dckr_pat_shortlivedclipboard00000");
        TokenCreatedDialog dlg(createdToken(QStringLiteral("short"), secret), DemoUser, &clipboard);
        dlg.show();
        QTest::mouseClick(findButton(&dlg, QStringLiteral("Copy")), Qt::LeftButton);
        auto *status = findNamed<QLabel>(&dlg, QStringLiteral("Clipboard status"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Clipboard cleared."), 3000);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void createdCloseWithoutCopyAsks()
    {
        ClipboardGuard clipboard;
        const QString secret = QStringLiteral("dckr_pat_neverCopiedSecret0000000");
        TokenCreatedDialog dlg(createdToken(QStringLiteral("ask first"), secret), DemoUser, &clipboard);
        dlg.show();
        ScriptedPrompter prompter;
        prompter.answers = {Prompter::Answer::Reject, Prompter::Answer::Reject, Prompter::Answer::Accept};

        // Close button, answered "no": still open, secret still there.
        QTest::mouseClick(findButton(&dlg, QStringLiteral("Close")), Qt::LeftButton);
        QCOMPARE(prompter.questions.size(), 1);
        QCOMPARE(prompter.questions.at(0).title, QStringLiteral("Close without copying?"));
        QVERIFY(prompter.questions.at(0).destructive);
        QVERIFY(dlg.isVisible());
        QCOMPARE(findNamed<QLineEdit>(&dlg, QStringLiteral("Access token"))->text(), secret);

        // The window's X, answered "no".
        dlg.close();
        QCOMPARE(prompter.questions.size(), 2);
        QVERIFY(dlg.isVisible());

        // Esc, answered "yes": closed and wiped.
        QTest::keyClick(&dlg, Qt::Key_Escape);
        QCOMPARE(prompter.questions.size(), 3);
        QVERIFY(!dlg.isVisible());
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        for (const QString &text : allTexts(&dlg))
            QVERIFY2(!text.contains(secret), "the secret is still in the dialog");
        QVERIFY(!QApplication::clipboard()->text().contains(secret));
    }

    // ---- Edit --------------------------------------------------------------------------------------------------
    void editSendsOnlyChangedFields()
    {
        startSignedIn();
        SeedToken seed;
        seed.label = QStringLiteral("original");
        seed.scopes = {QStringLiteral("repo:read")};
        const QString uuid = m_emu->addToken(DemoUser, seed);
        const AccessToken token = fetchToken(uuid);
        QCOMPARE(token.scope, std::optional(TokenScope::Read));

        EditTokenDialog dlg(m_core.get(), token);
        dlg.show();
        QPushButton *save = findButton(&dlg, QStringLiteral("Save"));
        QVERIFY(!save->isEnabled()); // nothing changed yet
        QVERIFY(allTexts(&dlg).contains(
            QStringLiteral("Expiration dates can't be changed. Generate a new token to set a new one.")));

        // Meanwhile, someone changes the permission on the web page. Saving only the label must not undo that.
        TokenPatch elsewhere;
        elsewhere.scope = TokenScope::Admin;
        changeElsewhere(uuid, elsewhere);

        auto *description = findNamed<QLineEdit>(&dlg, QStringLiteral("Description"));
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("renamed"));
        QVERIFY(save->isEnabled());
        QSignalSpy updated(&dlg, &EditTokenDialog::tokenUpdated);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled()); // in flight
        QVERIFY(updated.wait(10'000));
        const auto after = updated.at(0).at(0).value<AccessToken>();
        QCOMPARE(after.label, QStringLiteral("renamed"));
        QCOMPARE(after.scope, std::optional(TokenScope::Admin)); // not sent, so not overwritten
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
    }

    void editScopeOnly()
    {
        startSignedIn();
        SeedToken seed;
        seed.label = QStringLiteral("scope only");
        const QString uuid = m_emu->addToken(DemoUser, seed);
        const AccessToken token = fetchToken(uuid);

        EditTokenDialog dlg(m_core.get(), token);
        dlg.show();
        // Renamed elsewhere meanwhile; changing only the permission keeps that name.
        TokenPatch elsewhere;
        elsewhere.label = QStringLiteral("renamed on the web");
        changeElsewhere(uuid, elsewhere);

        clickRadio(findNamed<QRadioButton>(&dlg, TokenScopes::displayName(TokenScope::Write)));
        QPushButton *save = findButton(&dlg, QStringLiteral("Save"));
        QVERIFY(save->isEnabled());
        // Back to the original: nothing to save.
        clickRadio(findNamed<QRadioButton>(&dlg, TokenScopes::displayName(TokenScope::PublicRead)));
        QVERIFY(!save->isEnabled());
        clickRadio(findNamed<QRadioButton>(&dlg, TokenScopes::displayName(TokenScope::Write)));
        QSignalSpy updated(&dlg, &EditTokenDialog::tokenUpdated);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(updated.wait(10'000));
        const auto after = updated.at(0).at(0).value<AccessToken>();
        QCOMPARE(after.scope, std::optional(TokenScope::Write));
        QCOMPARE(after.label, QStringLiteral("renamed on the web"));
    }

    void editExpiredIsReadOnly()
    {
        HubClient client;
        Account account(&client, nullptr);
        TokenCore core(&account);
        AccessToken token;
        token.uuid = QStringLiteral("b7c0a2f4-0000-4000-8000-000000000001");
        token.label = QStringLiteral("old");
        token.scope = TokenScope::Read;
        token.createdAt = QDateTime::currentDateTimeUtc().addDays(-60);
        token.expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
        EditTokenDialog dlg(&core, token);
        dlg.show();
        QVERIFY(findNamed<QLineEdit>(&dlg, QStringLiteral("Description"))->isReadOnly());
        for (TokenScope s : TokenScopes::all())
            QVERIFY(!findNamed<QRadioButton>(&dlg, TokenScopes::displayName(s))->isEnabled());
        QVERIFY(!findButton(&dlg, QStringLiteral("Save")));
        auto *reason = findNamed<QLabel>(&dlg, QStringLiteral("Why this token can't be edited"));
        QVERIFY(reason && reason->isVisible());
        QVERIFY(reason->text().contains(QStringLiteral("expired")));
        QTest::keyClick(&dlg, Qt::Key_Escape);
        QVERIFY(!dlg.isVisible());
    }

    // ---- Details -----------------------------------------------------------------------------------------------
    void detailsShowsEverything()
    {
        AccessToken token;
        token.uuid = QStringLiteral("0b9a6f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        token.label = QStringLiteral("Docker Desktop");
        token.scope = TokenScope::Admin;
        token.active = false;
        token.generatedBy = QStringLiteral("docker-desktop");
        token.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
        token.lastUsed = QDateTime(QDate(2025, 2, 3), QTime(4, 5, 6), Qt::UTC);
        token.expiresAt = QDateTime::currentDateTimeUtc().addDays(40);
        token.creatorIp = QStringLiteral("192.0.2.7");
        token.creatorUserAgent = QStringLiteral("Docker-Client/27.3.1 (linux)");
        token.clientId = QStringLiteral("HUB");
        TokenDetailsDialog dlg(token);
        dlg.show();

        const auto value = [&dlg](const char *name) {
            auto *label = findNamed<QLabel>(&dlg, QString::fromLatin1(name));
            return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
        };
        QCOMPARE(value("Description"), token.label);
        QCOMPARE(value("UUID"), token.uuid);
        QCOMPARE(value("Access permissions"), QStringLiteral("Repo Read, Write, Delete"));
        QCOMPARE(value("Status"), QStringLiteral("Inactive"));
        QCOMPARE(value("Source"), QStringLiteral("Auto-generated (docker-desktop)"));
        QVERIFY(value("Created").contains(QStringLiteral("2025")));
        QVERIFY(value("Last used").contains(QStringLiteral("2025")));
        QVERIFY(value("Expires").contains(QString::number(token.expiresAt.toLocalTime().date().year())));
        QCOMPARE(value("Creator IP"), token.creatorIp);
        QCOMPARE(value("Creator user agent"), token.creatorUserAgent);
        QCOMPARE(value("Client"), QStringLiteral("HUB"));
        QVERIFY(findNamed<QLabel>(&dlg, QStringLiteral("UUID"))->textInteractionFlags() & Qt::TextSelectableByMouse);

        auto *copy = findNamed<QPushButton>(&dlg, QStringLiteral("Copy UUID"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), token.uuid);
        QVERIFY(!QApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    }

    void detailsNeverAndManual()
    {
        AccessToken token;
        token.uuid = QStringLiteral("1");
        token.label = QStringLiteral("manual one");
        token.generatedBy = QStringLiteral("manual");
        token.createdAt = QDateTime::currentDateTimeUtc();
        TokenDetailsDialog dlg(token);
        QCOMPARE(findNamed<QLabel>(&dlg, QStringLiteral("Last used"))->text(), QStringLiteral("Never"));
        QCOMPARE(findNamed<QLabel>(&dlg, QStringLiteral("Expires"))->text(), QStringLiteral("Never"));
        QVERIFY(findNamed<QLabel>(&dlg, QStringLiteral("Source"))->text().startsWith(QStringLiteral("Manual")));
        QCOMPARE(findNamed<QLabel>(&dlg, QStringLiteral("Access permissions"))->text(),
                 TokenScopes::displayName(std::nullopt));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
