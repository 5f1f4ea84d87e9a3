#pragma once

#include "ExpiryReminders.h"

#include <QDBusConnection>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class NotificationsProxy;

// Shows a Reminder as one desktop notification through the freedesktop Notifications service
// (org.freedesktop.Notifications on the session bus, QtDBus only), with an "Open" action that is also the default
// action (a click on the notification). A new reminder replaces the one still shown. activated() gives the reminder's
// token uuids when the person clicks, so the window can open filtered to them.
//
// Where the service is missing (isAvailable() false, or the call fails: failed()), the caller falls back to the
// tray or the window's banner (ReminderService does).
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~DesktopNotifier() override;

    static constexpr char ServiceName[] = "org.freedesktop.Notifications";
    static constexpr char ObjectPath[] = "/org/freedesktop/Notifications";
    // The action keys sent with every notification.
    static constexpr char DefaultAction[] = "default";
    static constexpr char OpenAction[] = "open";
    // The app's desktop id: the notification's icon and its "desktop-entry" hint.
    static constexpr char DesktopId[] = "io.github.hubtokens.HubTokens";

    // Whether the bus is connected and the service has an owner or can be started by the bus.
    bool isAvailable() const;
    // Tests: talk to another bus name instead of ServiceName (one nobody owns, to see the fallback). Before notify().
    void setServiceName(const QString &name);
    QString serviceName() const { return m_service; }

    // Sends the reminder (asynchronously; shown() or failed() follows). False, and nothing sent, when the reminder is
    // empty or the service is not available.
    bool notify(const Reminder &reminder);
    // Withdraws the notification still shown, if any.
    void close();
    // The server's id of the notification shown now; 0 when none.
    uint notificationId() const { return m_id; }

Q_SIGNALS:
    void shown(uint id);
    // The Notify call failed (the service vanished, refused, or did not answer): show the reminder another way.
    void failed(const Reminder &reminder, const QString &message);
    // The person clicked the notification or its "Open" action.
    void activated(const QStringList &uuids);
    // The notification went away (expired, dismissed, withdrawn) without a click, or after one.
    void closed(uint id);

private:
    void send(const Reminder &reminder, const QStringList &capabilities);
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);
    NotificationsProxy *proxy();

    QDBusConnection m_bus;
    QString m_service = QLatin1String(ServiceName);
    QPointer<NotificationsProxy> m_proxy;
    uint m_id = 0;
    QStringList m_uuids;
    quint64 m_generation = 0; // the latest notify(); replies to older ones are ignored
};
