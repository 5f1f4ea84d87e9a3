#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// Where hubtokens-cli writes. Results go to stdout and nothing else does, so `--format json` and `--quiet` pipe
// cleanly; messages, errors and prompts go to stderr. Text is written as UTF-8, and flushed at once.
class CliOutput {
public:
    // Results: written as is (add the newline yourself).
    static void out(const QString &text) { write(stdout, text.toUtf8()); }
    static void outBytes(const QByteArray &bytes) { write(stdout, bytes); }
    // A message for the person, on stderr, with a newline.
    static void message(const QString &text) { write(stderr, text.toUtf8() + '\n'); }
    // An error on stderr: "hubtokens-cli: <text>" and a newline.
    static void error(const QString &text) { message(programName() + QLatin1String(": ") + text); }
    // Written as is on stderr (prompts, status lines).
    static void raw(const QString &text) { write(stderr, text.toUtf8()); }
    // The program name used in messages ("hubtokens-cli").
    static QString programName() { return QStringLiteral("hubtokens-cli"); }

private:
    static void write(std::FILE *stream, const QByteArray &bytes)
    {
        if (!bytes.isEmpty())
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
        std::fflush(stream);
    }
};
