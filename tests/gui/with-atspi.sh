#!/usr/bin/env bash
# Runs a command under Xvfb on a private D-Bus session that has the AT-SPI accessibility bus on it (at-spi2-core's bus
# launcher; it starts the registry itself), with Qt's AT-SPI bridge switched on. The offscreen platform has no
# accessibility bridge: the app must run on xcb.
set -euo pipefail
exec xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- bash -c '
    export XDG_RUNTIME_DIR=$(mktemp -d)
    export HOME=$(mktemp -d)
    export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    status=0
    "$@" || status=$?
    kill "$launcher" 2>/dev/null || true
    rm -rf "$HOME" "$XDG_RUNTIME_DIR"
    exit $status
' with-atspi "$@"
