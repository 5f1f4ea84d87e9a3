#include "CliOutput.h"

#include <cstdio>

namespace {

void write(std::FILE *stream, const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

namespace CliOutput {

void out(const QString &text)
{
    write(stdout, text.toUtf8());
}

void outBytes(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void message(const QString &text)
{
    write(stderr, text.toUtf8() + '\n');
}

void error(const QString &text)
{
    write(stderr, (programName() + QLatin1String(": ") + text).toUtf8() + '\n');
}

void raw(const QString &text)
{
    write(stderr, text.toUtf8());
}

QString programName()
{
    return QStringLiteral("hubtokens-cli");
}

} // namespace CliOutput
