// The sign-in dialog, driven the way a person uses it, against the Hub emulator (wrong password, two-factor, a token
// as password, rate limit, unreachable server), and the words ErrorText gives each error. Runs under
// QT_QPA_PLATFORM=offscreen.
#include "DialogTestSupport.h"
#include "app/hub/RetryPolicy.h"
#include "models/ErrorText.h"
#include "ui/DialogParts.h"
#include "ui/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTcpServer>

#include <utility>

using namespace DialogTest;

class TestDialogsSignIn : public DialogTestCase {
    Q_OBJECT

private:
    void typeSignIn(SignInDialog &dlg, const QString &user, const QString &password)
    {
        auto *username = widgetNamed<QLineEdit>(&dlg, QStringLiteral("usernameEdit"));
        auto *pass = widgetNamed<QLineEdit>(&dlg, QStringLiteral("passwordEdit"));
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
        QPushButton *signIn = buttonNamed(&dlg, QStringLiteral("signInButton"));
        QVERIFY(signIn);
        QTest::mouseClick(signIn, Qt::LeftButton);
    }

    // Signs the two-factor account in and waits for the code page: its code field, or null if the page never came.
    QLineEdit *submitToCodePage(SignInDialog &dlg)
    {
        submitSignIn(dlg, TwoFactorUser, DemoPassword);
        auto *code = widgetNamed<QLineEdit>(&dlg, QStringLiteral("codeEdit"));
        return code && QTest::qWaitFor([code] { return code->isVisible(); }, 5000) ? code : nullptr;
    }

    // The dialog's error line comes up (within `timeout` ms) and says `text`.
    void expectSignInError(SignInDialog &dlg, const QString &text, int timeout = 5000)
    {
        auto *error = widgetNamed<QLabel>(&dlg, QStringLiteral("signInError"));
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), timeout);
        QVERIFY2(error->text().contains(text), qPrintable(error->text()));
    }

private Q_SLOTS:
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
    // The controls these tests find by object name carry the names a screen reader reads.
    void signInControlsNamedForScreenReaders()
    {
        HubClient client;
        SignInDialog dlg(&client);
        const std::pair<const char *, const char *> names[] = {
            {"usernameEdit", "Username"},     {"passwordEdit", "Password"}, {"codeEdit", "Authentication code"},
            {"signInError", "Sign-in error"}, {"signInNotice", "Notice"},   {"serverLabel", "Server"},
            {"signInProgress", "Signing in"}, {"signInButton", "Sign in"},  {"backButton", "Back"},
            {"cancelButton", "Cancel"},
        };
        for (const auto &[object, accessible] : names) {
            auto *widget = widgetNamed<QWidget>(&dlg, QString::fromLatin1(object));
            QVERIFY2(widget, object);
            QCOMPARE(widget->accessibleName(), QString::fromLatin1(accessible));
        }
    }

    void signInWrongPassword()
    {
        startEmulator();
        SignInDialog dlg(m_client);
        dlg.show();
        QPushButton *signIn = buttonNamed(&dlg, QStringLiteral("signInButton"));
        QVERIFY(signIn);
        QCOMPARE(signIn->text(), QStringLiteral("Sign in"));
        QVERIFY(!signIn->isEnabled()); // nothing typed yet
        typeSignIn(dlg, DemoUser, QStringLiteral("not-the-password"));
        QVERIFY(signIn->isEnabled());
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        QTest::mouseClick(signIn, Qt::LeftButton);
        expectSignInError(dlg, QStringLiteral("Wrong username or password"));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(dlg.isVisible());
        QVERIFY(widgetNamed<QLineEdit>(&dlg, QStringLiteral("passwordEdit"))->isEnabled());
        QCOMPARE(widgetNamed<QLineEdit>(&dlg, QStringLiteral("usernameEdit"))->text(), DemoUser);
    }

    void signInSucceedsAndIsBusyMeanwhile()
    {
        startEmulator();
        m_emu->setLatency(400);
        SignInDialog dlg(m_client);
        dlg.setNotice(QStringLiteral("Your session expired. Sign in again to continue."));
        dlg.setServerLabel(m_emu->baseUrl().toString());
        dlg.setUsername(DemoUser);
        dlg.show();
        QVERIFY(widgetNamed<QLabel>(&dlg, QStringLiteral("signInNotice"))->isVisible());
        QVERIFY(widgetNamed<QLabel>(&dlg, QStringLiteral("serverLabel"))->text().contains(m_emu->baseUrl().toString()));
        auto *password = widgetNamed<QLineEdit>(&dlg, QStringLiteral("passwordEdit"));
        QCOMPARE(dlg.focusWidget(), password); // prefilled username: straight to the password
        QTest::keyClicks(password, DemoPassword);
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        QTest::keyClick(password, Qt::Key_Return); // Enter submits
        QVERIFY(!password->isEnabled());
        QVERIFY(widgetNamed<QProgressBar>(&dlg, QStringLiteral("signInProgress"))->isVisible());
        QPushButton *busyButton = buttonNamed(&dlg, QStringLiteral("signInButton"));
        QCOMPARE(busyButton->text(), QStringLiteral("Signing in…"));
        QVERIFY(!busyButton->isEnabled());
        QVERIFY(signedIn.wait(10'000));
        QCOMPARE(signedIn.at(0).at(0).toString(), DemoUser);
        QVERIFY(!signedIn.at(0).at(1).toString().isEmpty());
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        QVERIFY(password->text().isEmpty()); // the password doesn't linger in the widget
    }

    void signInTwoFactor()
    {
        startEmulator();
        SignInDialog dlg(m_client);
        dlg.show();
        QLineEdit *code = submitToCodePage(dlg);
        QVERIFY(code);
        QPushButton *signIn = buttonNamed(&dlg, QStringLiteral("signInButton"));
        QVERIFY(buttonNamed(&dlg, QStringLiteral("backButton")));
        QCOMPARE(buttonNamed(&dlg, QStringLiteral("backButton"))->text(), QStringLiteral("Back"));
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
        SignInDialog dlg(m_client);
        dlg.show();
        QLineEdit *code = submitToCodePage(dlg);
        QVERIFY(code);
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("backButton")), Qt::LeftButton);
        auto *username = widgetNamed<QLineEdit>(&dlg, QStringLiteral("usernameEdit"));
        QVERIFY(username->isVisible());
        QVERIFY(username->isEnabled());
        QCOMPARE(username->text(), TwoFactorUser);
        QVERIFY(!buttonNamed(&dlg, QStringLiteral("backButton")));
    }

    void signInWithTokenAsPassword()
    {
        startEmulator();
        SeedToken seed;
        seed.label = QStringLiteral("laptop");
        m_emu->addToken(DemoUser, seed);
        const QString pat = m_emu->lastSeededSecret();
        QVERIFY(pat.startsWith(QStringLiteral("dckr_pat_")));

        SignInDialog dlg(m_client);
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
        SignInDialog dlg(m_client);
        dlg.show();
        auto *error = widgetNamed<QLabel>(&dlg, QStringLiteral("signInError"));
        for (int i = 0; i < 3; ++i) {
            submitSignIn(dlg, DemoUser, QStringLiteral("wrong%1").arg(i));
            auto *password = widgetNamed<QLineEdit>(&dlg, QStringLiteral("passwordEdit"));
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
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))).ok());
        SignInDialog dlg(&client);
        dlg.show();
        submitSignIn(dlg, DemoUser, DemoPassword);
        expectSignInError(dlg, QStringLiteral("Can't reach the server"), 15'000);
        QVERIFY(widgetNamed<QLineEdit>(&dlg, QStringLiteral("usernameEdit"))->isEnabled());
    }

    // ---- The dialog as the conversation's face: it asks again after anything, until the person cancels --------
    void signInAfterAServerErrorInTheSameDialog()
    {
        startEmulator();
        m_client->setRetryPolicy(RetryPolicy::none());
        m_emu->failNext(1, 503);
        SignInDialog dlg(m_client);
        dlg.show();
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        QPushButton *signIn = buttonNamed(&dlg, QStringLiteral("signInButton"));
        auto *password = widgetNamed<QLineEdit>(&dlg, QStringLiteral("passwordEdit"));
        typeSignIn(dlg, DemoUser, DemoPassword);
        QTest::mouseClick(signIn, Qt::LeftButton);
        auto *error = widgetNamed<QLabel>(&dlg, QStringLiteral("signInError"));
        QTRY_VERIFY(error->isVisible());
        QTRY_VERIFY(password->isEnabled());
        QCOMPARE(password->text(), DemoPassword); // kept for the next try
        QVERIFY(signIn->isEnabled());
        QTest::keyClick(password, Qt::Key_Return); // the next try, from the keyboard
        QVERIFY(signedIn.wait(10'000));
        QCOMPARE(signedIn.at(0).at(0).toString(), DemoUser);
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
    }

    void moreWrongCodesThanTheTerminalAllows()
    {
        startEmulator();
        SignInDialog dlg(m_client);
        dlg.show();
        QLineEdit *code = submitToCodePage(dlg);
        QVERIFY(code);
        QPushButton *signIn = buttonNamed(&dlg, QStringLiteral("signInButton"));
        auto *error = widgetNamed<QLabel>(&dlg, QStringLiteral("signInError"));
        for (int i = 0; i < 4; ++i) { // the terminal gives up after three
            const QString wrong = QStringLiteral("00000%1").arg(i);
            if (wrong == HubEmulator::totpCode(TwoFactorSecret, m_emu->nowSecs()))
                continue; // astronomically unlikely; keep the test honest
            QTest::keyClicks(code, wrong);
            QTest::mouseClick(signIn, Qt::LeftButton);
            QTRY_VERIFY(code->isEnabled() && code->text().isEmpty()); // told, cleared, asked again
            QVERIFY(error->isVisible());
        }
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        QTest::keyClicks(code, HubEmulator::totpCode(TwoFactorSecret, m_emu->nowSecs()));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(signedIn.wait(10'000));
        QCOMPARE(signedIn.at(0).at(0).toString(), TwoFactorUser);
    }

    void backThenAnotherAccount()
    {
        startEmulator();
        SignInDialog dlg(m_client);
        dlg.show();
        QLineEdit *code = submitToCodePage(dlg);
        QVERIFY(code);
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("backButton")), Qt::LeftButton);
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        submitSignIn(dlg, DemoUser, DemoPassword); // a one-step account this time
        QVERIFY(signedIn.wait(10'000));
        QCOMPARE(signedIn.at(0).at(0).toString(), DemoUser);
    }

    void cancelThenSignInAfresh()
    {
        startEmulator();
        SignInDialog dlg(m_client);
        dlg.show();
        QLineEdit *code = submitToCodePage(dlg);
        QVERIFY(code);
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        QVERIFY(!dlg.isVisible());
        // Shown again (as the window does after "Sign in" on its banner): from the first page, nothing left over.
        dlg.show();
        auto *username = widgetNamed<QLineEdit>(&dlg, QStringLiteral("usernameEdit"));
        QTRY_VERIFY(username->isVisible());
        QVERIFY(widgetNamed<QLineEdit>(&dlg, QStringLiteral("passwordEdit"))->text().isEmpty());
        QSignalSpy signedIn(&dlg, &SignInDialog::signedIn);
        submitSignIn(dlg, DemoUser, DemoPassword);
        QVERIFY(signedIn.wait(10'000));
        QCOMPARE(signedIn.at(0).at(0).toString(), DemoUser);
    }
};

QTEST_MAIN(TestDialogsSignIn)
#include "tst_dialogs_signin.moc"
