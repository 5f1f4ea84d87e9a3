#pragma once
// What the tst_dialogs_* tests share: the demo accounts, clicking a radio button, and the fixture that starts a Hub
// emulator with a client, an Account and a TokenCore for the dialogs, and closes everything after each test function.

#include "ScriptedPrompter.h"
#include "WidgetFinders.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/settings/LanguageManager.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "tests/emulator/HubEmulator.h"

#include <QApplication>
#include <QClipboard>
#include <QObject>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace DialogTest {

inline const QString DemoUser = QStringLiteral("demo");
inline const QString DemoPassword = QStringLiteral("demo");
inline const QString TwoFactorUser = QStringLiteral("demo2fa");
inline const QString TwoFactorSecret = QStringLiteral("JBSWY3DPEHPK3PXP");

// Controls are found the way assistive technology finds them: by their accessible names.
using GuiTestSupport::buttonNamed;
using GuiTestSupport::findButton;
using GuiTestSupport::findNamed;
using GuiTestSupport::widgetNamed;

// Clicks a button where a person would: on its label, not on the empty stretch beside it.
inline void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
}

// The fixture: each test class derives from it; cleanup() closes what a test left open and stops the emulator.
class DialogTestCase : public QObject {
    Q_OBJECT

protected:
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
};

} // namespace DialogTest
