#include "CliCommandLine.h"

#include "CliHelp.h"
#include "CliOutput.h"
#include "app/hub/HubClient.h"
#include "app/hub/WireFormat.h"
#include "app/settings/LanguageManager.h"

#include <QCommandLineParser>

#include <algorithm>

namespace {

// Whether --name takes a value, for any command: finding the command words skips option values.
bool takesValue(const QString &name, const QList<CliCommandInfo> &commands)
{
    QList<CliOption> all = CliHelp::globalOptions();
    for (const CliCommandInfo &c : commands)
        all += c.options;
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const CliOption &o) { return o.names.contains(name); });
    return it != all.cend() && !it->valueName.isEmpty();
}

// The first two words that are neither options nor option values.
QStringList leadingWords(const QStringList &arguments, const QList<CliCommandInfo> &commands)
{
    QStringList words;
    for (int i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            words += arguments.mid(i + 1, 2 - int(words.size()));
            break;
        }
        if (a.startsWith(QLatin1String("--"))) {
            if (!a.contains(QLatin1Char('=')) && takesValue(a.mid(2), commands))
                ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            continue;
        words += a;
    }
    return words;
}

} // namespace

QString CliCommandLine::checkDescription(const QString &description)
{
    const qsizetype length = description.trimmed().toUcs4().size();
    if (length == 0)
        return tr("The description can't be empty.");
    if (length > MaxDescriptionLength)
        return tr("The description is %1 characters long; it can have at most %2.")
            .arg(length)
            .arg(MaxDescriptionLength);
    return QString();
}

CliCommandLine::Expiry CliCommandLine::parseExpiry(const QString &input, const QDateTime &now)
{
    const QString text = input.trimmed();
    if (text.compare(QLatin1String("never"), Qt::CaseInsensitive) == 0)
        return Expiry::success(QDateTime());
    if (text == QLatin1String("30d") || text == QLatin1String("90d"))
        return Expiry::success(now.addDays(text.chopped(1).toInt()));

    QDateTime when;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        when = date.startOfDay().toUTC(); // local midnight
    else
        when = WireFormat::parseTimestamp(text);
    if (!when.isValid())
        return Expiry::failure(tr("--expires takes never, 30d, 90d, a date (YYYY-MM-DD) or an RFC 3339 time "
                                  "(2025-12-31T18:00:00Z), not “%1”.")
                                   .arg(input));
    if (when <= now)
        return Expiry::failure(tr("The expiry %1 is not in the future.").arg(WireFormat::formatTimestamp(when)));
    if (when > now.addYears(1))
        return Expiry::failure(tr("The expiry %1 is more than a year ahead; Docker Hub allows at most one year.")
                                   .arg(WireFormat::formatTimestamp(when)));
    return Expiry::success(when);
}

CliCommandLine::Result CliCommandLine::parse(const QStringList &arguments, const QDateTime &now,
                                             const CliContext *context)
{
    static const CliContext none;
    Result r;
    const CliCommandInfo *command = nullptr;
    const auto usage = [&r, &command](const QString &message) {
        r.exitCode = CliExit::Usage;
        r.error = message + QLatin1Char('\n') + CliHelp::seeHelp(command ? command->words : QString());
        r.command.reset();
        return std::move(r);
    };
    const auto answer = [&r](const QString &output) {
        r.exitCode = CliExit::Ok;
        r.output = output;
        return std::move(r);
    };

    // The command first, so the parser knows its options: the declared words the command line starts with.
    const QList<CliCommandInfo> commands = CliCommand::all();
    const QStringList words = leadingWords(arguments, commands);
    QString wordsError; // an unknown command, said once --help and --version have had their turn
    if (!words.isEmpty()) {
        const QString &first = words.constFirst();
        if (first == QLatin1String("help"))
            return answer(CliHelp::general());
        bool group = false; // the first of a command's two words ("token", "docker")
        for (const CliCommandInfo &c : commands) {
            const QStringList w = c.words.split(QLatin1Char(' '));
            group = group || (w.size() == 2 && w.constFirst() == first);
            if (w == words.mid(0, w.size()))
                command = &c;
        }
        if (!command && group && first == QLatin1String("token") && words.size() < 2)
            wordsError =
                tr("'token' needs a command: ls, inspect, create, edit, activate, deactivate, rm, export or rotate.");
        else if (!command)
            wordsError = tr("Unknown command “%1”.").arg(group ? first + QLatin1Char(' ') + words.value(1) : first);
    }

    QCommandLineParser parser;
    for (const CliOption &o : CliHelp::globalOptions() + (command ? command->options : QList<CliOption>()))
        parser.addOption(QCommandLineOption(o.names, o.description, o.valueName));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    CliGlobals &g = r.globals;
    const CliParsed p{parser, g, now};
    if (p.isSet("help"))
        return answer(command ? CliHelp::forCommand(*command) : CliHelp::general());
    if (p.isSet("version"))
        return answer(CliOutput::programName() + QLatin1Char(' ') + QCoreApplication::applicationVersion()
                      + QLatin1Char('\n'));
    if (!wordsError.isEmpty())
        return usage(wordsError);
    if (!command) {
        r.exitCode = CliExit::Usage;
        r.error = CliHelp::general();
        r.errorIsHelp = true;
        return r;
    }
    r.info = *command;
    r.command.reset(command->make(context ? *context : none));

    // Global options; --format is the command's to read (table or json; token export: the file's format).
    if (p.isSet("server")) {
        const QUrl url = QUrl::fromUserInput(p.value("server"));
        if (const QString why = HubClient::checkServerUrl(url); !why.isEmpty())
            return usage(tr("Can't use the server %1: %2").arg(p.value("server"), why));
        g.server = url;
    }
    const std::optional<QString> format = p.isSet("format") ? std::optional(p.value("format")) : std::nullopt;
    if (const QString why = r.command->parseFormat(format, &g); !why.isEmpty())
        return usage(why);
    g.registry = p.value("registry").trimmed();
    if (p.isSet("registry") && g.registry.isEmpty())
        return usage(tr("--registry can't be empty."));
    if (p.isSet("lang")) {
        g.language = LanguageManager::normalize(p.value("lang"));
        if (g.language.isEmpty())
            return usage(tr("Unknown language “%1”; use one of: %2.")
                             .arg(p.value("lang"), LanguageManager::supportedLanguages().join(QLatin1String(", "))));
    }

    // Operands: what follows the command's words. A selection (rm --expired, deactivate --unused-for) replaces them.
    const QStringList operands = parser.positionalArguments().mid(int(command->words.count(QLatin1Char(' '))) + 1);
    const bool selected = !command->selection.isEmpty() && parser.isSet(command->selection);
    if (selected && !operands.isEmpty())
        return usage(tr("'%1 %2' takes no UUID.").arg(command->words, QStringLiteral("--") + command->selection));
    using Operands = CliCommandInfo::Operands;
    if (command->operands == Operands::One && operands.size() != 1)
        return usage(!command->operandError.isEmpty() ? command->operandError
                                                      : tr("'%1' takes one UUID.").arg(command->words));
    if (command->operands == Operands::Many && operands.isEmpty() && !selected)
        return usage(tr("'%1' needs at least one UUID.").arg(command->words));
    if (command->operands == Operands::None && !operands.isEmpty())
        return usage(tr("Unexpected argument “%1”.").arg(operands.constFirst()));
    for (const QString &operand : operands) {
        if (operand.trimmed().isEmpty())
            return usage(!command->emptyOperandError.isEmpty() ? command->emptyOperandError
                                                               : tr("An empty UUID was given."));
        r.command->operands += operand.trimmed();
    }

    // The command's own options.
    if (const QString why = r.command->parse(p); !why.isEmpty())
        return usage(why);
    return r;
}
