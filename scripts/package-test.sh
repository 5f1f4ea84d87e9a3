#!/usr/bin/env bash
# Part 4 of scripts/test.sh: Hub Tokens as a new user installs it. As root (CI is), on Debian bookworm:
#
#   1. validate   the menu entry (desktop-file-validate) and the metainfo (appstreamcli validate --no-net), also the
#                 variant with homepage and screenshots, whose images must all be in data/screenshots/
#   2. build      a build without tests in ./build-deb with Debian's flags (dpkg-buildflags), then `cpack -G DEB`
#   3. lintian    the .deb: 0 errors
#   4. install    with apt, so that its dependencies resolve
#   5. run        /usr/bin/hubtokens --version and --help with no display (and hubtokens-cli --help once the
#                 package has it); the man pages are there
#   6. demo       the installed app in demo mode under Xvfb with --lang ja: the window (HUBTOKENS_DUMP_WIDGETS) shows
#                 the installed Japanese translation and the demo tokens; a screenshot for a person to look at is
#                 kept in build-deb/package-test/
#   7. remove     apt-get purge: every path the package installed is gone (folders that were there before stay)
#
# Prints the time of each step, and closes with "package-test: N passed, N failed". Exit status non-zero if any step
# failed. BUILD_DIR (default build-deb) is where the package is built.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
BUILD_DIR=${BUILD_DIR:-build-deb}
app_id=io.github.hubtokens.HubTokens
out=$root/$BUILD_DIR/package-test
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
failures=()
timings=()
start=$(date +%s)

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# step NAME FUNCTION: runs it, times it, counts it.
step() {
    local name=$1 t0 status
    shift
    echo "== package-test: $name"
    t0=$(date +%s)
    "$@"
    status=$?
    timings+=("$name $(( $(date +%s) - t0 )) s")
    if [ "$status" -eq 0 ]; then
        passed=$(( passed + 1 ))
        echo "== package-test: $name: ok ($(( $(date +%s) - t0 )) s)"
    else
        failed=$(( failed + 1 ))
        failures+=("$name")
        echo "== package-test: $name: FAILED ($(( $(date +%s) - t0 )) s)"
    fi
    return 0
}

fail() {
    echo "package-test: $*" >&2
    return 1
}

# No display at all, as over SSH.
headless() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work/home" "$@"
}

validate() {
    desktop-file-validate "data/$app_id.desktop" || return 1
    # The installed metainfo as the build makes it (no public addresses yet), and the variant with them.
    cmake -DIN="data/$app_id.metainfo.xml.in" -DOUT="$work/plain.metainfo.xml" -DVERSION="$version" \
          "-DPROGRAMS=hubtokens" -P data/Metainfo.cmake || return 1
    cmake -DIN="data/$app_id.metainfo.xml.in" -DOUT="$work/published.metainfo.xml" -DVERSION="$version" \
          "-DPROGRAMS=hubtokens" -DHOMEPAGE_URL=https://example.org/hubtokens \
          -DSCREENSHOT_BASE_URL=https://example.org/hubtokens/screenshots -P data/Metainfo.cmake || return 1
    appstreamcli validate --no-net "$work/plain.metainfo.xml" || return 1
    appstreamcli validate --no-net "$work/published.metainfo.xml" || return 1
    local image count=0
    for image in $(grep -o 'https://example.org/hubtokens/screenshots/[^<]*' "$work/published.metainfo.xml"); do
        [ -s "data/screenshots/${image##*/}" ] || fail "the metainfo shows data/screenshots/${image##*/}, which is missing" || return 1
        count=$(( count + 1 ))
    done
    [ "$count" -gt 0 ] || fail "no screenshots in the metainfo"
}

build() {
    # Debian's own compiler and linker flags (-O2, hardening with immediate binding), as a package build uses them
    # (build type None: no flags of CMake's own). Without -g: the package is stripped, and it builds faster.
    local -x DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_INSTALL_PREFIX=/usr \
          -DHUBTOKENS_BUILD_TESTS=OFF \
          -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
          -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" || return 1
    cmake --build "$BUILD_DIR" -j"$(nproc)" || return 1
    rm -f "$BUILD_DIR"/hubtokens_*.deb
    (cd "$BUILD_DIR" && cpack -G DEB) || return 1
    deb=$(ls "$root/$BUILD_DIR"/hubtokens_"$version"_*.deb 2>/dev/null | head -n 1)
    [ -n "$deb" ] || fail "cpack made no hubtokens_${version}_*.deb" || return 1
    echo "package-test: $deb"
    dpkg-deb --info "$deb" | sed -n '/Architecture:/,$p'
}

check_lintian() {
    [ -n "${deb:-}" ] || fail "no package to check" || return 1
    # --fail-on error: warnings are reported (and explained in the README), errors fail.
    lintian --fail-on error --display-info "$deb" 2>&1 | tee "$out/lintian.txt"
    local status=${PIPESTATUS[0]}
    echo "package-test: lintian: $(grep -c '^E:' "$out/lintian.txt") errors, $(grep -c '^W:' "$out/lintian.txt") warnings, $(grep -c '^I:' "$out/lintian.txt") infos"
    return "$status"
}

install_package() {
    [ -n "${deb:-}" ] || fail "no package to install" || return 1
    if dpkg-query -W -f='${Status}' hubtokens 2>/dev/null | grep -q 'install ok installed'; then
        echo "package-test: removing an earlier hubtokens first"
        $SUDO apt-get purge -y -q hubtokens >/dev/null || return 1
    fi
    # Which of the package's paths are there already (shared folders such as /usr/share/icons/hicolor/…/apps).
    dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's|^\./|/|' -e 's|/$||' | grep -v '^/*$' > "$work/contents"
    : > "$work/existed"
    while read -r path; do
        [ -e "$path" ] && echo "$path" >> "$work/existed"
    done < "$work/contents"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$deb" || return 1
    dpkg -L hubtokens > "$work/installed" || return 1
    echo "package-test: installed $(wc -l < "$work/installed") paths:"
    grep -E '^/usr/(bin|libexec|share/(applications|metainfo|man|doc/hubtokens)|share/icons/hicolor/[^/]+/apps/)' "$work/installed"
}

run_installed() {
    local text
    [ -x /usr/bin/hubtokens ] || fail "/usr/bin/hubtokens is not there" || return 1
    text=$(headless /usr/bin/hubtokens --version) || fail "hubtokens --version failed" || return 1
    echo "$text"
    [ "$text" = "hubtokens $version" ] || fail "hubtokens --version printed '$text'" || return 1
    text=$(headless /usr/bin/hubtokens --help) || fail "hubtokens --help failed" || return 1
    echo "$text"
    grep -q -- '--demo' <<< "$text" || fail "hubtokens --help does not mention --demo" || return 1
    text=$(headless /usr/bin/hubtokens --lang ja --help) || fail "hubtokens --lang ja --help failed" || return 1
    grep -q 'Docker Hub の個人用アクセストークンを管理します。' <<< "$text" \
        || fail "hubtokens --lang ja --help is not in Japanese: $text" || return 1
    if grep -qx /usr/bin/hubtokens-cli "$work/installed"; then
        headless /usr/bin/hubtokens-cli --help || fail "hubtokens-cli --help failed" || return 1
    fi
    [ -x /usr/libexec/hubtokens/hub-emulator ] || fail "/usr/libexec/hubtokens/hub-emulator is not there" || return 1
    desktop-file-validate "/usr/share/applications/$app_id.desktop" || return 1
    appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || return 1
    local program
    for program in $(grep -E '^/usr/bin/' "$work/installed"); do
        grep -qx "/usr/share/man/man1/${program##*/}.1.gz" "$work/installed" \
            || fail "no man page for ${program##*/}" || return 1
        man -l "/usr/share/man/man1/${program##*/}.1.gz" 2>&1 | head -n 12
    done
}

demo_in_japanese() {
    local dump=$work/dump.txt status
    mkdir -p "$work/home"
    # In a subshell under xvfb-run: start the app, wait for its dump, take the screenshot, remove the dump (the app
    # then quits), and wait for it to exit.
    HOME="$work/home" HUBTOKENS_DUMP_WIDGETS="$dump" OUT="$out" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        /usr/bin/hubtokens --demo --lang ja & app=$!
        for _ in $(seq 1 600); do
            [ -s "$HUBTOKENS_DUMP_WIDGETS" ] && break
            kill -0 "$app" 2>/dev/null || break
            sleep 0.1
        done
        if [ ! -s "$HUBTOKENS_DUMP_WIDGETS" ]; then
            echo "package-test: the app wrote no widget dump within 60 s" >&2
            kill "$app" 2>/dev/null
            wait "$app"
            exit 1
        fi
        cp "$HUBTOKENS_DUMP_WIDGETS" "$OUT/widgets-ja.txt"
        sleep 0.5 # let the last paint reach the X server
        xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > "$OUT/hubtokens-demo-ja.png"
        rm -f "$HUBTOKENS_DUMP_WIDGETS"
        for _ in $(seq 1 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$app" 2>/dev/null; then
            echo "package-test: the app did not quit after its dump was removed" >&2
            kill "$app"
        fi
        wait "$app"
    '
    status=$?
    [ "$status" -eq 0 ] || fail "the installed app under Xvfb exited with $status" || return 1
    echo "package-test: screenshot: $out/hubtokens-demo-ja.png; widget texts: $out/widgets-ja.txt"
    [ -s "$out/hubtokens-demo-ja.png" ] || fail "no screenshot" || return 1
    # The window's icon is the installed one, from the icon theme.
    grep -qx "icon: $app_id" "$out/widgets-ja.txt" \
        || fail "the window's icon is not the installed one: $(head -n 1 "$out/widgets-ja.txt")" || return 1
    # The heading and the Generate button come from the Japanese translation; "Jenkins nightly" is a demo token.
    local expected
    for expected in '個人用アクセストークン' '新しいトークンを生成' 'Jenkins nightly'; do
        grep -q "$expected" "$out/widgets-ja.txt" \
            || fail "'$expected' is not on screen; the window shows:" || { cat "$out/widgets-ja.txt"; return 1; }
        echo "package-test: on screen: $(grep -m 1 "$expected" "$out/widgets-ja.txt")"
    done
}

remove_package() {
    [ -s "$work/installed" ] || fail "nothing was installed" || return 1
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get purge -y -q hubtokens || return 1
    if dpkg-query -W -f='${Status}' hubtokens 2>/dev/null | grep -q 'installed'; then
        fail "hubtokens is still known to dpkg: $(dpkg-query -W -f='${Status}' hubtokens)" || return 1
    fi
    local path left=0
    while read -r path; do
        [ -e "$path" ] || [ -L "$path" ] || continue
        grep -qxF "$path" "$work/existed" && continue # a shared folder that was there before
        echo "package-test: left behind: $path" >&2
        left=$(( left + 1 ))
    done < "$work/installed"
    echo "package-test: $(wc -l < "$work/installed") paths checked, $left left behind"
    [ "$left" -eq 0 ]
}

version=$(sed -n 's/^project(HubTokens VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
mkdir -p "$out"
deb=""

step validate validate
step build build
step lintian check_lintian
step install install_package
if grep -qx /usr/bin/hubtokens "$work/installed" 2>/dev/null; then
    step run run_installed
    step demo demo_in_japanese
    step remove remove_package
else
    for name in run demo remove; do
        failed=$(( failed + 1 ))
        failures+=("$name (not installed)")
    done
fi

echo
echo "package-test: finished in $(( $(date +%s) - start )) s: ${timings[*]/%/,}"
[ ${#failures[@]} -eq 0 ] || echo "package-test: failed: ${failures[*]}"
echo "package-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
