#include "DesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusAbstractInterface>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

// The org.freedesktop.Notifications methods and signals we use, declared so that QtDBus forwards the D-Bus
// signals to these Qt signals (as a qdbusxml2cpp proxy does) and they connect by pointer, not by name.
class NotificationsProxy : public QDBusAbstractInterface {
    Q_OBJECT
public:
    NotificationsProxy(const QString &service, const QDBusConnection &bus, QObject *parent)
        : QDBusAbstractInterface(service, QLatin1String(DesktopNotifier::ObjectPath), "org.freedesktop.Notifications",
                                 bus, parent)
    {
        setTimeout(NotifyTimeoutMs);
    }

    static constexpr int NotifyTimeoutMs = 10'000;

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

namespace {

// Reminders are ordinary news, not alarms: "normal" urgency (0 low, 1 normal, 2 critical).
constexpr uchar NormalUrgency = 1;
// -1: the server's default display time.
constexpr int ServerDefaultTimeout = -1;

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

DesktopNotifier::~DesktopNotifier() = default;

NotificationsProxy *DesktopNotifier::proxy()
{
    if (!m_proxy) {
        m_proxy = new NotificationsProxy(m_service, m_bus, this);
        connect(m_proxy, &NotificationsProxy::ActionInvoked, this, &DesktopNotifier::onActionInvoked);
        connect(m_proxy, &NotificationsProxy::NotificationClosed, this, &DesktopNotifier::onNotificationClosed);
    }
    return m_proxy;
}

void DesktopNotifier::setServiceName(const QString &name)
{
    m_service = name;
    delete m_proxy;
}

bool DesktopNotifier::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QDBusReply<bool> owned = m_bus.interface()->isServiceRegistered(m_service);
    if (owned.isValid() && owned.value())
        return true;
    const QDBusReply<QStringList> activatable = m_bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(m_service);
}

bool DesktopNotifier::notify(const Reminder &reminder)
{
    if (reminder.isEmpty() || !isAvailable())
        return false;
    const quint64 generation = ++m_generation;
    // Whether the body may hold markup decides whether to escape it: ask first.
    auto *watcher = new QDBusPendingCallWatcher(proxy()->asyncCall(QStringLiteral("GetCapabilities")), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, reminder, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer reminder took over
        const QDBusPendingReply<QStringList> reply = *watcher;
        // A server that cannot tell its capabilities may still show notifications: send plain text.
        send(reminder, reply.isError() ? QStringList() : reply.value());
    });
    return true;
}

void DesktopNotifier::send(const Reminder &reminder, const QStringList &capabilities)
{
    const bool markup = capabilities.contains(QLatin1String("body-markup"));
    const QString body = markup ? reminder.body.toHtmlEscaped() : reminder.body;
    const QStringList actions{QLatin1String(DefaultAction),
                              QCoreApplication::translate("DesktopNotifier", "Show tokens"), QLatin1String(OpenAction),
                              QCoreApplication::translate("DesktopNotifier", "Open Hub Tokens")};
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QLatin1String(DesktopId));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(NormalUrgency));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-hubtokens.expiry"));

    const quint64 generation = m_generation;
    const QDBusPendingCall call =
        proxy()->asyncCall(QStringLiteral("Notify"), QCoreApplication::translate("DesktopNotifier", "Hub Tokens"), m_id,
                           QLatin1String(DesktopId), reminder.title, body, actions, hints, ServerDefaultTimeout);
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, reminder, generation] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            if (generation == m_generation)
                Q_EMIT failed(reminder, reply.error().message());
            return;
        }
        if (generation != m_generation)
            return;
        m_id = reply.value();
        m_uuids = reminder.uuids();
        Q_EMIT shown(m_id);
    });
}

void DesktopNotifier::close()
{
    if (m_id == 0 || !m_proxy)
        return;
    ++m_generation; // a Notify still in flight must not revive it
    m_proxy->asyncCall(QStringLiteral("CloseNotification"), m_id);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (id == 0 || id != m_id)
        return; // another application's notification
    if (actionKey == QLatin1String(DefaultAction) || actionKey == QLatin1String(OpenAction))
        Q_EMIT activated(m_uuids);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    if (id == 0 || id != m_id)
        return;
    m_id = 0;
    Q_EMIT closed(id);
}

#include "DesktopNotifier.moc"
