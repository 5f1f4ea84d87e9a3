#!/usr/bin/env bash
# Command 1 of the README: install what is needed, build, and start the app in demo mode
# (a local Hub emulator with sample tokens, signed in as "demo"). Extra arguments go to the app, e.g. --lang ja.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display found (DISPLAY is unset); starting the app on a virtual X server (xvfb-run)." >&2
    echo "demo: run it from a desktop session to see the window." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/bin/hubtokens --demo "$@"
fi
exec ./build/bin/hubtokens --demo "$@"
