// WidgetDump (HUBTOKENS_DUMP_WIDGETS): the texts of visible widgets, and the dump of a real window once its tokens
// loaded, which scripts/package-test.sh reads from the installed app.
#include "GuiTestSupport.h"
#include "app/hub/SignInRequest.h"
#include "ui/WidgetDump.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

class TestWidgetDump : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void visibleTextsOfEachKind();
    void hiddenAndEmptyAreLeftOut();
    void writesUtf8Lines();
    void nothingWithoutTheVariable();
    // Last: it runs the application's event loop and ends it.
    void dumpsTheLoadedWindowAndQuitsWhenTheFileIsRemoved();

private:
    QTemporaryDir m_dir;
};

void TestWidgetDump::initTestCase()
{
    QVERIFY(m_dir.isValid());
    GuiTestSupport::quietOffscreenWarnings();
}

void TestWidgetDump::cleanup()
{
    qunsetenv("HUBTOKENS_DUMP_WIDGETS");
}

void TestWidgetDump::visibleTextsOfEachKind()
{
    QWidget root;
    root.setWindowTitle(QStringLiteral("The title"));
    auto *layout = new QVBoxLayout(&root);
    auto *label = new QLabel(QStringLiteral("<b>Bold</b> label"));
    label->setObjectName(QStringLiteral("heading"));
    layout->addWidget(label);
    layout->addWidget(new QPushButton(QStringLiteral("A button")));
    auto *search = new QLineEdit;
    search->setPlaceholderText(QStringLiteral("Search…"));
    layout->addWidget(search);
    auto *combo = new QComboBox;
    combo->addItems({QStringLiteral("All"), QStringLiteral("Active")});
    combo->setCurrentIndex(1);
    layout->addWidget(combo);
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("State")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("first")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("on")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("トークン")));
    auto *table = new QTableView;
    table->setModel(&model);
    layout->addWidget(table);
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));

    const QStringList lines = WidgetDump::visibleTexts(&root);
    QVERIFY2(lines.contains(QStringLiteral("QWidget : The title")), qPrintable(lines.join('\n')));
    QVERIFY(lines.contains(QStringLiteral("QLabel heading: Bold label")));
    QVERIFY(lines.contains(QStringLiteral("QPushButton : A button")));
    QVERIFY(lines.contains(QStringLiteral("QLineEdit : Search…")));
    QVERIFY(lines.contains(QStringLiteral("QComboBox : Active")));
    QVERIFY(lines.contains(QStringLiteral("QTableView : Name")));
    QVERIFY(lines.contains(QStringLiteral("QTableView : first | on")));
    QVERIFY(lines.contains(QStringLiteral("QTableView : トークン")));
    search->setText(QStringLiteral("typed"));
    QVERIFY(WidgetDump::visibleTexts(&root).contains(QStringLiteral("QLineEdit : typed")));
}

void TestWidgetDump::hiddenAndEmptyAreLeftOut()
{
    QWidget root;
    auto *layout = new QVBoxLayout(&root);
    auto *hidden = new QLabel(QStringLiteral("hidden"));
    layout->addWidget(hidden);
    layout->addWidget(new QLabel(QStringLiteral("shown")));
    layout->addWidget(new QLabel(QStringLiteral("   ")));
    hidden->hide();
    QVERIFY(WidgetDump::visibleTexts(&root).isEmpty()); // the window itself is not shown yet
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));
    QCOMPARE(WidgetDump::visibleTexts(&root), QStringList{QStringLiteral("QLabel : shown")});
}

void TestWidgetDump::writesUtf8Lines()
{
    const QString path = m_dir.filePath(QStringLiteral("lines.txt"));
    QVERIFY(WidgetDump::write(path, {QStringLiteral("one"), QStringLiteral("個人用アクセストークン")}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("one\n個人用アクセストークン\n"));
    QVERIFY(!WidgetDump::write(m_dir.filePath(QStringLiteral("no/such/folder/lines.txt")), {QStringLiteral("x")}));
}

void TestWidgetDump::nothingWithoutTheVariable()
{
    GuiTestSupport::AppParts app;
    const QString error = app.start(m_dir.filePath(QStringLiteral("none.ini")), GuiTestSupport::AppParts::Server::None);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto window = app.makeWindow();
    WidgetDump::fromEnvironment(window.get()); // unset: nothing is connected…
    const QString path = m_dir.filePath(QStringLiteral("late.txt"));
    qputenv("HUBTOKENS_DUMP_WIDGETS", path.toLocal8Bit());
    Q_EMIT window->refreshFinished(true); // …so a load, even with the variable set by now, writes nothing
    QTest::qWait(50);
    QVERIFY(!QFile::exists(path));
    window.reset();
    app.reset();
}

void TestWidgetDump::dumpsTheLoadedWindowAndQuitsWhenTheFileIsRemoved()
{
    GuiTestSupport::AppParts app;
    const QString error = app.start(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Signed in as demo, as hubtokens --demo does.
    bool signedIn = false;
    SignInRequest *request = app.client->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    connect(request, &SignInRequest::finished, this, [&](const SignInResult &result) {
        QVERIFY(result.ok());
        app.account->signedIn(QStringLiteral("demo"), result.value.jwt);
        signedIn = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn, 10'000);

    const QString path = m_dir.filePath(QStringLiteral("dump.txt"));
    qputenv("HUBTOKENS_DUMP_WIDGETS", path.toLocal8Bit());
    auto window = app.makeWindow();
    WidgetDump::fromEnvironment(window.get());
    window->start();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10'000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY2(text.contains(QStringLiteral("Personal access tokens")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Jenkins nightly"))); // a demo token: the list had loaded
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    // Not installed here: the window has the built-in icon, which has no theme name.
    QVERIFY(text.startsWith(QStringLiteral("icon: \n")));

    // Only the first load is dumped.
    const QDateTime written = QFileInfo(path).lastModified();
    const qint64 size = QFileInfo(path).size();
    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    window->refresh();
    QVERIFY(refreshed.wait(10'000));
    QCOMPARE(QFileInfo(path).lastModified(), written);
    QCOMPARE(QFileInfo(path).size(), size);

    // Removing the file ends the application's event loop (exit code 0); a guard ends it with 3 otherwise.
    QTimer::singleShot(100, this, [path] { QFile::remove(path); });
    QTimer::singleShot(10'000, this, [] { QCoreApplication::exit(3); });
    QCOMPARE(QCoreApplication::exec(), 0);

    window.reset();
    app.reset();
}

QTEST_MAIN(TestWidgetDump)
#include "tst_widgetdump.moc"
