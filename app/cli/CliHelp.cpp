#include "CliHelp.h"

#include "CliOutput.h"
#include "CliTextTable.h"
#include "app/hub/HubClient.h"
#include "app/settings/LanguageManager.h"

namespace {

constexpr int OptionColumn = 26;

QString optionLabel(const CliOption &o)
{
    QStringList names;
    for (const QString &n : o.names)
        names += (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString label = names.join(QLatin1String(", "));
    if (!o.valueName.isEmpty())
        label += QLatin1Char(' ') + o.valueName;
    return label;
}

QString optionLines(const QList<CliOption> &options)
{
    QString out;
    for (const CliOption &o : options) {
        const QString label = QStringLiteral("  ") + optionLabel(o);
        const int labelWidth = CliTextTable::displayWidth(label);
        // The description's lines start at OptionColumn; the first one beside the label when it fits.
        const QString text = CliHelp::wrap(o.description, OptionColumn);
        if (labelWidth + 2 <= OptionColumn)
            out += label + QString(OptionColumn - labelWidth, QLatin1Char(' ')) + text.mid(OptionColumn);
        else
            out += label + QLatin1Char('\n') + text;
    }
    return out;
}

} // namespace

QList<CliOption> CliHelp::globalOptions()
{
    const auto option = [](const char *name, const char *valueName, const QString &help) {
        return CliOption{{QLatin1String(name)}, QLatin1String(valueName), help};
    };
    return {
        option("server", "URL",
               tr("The Hub API server (default %1). http:// only for this computer (127.0.0.1, ::1, localhost).")
                   .arg(HubClient::defaultBaseUrl().toString())),
        option("format", "table|json", tr("How results are printed on stdout (default table).")),
        option("registry", "KEY",
               tr("The registry key Docker keeps the sign-in under (default %1, whatever --server is).")
                   .arg(QStringLiteral("https://index.docker.io/v1/"))),
        option("lang", "CODE",
               tr("The language of messages for this run: %1.")
                   .arg(LanguageManager::supportedLanguages().join(QLatin1String(", ")))),
        {{QStringLiteral("h"), QStringLiteral("help")}, QString(), tr("Show this help (or a command's, after it).")},
        option("version", nullptr, tr("Show the version.")),
    };
}

QString CliHelp::seeHelp(const QString &words)
{
    if (words.isEmpty())
        return tr("Run '%1 --help' for usage.").arg(CliOutput::programName());
    return tr("Run '%1 %2 --help' for usage.").arg(CliOutput::programName(), words);
}

QString CliHelp::exitStatus()
{
    QString out = tr("Exit status:") + QLatin1Char('\n');
    const QStringList meanings{
        tr("Success."),
        tr("An operation failed; each failure is reported on stderr."),
        tr("A usage error: an unknown command or option, an invalid value, an ambiguous uuid, or a deletion without "
           "--force when no terminal can confirm it."),
        tr("Not signed in, or the session expired."),
    }; // of the statuses 0, 1, 2 and 3
    for (int code = 0; code < meanings.size(); ++code)
        out += QStringLiteral("  %1  ").arg(code) + wrap(meanings.at(code), 5).mid(5);
    return out;
}

QString CliHelp::general()
{
    const QString program = CliOutput::programName();
    QString out = tr("Usage: %1 [--server URL] [--format table|json] COMMAND [OPTIONS]").arg(program)
        + QStringLiteral("\n\n") + wrap(tr("Manage your Docker Hub personal access tokens.")) + QLatin1Char('\n');

    out += tr("Commands:") + QLatin1Char('\n');
    for (const CliCommandInfo &c : CliCommand::all())
        out += QStringLiteral("  ") + c.synopsis + QLatin1Char('\n') + wrap(c.summary, 6);
    out += QLatin1Char('\n')
        + wrap(tr("UUID may be any unique start of a token's uuid. Run '%1 COMMAND --help' for a command's options.")
                   .arg(program));

    out += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') + optionLines(globalOptions());

    out += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n');
    out += QStringLiteral("  HUBTOKENS_USERNAME, HUBTOKENS_PASSWORD\n")
        + wrap(tr("Sign in with these on every run (for CI), before any kept session; nothing is kept. Not for "
                  "accounts with two-factor authentication: run '%1 login' on a terminal once instead.")
                   .arg(program),
               6);
    out += QStringLiteral("  NO_COLOR\n") + wrap(tr("Set to anything: no colours, even on a terminal."), 6);

    out += QLatin1Char('\n') + exitStatus();
    return out;
}

QString CliHelp::forCommand(const CliCommandInfo &command)
{
    QString out = tr("Usage: %1 %2").arg(CliOutput::programName(), command.synopsis) + QStringLiteral("\n\n")
        + wrap(command.summary);
    for (const QString &paragraph : command.details)
        out += QLatin1Char('\n') + wrap(paragraph);
    if (!command.options.isEmpty())
        out += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionLines(command.options);
    out += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') + optionLines(globalOptions());
    out += QLatin1Char('\n') + exitStatus();
    return out;
}

QString CliHelp::wrap(const QString &text, int indent, int width)
{
    const int room = qMax(20, width - indent);
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    QString line;
    int lineWidth = 0;
    const auto flush = [&] {
        out += pad + line + QLatin1Char('\n');
        line.clear();
        lineWidth = 0;
    };
    // Words are split at spaces; a word too long for a line (CJK text has no spaces) is split between characters.
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int w = CliTextTable::displayWidth(word);
        if (lineWidth > 0 && lineWidth + 1 + w <= room) {
            line += QLatin1Char(' ') + word;
            lineWidth += 1 + w;
            continue;
        }
        if (lineWidth > 0)
            flush();
        if (w <= room) {
            line = word;
            lineWidth = w;
            continue;
        }
        for (char32_t cp : word.toUcs4()) {
            const int cw = CliTextTable::codePointWidth(cp);
            if (lineWidth + cw > room)
                flush();
            line += QString::fromUcs4(&cp, 1);
            lineWidth += cw;
        }
    }
    if (lineWidth > 0 || out.isEmpty())
        flush();
    return out;
}
