#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service on it.
set -euo pipefail
exec dbus-run-session -- bash -c '
    export XDG_RUNTIME_DIR=$(mktemp -d)
    export HOME=$(mktemp -d)
    # A throwaway password creates and unlocks the login keyring; only the secrets component is needed.
    eval "$(printf "hubtokens-test" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"
    status=$?
    rm -rf "$HOME" "$XDG_RUNTIME_DIR"
    exit $status
' with-secret-service "$@"
