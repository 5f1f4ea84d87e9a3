// Expiry reminders as a desktop notification, against Debian's python3-dbusmock notification_daemon template on a
// private session bus (with-notification-mock.sh starts both): exactly one Notify call naming the right tokens for
// many due tokens; none when reminders are off; none when nothing is due; a click (the "open" or default action)
// gives the window the reminder's uuids; the fallback when there is no notification service or no bus.
#include "app/reminders/ReminderService.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "tests/support/TestTokens.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QDBusVariant>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestTokens;

namespace {

const QDateTime Now = utc(2025, 6, 1, 12);
const QUrl Server(QStringLiteral("https://hub.docker.com"));
constexpr qint64 Day = 24 * 3600;
const QString Notifications = QStringLiteral("org.freedesktop.Notifications");

AccessToken expiringIn(const QString &label, qint64 secs)
{
    return token(label + QStringLiteral("-uuid"), label, Now.addSecs(secs));
}

// One Notify call as the mock recorded it.
struct NotifyCall {
    QString appName;
    uint replacesId = 0;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int timeout = 0;
};

// The mock's own interface (org.freedesktop.DBus.Mock): which calls it received, and signals on demand. Plain
// method calls, no QDBusInterface (whose introspection cache Qt never frees).
class Mock {
public:
    bool isThere() { return call(QStringLiteral("ClearCalls")).type() == QDBusMessage::ReplyMessage; }

    void clear() { call(QStringLiteral("ClearCalls")); }

    QList<NotifyCall> notifyCalls()
    {
        const QDBusMessage reply = call(QStringLiteral("GetMethodCalls"), {QStringLiteral("Notify")});
        QList<NotifyCall> calls;
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return calls;
        const QDBusArgument arg = reply.arguments().constFirst().value<QDBusArgument>();
        arg.beginArray();
        while (!arg.atEnd()) {
            qulonglong timestamp = 0;
            QVariantList args;
            arg.beginStructure();
            arg >> timestamp;
            arg.beginArray();
            while (!arg.atEnd()) {
                QDBusVariant v;
                arg >> v;
                args.append(v.variant());
            }
            arg.endArray();
            arg.endStructure();
            if (args.size() != 8)
                continue;
            NotifyCall c;
            c.appName = args.at(0).toString();
            c.replacesId = args.at(1).toUInt();
            c.icon = args.at(2).toString();
            c.summary = args.at(3).toString();
            c.body = args.at(4).toString();
            c.actions = args.at(5).canConvert<QDBusArgument>() ? qdbus_cast<QStringList>(args.at(5))
                                                               : args.at(5).toStringList();
            c.hints = args.at(6).canConvert<QDBusArgument>() ? qdbus_cast<QVariantMap>(args.at(6)) : args.at(6).toMap();
            c.timeout = args.at(7).toInt();
            calls.append(c);
        }
        arg.endArray();
        return calls;
    }

    bool emitSignal(const QString &name, const QString &signature, const QVariantList &values)
    {
        QVariantList wrapped;
        for (const QVariant &v : values)
            wrapped.append(QVariant::fromValue(QDBusVariant(v)));
        const QDBusMessage reply =
            call(QStringLiteral("EmitSignal"), {Notifications, name, signature, QVariant(wrapped)});
        return reply.type() == QDBusMessage::ReplyMessage;
    }

private:
    static QDBusMessage call(const QString &method, const QVariantList &args = {})
    {
        QDBusMessage message =
            QDBusMessage::createMethodCall(Notifications, QStringLiteral("/org/freedesktop/Notifications"),
                                           QStringLiteral("org.freedesktop.DBus.Mock"), method);
        message.setArguments(args);
        return QDBusConnection::sessionBus().call(message, QDBus::Block, 10'000);
    }
};

} // namespace

class TestNotifications : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void manyDueTokensOneNotification();
    void offSendsNothing();
    void nothingDueSendsNothing();
    void clickOpensTheFilteredView_data();
    void clickOpensTheFilteredView();
    void othersClicksIgnored();
    void closedByTheServer();
    void laterReminderReplacesTheShownOne();
    void withoutServiceFallsBack();
    void withoutBusFallsBack();

private:
    std::unique_ptr<ReminderService> makeService(bool enabled = true);
    uint showOne(ReminderService &service, const QList<AccessToken> &tokens, Reminder *shown = nullptr);

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<AppSettings> m_settings;
    Mock m_mock;
};

void TestNotifications::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LanguageSupport::installEnglishPlurals();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus: run under with-notification-mock.sh");
    QVERIFY2(QDBusConnection::sessionBus().interface()->isServiceRegistered(Notifications).value(),
             "the notification mock (python3-dbusmock) is not on the bus");
    QVERIFY(m_mock.isThere());
}

void TestNotifications::init()
{
    ++m_run;
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("n-%1.ini").arg(m_run)));
    m_mock.clear();
}

std::unique_ptr<ReminderService> TestNotifications::makeService(bool enabled)
{
    m_settings->setRemindersEnabled(enabled);
    auto service = std::make_unique<ReminderService>(m_settings.get(), QDBusConnection::sessionBus());
    service->scheduler()->setAccount(Server, QStringLiteral("moby"));
    service->scheduler()->setClock([] { return Now; });
    return service;
}

uint TestNotifications::showOne(ReminderService &service, const QList<AccessToken> &tokens, Reminder *shown)
{
    QSignalSpy spy(service.notifier(), &DesktopNotifier::shown);
    const Reminder r = service.check(tokens);
    if (shown)
        *shown = r;
    if (!spy.wait(5000))
        return 0;
    return spy.constFirst().constFirst().toUInt();
}

void TestNotifications::manyDueTokensOneNotification()
{
    const auto service = makeService();
    QSignalSpy notified(service.get(), &ReminderService::notified);
    QSignalSpy fallback(service.get(), &ReminderService::fallbackNeeded);
    const QList<AccessToken> tokens = {
        expiringIn(QStringLiteral("build"), 2 * Day),
        expiringIn(QStringLiteral("R&D <lab>"), 3 * Day),
        expiringIn(QStringLiteral("deploy"), 4 * Day),
        expiringIn(QStringLiteral("nightly"), 5 * Day),
        expiringIn(QStringLiteral("本番"), Day / 3),
        expiringIn(QStringLiteral("mirror"), 20 * Day),
        expiringIn(QStringLiteral("far"), 90 * Day),
        inactive(expiringIn(QStringLiteral("off"), 2 * Day)),
        token(QStringLiteral("never-uuid"), QStringLiteral("never")),
    };
    Reminder reminder;
    const uint id = showOne(*service, tokens, &reminder);
    QVERIFY(id != 0);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(fallback.size(), 0);
    QCOMPARE(
        reminder.uuids(),
        (QStringList{QStringLiteral("本番-uuid"), QStringLiteral("build-uuid"), QStringLiteral("R&D <lab>-uuid"),
                     QStringLiteral("deploy-uuid"), QStringLiteral("nightly-uuid"), QStringLiteral("mirror-uuid")}));

    const QList<NotifyCall> calls = m_mock.notifyCalls();
    QCOMPARE(calls.size(), 1);
    const NotifyCall &c = calls.constFirst();
    QCOMPARE(c.appName, QStringLiteral("Hub Tokens"));
    QCOMPARE(c.replacesId, 0u);
    QCOMPARE(c.icon, QStringLiteral("io.github.hubtokens.HubTokens"));
    QCOMPARE(c.summary, QStringLiteral("6 Docker Hub tokens expire soon"));
    // The mock announces body-markup: the body is escaped markup.
    QCOMPARE(c.body,
             QStringLiteral("“本番” expires within 1 day.\n"
                            "4 tokens expire within 7 days: “build”, “R&amp;D &lt;lab&gt;”, and 2 more.\n"
                            "“mirror” expires within 30 days."));
    QVERIFY(!c.body.contains(QLatin1String("far")));
    QVERIFY(!c.body.contains(QLatin1String("off")));
    QCOMPARE(c.actions,
             (QStringList{QStringLiteral("default"), QStringLiteral("Show tokens"), QStringLiteral("open"),
                          QStringLiteral("Open Hub Tokens")}));
    QCOMPARE(c.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("io.github.hubtokens.HubTokens"));
    QCOMPARE(c.timeout, -1);

    // The same list again (the daily check, or a refresh): nothing new, no second notification.
    QVERIFY(service->check(tokens).isEmpty());
    QTest::qWait(200);
    QCOMPARE(m_mock.notifyCalls().size(), 1);
}

void TestNotifications::offSendsNothing()
{
    const auto service = makeService(false);
    QSignalSpy notified(service.get(), &ReminderService::notified);
    QSignalSpy fallback(service.get(), &ReminderService::fallbackNeeded);
    QVERIFY(service->check({expiringIn(QStringLiteral("build"), Day / 2), expiringIn(QStringLiteral("b"), 2 * Day)})
                .isEmpty());
    QTest::qWait(300);
    QCOMPARE(m_mock.notifyCalls().size(), 0);
    QCOMPARE(notified.size(), 0);
    QCOMPARE(fallback.size(), 0);
}

void TestNotifications::nothingDueSendsNothing()
{
    const auto service = makeService();
    QSignalSpy notified(service.get(), &ReminderService::notified);
    QSignalSpy fallback(service.get(), &ReminderService::fallbackNeeded);
    QVERIFY(
        service->check({expiringIn(QStringLiteral("far"), 60 * Day), token(QStringLiteral("n"), QStringLiteral("n"))})
            .isEmpty());
    QVERIFY(service->check({}).isEmpty());
    QTest::qWait(300);
    QCOMPARE(m_mock.notifyCalls().size(), 0);
    QCOMPARE(notified.size(), 0);
    QCOMPARE(fallback.size(), 0);
}

void TestNotifications::clickOpensTheFilteredView_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("open") << QStringLiteral("open");
    QTest::newRow("default (a click on the notification)") << QStringLiteral("default");
}

void TestNotifications::clickOpensTheFilteredView()
{
    QFETCH(QString, action);
    const auto service = makeService();
    QSignalSpy activated(service.get(), &ReminderService::activated);
    Reminder reminder;
    const uint id = showOne(*service,
                            {expiringIn(QStringLiteral("a"), 2 * Day), expiringIn(QStringLiteral("b"), Day / 2),
                             expiringIn(QStringLiteral("far"), 90 * Day)},
                            &reminder);
    QVERIFY(id != 0);
    QVERIFY(m_mock.emitSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"), {id, action}));
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toStringList(),
             (QStringList{QStringLiteral("b-uuid"), QStringLiteral("a-uuid")}));
}

void TestNotifications::othersClicksIgnored()
{
    const auto service = makeService();
    QSignalSpy activated(service.get(), &ReminderService::activated);
    QSignalSpy closed(service.get(), &ReminderService::closed);
    const uint id = showOne(*service, {expiringIn(QStringLiteral("a"), 2 * Day)});
    QVERIFY(id != 0);
    // Another application's notification, and an action we never offered.
    QVERIFY(
        m_mock.emitSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"), {id + 100, QStringLiteral("open")}));
    QVERIFY(m_mock.emitSignal(QStringLiteral("NotificationClosed"), QStringLiteral("uu"), {id + 100, 2u}));
    QVERIFY(m_mock.emitSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"), {id, QStringLiteral("snooze")}));
    // Then ours, to know that the others had their chance to arrive first.
    QVERIFY(m_mock.emitSignal(QStringLiteral("ActionInvoked"), QStringLiteral("us"), {id, QStringLiteral("open")}));
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(closed.size(), 0);
}

void TestNotifications::closedByTheServer()
{
    const auto service = makeService();
    QSignalSpy closed(service.get(), &ReminderService::closed);
    QSignalSpy activated(service.get(), &ReminderService::activated);
    const uint id = showOne(*service, {expiringIn(QStringLiteral("a"), 2 * Day)});
    QVERIFY(id != 0);
    QCOMPARE(service->notifier()->notificationId(), id);
    QVERIFY(m_mock.emitSignal(QStringLiteral("NotificationClosed"), QStringLiteral("uu"), {id, 2u})); // dismissed
    QVERIFY(closed.wait(5000));
    QCOMPARE(service->notifier()->notificationId(), 0u);
    QCOMPARE(activated.size(), 0);
}

void TestNotifications::laterReminderReplacesTheShownOne()
{
    const auto service = makeService();
    const uint first = showOne(*service, {expiringIn(QStringLiteral("a"), 2 * Day)});
    QVERIFY(first != 0);
    // A new token comes due while the first notification is still up: it replaces it, naming the new token.
    const uint second =
        showOne(*service, {expiringIn(QStringLiteral("a"), 2 * Day), expiringIn(QStringLiteral("b"), Day / 2)});
    QVERIFY(second != 0);
    const QList<NotifyCall> calls = m_mock.notifyCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).replacesId, first);
    QCOMPARE(calls.at(1).body, QStringLiteral("“b” expires within 1 day."));
}

void TestNotifications::withoutServiceFallsBack()
{
    const auto service = makeService();
    service->notifier()->setServiceName(QStringLiteral("org.hubtokens.test.NobodyOwnsThis"));
    QVERIFY(!service->notifier()->isAvailable());
    QSignalSpy notified(service.get(), &ReminderService::notified);
    QSignalSpy fallback(service.get(), &ReminderService::fallbackNeeded);
    const Reminder r = service->check({expiringIn(QStringLiteral("a"), 2 * Day)});
    QCOMPARE(fallback.size(), 1); // at once: the caller shows it in the tray or the banner
    QCOMPARE(fallback.constFirst().constFirst().value<Reminder>().uuids(), r.uuids());
    QCOMPARE(notified.size(), 0);
    QTest::qWait(200);
    QCOMPARE(m_mock.notifyCalls().size(), 0);
}

void TestNotifications::withoutBusFallsBack()
{
    m_settings->setRemindersEnabled(true);
    const QDBusConnection nowhere =
        QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("nowhere"));
    QVERIFY(!nowhere.isConnected());
    ReminderService service(m_settings.get(), nowhere);
    service.scheduler()->setAccount(Server, QStringLiteral("moby"));
    service.scheduler()->setClock([] { return Now; });
    QVERIFY(!service.notifier()->isAvailable());
    QSignalSpy fallback(&service, &ReminderService::fallbackNeeded);
    QVERIFY(!service.check({expiringIn(QStringLiteral("a"), 2 * Day)}).isEmpty());
    QCOMPARE(fallback.size(), 1);
    QDBusConnection::disconnectFromBus(QStringLiteral("nowhere"));
}

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
