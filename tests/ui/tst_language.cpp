// Switching the language at run time, the way a person does it: the Language menu in the main window, with a
// dialog open. The app's words come from a tiny test-only catalog (tst_language_ja.ts, built by lrelease), so these
// tests do not depend on the real translations' wording; Qt's own words come from Qt's qtbase_ja.qm.
#include "GuiTestSupport.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/hub/TokenListJob.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "models/RelativeTime.h"
#include "models/TokenTableModel.h"
#include "tests/emulator/HubEmulator.h"
#include "tests/support/ScriptedPrompter.h"
#include "ui/ClipboardGuard.h"
#include "ui/EditTokenDialog.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace {
const QDateTime Now(QDate(2026, 11, 22), QTime(9, 41), Qt::UTC);

AccessToken sampleToken()
{
    AccessToken t;
    t.uuid = QStringLiteral("6f1c2a4e-0000-4000-8000-000000000001");
    t.label = QStringLiteral("CI pipeline");
    t.scope = TokenScope::Read;
    t.generatedBy = QStringLiteral("manual");
    t.createdAt = Now.addDays(-40);
    t.lastUsed = Now.addDays(-3);
    t.expiresAt = Now.addDays(60);
    return t;
}

QString headerText(const QTableView *table, int section)
{
    return table->model()->headerData(section, Qt::Horizontal).toString();
}
} // namespace

class TstLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void languageForLocale_data();
    void languageForLocale();
    void commandLineOverridesForOneRun();
    void switchFromTheLanguageMenu();
    void qtOwnStringsTranslate();
    void datesFollowTheLanguage();
    void cjkDescriptionRoundTrip();

private:
    // Opens the window's Language menu with a click and picks `code`'s entry ("" = System default): by mouse, or
    // with the arrow keys and Return.
    void chooseLanguage(MainWindow *window, const QString &code, bool byKeyboard);
    void makeWindow();

    QTemporaryDir m_dir;
    GuiTestSupport::AppParts m_app;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TstLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no real settings are read or written
    QVERIFY(m_dir.isValid());
    GuiTestSupport::quietOffscreenWarnings();
    QVERIFY2(QFile::exists(QStringLiteral(TEST_CATALOG_DIR "/tst_language_ja.qm")), "lrelease did not run");
}

void TstLanguage::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    const QString error =
        m_app.start(m_dir.filePath(QStringLiteral("settings.ini")), GuiTestSupport::AppParts::Server::None);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_languages = std::make_unique<LanguageManager>(m_app.settings);
    m_languages->setCatalog(QStringLiteral(TEST_CATALOG_DIR), QStringLiteral("tst_language"));
    m_languages->setSystemLocale(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstLanguage::cleanup()
{
    m_window.reset();
    GuiTestSupport::deleteOpenDialogs();
    m_languages.reset(); // removes its translators
    m_app.reset();
}

void TstLanguage::makeWindow()
{
    m_window = m_app.makeWindow();
    m_window->setLanguageManager(m_languages.get());
    m_window->resize(1100, 640);
    m_window->tokenModel()->setNow(Now);
    m_window->tokenModel()->setTokens({sampleToken()});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstLanguage::chooseLanguage(MainWindow *window, const QString &code, bool byKeyboard)
{
    QToolButton *button = window->languageButton();
    QVERIFY(button && button->isVisible());
    bool picked = false;
    // The button's menu runs its own event loop once clicked: act on it from inside that loop.
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        const QString name = QStringLiteral("actionLanguage_%1").arg(code.isEmpty() ? QStringLiteral("system") : code);
        QAction *target = menu->findChild<QAction *>(name);
        if (!target) { // actions belong to the menu as children or are only listed in it
            for (QAction *a : menu->actions()) {
                if (a->objectName() == name)
                    target = a;
            }
        }
        QVERIFY2(target, qPrintable(name));
        if (byKeyboard) {
            // Down from the top until the entry is active, as a person with the keyboard would.
            for (int i = 0; i < menu->actions().size() && menu->activeAction() != target; ++i)
                QTest::keyClick(menu, Qt::Key_Down);
            QCOMPARE(menu->activeAction(), target);
            QTest::keyClick(menu, Qt::Key_Return);
        } else {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(target).center());
        }
        picked = true;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(picked);
}

void TstLanguage::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ja_JP") << "ja_JP"
                           << "ja";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN";
    QTest::newRow("zh_SG") << "zh_SG"
                           << "zh_CN";
    QTest::newRow("zh_TW") << "zh_TW"
                           << "zh_TW";
    QTest::newRow("zh_HK") << "zh_HK"
                           << "zh_TW";
    QTest::newRow("en_GB") << "en_GB"
                           << "en";
    QTest::newRow("fr_FR") << "fr_FR"
                           << "en";
}

void TstLanguage::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::languageFor(QLocale(locale)), expected);

    // "System default" follows it.
    m_languages->setSystemLocale(QLocale(locale));
    m_languages->select(QString());
    QCOMPARE(m_languages->chosen(), QString());
    QCOMPARE(m_languages->current(), expected);
}

void TstLanguage::commandLineOverridesForOneRun()
{
    QCOMPARE(LanguageManager::commandLineLanguage(
                 {QStringLiteral("hubtokens"), QStringLiteral("--lang"), QStringLiteral("ja")}),
             QStringLiteral("ja"));
    QCOMPARE(LanguageManager::commandLineLanguage(
                 {QStringLiteral("hubtokens"), QStringLiteral("--demo"), QStringLiteral("--lang=zh_TW")}),
             QStringLiteral("zh_TW"));
    QCOMPARE(LanguageManager::commandLineLanguage({QStringLiteral("hubtokens"), QStringLiteral("--demo")}), QString());

    // Remembered: Simplified Chinese. --lang ja wins for this run and is not saved.
    m_app.settings->setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(m_languages->start(QStringLiteral("ja")));
    QCOMPARE(m_languages->current(), QStringLiteral("ja"));
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QCOMPARE(m_app.settings->language(), QStringLiteral("zh_CN"));
    QCOMPARE(AppSettings(m_dir.filePath(QStringLiteral("settings.ini"))).language(), QStringLiteral("zh_CN"));

    // The next run without --lang: the remembered one.
    LanguageManager nextRun(m_app.settings);
    QVERIFY(nextRun.start());
    QCOMPARE(nextRun.current(), QStringLiteral("zh_CN"));

    // An unknown code is refused; the remembered language applies.
    LanguageManager typo(m_app.settings);
    QVERIFY(!typo.start(QStringLiteral("klingon")));
    QCOMPARE(typo.current(), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::normalize(QStringLiteral("zh-Hant-TW")), QStringLiteral("zh_TW"));
    QCOMPARE(LanguageManager::normalize(QStringLiteral("ja_JP")), QStringLiteral("ja"));
}

void TstLanguage::switchFromTheLanguageMenu()
{
    QVERIFY(m_languages->start());
    QCOMPARE(m_languages->current(), QStringLiteral("en"));
    makeWindow();
    auto *pageTitle = m_window->findChild<QLabel *>(QStringLiteral("pageTitle"));
    auto *generateButton = m_window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("counts"));
    QTableView *table = m_window->tableView();
    const QModelIndex lastUsed = table->model()->index(0, TokenTableModel::LastUsed);

    // A dialog is open over the window while the language changes.
    auto *dialog = new GenerateTokenDialog(m_app.core, m_app.docker, QStringLiteral("demo"), m_app.clipboard.get(),
                                           m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *dialogGenerate = dialog->findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *dialogCancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"));

    QCOMPARE(m_window->windowTitle(), QStringLiteral("Hub Tokens"));
    QCOMPARE(m_window->languageButton()->text(), QStringLiteral("English"));
    QCOMPARE(pageTitle->text(), QStringLiteral("Personal access tokens"));
    QCOMPARE(generateButton->text(), QStringLiteral("Generate new token"));
    QCOMPARE(headerText(table, TokenTableModel::Description), QStringLiteral("Description"));
    QCOMPARE(lastUsed.data().toString(), QStringLiteral("3 days ago"));
    QCOMPARE(counts->text(), QStringLiteral("1 active · 0 inactive"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Generate new token"));
    QCOMPARE(dialogCancel->text(), QStringLiteral("Cancel"));

    // 日本語, by mouse: everything open changes at once, without a restart.
    QSignalSpy headerChanged(table->model(), &QAbstractItemModel::headerDataChanged);
    chooseLanguage(m_window.get(), QStringLiteral("ja"), false);
    QCOMPARE(m_languages->current(), QStringLiteral("ja"));
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("[試験] Hub Tokens"));
    QCOMPARE(m_window->languageButton()->text(), QStringLiteral("日本語"));
    QCOMPARE(pageTitle->text(), QStringLiteral("[試験] 個人用アクセストークン"));
    QCOMPARE(generateButton->text(), QStringLiteral("[試験] 新しいトークンを生成"));
    QVERIFY(!headerChanged.isEmpty());
    QCOMPARE(headerText(table, TokenTableModel::Description), QStringLiteral("[試験] 説明"));
    QCOMPARE(table->horizontalHeader()->model()->headerData(TokenTableModel::Expires, Qt::Horizontal).toString(),
             QStringLiteral("[試験] 有効期限"));
    QCOMPARE(lastUsed.data().toString(), QStringLiteral("[試験] 3 日前"));
    QVERIFY2(counts->text().startsWith(QStringLiteral("[試験] 有効 1")), qPrintable(counts->text()));
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("[試験] トークンの生成"));
    QCOMPARE(dialogGenerate->text(), QStringLiteral("[試験] 生成"));
    QTRY_COMPARE(dialogCancel->text(), QStringLiteral("キャンセル")); // Qt's own catalog
    QVERIFY(m_languages->hasQtTranslation());
    // Untranslated entries fall back to English.
    QCOMPARE(m_window->findChild<QPushButton *>(QStringLiteral("signOutButton"))->text(),
             QStringLiteral("[試験] サインアウト"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->placeholderText(),
             QStringLiteral("Search tokens"));

    // Remembered, in the settings file too.
    QCOMPARE(m_languages->chosen(), QStringLiteral("ja"));
    QCOMPARE(m_app.settings->language(), QStringLiteral("ja"));
    QCOMPARE(AppSettings(m_dir.filePath(QStringLiteral("settings.ini"))).language(), QStringLiteral("ja"));
    QMenu *menu = m_window->languageButton()->menu();
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("actionLanguage_ja"))->isChecked());
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("actionLanguage_system"))->text(),
             QStringLiteral("[試験] システムの既定"));
    // The languages are named in their own language, whatever the app shows.
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("actionLanguage_zh_TW"))->text(), QStringLiteral("繁體中文"));

    // Back to the system's language (English here) with the keyboard.
    chooseLanguage(m_window.get(), QString(), true);
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Hub Tokens"));
    QCOMPARE(m_window->languageButton()->text(), QStringLiteral("English"));
    QCOMPARE(generateButton->text(), QStringLiteral("Generate new token"));
    QCOMPARE(headerText(table, TokenTableModel::Description), QStringLiteral("Description"));
    QCOMPARE(lastUsed.data().toString(), QStringLiteral("3 days ago"));
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Generate new token"));
    QTRY_COMPARE(dialogCancel->text(), QStringLiteral("Cancel"));
    QCOMPARE(m_languages->chosen(), QString());
    QCOMPARE(m_app.settings->language(), QString());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("actionLanguage_system"))->isChecked());
}

void TstLanguage::qtOwnStringsTranslate()
{
    // The real catalogs this time: Qt's own strings come from Qt's translations directory.
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QLineEdit edit;
    edit.setText(QStringLiteral("text"));
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));

    languages.apply(QStringLiteral("ja"));
    QVERIFY(languages.hasQtTranslation());
    // A button box already shown retranslates itself.
    QTRY_COMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("キャンセル"));
    // The line edit's context menu (made when it opens).
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts << action->text();
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("コピー")), qPrintable(texts.join(QLatin1Char('|'))));

    languages.apply(QStringLiteral("zh_TW"));
    QTRY_VERIFY(box.button(QDialogButtonBox::Cancel)->text() != QStringLiteral("キャンセル"));
    QVERIFY(box.button(QDialogButtonBox::Cancel)->text() != QStringLiteral("Cancel"));
}

void TstLanguage::datesFollowTheLanguage()
{
    const QDateTime when(QDate(2026, 11, 22), QTime(14, 5), Qt::LocalTime);
    m_languages->apply(QStringLiteral("en"));
    QCOMPARE(RelativeTime::date(when), QStringLiteral("Nov 22, 2026"));
    m_languages->apply(QStringLiteral("ja"));
    QCOMPARE(RelativeTime::date(when), QStringLiteral("2026/11/22"));
    QVERIFY2(RelativeTime::exact(when).contains(QStringLiteral("2026年11月22日")),
             qPrintable(RelativeTime::exact(when)));
    m_languages->apply(QStringLiteral("zh_CN"));
    QCOMPARE(RelativeTime::date(when), QStringLiteral("2026/11/22"));
    m_languages->apply(QStringLiteral("zh_TW"));
    QCOMPARE(RelativeTime::date(when), QStringLiteral("2026/11/22"));
    // CLDR's "Bh:mm" (a day period Qt 6.4 cannot print) reads 下午2:05, not "B14:05".
    QCOMPARE(QLocale().toString(QTime(14, 5), RelativeTime::shortTimeFormat()), QStringLiteral("下午2:05"));
    QVERIFY2(RelativeTime::exact(when).contains(QStringLiteral("2026年11月22日")),
             qPrintable(RelativeTime::exact(when)));
}

// A Japanese / Chinese description survives create → list → edit → list against the emulator, typed into the
// dialogs (setText: keyClicks cannot type CJK), with the app in Japanese.
void TstLanguage::cjkDescriptionRoundTrip()
{
    HubEmulator emu;
    QString error;
    QVERIFY2(emu.listen(&error), qPrintable(error));
    emu.seedDemo();
    QVERIFY(m_app.client->setBaseUrl(emu.baseUrl()).ok());
    m_app.client->setTransferTimeout(10'000);
    SignInRequest *signIn = m_app.client->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QSignalSpy signedIn(signIn, &SignInRequest::finished);
    QVERIFY(signedIn.wait(10'000));
    m_app.client->setBearerToken(signedIn.first().first().value<SignInResult>().value.jwt);
    m_languages->apply(QStringLiteral("ja"));

    const auto listed = [this](const QString &label) -> std::optional<AccessToken> {
        TokenListJob *job = m_app.client->listAllTokens();
        QSignalSpy done(job, &TokenListJob::finished);
        if (!done.wait(10'000))
            return std::nullopt;
        const auto result = done.first().first().value<ApiResult<TokenList>>();
        for (const AccessToken &t : result.value.tokens) {
            if (t.label == label)
                return t;
        }
        return std::nullopt;
    };

    // Create.
    const QString created = QStringLiteral("ビルドサーバー用 — 构建服务器 · 建置伺服器 🐳");
    QWidget parent;
    auto *generate =
        new GenerateTokenDialog(m_app.core, m_app.docker, QStringLiteral("demo"), m_app.clipboard.get(), &parent);
    generate->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy made(generate, &GenerateTokenDialog::tokenCreated);
    generate->open();
    QVERIFY(QTest::qWaitForWindowExposed(generate));
    generate->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"))->setText(created);
    QCOMPARE(generate->findChild<QLabel *>(QStringLiteral("descriptionCounter"))->text(),
             QStringLiteral("26/100")); // code points: the whale is one
    QTest::mouseClick(generate->findChild<QPushButton *>(QStringLiteral("generateButton")), Qt::LeftButton);
    QVERIFY(made.wait(10'000));
    QCOMPARE(made.first().first().value<AccessToken>().label, created);
    m_app.prompter->fallback = Prompter::Answer::Accept; // close the shown-once dialog without copying
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->inherits("TokenCreatedDialog"))
            top->close();
    }

    // List.
    std::optional<AccessToken> token = listed(created);
    QVERIFY2(token, "the new token is not in the list with its description");

    // Edit.
    const QString edited = QStringLiteral("編集済み：個人用アクセストークン／个人访问令牌／個人存取權杖");
    EditTokenDialog edit(m_app.core, *token);
    QSignalSpy saved(&edit, &EditTokenDialog::tokenUpdated);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    auto *description = edit.findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    QCOMPARE(description->text(), created);
    description->setText(edited);
    QTest::mouseClick(edit.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(saved.wait(10'000));
    QCOMPARE(saved.first().first().value<AccessToken>().label, edited);

    // List again.
    token = listed(edited);
    QVERIFY2(token, "the edited description is not in the list");
    QVERIFY(!listed(created));
}

QTEST_MAIN(TstLanguage)
#include "tst_language.moc"
