#!/usr/bin/env bash
# Runs a command inside a private D-Bus session bus on which Debian's python3-dbusmock, with its notification_daemon
# template, owns org.freedesktop.Notifications (the test asks the mock, over org.freedesktop.DBus.Mock, which calls it
# received, and makes it emit ActionInvoked / NotificationClosed).
set -euo pipefail
exec dbus-run-session -- bash -c '
    /usr/bin/python3 -m dbusmock --session --template notification_daemon &
    mock=$!
    for _ in $(seq 1 150); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
               org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null \
               | grep -q "boolean true"; then
            break
        fi
        sleep 0.1
    done
    status=0
    "$@" || status=$?
    kill "$mock" 2>/dev/null || true
    wait "$mock" 2>/dev/null || true
    exit $status
' with-notification-mock "$@"
