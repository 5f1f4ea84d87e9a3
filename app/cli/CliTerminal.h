#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <unistd.h>

// The terminal, as far as hubtokens-cli needs it: whether there is one, its width, whether to use colour, and
// prompts. Prompts are written to stderr and answered on stdin, so stdout keeps only results. Reading blocks; the
// CLI asks only between calls.
class CliTerminal {
public:
    static bool stdinIsTerminal() { return ::isatty(STDIN_FILENO) == 1; }
    static bool stdoutIsTerminal() { return ::isatty(STDOUT_FILENO) == 1; }
    static bool stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }
    // Colour on stdout: only on a terminal, when NO_COLOR is unset or empty (https://no-color.org) and TERM is not
    // "dumb".
    static bool useColour();
    // The width of the terminal on stdout in columns; 0 when it is not a terminal (or does not say).
    static int width();

    // Writes `prompt` to stderr and reads one line from stdin, without its line ending. With echo off (a password)
    // the terminal shows nothing typed, and is put back as it was even when the program is interrupted. nullopt at
    // the end of input or on a read error.
    static std::optional<QString> readLine(const QString &prompt, bool echo = true);
    // Everything on stdin until its end (--password-stdin), without the final line ending.
    static QByteArray readAllStdin();
};
