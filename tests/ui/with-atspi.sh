#!/usr/bin/env bash
# Runs a command under its own Xvfb on a private D-Bus session that has the AT-SPI accessibility bus on it
# (at-spi2-core's bus launcher; it starts the registry itself), with Qt's AT-SPI bridge switched on. The offscreen
# platform has no accessibility bridge: the app must run on xcb.
#
# Xvfb picks a free display itself and says which once it accepts connections (-displayfd), so neither a display
# left locked by an earlier server nor a slow start under load can leave the app without one (`xvfb-run -a` guesses
# the number from lock files and carries on even when its server failed to start).
#
# Under load the app has now and then failed to open a display Xvfb had just announced ("could not connect to
# display :0", about one run in twenty with other tests running). The command exits 75 when the app died before it
# appeared on the bus; then it runs again, on a fresh Xvfb and bus, at most three times in all. Any other failure
# counts at once.
set -euo pipefail
work=$(mktemp -d)
xvfb=
stop_xvfb() {
    if [ -n "$xvfb" ]; then
        kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
        xvfb=
    fi
    return 0
}
cleanup() {
    stop_xvfb
    rm -rf "$work"
}
trap cleanup EXIT

# One attempt: a fresh Xvfb, a private session bus with the accessibility bus, and the command. Its exit status.
attempt() {
    : >"$work/display"
    Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb=$!
    for _ in $(seq 1 300); do
        [ -s "$work/display" ] && break
        if ! kill -0 "$xvfb" 2>/dev/null; then
            echo "with-atspi: Xvfb did not start:" >&2
            cat "$work/xvfb.log" >&2
            return 1
        fi
        sleep 0.1
    done
    if ! [ -s "$work/display" ]; then
        echo "with-atspi: Xvfb gave no display within 30 s" >&2
        return 1
    fi
    export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
    local status=0
    dbus-run-session -- bash -c '
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
    ' with-atspi "$@" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "with-atspi: the command failed ($status) on $DISPLAY; Xvfb $(kill -0 "$xvfb" 2>/dev/null && echo runs || echo is gone) and said:" >&2
        cat "$work/xvfb.log" >&2
    fi
    stop_xvfb
    return $status
}

status=0
for try in 1 2 3; do
    status=0
    attempt "$@" || status=$?
    [ "$status" -eq 75 ] || break
    echo "with-atspi: the app did not start (try $try of 3)" >&2
done
exit $status
