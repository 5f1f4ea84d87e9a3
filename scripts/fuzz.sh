#!/usr/bin/env bash
# Builds the libFuzzer target with clang (ASan + UBSan) into ./build-fuzz and fuzzes the reply decoders for a
# bounded time (FUZZ_SECONDS, default 60). Exits non-zero on a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "fuzz: FUZZ_SECONDS must be a whole number of seconds, at least 1 (libFuzzer takes 0 as no limit)" >&2
    exit 2
fi
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHUBTOKENS_FUZZ=ON -DHUBTOKENS_WERROR=ON >/dev/null
cmake --build build-fuzz --target fuzz_replies -j"$(nproc)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus/* "$work/"
# The fuzzer's exit status is read directly (not through a pipe): a crash, leak, UBSan report or timeout is non-zero.
# A crashing input is saved as build-fuzz/crash-<sha1> (reproduce: build-fuzz/bin/fuzz_replies <file>).
status=0
./build-fuzz/bin/fuzz_replies -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=build-fuzz/ -print_final_stats=1 "$work" >build-fuzz/fuzz.log 2>&1 || status=$?
grep -E '^(#[0-9]+ +DONE|stat::)' build-fuzz/fuzz.log || true
if [ "$status" -ne 0 ]; then
    echo "fuzz: the fuzzer failed; the end of build-fuzz/fuzz.log:"
    tail -n 60 build-fuzz/fuzz.log
fi
runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' build-fuzz/fuzz.log | grep -Eo '[0-9]+$' || echo 0)
echo "fuzz: $runs executions in ${seconds} s, exit $status"
exit "$status"
