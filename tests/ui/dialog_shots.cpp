// Renders every dialog, in its interesting states, to PNG files for a look by eye:
//   QT_QPA_PLATFORM=offscreen dialog_shots <output dir> [language: en, ja, zh_CN, zh_TW]
// Not a test; built on demand (ninja dialog_shots).
#include "WidgetFinders.h"
#include "app/docker/DockerCredentials.h"
#include "app/hub/HubClient.h"
#include "app/services/CoreServices.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "tests/emulator/HubEmulator.h"
#include "ui/CleanupPreviewDialog.h"
#include "ui/ClipboardGuard.h"
#include "ui/EditTokenDialog.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/RotateDialog.h"
#include "ui/SignInDialog.h"
#include "ui/TokenCreatedDialog.h"
#include "ui/TokenDetailsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDir g_out;
LanguageManager *g_languages = nullptr;
QString g_language; // empty: English

void shoot(QWidget *w, const QString &name)
{
    // As a person sees it: sized once when first shown, then only by the dialog itself.
    // The dialogs are driven in English (widgets are found by their English names), then shown in the language
    // asked for: they retranslate on the change, as in the app, and are sized for it as on their first showing.
    if (!g_language.isEmpty()) {
        g_languages->apply(g_language);
        QCoreApplication::processEvents();
        if (w->isVisible())
            w->adjustSize();
    }
    w->show();
    QTest::qWait(50);
    const QString path = g_out.filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    if (!g_language.isEmpty()) {
        g_languages->apply(QStringLiteral("en"));
        QTest::qWait(10);
    }
    qInfo("%s (%dx%d)", qPrintable(path), w->width(), w->height());
}

using GuiTestSupport::buttonNamed;
using GuiTestSupport::widgetNamed;

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    LanguageSupport::installEnglishPlurals(); // "%n token(s)" reads "4 tokens", as in the app
    g_out = QDir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("shots"));
    LanguageManager languages;
    languages.setSystemLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    g_languages = &languages;
    if (argc > 2)
        g_language = LanguageManager::normalize(QString::fromLocal8Bit(argv[2]));
    g_out.mkpath(QStringLiteral("."));

    HubEmulator emu;
    emu.listen();
    emu.seedDemo();
    // Docker's config in a directory of its own: the Docker parts show, and nothing touches the real one.
    QTemporaryDir dockerDir;
    CoreOptions options;
    options.settings = AppSettings::temporary();
    options.accountUsesSettings = false;
    options.server = emu.baseUrl();
    options.dockerConfigPath = dockerDir.filePath(QStringLiteral("config.json"));
    CoreServices services(std::move(options));
    HubClient &client = *services.client();
    TokenCore &core = *services.core();
    DockerCredentials &docker = *services.docker();
    ClipboardGuard clipboard;

    {
        SignInDialog dlg(&client);
        dlg.setServerLabel(emu.baseUrl().toString());
        shoot(&dlg, QStringLiteral("signin"));
        dlg.setNotice(QObject::tr("Your session expired. Sign in again to continue."));
        dlg.setUsername(QStringLiteral("demo"));
        QTest::keyClicks(widgetNamed<QLineEdit>(&dlg, QStringLiteral("passwordEdit")), QStringLiteral("wrong"));
        emu.setLatency(1000);
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("signInButton")), Qt::LeftButton);
        shoot(&dlg, QStringLiteral("signin-busy"));
        emu.setLatency(0);
        (void)QTest::qWaitFor([&] { return widgetNamed<QLabel>(&dlg, QStringLiteral("signInError"))->isVisible(); },
                              5000);
        shoot(&dlg, QStringLiteral("signin-error"));
    }
    {
        SignInDialog dlg(&client);
        dlg.setUsername(QStringLiteral("demo2fa"));
        QTest::keyClicks(widgetNamed<QLineEdit>(&dlg, QStringLiteral("passwordEdit")), QStringLiteral("demo"));
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("signInButton")), Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return widgetNamed<QLineEdit>(&dlg, QStringLiteral("codeEdit"))->isVisible(); },
                              5000);
        QTest::keyClicks(widgetNamed<QLineEdit>(&dlg, QStringLiteral("codeEdit")), QStringLiteral("1234"));
        shoot(&dlg, QStringLiteral("signin-2fa"));
    }
    {
        SignInDialog dlg(&client);
        dlg.setDockerOffer(QStringLiteral("demo"));
        shoot(&dlg, QStringLiteral("signin-docker"));
    }
    {
        GenerateTokenDialog dlg(&core, &docker, QStringLiteral("demo"), &clipboard);
        shoot(&dlg, QStringLiteral("generate-empty"));
        QTest::keyClicks(widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit")),
                         QStringLiteral("CI pipeline on build-01"));
        auto *expiry = widgetNamed<QComboBox>(&dlg, QStringLiteral("expiryCombo"));
        expiry->setCurrentIndex(expiry->count() - 1);
        shoot(&dlg, QStringLiteral("generate-custom"));
        widgetNamed<QLineEdit>(&dlg, QStringLiteral("descriptionEdit"))->setText(QString(104, QLatin1Char('x')));
        widgetNamed<QDateEdit>(&dlg, QStringLiteral("expiryDate"))->setDate(QDate::currentDate());
        widgetNamed<QComboBox>(&dlg, QStringLiteral("expiryHour"))->setCurrentIndex(0);
        shoot(&dlg, QStringLiteral("generate-invalid"));
    }
    {
        CreatedToken created;
        created.token.label = QStringLiteral("CI pipeline on build-01");
        created.token.scope = TokenScope::Write;
        created.token.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
        created.secret = QStringLiteral("dckr_pat_Xy3kQ9vB2mN7pL4sT8wR1zA6cE0");
        TokenCreatedDialog dlg(std::move(created), QStringLiteral("demo"), &clipboard);
        shoot(&dlg, QStringLiteral("created"));
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("copyButton")), Qt::LeftButton);
        shoot(&dlg, QStringLiteral("created-copied"));
        dlg.accept();
    }
    {
        CreatedToken created;
        created.token.label = QStringLiteral("laptop docker login");
        created.token.scope = TokenScope::Read;
        created.secret = QStringLiteral("dckr_pat_Xy3kQ9vB2mN7pL4sT8wR1zA6cE0");
        TokenCreatedDialog dlg(std::move(created), QStringLiteral("demo"), &clipboard);
        dlg.setDocker(&docker);
        shoot(&dlg, QStringLiteral("created-docker"));
        QTest::mouseClick(buttonNamed(&dlg, QStringLiteral("copyButton")), Qt::LeftButton);
        dlg.accept();
    }
    AccessToken token;
    token.uuid = QStringLiteral("0b9a6f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
    token.label = QStringLiteral(
        "Docker Desktop on the laptop in the office, used for pulling private images in the nightly build");
    token.scope = TokenScope::Admin;
    token.generatedBy = QStringLiteral("docker-desktop");
    token.createdAt = QDateTime::currentDateTimeUtc().addDays(-40);
    token.lastUsed = QDateTime::currentDateTimeUtc().addDays(-1);
    token.expiresAt = QDateTime::currentDateTimeUtc().addDays(50);
    token.creatorIp = QStringLiteral("192.0.2.7");
    token.creatorUserAgent =
        QStringLiteral("Docker-Client/27.3.1 (linux) Docker-Desktop/4.35.1 (Mozilla/5.0 compatible)");
    token.clientId = QStringLiteral("HUB");
    {
        EditTokenDialog dlg(&core, token);
        shoot(&dlg, QStringLiteral("edit"));
    }
    {
        AccessToken expired = token;
        expired.expiresAt = QDateTime::currentDateTimeUtc().addDays(-3);
        EditTokenDialog dlg(&core, expired);
        shoot(&dlg, QStringLiteral("edit-expired"));
    }
    {
        TokenDetailsDialog dlg(token);
        shoot(&dlg, QStringLiteral("details"));
    }
    {
        // The clean-up previews (issue 10).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<AccessToken> expired, unused;
        const QStringList labels{QStringLiteral("CI pipeline on build-01"), QStringLiteral("本番環境の CI"),
                                 QStringLiteral("Old laptop"), QStringLiteral("staging deploy key (2023)")};
        for (int i = 0; i < labels.size(); ++i) {
            AccessToken t = token;
            t.uuid = QStringLiteral("0b9a6f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5%1").arg(i);
            t.label = labels.at(i);
            t.createdAt = now.addDays(-400 + 30 * i);
            t.expiresAt = now.addDays(-3 - 20 * i);
            expired.append(t);
            t.expiresAt = QDateTime();
            t.lastUsed = i % 2 ? QDateTime() : now.addDays(-120 - 10 * i);
            unused.append(t);
        }
        CleanupPreviewDialog deleting(&core, CleanupPreviewDialog::Kind::DeleteExpired, expired, 0, now);
        shoot(&deleting, QStringLiteral("cleanup-delete-expired"));
        CleanupPreviewDialog deactivating(&core, CleanupPreviewDialog::Kind::DeactivateUnused, unused, 90, now);
        shoot(&deactivating, QStringLiteral("cleanup-deactivate-unused"));
    }
    {
        AccessToken rotated = token;
        rotated.label = QStringLiteral("laptop docker login");
        RotateDialog dlg(&core, &docker, rotated, true, QStringLiteral("demo"), &clipboard);
        shoot(&dlg, QStringLiteral("rotate"));
    }
    return 0;
}
