#!/usr/bin/env bash
# Configures and builds Hub Tokens into ./build (warnings are errors). Extra arguments go to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} -DHUBTOKENS_WERROR=ON "$@"
cmake --build "$BUILD_DIR" -j"$(nproc)"
