#pragma once
// What the tst_dialogs_* tests share: the demo accounts, clicking a radio button, and the fixture that starts a Hub
// emulator with a client, an Account and a TokenCore for the dialogs, and closes everything after each test function.

#include "WidgetFinders.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/services/CoreServices.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/ScriptedPrompter.h"

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

// Controls are found by their object names, whatever the language; the accessible names a screen reader reads are
// asserted where they are the point.
using GuiTestSupport::buttonNamed;
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
    // The core as the programs build it, on a temporary settings file the account leaves alone, without Docker.
    std::unique_ptr<CoreServices> m_services;
    HubClient *m_client = nullptr; // the services'
    Account *m_account = nullptr;
    TokenCore *m_core = nullptr;

    void startEmulator(const EmulatorOptions &options = {})
    {
        m_emu = std::make_unique<HubEmulator>(options);
        QString error;
        QVERIFY2(m_emu->listen(&error), qPrintable(error));
        m_emu->seedDemo();
        CoreOptions core;
        core.settings = AppSettings::temporary();
        core.accountUsesSettings = false;
        core.docker = false;
        m_services = std::make_unique<CoreServices>(std::move(core));
        m_client = m_services->client();
        m_account = m_services->account();
        m_core = m_services->core();
        QVERIFY(m_client->setBaseUrl(m_emu->baseUrl()).ok());
        m_client->setTransferTimeout(10'000);
    }

    // Signs the client in directly (no dialog) for the token dialogs.
    void signInClient(const QString &user = DemoUser, const QString &password = DemoPassword)
    {
        SignInRequest *req = m_client->signIn(user, password);
        QSignalSpy spy(req, &SignInRequest::finished);
        QVERIFY(spy.wait(10'000));
        const auto result = spy.at(0).at(0).value<SignInResult>();
        QVERIFY(result.ok());
        m_client->setBearerToken(result.value.jwt);
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
        m_core = nullptr;
        m_account = nullptr;
        m_client = nullptr;
        m_services.reset();
        m_emu.reset();
    }
};

} // namespace DialogTest
