#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan + UBSan) into ./build-fuzz and fuzzes the reply decoders for a
# bounded time (FUZZ_SECONDS, default 60). Exits non-zero on a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHUBTOKENS_FUZZ=ON -DHUBTOKENS_WERROR=ON >/dev/null
cmake --build build-fuzz --target fuzz_replies -j"$(nproc)"
work=$(mktemp -d)
cp tests/fuzz/corpus/* "$work/"
./build-fuzz/bin/fuzz_replies -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 "$work" 2>&1 | tee build-fuzz/fuzz.log | grep -E '^(#[0-9]+ +DONE|stat::|==)|ERROR' || true
status=${PIPESTATUS[0]}
rm -rf "$work"
runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' build-fuzz/fuzz.log | grep -Eo '[0-9]+$' || echo 0)
echo "fuzz: $runs executions in ${seconds} s, exit $status"
exit "$status"
