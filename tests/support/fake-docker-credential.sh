#!/usr/bin/env bash
# A scripted Docker credential helper for the tests (bash: it starts fast on a busy machine). What it does depends
# on the name it is called by, docker-credential-fake<mode>; the tests link it under several names on a private PATH.
#
#   store      a working store kept in files under $FAKE_HELPER_STORE (one file per server URL)
#   fail       exits 1, its error on stderr (two lines)
#   failout    exits 3, its error on stdout (as the real helpers do)
#   garbage    prints text that is not JSON, exits 0
#   wrongshape get: {"Secret": 42}; list: {"a": 1}; exits 0
#   hang       sleeps for a minute
#   notfound   get/erase: "credentials not found in native keychain", exit 1; list: {}
#   emptyget   get: an entry with an empty Secret and exit 0 (docker-credential-pass 0.6 on a missing key)
#   echo       prints what it read on stdin, as an error, on stdout and stderr, exits 1
#   crash      kills itself with SIGSEGV
#   big        prints 2 MiB, exits 0
# Called docker-credential-secretservice or docker-credential-pass (a test links it so, to accept the window's offer
# of a credential store without the real one), it is the store mode.
#
# Every run records its argv and environment (never stdin) in $FAKE_HELPER_LOG/<pid>.log when that is set, so a
# test can check that no secret reached them. The store mode expects the compact JSON this app sends.
set -u
if [ -n "${FAKE_HELPER_LOG:-}" ]; then
    {
        printf 'cmdline:'; tr '\0' ' ' < /proc/$$/cmdline; printf '\n'
        printf 'environ:'; tr '\0' '\n' < /proc/$$/environ; printf '\n'
    } > "$FAKE_HELPER_LOG/$$.log"
fi
name=$(basename "$0")
mode=${name#docker-credential-fake}
case "$name" in
docker-credential-secretservice | docker-credential-pass) mode=store ;; # linked under a real store's name by a test
esac
action=${1:-}

entry_file() { # server URL → file name
    printf '%s' "$1" | base64 -w0 | tr '/+' '_-'
}
field() { # field NAME < compact JSON → the string value
    sed -n 's/.*"'"$1"'":"\([^"]*\)".*/\1/p'
}

case "$mode" in
store)
    case "$action" in
    store)
        input=$(cat)
        server=$(printf '%s' "$input" | field ServerURL)
        [ -n "$server" ] || { echo "no ServerURL"; exit 1; }
        printf '%s' "$input" > "$FAKE_HELPER_STORE/$(entry_file "$server")"
        ;;
    get|erase)
        file="$FAKE_HELPER_STORE/$(entry_file "$(cat)")"
        if [ ! -f "$file" ]; then echo "credentials not found in native keychain"; exit 1; fi
        if [ "$action" = erase ]; then rm -f "$file"; else cat "$file"; fi
        ;;
    list)
        out="{" sep=""
        for file in "$FAKE_HELPER_STORE"/*; do
            [ -f "$file" ] || continue
            out="$out$sep\"$(field ServerURL < "$file")\":\"$(field Username < "$file")\""
            sep=","
        done
        echo "$out}"
        ;;
    *) echo "Unknown credential action \`$action\`"; exit 1 ;;
    esac
    ;;
fail) cat > /dev/null; printf 'the keyring is locked\nsecond line of detail\n' >&2; exit 1 ;;
failout) echo "error: something broke on stdout"; exit 3 ;;
garbage) echo "this is <not> JSON" ;;
wrongshape) if [ "$action" = get ]; then echo '{"Secret": 42}'; else echo '{"a": 1}'; fi ;;
hang) exec sleep 60 ;;
notfound)
    if [ "$action" = list ]; then echo "{}"; exit 0; fi
    echo "credentials not found in native keychain"; exit 1 ;;
emptyget) echo '{"ServerURL":"","Username":"","Secret":""}' ;;
echo) data=$(cat); echo "invalid input: $data"; echo "invalid input: $data" >&2; exit 1 ;;
crash) kill -SEGV $$ ;;
big) head -c 2097152 /dev/zero | tr '\0' x ;;
*) echo "unknown fake mode $mode"; exit 2 ;;
esac
