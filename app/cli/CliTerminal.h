#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The terminal, as far as hubtokens-cli needs it: whether there is one, its width, whether to use colour, and
// prompts. Prompts are written to stderr and answered on stdin, so stdout keeps only results. Reading blocks; the
// CLI asks only between calls.
namespace CliTerminal {
bool stdinIsTerminal();
bool stdoutIsTerminal();
bool stderrIsTerminal();
// Colour on stdout: only on a terminal, when NO_COLOR is unset or empty (https://no-color.org) and TERM is not "dumb".
bool useColour();
// The width of the terminal on stdout in columns; 0 when it is not a terminal (or does not say).
int width();

// Writes `prompt` to stderr and reads one line from stdin, without its line ending. With echo off (a password) the
// terminal shows nothing typed, and is put back as it was even when the program is interrupted. nullopt at the end
// of input or on a read error.
std::optional<QString> readLine(const QString &prompt, bool echo = true);
// Everything on stdin until its end (--password-stdin), without the final line ending.
QByteArray readAllStdin();
} // namespace CliTerminal
