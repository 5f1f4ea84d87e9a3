#pragma once

// hubtokens-cli's exit status (documented in --help and the README).
namespace CliExit {
constexpr int Ok = 0; // everything asked was done
constexpr int Failed = 1; // an operation failed (each failure is reported on stderr)
constexpr int Usage = 2; // a usage error: unknown command or option, an invalid value, an ambiguous uuid prefix,
    // or a deletion that needs a confirmation nobody can give
constexpr int NotSignedIn = 3; // not signed in, or the session expired (and nobody could sign in again)
// Not an exit status: the command runs on, and says later.
constexpr int Running = -1;
} // namespace CliExit
