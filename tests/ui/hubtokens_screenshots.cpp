// hubtokens-screenshots: the main window and every dialog against an in-process Hub emulator with demo data,
// saved as PNGs (QWidget::grab) for review and for the docs.
//
//   hubtokens-screenshots [--out DIR] [--lang CODE | --all-languages] [--dark] [--width PX]
//
// --dark: Fusion with a dark palette (DarkPalette.h); --width: the main window's width (default 1100). For scale 2,
// run it with QT_SCALE_FACTOR=2 and an offscreen screen large enough (tests/ui/offscreen-1440x1000.json or larger).
//
// --all-languages writes the full set for every language into DIR/<code>/ (en, ja, zh_CN, zh_TW).
#include "DarkPalette.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/services/CoreServices.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/TokenTableModel.h"
#include "tests/emulator/HubEmulator.h"
#include "ui/AboutDialog.h"
#include "ui/AppMenus.h"
#include "ui/CleanupPreviewDialog.h"
#include "ui/ClipboardGuard.h"
#include "ui/EditTokenDialog.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/HygieneMenus.h"
#include "ui/MainWindow.h"
#include "ui/Prompter.h"
#include "ui/SignInDialog.h"
#include "ui/TokenCreatedDialog.h"
#include "ui/TokenDetailsDialog.h"
#include "ui/TokenToolbar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QDir g_out;
int g_saved = 0;
bool g_failed = false;
int g_width = 1100;

void fail(const QString &what)
{
    std::fprintf(stderr, "hubtokens-screenshots: %s\n", qPrintable(what));
    g_failed = true;
}

void save(QWidget *widget, const QString &name)
{
    if (!widget) {
        fail(QStringLiteral("nothing to grab for %1").arg(name));
        return;
    }
    QApplication::processEvents();
    QTest::qWait(60); // let layouts and the progress line settle
    const QString path = g_out.filePath(name + QStringLiteral(".png"));
    if (widget->grab().save(path)) {
        ++g_saved;
        std::printf("%s\n", qPrintable(path));
    } else {
        fail(QStringLiteral("could not write %1").arg(path));
    }
}

// A visible child of `root` with this object name (in any language).
template <typename T> T *visibleChild(QWidget *root, const QString &objectName)
{
    const auto children = root->findChildren<T *>(objectName);
    for (T *w : children) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

bool waitFor(const std::function<bool()> &condition, int ms = 10'000)
{
    return QTest::qWaitFor(condition, ms);
}

// Answers every question with "Cancel", after photographing it as the default prompter would show it.
class ScreenshotPrompter : public Prompter {
public:
    Answer confirm(QWidget *parent, const QString &title, const QString &text, const QString &informativeText,
                   const QString &acceptLabel, bool destructive) override
    {
        const auto box = confirmationBox(parent, title, text, informativeText, acceptLabel, destructive);
        box->show();
        save(box.get(), QStringLiteral("08-delete-confirmation"));
        return Answer::Reject;
    }
    void inform(QWidget *, const QString &, const QString &, const QString &) override { }
};

// What a person would type as the description, in the current language (CJK input shows in the field).
QString sampleDescription()
{
    const QLocale locale;
    if (locale.language() == QLocale::Japanese)
        return QStringLiteral("GitHub Actions – イメージの公開");
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript ? QStringLiteral("GitHub Actions – 發佈映像檔")
                                                                    : QStringLiteral("GitHub Actions – 发布镜像");
    return QStringLiteral("GitHub Actions – publish images");
}

// The whole set, in the current language, into g_out. False if the demo sign-in failed (nothing more to shoot).
bool shootAll(QApplication &app, LanguageManager *languages);

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hubtokens-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hub Tokens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves screenshots of Hub Tokens' window and dialogs."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Directory for the PNGs."),
                                       QStringLiteral("dir"), QStringLiteral("screenshots"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language code (en, ja, zh_CN, zh_TW)."),
                                        QStringLiteral("code"));
    const QCommandLineOption allOption(QStringLiteral("all-languages"),
                                       QStringLiteral("Every language, each into DIR/<code>/."));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Fusion with a dark palette."));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("The main window's width."),
                                         QStringLiteral("px"), QStringLiteral("1100"));
    parser.addOptions({outOption, langOption, allOption, darkOption, widthOption});
    parser.process(app);
    g_width = qMax(300, parser.value(widthOption).toInt());
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    LanguageManager languages;
    languages.setSystemLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QStringList codes{QStringLiteral("en")};
    if (parser.isSet(allOption)) {
        codes = LanguageManager::supportedLanguages();
    } else if (parser.isSet(langOption)) {
        codes = {LanguageManager::normalize(parser.value(langOption))};
        if (codes.first().isEmpty()) {
            fail(QStringLiteral("unknown language %1").arg(parser.value(langOption)));
            return 2;
        }
    }
    const QDir root(parser.value(outOption));
    int total = 0;
    for (const QString &code : std::as_const(codes)) {
        languages.apply(code);
        g_out = QDir(parser.isSet(allOption) ? root.filePath(code) : root.path());
        if (!g_out.mkpath(QStringLiteral("."))) {
            fail(QStringLiteral("cannot create %1").arg(g_out.path()));
            return 1;
        }
        g_saved = 0;
        const bool ok = shootAll(app, &languages);
        std::printf("%d screenshots in %s\n", g_saved, qPrintable(QDir::toNativeSeparators(g_out.absolutePath())));
        total += g_saved;
        if (!ok)
            return 1;
    }
    if (codes.size() > 1)
        std::printf("%d screenshots in %lld languages\n", total, qlonglong(codes.size()));
    return g_failed ? 1 : 0;
}

namespace {

bool shootAll(QApplication &app, LanguageManager *languages)
{
    HubEmulator emu;
    QString error;
    if (!emu.listen(&error)) {
        fail(error);
        return false;
    }
    emu.seedDemo();

    QTemporaryDir settingsDir;
    CoreOptions options;
    options.settings = std::make_unique<AppSettings>(settingsDir.filePath(QStringLiteral("settings.ini")));
    options.server = emu.baseUrl();
    options.docker = false;
    CoreServices services(std::move(options));
    AppSettings &settings = *services.settings();
    HubClient &client = *services.client();
    Account &account = *services.account();
    TokenCore &core = *services.core();
    client.setRetryPolicy(RetryPolicy::none()); // the error-banner shot needs its one 500 to show
    ClipboardGuard clipboard;
    ScreenshotPrompter prompter;
    Prompter::install(&prompter);

    // 1. Sign-in, and its 2FA step.
    {
        SignInDialog dialog(&client);
        dialog.setServerLabel(QStringLiteral("%1 (demo)").arg(emu.baseUrl().toString()));
        dialog.show();
        save(&dialog, QStringLiteral("01-sign-in"));
        // By object name: accessible names are translated.
        auto *user = visibleChild<QLineEdit>(&dialog, QStringLiteral("usernameEdit"));
        auto *pass = visibleChild<QLineEdit>(&dialog, QStringLiteral("passwordEdit"));
        if (user && pass) {
            QTest::keyClicks(user, QStringLiteral("demo2fa"));
            QTest::keyClicks(pass, QStringLiteral("demo"));
            QTest::mouseClick(visibleChild<QPushButton>(&dialog, QStringLiteral("signInButton")), Qt::LeftButton);
            if (waitFor([&] { return visibleChild<QLineEdit>(&dialog, QStringLiteral("codeEdit")); })) {
                QTest::keyClicks(visibleChild<QLineEdit>(&dialog, QStringLiteral("codeEdit")), QStringLiteral("123"));
                save(&dialog, QStringLiteral("02-sign-in-2fa"));
            } else {
                fail(QStringLiteral("no 2FA step"));
            }
        }
    }

    // 2. The window, signed in as demo.
    QString jwt;
    SignInRequest *request = client.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QObject::connect(request, &SignInRequest::finished, &app,
                     [&](const SignInResult &r) { jwt = r.ok() ? r.value.jwt : QStringLiteral("-"); });
    if (!waitFor([&] { return !jwt.isEmpty(); }) || jwt == QLatin1String("-")) {
        fail(QStringLiteral("could not sign in as demo"));
        return false;
    }
    account.signedIn(QStringLiteral("demo"), jwt);

    MainWindow window(&core, &settings, &clipboard);
    window.setDemoMode(true); // the emulator with demo data, as `hubtokens --demo` shows it
    window.setLanguageManager(languages); // the Language button, as in the app
    window.resize(g_width, 640);
    QSignalSpy refreshed(&window, &MainWindow::refreshFinished);
    window.start();
    if (!waitFor([&] { return !refreshed.isEmpty(); }))
        fail(QStringLiteral("the list did not load"));
    save(&window, QStringLiteral("03-main-window"));

    // A selection shows "Delete selected (N)"; the row menu.
    QTableView *table = window.tableView();
    table->selectionModel()->select(QItemSelection(table->model()->index(1, 0), table->model()->index(3, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    save(&window, QStringLiteral("04-main-window-selection"));
    {
        const QString uuid = table->model()->index(2, 0).data(TokenTableModel::UuidRole).toString();
        QList<AccessToken> three;
        for (int r = 1; r <= 3; ++r)
            three << table->model()->index(r, 0).data(TokenTableModel::TokenRole).value<AccessToken>();
        const QModelIndex actions = table->model()->index(2, TokenTableModel::Actions);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(actions).center());
        if (waitFor([&] { return window.rowMenu() && window.rowMenu()->isVisible(); }, 3000)) {
            save(window.rowMenu(), QStringLiteral("05-row-menu"));
            window.rowMenu()->close();
        } else {
            fail(QStringLiteral("no row menu"));
        }
        // The delete confirmation (photographed by the prompter, answered Cancel).
        window.confirmAndDelete(three);
        Q_UNUSED(uuid);
    }
    table->clearSelection();

    // 3. Dialogs over the window.
    const AccessToken sample = window.tokenModel()->token(window.tokenModel()->tokens().at(1).uuid).value();
    {
        auto *generate = new GenerateTokenDialog(&core, nullptr, QStringLiteral("demo"), &clipboard, &window);
        generate->setAttribute(Qt::WA_DeleteOnClose);
        generate->show();
        if (auto *description = visibleChild<QLineEdit>(generate, QStringLiteral("descriptionEdit")))
            description->setText(sampleDescription()); // keyClicks types ASCII only
        save(generate, QStringLiteral("06-generate-token"));
        QTest::mouseClick(visibleChild<QPushButton>(generate, QStringLiteral("generateButton")), Qt::LeftButton);
        TokenCreatedDialog *created = nullptr;
        if (waitFor([&] {
                created = window.findChild<TokenCreatedDialog *>();
                return created && created->isVisible();
            })) {
            save(created, QStringLiteral("07-token-created"));
            QTest::mouseClick(visibleChild<QPushButton>(created, QStringLiteral("copyButton")), Qt::LeftButton);
            created->close();
        } else {
            fail(QStringLiteral("no token-created dialog"));
        }
    }
    {
        EditTokenDialog edit(&core, sample, &window);
        edit.show();
        save(&edit, QStringLiteral("09-edit-token"));
    }
    {
        TokenDetailsDialog details(sample, &window);
        details.show();
        save(&details, QStringLiteral("10-token-details"));
    }
    // Issue 10: the Export menu, the clean-up previews and the counts line with the auto-generated tokens.
    {
        HygieneMenus *hygiene = window.hygieneMenus();
        QMenu *exportMenu = hygiene->exportMenu();
        exportMenu->popup(window.mapToGlobal(QPoint(40, 40)));
        if (waitFor([&] { return exportMenu->isVisible(); }, 3000))
            save(exportMenu, QStringLiteral("14-export-menu"));
        else
            fail(QStringLiteral("no export menu"));
        exportMenu->close();
        hygiene->deleteExpired();
        if (CleanupPreviewDialog *preview = hygiene->preview();
            preview && waitFor([&] { return preview->isVisible(); }))
            save(preview, QStringLiteral("15-cleanup-delete-expired"));
        else
            fail(QStringLiteral("no delete-expired preview"));
        if (hygiene->preview())
            hygiene->preview()->reject();
        hygiene->deactivateUnused(7);
        if (CleanupPreviewDialog *preview = hygiene->preview();
            preview && waitFor([&] { return preview->isVisible(); }))
            save(preview, QStringLiteral("16-cleanup-deactivate-unused"));
        else
            fail(QStringLiteral("no deactivate-unused preview"));
        if (hygiene->preview())
            hygiene->preview()->reject();
        save(window.findChild<TokenToolbar *>(), QStringLiteral("17-counts-line"));
    }
    {
        window.menus()->showAbout();
        if (AboutDialog *about = window.menus()->aboutDialog()) {
            save(about, QStringLiteral("18-about"));
            about->close();
        } else {
            fail(QStringLiteral("no About dialog"));
        }
    }

    // 4. States: a failed refresh keeps the data and shows the banner; no match; empty.
    refreshed.clear();
    emu.failNext(1, 500);
    window.refresh();
    if (!waitFor([&] { return !refreshed.isEmpty(); }))
        fail(QStringLiteral("the failing refresh did not finish"));
    save(&window, QStringLiteral("11-error-banner"));

    refreshed.clear();
    window.refresh();
    waitFor([&] { return !refreshed.isEmpty(); });
    if (auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"))) {
        QTest::keyClicks(search, QStringLiteral("kubernetes prod"));
        save(&window, QStringLiteral("12-no-match"));
        search->clear();
    }

    emu.clearTokens(QStringLiteral("demo"));
    refreshed.clear();
    window.refresh();
    if (!waitFor([&] { return !refreshed.isEmpty(); }))
        fail(QStringLiteral("the empty refresh did not finish"));
    save(&window, QStringLiteral("13-empty-state"));

    // A first list that failed after its first page: page 1's rows, and how many of how many they are.
    emu.seedBulk(QStringLiteral("demo"), 250);
    client.setMaxConcurrentPages(1);
    core.clear();
    bool armed = false;
    const QMetaObject::Connection arm = QObject::connect(&core, &TokenCore::tokensReset, &app, [&] {
        if (!armed && !core.tokens().isEmpty()) {
            armed = true;
            emu.failNext(1, 500);
        }
    });
    refreshed.clear();
    window.refresh();
    if (!waitFor([&] { return !refreshed.isEmpty(); }) || !core.isPartial())
        fail(QStringLiteral("the partial list did not show"));
    QObject::disconnect(arm);
    save(&window, QStringLiteral("19-partial-list"));

    Prompter::install(nullptr);
    return true;
}

} // namespace
