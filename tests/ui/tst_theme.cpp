// Colours from the palette: under Fusion with a light and a dark palette, every text the window and its dialogs draw
// (labels, buttons, the server chip, the banners, the table's cells and switch texts, the empty states) reaches WCAG AA
// contrast (4.5:1) on what it is drawn on, measured on the rendered pixels (ContrastCheck.h); and the window follows
// a palette change at run time.
#include "ContrastCheck.h"
#include "DarkPalette.h"
#include "GuiTestSupport.h"
#include "app/session/Session.h"
#include "app/settings/LanguageManager.h"
#include "models/TokenTableModel.h"
#include "tests/emulator/HubEmulator.h"
#include "ui/EditTokenDialog.h"
#include "ui/ErrorBanner.h"
#include "ui/GenerateTokenDialog.h"
#include "ui/MainWindow.h"
#include "ui/ReadableItemDelegate.h"
#include "ui/Theme.h"
#include "ui/TokenDetailsDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

namespace {

QPalette paletteNamed(const QString &name)
{
    return name == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette();
}

} // namespace

class TstTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theMeasureWorks();
    void textReachesAA_data();
    void textReachesAA();
    void bannersReachAA_data();
    void bannersReachAA();
    void followsPaletteChange();
    void cellColoursComeFromRoles();

private:
    // Renders `w` and adds every text below AA to m_failures, the lowest ratio to m_lowest.
    void measureAll(QWidget *w, const QString &state, QTableView *table = nullptr);

    QTemporaryDir m_dir;
    GuiTestSupport::AppParts m_app;
    QString m_palette;
    QStringList m_failures;
    double m_lowest = 21.0;
    QString m_lowestWhat;
    int m_measured = 0;
};

void TstTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    GuiTestSupport::quietOffscreenWarnings();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TstTheme::init()
{
    const QString error = m_app.start(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_failures.clear();
    m_lowest = 21.0;
    m_measured = 0;
}

void TstTheme::cleanup()
{
    GuiTestSupport::deleteOpenDialogs();
    m_app.reset();
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TstTheme::measureAll(QWidget *w, const QString &state, QTableView *table)
{
    if (!w->isVisible())
        w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QApplication::processEvents();
    const QImage image = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), w->size()); // device pixel ratio 1: rects map to pixels
    QList<ContrastCheck::Sample> samples = ContrastCheck::samples(w, image);
    if (table) {
        const int switchEnd = 4 + 30 + 8; // StatusSwitchDelegate: margin, switch, gap
        samples +=
            ContrastCheck::cellSamples(w, image, table, TokenTableModel::Status, switchEnd, TokenTableModel::StatusRole,
                                       int(AccessToken::Status::Expired), {TokenTableModel::Actions});
    }
    for (const ContrastCheck::Sample &s : std::as_const(samples)) {
        ++m_measured;
        if (s.ratio < m_lowest) {
            m_lowest = s.ratio;
            m_lowestWhat = QStringLiteral("[%1] %2: %3").arg(m_palette, state, s.what);
        }
        if (s.ratio < Theme::TextContrast)
            m_failures << QStringLiteral("[%1] %2: %3: %4:1 (%5 on %6)")
                              .arg(m_palette, state, s.what)
                              .arg(s.ratio, 0, 'f', 2)
                              .arg(s.text.name(), s.background.name());
    }
}

// The measure finds a low contrast where there is one, and a high one where there is one.
void TstTheme::theMeasureWorks()
{
    QImage image(60, 20, QImage::Format_RGB32);
    image.fill(QColor(0xff, 0xff, 0xff));
    for (int x = 10; x < 30; ++x)
        image.setPixelColor(x, 10, QColor(0xaa, 0xaa, 0xaa)); // 2.3:1 on white
    const auto grey = ContrastCheck::measure(image, image.rect(), QStringLiteral("grey"));
    QCOMPARE(grey.background, QColor(0xff, 0xff, 0xff));
    QVERIFY(grey.ratio > 2.2 && grey.ratio < 2.4);
    for (int x = 10; x < 20; ++x)
        image.setPixelColor(x, 12, Qt::black);
    QVERIFY(ContrastCheck::measure(image, image.rect(), QStringLiteral("black")).ratio > 20.9);
    QCOMPARE(Theme::contrast(Qt::white, Qt::black), 21.0);
    // readable() reaches the ratio and keeps what already reaches it.
    const QColor bg(0x31, 0x36, 0x3b);
    QVERIFY(Theme::contrast(Theme::readable(QColor(0xc6, 0x28, 0x28), bg), bg) >= 4.5);
    QCOMPARE(Theme::readable(Qt::white, bg), QColor(Qt::white));
}

void TstTheme::textReachesAA_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<QString>("language");
    QTest::newRow("light en") << QStringLiteral("light") << QStringLiteral("en");
    QTest::newRow("dark en") << QStringLiteral("dark") << QStringLiteral("en");
    QTest::newRow("dark ja") << QStringLiteral("dark") << QStringLiteral("ja");
}

// The window with tokens (active, inactive, expired, expiring; two rows selected), the no-match and empty states,
// an error banner, and the dialogs.
void TstTheme::textReachesAA()
{
    QFETCH(QString, palette);
    QFETCH(QString, language);
    m_palette = palette + QLatin1Char(' ') + language;
    QApplication::setPalette(paletteNamed(palette));
    LanguageManager languages(m_app.settings);
    languages.apply(language);
    m_app.signInWithoutDialog();
    auto window = m_app.makeWindow();
    window->resize(1100, 700);
    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    window->start();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    QTableView *table = window->tableView();
    measureAll(window.get(), QStringLiteral("tokens"), table);
    table->selectionModel()->select(QItemSelection(table->model()->index(1, 0), table->model()->index(2, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    measureAll(window.get(), QStringLiteral("two rows selected"), table);
    table->clearSelection();

    refreshed.clear();
    m_app.emu->failNext(1, 500);
    window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    QVERIFY(window->banner()->isVisible());
    measureAll(window.get(), QStringLiteral("error banner"));

    const QList<AccessToken> tokens = window->tokenModel()->tokens();
    for (const AccessToken &token : tokens) {
        if (token.isExpired()) {
            TokenDetailsDialog details(token, window.get());
            measureAll(&details, QStringLiteral("details of an expired token"));
            break;
        }
    }
    {
        GenerateTokenDialog generate(m_app.core, m_app.docker, QStringLiteral("demo"), m_app.clipboard.get(),
                                     window.get());
        measureAll(&generate, QStringLiteral("generate"));
        EditTokenDialog edit(m_app.core, tokens.first(), window.get());
        measureAll(&edit, QStringLiteral("edit"));
    }

    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("no such token anywhere"));
    QTRY_COMPARE(window->currentStateName(), QStringLiteral("noMatch"));
    measureAll(window.get(), QStringLiteral("no match"));
    search->clear();

    m_app.emu->clearTokens(QStringLiteral("demo"));
    refreshed.clear();
    window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    QTRY_COMPARE(window->currentStateName(), QStringLiteral("empty"));
    measureAll(window.get(), QStringLiteral("empty state"));

    qInfo("%s: %d texts measured, the lowest %.2f:1 (%s)", qPrintable(m_palette), m_measured, m_lowest,
          qPrintable(m_lowestWhat));
    QVERIFY(m_measured > 60);
    QVERIFY2(m_failures.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) below 4.5:1:\n").arg(m_failures.size())
                        + m_failures.join(QLatin1Char('\n'))));
}

void TstTheme::bannersReachAA_data()
{
    QTest::addColumn<QString>("palette");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

// Each kind of banner, with its action button.
void TstTheme::bannersReachAA()
{
    QFETCH(QString, palette);
    m_palette = palette;
    QApplication::setPalette(paletteNamed(palette));
    QWidget page;
    auto *column = new QVBoxLayout(&page);
    auto *banner = new ErrorBanner(&page);
    column->addWidget(banner);
    page.resize(700, 120);
    for (const auto kind : {ErrorBanner::Kind::Error, ErrorBanner::Kind::Warning, ErrorBanner::Kind::Info}) {
        banner->showMessage(kind, QStringLiteral("Couldn't deactivate “CI”"), QStringLiteral("Try again at 9:16."),
                            QStringLiteral("Try again"));
        measureAll(&page, QStringLiteral("banner kind %1").arg(int(kind)));
    }
    qInfo("%s banners: the lowest %.2f:1 (%s)", qPrintable(m_palette), m_lowest, qPrintable(m_lowestWhat));
    QVERIFY(m_measured >= 9);
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
}

// A desktop switched to dark while the window is open: the window's own colours follow (its table turns dark).
void TstTheme::followsPaletteChange()
{
    m_app.signInWithoutDialog();
    auto window = m_app.makeWindow();
    window->resize(1000, 600);
    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    window->start();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10'000);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const auto tableBackground = [&window] {
        QTableView *table = window->tableView();
        const QImage image = table->viewport()->grab().toImage();
        const int rows = table->model()->rowCount();
        const QRect below(0, table->rowViewportPosition(rows - 1) + table->rowHeight(rows - 1) + 2, image.width(), 10);
        return ContrastCheck::measure(image.convertToFormat(QImage::Format_RGB32), below, QString()).background;
    };
    window->resize(1000, 1400); // room below the last row
    QApplication::processEvents();
    QVERIFY2(Theme::luminance(tableBackground()) > 0.8, qPrintable(tableBackground().name()));
    QApplication::setPalette(darkPalette());
    QApplication::processEvents();
    QVERIFY2(Theme::luminance(tableBackground()) < 0.05, qPrintable(tableBackground().name()));
    m_palette = QStringLiteral("switched to dark");
    measureAll(window.get(), QStringLiteral("tokens"), window->tableView());
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
}

// The table's text colours: the model gives states (ExpiryStateRole, QuietRole), the delegate picks Theme's hues.
// Soon and expired stand out; later ones don't; a "Never" is quiet.
void TstTheme::cellColoursComeFromRoles()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto make = [&](const QString &uuid, int expiresInDays, bool used) {
        AccessToken t;
        t.uuid = uuid;
        t.label = uuid;
        t.active = true;
        t.createdAt = now.addDays(-30);
        if (used)
            t.lastUsed = now.addDays(-1);
        if (expiresInDays != INT_MIN)
            t.expiresAt = now.addDays(expiresInDays);
        return t;
    };
    TokenTableModel model;
    model.setNow(now);
    model.setTokens({make(QStringLiteral("later"), 60, true), make(QStringLiteral("never"), INT_MIN, false),
                     make(QStringLiteral("soon"), 3, true), make(QStringLiteral("expired"), -5, true)});
    const auto hue = [&](int row, int column) { return ReadableItemDelegate::textHue(model.index(row, column)); };
    QVERIFY(hue(2, TokenTableModel::Expires).isValid());
    QVERIFY(hue(3, TokenTableModel::Expires).isValid());
    QVERIFY(!hue(0, TokenTableModel::Expires).isValid());
    QCOMPARE(hue(2, TokenTableModel::Expires), Theme::warningHue());
    QCOMPARE(hue(3, TokenTableModel::Expires), Theme::dangerHue());
    QCOMPARE(hue(1, TokenTableModel::Expires), Theme::quietHue()); // "Never" expires
    QCOMPARE(hue(1, TokenTableModel::LastUsed), Theme::quietHue()); // "Never" used
    QVERIFY(!hue(0, TokenTableModel::LastUsed).isValid());
    QVERIFY(!hue(3, TokenTableModel::Description).isValid());
}

QTEST_MAIN(TstTheme)
#include "tst_theme.moc"
