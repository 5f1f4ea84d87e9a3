// The dialogs about one token, driven the way a person uses them, against the Hub emulator: the created token (copy,
// countdown, closing without copying), Edit (only changed fields sent, an expired token read-only) and Details.
// Runs under QT_QPA_PLATFORM=offscreen.
#include "DialogTestSupport.h"
#include "app/hub/TokenRequest.h"
#include "ui/ClipboardGuard.h"
#include "ui/EditTokenDialog.h"
#include "ui/ScopePicker.h"
#include "ui/TokenCreatedDialog.h"
#include "ui/TokenDetailsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>

#include <utility>

using namespace DialogTest;

namespace {

// A created token with this label and secret, for the created-token dialog.
CreatedToken createdToken(const QString &label, const QString &secret, std::optional<TokenScope> scope = std::nullopt)
{
    CreatedToken created;
    created.token.label = label;
    created.token.scope = scope;
    created.secret = secret;
    return created;
}

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

class TestDialogsToken : public DialogTestCase {
    Q_OBJECT

private:
    AccessToken fetchToken(const QString &uuid)
    {
        TokenRequest *req = m_client->getToken(uuid);
        QSignalSpy spy(req, &TokenRequest::finished);
        if (!spy.wait(10'000))
            return {};
        return spy.at(0).at(0).value<ApiResult<AccessToken>>().value;
    }

    // Another client (the web page) changes the token meanwhile.
    void changeElsewhere(const QString &uuid, const TokenPatch &patch)
    {
        TokenRequest *other = m_client->updateToken(uuid, patch);
        QSignalSpy otherDone(other, &TokenRequest::finished);
        QVERIFY(otherDone.wait(10'000));
    }

private Q_SLOTS:
    // ---- The created token -------------------------------------------------------------------------------------
    void createdCopyAndCountdown()
    {
        ClipboardGuard clipboard;
        const QString secret = QStringLiteral("dckr_pat_abcdefghijklmnopqrstuvwxyz0");
        TokenCreatedDialog dlg(createdToken(QStringLiteral("CI"), secret, TokenScope::Write), DemoUser, &clipboard);
        dlg.show();
        QCOMPARE(dlg.windowTitle(), QStringLiteral("Copy access token"));
        auto *field = widgetNamed<QLineEdit>(&dlg, QStringLiteral("secretEdit"));
        QVERIFY(field->isReadOnly());
        QCOMPARE(field->text(), secret);
        const QStringList texts = allTexts(&dlg);
        QVERIFY(texts.contains(QStringLiteral("docker login --username demo")));
        QVERIFY(texts.contains(QStringLiteral("echo $TOKEN | docker login --username demo --password-stdin")));
        QVERIFY(!dlg.hasCopied());

        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("copyButton")), Qt::LeftButton);
        QVERIFY(dlg.hasCopied());
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), secret);
#if defined(Q_OS_MACOS)
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
#elif !defined(Q_OS_WIN)
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
#endif
        auto *status = widgetNamed<QLabel>(&dlg, QStringLiteral("copyStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("Clipboard clears in 30 s")), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Clipboard clears in 29 s")), 2500);
        // Copied: closing doesn't ask.
        ScriptedPrompter prompter;
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("closeButton")), Qt::LeftButton);
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
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("copyButton")), Qt::LeftButton);
        auto *status = widgetNamed<QLabel>(&dlg, QStringLiteral("copyStatus"));
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
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("closeButton")), Qt::LeftButton);
        QCOMPARE(prompter.questions.size(), 1);
        QCOMPARE(prompter.questions.at(0).title, QStringLiteral("Close without copying?"));
        QVERIFY(prompter.questions.at(0).destructive);
        QVERIFY(dlg.isVisible());
        QCOMPARE(widgetNamed<QLineEdit>(&dlg, QStringLiteral("secretEdit"))->text(), secret);

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

        EditTokenDialog dlg(m_core, token);
        dlg.show();
        QPushButton *save = buttonNamed(&dlg, QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled()); // nothing changed yet
        QVERIFY(allTexts(&dlg).contains(
            QStringLiteral("Expiration dates can't be changed. Generate a new token to set a new one.")));

        // Meanwhile, someone changes the permission on the web page. Saving only the label must not undo that.
        TokenPatch elsewhere;
        elsewhere.scope = TokenScope::Admin;
        changeElsewhere(uuid, elsewhere);

        auto *description = widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit"));
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

        EditTokenDialog dlg(m_core, token);
        dlg.show();
        // Renamed elsewhere meanwhile; changing only the permission keeps that name.
        TokenPatch elsewhere;
        elsewhere.label = QStringLiteral("renamed on the web");
        changeElsewhere(uuid, elsewhere);

        clickRadio(widgetNamed<QRadioButton>(&dlg, QStringLiteral("scope%1").arg(static_cast<int>(TokenScope::Write))));
        QPushButton *save = buttonNamed(&dlg, QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        // Back to the original: nothing to save.
        clickRadio(
            widgetNamed<QRadioButton>(&dlg, QStringLiteral("scope%1").arg(static_cast<int>(TokenScope::PublicRead))));
        QVERIFY(!save->isEnabled());
        clickRadio(widgetNamed<QRadioButton>(&dlg, QStringLiteral("scope%1").arg(static_cast<int>(TokenScope::Write))));
        QSignalSpy updated(&dlg, &EditTokenDialog::tokenUpdated);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(updated.wait(10'000));
        const auto after = updated.at(0).at(0).value<AccessToken>();
        QCOMPARE(after.scope, std::optional(TokenScope::Write));
        QCOMPARE(after.label, QStringLiteral("renamed on the web"));
    }

    void editExpiredIsReadOnly()
    {
        CoreOptions options;
        options.settings = AppSettings::temporary();
        options.accountUsesSettings = false;
        options.docker = false;
        CoreServices services(std::move(options));
        AccessToken token;
        token.uuid = QStringLiteral("b7c0a2f4-0000-4000-8000-000000000001");
        token.label = QStringLiteral("old");
        token.scope = TokenScope::Read;
        token.createdAt = QDateTime::currentDateTimeUtc().addDays(-60);
        token.expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
        EditTokenDialog dlg(services.core(), token);
        dlg.show();
        QVERIFY(widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit"))->isReadOnly());
        for (TokenScope s : TokenScopes::all())
            QVERIFY(!widgetNamed<QRadioButton>(&dlg, QStringLiteral("scope%1").arg(static_cast<int>(s)))->isEnabled());
        QVERIFY(!buttonNamed(&dlg, QStringLiteral("saveButton")));
        auto *reason = widgetNamed<QLabel>(&dlg, QStringLiteral("editReason"));
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
            auto *label = widgetNamed<QLabel>(&dlg, QString::fromLatin1(name));
            return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
        };
        QCOMPARE(value("descriptionValue"), token.label);
        QCOMPARE(value("uuidValue"), token.uuid);
        QCOMPARE(value("scopeValue"), QStringLiteral("Repo Read, Write, Delete"));
        QCOMPARE(value("statusValue"), QStringLiteral("Inactive"));
        QCOMPARE(value("sourceValue"), QStringLiteral("Auto-generated (docker-desktop)"));
        QVERIFY(value("createdValue").contains(QStringLiteral("2025")));
        QVERIFY(value("lastUsedValue").contains(QStringLiteral("2025")));
        QVERIFY(value("expiresValue").contains(QString::number(token.expiresAt.toLocalTime().date().year())));
        QCOMPARE(value("creatorIpValue"), token.creatorIp);
        QCOMPARE(value("creatorUserAgentValue"), token.creatorUserAgent);
        QCOMPARE(value("clientValue"), QStringLiteral("HUB"));
        // Each value is named for its row, as a screen reader reads it.
        const std::pair<const char *, const char *> rows[] = {
            {"descriptionValue", "Description"},
            {"uuidValue", "UUID"},
            {"scopeValue", "Access permissions"},
            {"statusValue", "Status"},
            {"sourceValue", "Source"},
            {"createdValue", "Created"},
            {"lastUsedValue", "Last used"},
            {"expiresValue", "Expires"},
            {"creatorIpValue", "Creator IP"},
            {"creatorUserAgentValue", "Creator user agent"},
            {"clientValue", "Client"},
        };
        for (const auto &[object, accessible] : rows) {
            auto *label = widgetNamed<QLabel>(&dlg, QString::fromLatin1(object));
            QVERIFY2(label, object);
            QCOMPARE(label->accessibleName(), QString::fromLatin1(accessible));
        }
        QVERIFY(widgetNamed<QLabel>(&dlg, QStringLiteral("uuidValue"))->textInteractionFlags()
                & Qt::TextSelectableByMouse);

        auto *copy = widgetNamed<QPushButton>(&dlg, QStringLiteral("copyUuidButton"));
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
        QCOMPARE(widgetNamed<QLabel>(&dlg, QStringLiteral("lastUsedValue"))->text(), QStringLiteral("Never"));
        QCOMPARE(widgetNamed<QLabel>(&dlg, QStringLiteral("expiresValue"))->text(), QStringLiteral("Never"));
        QVERIFY(widgetNamed<QLabel>(&dlg, QStringLiteral("sourceValue"))->text().startsWith(QStringLiteral("Manual")));
        QCOMPARE(widgetNamed<QLabel>(&dlg, QStringLiteral("scopeValue"))->text(),
                 TokenScopes::displayName(std::nullopt));
    }
};

QTEST_MAIN(TestDialogsToken)
#include "tst_dialogs_token.moc"
