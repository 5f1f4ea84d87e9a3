// End to end (issue 10): the window, signed in to the emulator, starts its ReminderService on a private session bus
// where python3-dbusmock's notification_daemon template owns org.freedesktop.Notifications
// (tests/app/reminders/with-notification-mock.sh). One Notify call comes for the due tokens; a click on it (the mock
// emits ActionInvoked) brings the window up filtered to exactly those tokens.
#include "GuiTestSupport.h"
#include "WindowDriver.h"
#include "app/reminders/ReminderService.h"
#include "app/settings/LanguageManager.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "ui/SignInDialog.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Notifications = QStringLiteral("org.freedesktop.Notifications");

// Asks the mock (org.freedesktop.DBus.Mock) to emit a signal of the notification service.
bool emitMockSignal(const QString &name, const QString &signature, const QVariantList &values)
{
    QVariantList wrapped;
    for (const QVariant &v : values)
        wrapped.append(QVariant::fromValue(QDBusVariant(v)));
    QDBusMessage message =
        QDBusMessage::createMethodCall(Notifications, QStringLiteral("/org/freedesktop/Notifications"),
                                       QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("EmitSignal"));
    message.setArguments({Notifications, name, signature, QVariant(wrapped)});
    return QDBusConnection::sessionBus().call(message, QDBus::Block, 10'000).type() == QDBusMessage::ReplyMessage;
}

} // namespace

class TstReminderClick : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GuiTestSupport::quietOffscreenWarnings();
        LanguageSupport::installEnglishPlurals();
    }

    void clickShowsTheWindowFilteredToTheDueTokens()
    {
        GuiTestSupport::AppParts app;
        QVERIFY(app.start(m_dir.filePath(QStringLiteral("settings.ini"))).isEmpty());
        {
            auto window = app.makeWindow();
            ReminderService service(app.settings, QDBusConnection::sessionBus());
            QVERIFY2(service.notifier()->isAvailable(), "run under with-notification-mock.sh");
            window->setReminderService(&service);
            QSignalSpy notified(&service, &ReminderService::notified);
            QSignalSpy shownSpy(service.notifier(), &DesktopNotifier::shown);
            QSignalSpy fallback(&service, &ReminderService::fallbackNeeded);

            QSignalSpy loaded(window.get(), &MainWindow::refreshFinished);
            window->start();
            QTRY_VERIFY(window->signInDialog() && window->signInDialog()->isVisible());
            GuiTestSupport::WindowDriver::submitSignIn(window->signInDialog());
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10'000);
            service.start();

            QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 10'000);
            QCOMPARE(fallback.size(), 0);
            const Reminder reminder = notified.first().first().value<Reminder>();
            QVERIFY(!reminder.isEmpty());
            QVERIFY(reminder.uuids().size() < window->tokenModel()->rowCount());
            QTRY_COMPARE_WITH_TIMEOUT(shownSpy.size(), 1, 5000); // the service's id for it
            const uint id = shownSpy.first().first().toUInt();
            QVERIFY(id != 0);

            window->showMinimized();
            QVERIFY(
                emitMockSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"), {id, QStringLiteral("default")}));
            QTRY_COMPARE_WITH_TIMEOUT(window->proxyModel()->rowCount(), int(reminder.uuids().size()), 5000);
            QStringList expected = reminder.uuids();
            expected.sort();
            QCOMPARE(GuiTestSupport::WindowDriver::shownUuids(window.get()), expected);
            QVERIFY(!window->isMinimized());
            window->setReminderService(nullptr);
        }
        GuiTestSupport::deleteOpenDialogs();
        app.reset();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstReminderClick)
#include "tst_reminder_click.moc"
