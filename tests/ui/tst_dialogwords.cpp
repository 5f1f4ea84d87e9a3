// The dialogs say what is true (issue 12, finding 5): "Close without copying?" only when nothing was copied, why
// Generate is disabled, past days that look like what they are, a long description that stays inside the dialog,
// and a token's source said once. Runs under QT_QPA_PLATFORM=offscreen; needs no server.
#include "WidgetFinders.h"
#include "app/services/CoreServices.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "tests/support/ScriptedPrompter.h"
#include "ui/ClipboardGuard.h"
#include "ui/ElidedLabel.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/TokenCreatedDialog.h"
#include "ui/TokenDetailsDialog.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTextCharFormat>

#include <memory>

namespace {

const QString Secret = QStringLiteral("dckr_pat_copiedByHandWithCtrlC00000");

using GuiTestSupport::widgetNamed;

CreatedToken createdToken(const QString &label)
{
    CreatedToken created;
    created.token.label = label;
    created.secret = Secret;
    return created;
}

// The core for OfflineGenerate: a temporary settings file the account leaves alone, no Docker.
CoreOptions offlineCore()
{
    CoreOptions options;
    options.settings = AppSettings::temporary();
    options.accountUsesSettings = false;
    options.docker = false;
    return options;
}

// The Generate dialog for demo, on a core whose client has no server (these tests send nothing).
struct OfflineGenerate {
    CoreServices services{offlineCore()};
    ClipboardGuard clipboard;
    GenerateTokenDialog dlg{services.core(), nullptr, QStringLiteral("demo"), &clipboard};
};

QStringList labelTexts(QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

class TstDialogWords : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        LanguageSupport::installEnglishPlurals();
    }

    void cleanup() { QApplication::clipboard()->clear(); }

    // Ctrl+C in the secret's field is a copy: it goes through the guard (concealed, cleared later) and closing does
    // not ask "Close without copying?".
    void ctrlCInTheFieldCountsAsCopied()
    {
        ClipboardGuard clipboard;
        TokenCreatedDialog dlg(createdToken(QStringLiteral("by hand")), QStringLiteral("demo"), &clipboard);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        auto *field = widgetNamed<QLineEdit>(&dlg, QStringLiteral("secretEdit"));
        QVERIFY(field);
        QCOMPARE(field->accessibleName(), QStringLiteral("Access token"));
        QTest::mouseClick(field, Qt::LeftButton);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), Secret);
        QVERIFY(clipboard.isHoldingSecret()); // through the guard: it will be cleared
        QVERIFY(dlg.hasCopied());
#if !defined(Q_OS_MACOS) && !defined(Q_OS_WIN)
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
#endif
        ScriptedPrompter prompter;
        prompter.fallback = Prompter::Answer::Reject;
        QTest::keyClick(&dlg, Qt::Key_Escape);
        QVERIFY2(prompter.questions.isEmpty(), "asked 'Close without copying?' after Ctrl+C");
        QVERIFY(!dlg.isVisible());
    }

    // However the secret reached the clipboard, it was copied: no question.
    void secretOnTheClipboardCountsAsCopied()
    {
        ClipboardGuard clipboard;
        TokenCreatedDialog dlg(createdToken(QStringLiteral("elsewhere")), QStringLiteral("demo"), &clipboard);
        dlg.show();
        QApplication::clipboard()->setText(Secret); // another way in (a drag, a tool)
        ScriptedPrompter prompter;
        prompter.fallback = Prompter::Answer::Reject;
        dlg.close();
        QVERIFY(prompter.questions.isEmpty());
        QVERIFY(!dlg.isVisible());

        // Something else on the clipboard: still asked.
        TokenCreatedDialog again(createdToken(QStringLiteral("not copied")), QStringLiteral("demo"), &clipboard);
        again.show();
        QApplication::clipboard()->setText(QStringLiteral("something else"));
        again.close();
        QCOMPARE(prompter.questions.size(), 1);
        QVERIFY(again.isVisible());
    }

    // A 100-character description without a space does not widen the created-token dialog: it is cut, and the whole
    // text is in the tooltip.
    void longDescriptionStaysInside()
    {
        ClipboardGuard clipboard;
        TokenCreatedDialog shortOne(createdToken(QStringLiteral("CI")), QStringLiteral("demo"), &clipboard);
        shortOne.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortOne));
        const QString longText(100, QLatin1Char('W'));
        TokenCreatedDialog dlg(createdToken(longText), QStringLiteral("demo"), &clipboard);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        QCOMPARE(dlg.width(), shortOne.width());
        auto *description = dlg.findChild<ElidedLabel *>(QStringLiteral("createdDescription"));
        QVERIFY(description);
        QCOMPARE(description->fullText(), longText);
        QVERIFY(description->isElided());
        QCOMPARE(description->toolTip(), longText);
        QVERIFY(description->geometry().right() <= dlg.contentsRect().right());
        QVERIFY(description->fontMetrics().horizontalAdvance(description->text())
                <= description->contentsRect().width());

        // A short one is shown whole, without a tooltip.
        auto *whole = shortOne.findChild<ElidedLabel *>(QStringLiteral("createdDescription"));
        QVERIFY(whole);
        QCOMPARE(whole->text(), QStringLiteral("CI"));
        QVERIFY(whole->toolTip().isEmpty());
        ScriptedPrompter prompter;
        prompter.fallback = Prompter::Answer::Accept;
        dlg.close();
        shortOne.close();
    }

    // Generate is disabled while the description is empty, and the dialog says why.
    void generateSaysWhyItIsDisabled()
    {
        OfflineGenerate offline;
        GenerateTokenDialog &dlg = offline.dlg;
        dlg.show();
        auto *generate = dlg.findChild<QPushButton *>(QStringLiteral("generateButton"));
        QVERIFY(generate);
        const QString why = QStringLiteral("Enter a description to generate the token.");
        const auto saysWhy = [&] {
            const QStringList texts = labelTexts(&dlg);
            return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(why); });
        };
        QVERIFY(!generate->isEnabled());
        QVERIFY2(saysWhy(), qPrintable(labelTexts(&dlg).join(QLatin1Char('|'))));
        QCOMPARE(generate->toolTip(), why);

        auto *description = widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit"));
        QVERIFY(description);
        QCOMPARE(description->accessibleName(), QStringLiteral("Description"));
        QTest::keyClicks(description, QStringLiteral("CI"));
        QVERIFY(generate->isEnabled());
        QVERIFY(!saysWhy());
        QVERIFY(generate->toolTip().isEmpty());

        // Only spaces is still empty.
        description->setText(QStringLiteral("   "));
        QVERIFY(!generate->isEnabled());
        QCOMPARE(generate->toolTip(), why);
    }

    // The Custom expiry's calendar paints the days it refuses (the past, more than a year ahead) as disabled.
    void pastDaysLookDisabled()
    {
        OfflineGenerate offline;
        GenerateTokenDialog &dlg = offline.dlg;
        dlg.show();
        auto *day = widgetNamed<QDateEdit>(&dlg, QStringLiteral("expiryDate"));
        QVERIFY(day);
        QCOMPARE(day->accessibleName(), QStringLiteral("Expiration day"));
        QCalendarWidget *calendar = day->calendarWidget();
        QVERIFY(calendar);
        const QColor disabled = calendar->palette().color(QPalette::Disabled, QPalette::Text);
        const QDate today = QDate::currentDate();
        for (const QDate &past : {today.addDays(-1), today.addDays(-7), today.addDays(-31)}) {
            const QTextCharFormat format = calendar->dateTextFormat(past);
            QVERIFY2(format.foreground().style() != Qt::NoBrush, qPrintable(past.toString(Qt::ISODate)));
            QCOMPARE(format.foreground().color(), disabled);
        }
        QCOMPARE(calendar->dateTextFormat(today.addYears(1).addDays(1)).foreground().color(), disabled);
        // The days it accepts keep the calendar's own colours.
        for (const QDate &open : {today, today.addDays(1), today.addDays(30)})
            QCOMPARE(calendar->dateTextFormat(open).foreground().style(), Qt::NoBrush);
        // And they are refused.
        QCOMPARE(calendar->minimumDate(), today);
    }

    // A manual token's source reads "Manual", not "Manual (manual)".
    void manualSourceSaidOnce()
    {
        AccessToken token;
        token.uuid = QStringLiteral("1");
        token.label = QStringLiteral("manual one");
        token.generatedBy = QStringLiteral("manual");
        token.createdAt = QDateTime::currentDateTimeUtc();
        TokenDetailsDialog dlg(token);
        QCOMPARE(widgetNamed<QLabel>(&dlg, QStringLiteral("sourceValue"))->text(), QStringLiteral("Manual"));
        token.generatedBy = QStringLiteral("docker-desktop");
        TokenDetailsDialog automatic(token);
        QCOMPARE(widgetNamed<QLabel>(&automatic, QStringLiteral("sourceValue"))->text(),
                 QStringLiteral("Auto-generated (docker-desktop)"));
    }
};

QTEST_MAIN(TstDialogWords)
#include "tst_dialogwords.moc"
