#pragma once

#include <QByteArray>
#include <QString>

// Where hubtokens-cli writes. Results go to stdout and nothing else does, so `--format json` and `--quiet` pipe
// cleanly; messages, errors and prompts go to stderr. Text is written as UTF-8.
namespace CliOutput {
// Results: written as is (add the newline yourself).
void out(const QString &text);
void outBytes(const QByteArray &bytes);
// A message for the person, on stderr, with a newline.
void message(const QString &text);
// An error on stderr: "hubtokens-cli: <text>" and a newline.
void error(const QString &text);
// Written as is on stderr (prompts, status lines).
void raw(const QString &text);
// The program name used in messages ("hubtokens-cli").
QString programName();
} // namespace CliOutput
