#!/usr/bin/env bash
# Runs a command with a throwaway password store for docker-credential-pass: a fresh GNUPGHOME with a new key that
# has no passphrase, and a PASSWORD_STORE_DIR initialised for it. Everything is removed afterwards.
set -euo pipefail
work=$(mktemp -d)
export GNUPGHOME="$work/gnupg" PASSWORD_STORE_DIR="$work/store" HOME="$work/home"
mkdir -m 700 "$GNUPGHOME" "$HOME"
cleanup() {
    gpgconf --kill gpg-agent >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
gpg --batch --quiet --gen-key 2>/dev/null <<'KEY'
%no-protection
Key-Type: EDDSA
Key-Curve: ed25519
Subkey-Type: ECDH
Subkey-Curve: cv25519
Name-Real: Hub Tokens test
Name-Email: test@hubtokens.invalid
Expire-Date: 0
%commit
KEY
fingerprint=$(gpg --list-keys --with-colons 2>/dev/null | awk -F: '/^fpr/ { print $10; exit }')
pass init "$fingerprint" >/dev/null
"$@"
