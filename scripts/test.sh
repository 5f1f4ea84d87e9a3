#!/usr/bin/env bash
# Command 2 of the README: install what is needed, build, and run every test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/install-deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
echo "test: finished in $(( $(date +%s) - start )) s"
