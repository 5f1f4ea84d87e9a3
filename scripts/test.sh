#!/usr/bin/env bash
# Command 2 of the README: install what is needed, build, and run every test headless. Then the same tests again in a
# build with AddressSanitizer + UndefinedBehaviorSanitizer (./build-asan), then the reply decoders under libFuzzer
# (scripts/fuzz.sh, FUZZ_SECONDS, default 60), then the Debian package: built, checked, installed, run and removed
# (scripts/package-test.sh, ./build-deb; needs root). Every part runs even if an earlier one failed; the exit status
# is non-zero if any did. Arguments go to both ctest runs (e.g. -L client).
#
#   SANITIZE=0      skip the sanitizer build and run
#   FUZZ_SECONDS=0  skip fuzzing
#   PACKAGE=0       skip the package test
set -uo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failures=()
summaries=()

elapsed() { echo "$(( $(date +%s) - start )) s"; }

# run_ctest NAME BUILD_DIR [ctest args…]: prints ctest's output as it comes; keeps its summary line.
run_ctest() {
    local name=$1 dir=$2
    shift 2
    ctest --test-dir "$dir" --output-on-failure -j"$jobs" "$@" 2>&1 | tee "$logs/$name.log"
    local status=${PIPESTATUS[0]}
    local summary
    summary=$(grep -E '^[0-9]+% tests passed' "$logs/$name.log" | tail -n 1)
    summaries+=("$name: ${summary:-no summary (ctest exit $status)}")
    [ "$status" -eq 0 ] || failures+=("$name (ctest exit $status)")
}

bash scripts/install-deps.sh || exit 1

# 1. The normal build (warnings are errors) and every test.
echo "== test: build ($(elapsed))"
if bash scripts/build.sh; then
    echo "== test: ctest ($(elapsed))"
    run_ctest "ctest" build "$@"
else
    failures+=("build")
fi

# 2. AddressSanitizer + UndefinedBehaviorSanitizer: every test again (the whole suite takes about 40 s there). Any
#    error, leak or undefined behaviour fails the test it happens in. tests/lsan.supp may suppress leaks inside Qt or
#    system libraries, never ours.
if [ "${SANITIZE:-1}" != 0 ]; then
    echo "== test: sanitizer build ($(elapsed))"
    if BUILD_DIR=build-asan bash scripts/build.sh -DHUBTOKENS_SANITIZE=ON; then
        echo "== test: ctest under ASan + UBSan ($(elapsed))"
        ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
        LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}" \
            run_ctest "ctest (ASan+UBSan)" build-asan "$@"
    else
        failures+=("sanitizer build")
    fi
fi

# 3. libFuzzer over the reply decoders and the JWT reader.
fuzz_seconds=${FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" != 0 ]; then
    echo "== test: fuzzing for $fuzz_seconds s ($(elapsed))"
    FUZZ_SECONDS=$fuzz_seconds bash scripts/fuzz.sh 2>&1 | tee "$logs/fuzz.log"
    fuzz_status=${PIPESTATUS[0]}
    fuzz_line=$(grep -E '^fuzz: ' "$logs/fuzz.log" | tail -n 1)
    summaries+=("fuzzing: ${fuzz_line:-no summary (exit $fuzz_status)}")
    [ "$fuzz_status" -eq 0 ] || failures+=("fuzzing")
fi

# 4. The Debian package, as a new user installs it: each of its steps counts as one test.
package_passed=0
package_failed=0
if [ "${PACKAGE:-1}" != 0 ]; then
    echo "== test: Debian package ($(elapsed))"
    bash scripts/package-test.sh 2>&1 | tee "$logs/package.log"
    package_status=${PIPESTATUS[0]}
    package_line=$(grep -E '^package-test: [0-9]+ passed, [0-9]+ failed$' "$logs/package.log" | tail -n 1)
    summaries+=("package: ${package_line:-no summary (exit $package_status)}")
    if [[ $package_line =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
        package_passed=${BASH_REMATCH[1]}
        package_failed=${BASH_REMATCH[2]}
    fi
    if [ "$package_status" -ne 0 ]; then
        failures+=("package")
        [ "$package_failed" -gt 0 ] || package_failed=1
    fi
fi

# The summary lines as ctest, the fuzzer and the package test printed them, then one closing line over all parts.
echo
echo "test: finished in $(elapsed)"
passed=0
failed=0
for line in "${summaries[@]}"; do
    echo "${line%%: *}:"
    echo "${line#*: }"
    if [[ $line =~ ([0-9]+)\ tests\ failed\ out\ of\ ([0-9]+) ]]; then
        failed=$(( failed + BASH_REMATCH[1] ))
        passed=$(( passed + BASH_REMATCH[2] - BASH_REMATCH[1] ))
    fi
done
if [ "$fuzz_seconds" != 0 ]; then
    if [[ " ${failures[*]} " == *" fuzzing "* ]]; then failed=$(( failed + 1 )); else passed=$(( passed + 1 )); fi
fi
passed=$(( passed + package_passed ))
failed=$(( failed + package_failed ))
if [ ${#failures[@]} -gt 0 ]; then
    echo "test: failed: ${failures[*]}"
    [ "$failed" -gt 0 ] || failed=${#failures[@]}
fi
echo "test: $passed passed, $failed failed"
[ ${#failures[@]} -eq 0 ]
