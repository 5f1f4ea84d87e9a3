// Keyboard access to the main window: Tab reaches every control, and Shift+F10 or the Menu key opens the row menu
// of the current row, for that row's token.
#include "GuiTestSupport.h"
#include "models/TokenTableModel.h"
#include "ui/MainWindow.h"
#include "ui/RowMenu.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TstKeyboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabReachesEveryControl();
    void menuKeysOpenTheRowMenu_data();
    void menuKeysOpenTheRowMenu();

private:
    std::unique_ptr<MainWindow> loadedWindow();

    QTemporaryDir m_dir;
    GuiTestSupport::AppParts m_app;
};

void TstKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    GuiTestSupport::quietOffscreenWarnings();
}

void TstKeyboard::init()
{
    const QString error = m_app.start(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstKeyboard::cleanup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    GuiTestSupport::deleteOpenDialogs();
    m_app.reset();
}

std::unique_ptr<MainWindow> TstKeyboard::loadedWindow()
{
    m_app.signInWithoutDialog();
    if (QTest::currentTestFailed())
        return nullptr;
    auto window = m_app.makeWindow();
    window->resize(1000, 640);
    QSignalSpy refreshed(window.get(), &MainWindow::refreshFinished);
    window->start();
    if (!refreshed.wait(10'000) && refreshed.isEmpty())
        return nullptr;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QApplication::setActiveWindow(window.get());
    return window;
}

// Tab from Generate around the whole window: every visible, enabled control that takes focus is reached (with a
// selection, so "Delete selected" shows).
void TstKeyboard::tabReachesEveryControl()
{
    auto window = loadedWindow();
    QVERIFY(window);
    QTableView *table = window->tableView();
    table->selectRow(0);
    QApplication::processEvents();

    auto *generate = window->findChild<QAbstractButton *>(QStringLiteral("generateButton"));
    generate->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), generate);
    QSet<QWidget *> reached;
    for (int i = 0; i < 60; ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == generate)
            break;
    }
    QCOMPARE(QApplication::focusWidget(), generate); // the cycle closes

    QStringList missed;
    const auto all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QTableView *>(w);
        if (!control || !w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QComboBox *>(w->parentWidget()) || w->inherits("QLineEditIconButton"))
            continue; // parts of another control
        if (!reached.contains(w))
            missed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not reached by Tab: ") + missed.join(QStringLiteral(", "))));
    QVERIFY(reached.contains(table));
}

void TstKeyboard::menuKeysOpenTheRowMenu_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
    QTest::newRow("Menu") << int(Qt::Key_Menu) << int(Qt::NoModifier);
}

void TstKeyboard::menuKeysOpenTheRowMenu()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    auto window = loadedWindow();
    QVERIFY(window);
    QTableView *table = window->tableView();
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down); // the second row is current
    const QString uuid = table->currentIndex().data(TokenTableModel::UuidRole).toString();
    QVERIFY(!uuid.isEmpty());

    QTest::keyClick(table, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    RowMenu *menu = nullptr;
    QTRY_VERIFY((menu = window->findChild<RowMenu *>()) && menu->isVisible());
    QCOMPARE(menu->uuid(), uuid);
    menu->close();
}

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"
