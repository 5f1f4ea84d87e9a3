#pragma once
// The main window's tests share one fixture and the steps a person takes in the window: start it, sign in through
// its dialog, find a token's row, click its switch, the row itself or its "⋯" button, and pick from a menu. A test
// class derives from WindowDriver (privately, after QObject) and uses m_app, m_window and m_dir as its own.

#include "GuiTestSupport.h"
#include "WidgetFinders.h"
#include "app/settings/LanguageManager.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "ui/ActionsDelegate.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/StatusSwitchDelegate.h"

#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QModelIndex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace GuiTestSupport {

struct WindowDriver {
    AppParts m_app;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    // For initTestCase: the temporary folder is there, the offscreen platform is quiet, and the locale is US English
    // with the app's English plurals ("3 days ago", not "3 day(s) ago").
    void prepareTestCase()
    {
        QVERIFY(m_dir.isValid());
        quietOffscreenWarnings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        LanguageSupport::installEnglishPlurals();
    }

    // For init: the app's parts against a demo emulator, the settings in m_dir, and a window not yet started.
    void openWindow()
    {
        const QString error = m_app.start(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_window = m_app.makeWindow();
    }

    // For cleanup: the window, any dialog a test left open, and the app's parts go.
    void closeWindow()
    {
        m_window.reset();
        deleteOpenDialogs();
        m_app.reset();
    }

    // Types the username (unless the field holds it already) and the password into the sign-in dialog `dialog` and
    // clicks its "Sign in" button.
    static void submitSignIn(QWidget *dialog, const QString &username = QStringLiteral("demo"),
                             const QString &password = QStringLiteral("demo"))
    {
        QVERIFY(dialog);
        auto *user = widgetNamed<QLineEdit>(dialog, QStringLiteral("usernameEdit"));
        auto *pass = widgetNamed<QLineEdit>(dialog, QStringLiteral("passwordEdit"));
        auto *button = widgetNamed<QPushButton>(dialog, QStringLiteral("signInButton"));
        QVERIFY(user && pass && button);
        QVERIFY(user->isVisible() && pass->isVisible() && button->isVisible());
        if (user->text() != username) {
            user->clear();
            QTest::keyClicks(user, username);
        }
        QTest::keyClicks(pass, password);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Starts the window, signs in through its dialog and waits for the list: the window is then shown and active.
    void signIn(const QString &username = QStringLiteral("demo"), const QString &password = QStringLiteral("demo"))
    {
        QSignalSpy loaded(m_window.get(), &MainWindow::refreshFinished);
        m_window->start();
        QTRY_VERIFY(m_window->signInDialog() && m_window->signInDialog()->isVisible());
        submitSignIn(m_window->signInDialog(), username, password);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
        QVERIFY(loaded.first().first().toBool());
        QVERIFY(m_window->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // The cell in `column` of the row (as the table shows it, sorted and filtered) whose description is `label`;
    // invalid if no row shows it.
    QModelIndex indexOf(const QString &label, int column = TokenTableModel::Description) const
    {
        const QAbstractItemModel *proxy = m_window->tableView()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, TokenTableModel::Description);
            if (index.data().toString() == label)
                return index.siblingAtColumn(column);
        }
        return {};
    }

    // The uuids of the rows `window` shows (after its filter), sorted.
    static QStringList shownUuids(const MainWindow *window)
    {
        QStringList shown;
        const TokenFilterProxyModel *proxy = window->proxyModel();
        for (int r = 0; r < proxy->rowCount(); ++r)
            shown << proxy->index(r, 0).data(TokenTableModel::UuidRole).toString();
        shown.sort();
        return shown;
    }

    // Clicks the action named `actionName` in the open menu `menu`, which must have it enabled.
    static void trigger(QMenu *menu, const char *actionName)
    {
        QVERIFY(menu);
        auto *action = menu->findChild<QAction *>(QLatin1String(actionName));
        QVERIFY2(action, actionName);
        QVERIFY2(action->isEnabled(), actionName);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    }

    // Clicks the Status switch of the row of `label`.
    void clickSwitch(const QString &label)
    {
        QTableView *table = m_window->tableView();
        const QModelIndex index = indexOf(label, TokenTableModel::Status);
        QVERIFY2(index.isValid(), qPrintable(label));
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          StatusSwitchDelegate::switchRect(table->visualRect(index)).center());
    }

    // Clicks the description of the row of `label` (which selects the row).
    void clickRow(const QString &label)
    {
        QTableView *table = m_window->tableView();
        const QModelIndex index = indexOf(label);
        QVERIFY2(index.isValid(), qPrintable(label));
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

    // Clicks the "⋯" button of the row of `label`; the row menu it opened, or null if none showed within 3 s.
    QMenu *openRowMenu(const QString &label)
    {
        QTableView *table = m_window->tableView();
        const QModelIndex index = indexOf(label, TokenTableModel::Actions);
        if (!index.isValid())
            return nullptr;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          ActionsDelegate::buttonRect(table->visualRect(index)).center());
        if (!QTest::qWaitFor([this] { return m_window->rowMenu() && m_window->rowMenu()->isVisible(); }, 3000))
            return nullptr;
        return m_window->rowMenu();
    }
};

} // namespace GuiTestSupport
