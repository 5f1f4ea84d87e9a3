// The Generate token dialog, driven the way a person uses it, against the Hub emulator: each scope and expiry, a
// custom date and its limits, the description, one click one token, and server errors that keep the input. Runs
// under QT_QPA_PLATFORM=offscreen.
#include "DialogTestSupport.h"
#include "app/hub/RetryPolicy.h"
#include "ui/ClipboardGuard.h"
#include "ui/DialogParts.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/ScopePicker.h"
#include "ui/TokenCreatedDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace DialogTest;

namespace {

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
    QTest::keyClicks(widgetNamed<QLineEdit>(dialog, QStringLiteral("descriptionEdit")), text);
}

// Fills in the generate dialog's description and picks an entry of its "Expiration date" list.
void describeAndChooseExpiry(QWidget *dialog, const QString &description, const QString &expiry)
{
    typeDescription(dialog, description);
    auto *combo = widgetNamed<QComboBox>(dialog, QStringLiteral("expiryCombo"));
    QVERIFY(combo);
    chooseInCombo(combo, expiry);
}

// What the generate dialog is shown among: prompts answered "yes", a clipboard guard and a parent window.
struct GenerateSurroundings {
    ScriptedPrompter prompter;
    ClipboardGuard clipboard;
    QWidget window;
    GenerateSurroundings() { prompter.fallback = Prompter::Answer::Accept; }
};

} // namespace

class TestDialogsGenerate : public DialogTestCase {
    Q_OBJECT

private Q_SLOTS:
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
            new GenerateTokenDialog(m_core, nullptr, DemoUser, &around.clipboard, &window);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
        auto *picker = widgetNamed<ScopePicker>(dlg, QStringLiteral("scopePicker"));
        QVERIFY(picker);
        QCOMPARE(picker->scope(), std::optional(TokenScope::PublicRead)); // the default
        typeDescription(dlg, QStringLiteral("CI pipeline"));
        auto *radio =
            widgetNamed<QRadioButton>(dlg, QStringLiteral("scope%1").arg(static_cast<int>(TokenScope(scope))));
        QVERIFY(radio);
        clickRadio(radio);
        QCOMPARE(picker->scope(), std::optional(TokenScope(scope)));

        QSignalSpy created(dlg, &GenerateTokenDialog::tokenCreated);
        QTest::mouseClick(buttonNamed(dlg, QStringLiteral("generateButton")), Qt::LeftButton);
        QVERIFY(created.wait(10'000));
        const auto token = created.at(0).at(0).value<AccessToken>();
        QCOMPARE(token.label, QStringLiteral("CI pipeline"));
        QCOMPARE(token.scope, std::optional(TokenScope(scope)));
        QCOMPARE(m_emu->tokenCount(DemoUser), before + 1);

        // The secret is shown by the created-token dialog, which the generate dialog opened itself, then closed.
        TokenCreatedDialog *shown = nullptr;
        QTRY_VERIFY((shown = window.findChild<TokenCreatedDialog *>()) != nullptr);
        QTRY_VERIFY(shown->isVisible());
        QVERIFY(widgetNamed<QLineEdit>(shown, QStringLiteral("secretEdit"))
                    ->text()
                    .startsWith(QStringLiteral("dckr_pat_")));
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
        GenerateTokenDialog dlg(m_core, nullptr, DemoUser, &around.clipboard, &around.window);
        dlg.show();
        describeAndChooseExpiry(&dlg, QStringLiteral("expiry test"), choice);
        QVERIFY(!widgetNamed<QDateEdit>(&dlg, QStringLiteral("expiryDate"))->isVisible());
        const QString summary = widgetNamed<QLabel>(&dlg, QStringLiteral("expirySummary"))->text();
        QVERIFY2(days < 0 ? summary.contains(QStringLiteral("never")) : summary.contains(QStringLiteral("expire on")),
                 qPrintable(summary));

        QSignalSpy created(&dlg, &GenerateTokenDialog::tokenCreated);
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        QTest::keyClick(widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit")),
                        Qt::Key_Return); // Enter submits
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
        GenerateTokenDialog dlg(m_core, nullptr, DemoUser, &around.clipboard, &around.window);
        dlg.show();
        describeAndChooseExpiry(&dlg, QStringLiteral("custom"), QStringLiteral("Custom"));
        auto *day = widgetNamed<QDateEdit>(&dlg, QStringLiteral("expiryDate"));
        auto *hour = widgetNamed<QComboBox>(&dlg, QStringLiteral("expiryHour"));
        QVERIFY(day && hour);
        QVERIFY(day->isVisible() && hour->isVisible());
        QCOMPARE(hour->count(), 24);

        const QDate date = QDate::currentDate().addDays(10);
        day->setDate(date); // the calendar widget: set directly (typing depends on the locale's format)
        chooseInCombo(hour, DialogParts::formatTime(QTime(15, 0)));
        const QDateTime expected = QDateTime(date, QTime(15, 0)).toUTC();
        QCOMPARE(dlg.chosenExpiry(), expected);

        QSignalSpy created(&dlg, &GenerateTokenDialog::tokenCreated);
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("generateButton")), Qt::LeftButton);
        QVERIFY(created.wait(10'000));
        QCOMPARE(created.at(0).at(0).value<AccessToken>().expiresAt, expected);
    }

    void generateCustomExpiryLimits()
    {
        startEmulator();
        ClipboardGuard clipboard;
        GenerateTokenDialog dlg(m_core, nullptr, DemoUser, &clipboard);
        dlg.show();
        describeAndChooseExpiry(&dlg, QStringLiteral("limits"), QStringLiteral("Custom"));
        auto *day = widgetNamed<QDateEdit>(&dlg, QStringLiteral("expiryDate"));
        auto *hour = widgetNamed<QComboBox>(&dlg, QStringLiteral("expiryHour"));
        auto *error = widgetNamed<QLabel>(&dlg, QStringLiteral("expiryError"));
        QPushButton *generate = buttonNamed(&dlg, QStringLiteral("generateButton"));
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
        GenerateTokenDialog dlg(m_core, nullptr, DemoUser, &clipboard);
        dlg.show();
        auto *description = widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit"));
        auto *counter = widgetNamed<QLabel>(&dlg, QStringLiteral("descriptionCounter"));
        auto *error = widgetNamed<QLabel>(&dlg, QStringLiteral("descriptionError"));
        QPushButton *generate = buttonNamed(&dlg, QStringLiteral("generateButton"));
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
        auto *dlg = new GenerateTokenDialog(m_core, nullptr, DemoUser, &around.clipboard, &around.window);
        dlg->show();
        auto *description = widgetNamed<QLineEdit>(dlg, QStringLiteral("descriptionEdit"));
        QTest::keyClicks(description, QStringLiteral("only once"));
        const int before = m_emu->tokenCount(DemoUser);
        m_emu->setLatency(500);

        QSignalSpy created(dlg, &GenerateTokenDialog::tokenCreated);
        QPushButton *generate = buttonNamed(dlg, QStringLiteral("generateButton"));
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
        GenerateTokenDialog dlg(m_core, nullptr, DemoUser, &clipboard);
        dlg.show();
        auto *description = widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit"));
        QTest::keyClicks(description, QStringLiteral("keep me"));
        clickRadio(widgetNamed<QRadioButton>(&dlg, QStringLiteral("scope%1").arg(static_cast<int>(TokenScope::Write))));

        m_client->setRetryPolicy(RetryPolicy::none()); // a 503 that nothing retries: the dialog shows it
        m_emu->failNext(1, 503);
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("generateButton")), Qt::LeftButton);
        auto *formError = widgetNamed<QLabel>(&dlg, QStringLiteral("formError"));
        QTRY_VERIFY(formError->isVisible());
        QVERIFY2(formError->text().contains(QStringLiteral("Docker Hub had a problem")), qPrintable(formError->text()));
        QCOMPARE(description->text(), QStringLiteral("keep me"));
        QCOMPARE(widgetNamed<ScopePicker>(&dlg, QStringLiteral("scopePicker"))->scope(),
                 std::optional(TokenScope::Write));
        QVERIFY(buttonNamed(&dlg, QStringLiteral("generateButton"))->isEnabled());
        QVERIFY(dlg.isVisible());
    }

    void generateServerFieldErrorShownByTheField()
    {
        startEmulator();
        // The server's clock runs three days ahead: tomorrow is already in its past.
        m_emu->setClockSkew(3 * 24 * 3600);
        signInClient();
        ClipboardGuard clipboard;
        GenerateTokenDialog dlg(m_core, nullptr, DemoUser, &clipboard);
        dlg.show();
        describeAndChooseExpiry(&dlg, QStringLiteral("skewed"), QStringLiteral("Custom"));
        widgetNamed<QDateEdit>(&dlg, QStringLiteral("expiryDate"))->setDate(QDate::currentDate().addDays(1));
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("generateButton")), Qt::LeftButton);
        auto *expiryError = widgetNamed<QLabel>(&dlg, QStringLiteral("expiryError"));
        QTRY_VERIFY(expiryError->isVisible());
        QVERIFY2(expiryError->text().contains(QStringLiteral("future")), qPrintable(expiryError->text()));
        QCOMPARE(widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit"))->text(), QStringLiteral("skewed"));
        // Editing the field takes the server's complaint away.
        widgetNamed<QDateEdit>(&dlg, QStringLiteral("expiryDate"))->setDate(QDate::currentDate().addDays(20));
        QVERIFY(!expiryError->isVisible());
    }

    void generateSessionExpiredKeepsInput()
    {
        startEmulator();
        m_client->setBearerToken(QStringLiteral("not-a-session"));
        ClipboardGuard clipboard;
        GenerateTokenDialog dlg(m_core, nullptr, DemoUser, &clipboard);
        dlg.show();
        auto *description = widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit"));
        QTest::keyClicks(description, QStringLiteral("after re-sign-in"));
        QSignalSpy expired(&dlg, &GenerateTokenDialog::sessionExpired);
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("generateButton")), Qt::LeftButton);
        QVERIFY(expired.wait(10'000));
        QVERIFY(dlg.isVisible());
        QCOMPARE(description->text(), QStringLiteral("after re-sign-in"));
        QTRY_VERIFY(buttonNamed(&dlg, QStringLiteral("generateButton"))->isEnabled());
    }
};

QTEST_MAIN(TestDialogsGenerate)
#include "tst_dialogs_generate.moc"
