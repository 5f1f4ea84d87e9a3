#include "CliCommandLine.h"

#include "CliHelp.h"
#include "CliOutput.h"
#include "app/hub/HubClient.h"
#include "app/hub/WireFormat.h"
#include "app/settings/LanguageManager.h"

#include <QCommandLineParser>

namespace {

using Command = CliArguments::Command;

// Whether --name takes a value, for any command: finding the command words skips option values.
bool takesValue(const QString &name)
{
    QList<CliHelp::Option> all = CliHelp::globalOptions();
    for (Command c : CliHelp::commands())
        all += CliHelp::commandOptions(c);
    for (const CliHelp::Option &o : all) {
        if (o.names.contains(name))
            return !o.valueName.isEmpty();
    }
    return false;
}

// The first two words that are neither options nor option values.
QStringList leadingWords(const QStringList &arguments)
{
    QStringList words;
    for (int i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            words += arguments.mid(i + 1, 2 - int(words.size()));
            break;
        }
        if (a.startsWith(QLatin1String("--"))) {
            if (!a.contains(QLatin1Char('=')) && takesValue(a.mid(2)))
                ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            continue;
        words += a;
    }
    return words;
}

std::optional<Command> tokenCommand(const QString &word)
{
    static const QList<QPair<QString, Command>> names{
        {QStringLiteral("ls"), Command::TokenList},           {QStringLiteral("inspect"), Command::TokenInspect},
        {QStringLiteral("create"), Command::TokenCreate},     {QStringLiteral("edit"), Command::TokenEdit},
        {QStringLiteral("activate"), Command::TokenActivate}, {QStringLiteral("deactivate"), Command::TokenDeactivate},
        {QStringLiteral("rm"), Command::TokenRemove},         {QStringLiteral("export"), Command::TokenExport},
        {QStringLiteral("rotate"), Command::TokenRotate},
    };
    for (const auto &[name, command] : names) {
        if (word == name)
            return command;
    }
    return std::nullopt;
}

} // namespace

std::optional<TokenScope> CliCommandLine::parseScope(const QString &text)
{
    return WireFormat::scopeFromWire(text.trimmed());
}

QString CliCommandLine::checkDescription(const QString &description)
{
    const QString text = description.trimmed();
    if (text.isEmpty())
        return tr("The description can't be empty.");
    if (text.toUcs4().size() > MaxDescriptionLength)
        return tr("The description is %1 characters long; it can have at most %2.")
            .arg(text.toUcs4().size())
            .arg(MaxDescriptionLength);
    return QString();
}

std::optional<QDateTime> CliCommandLine::parseExpiry(const QString &input, const QDateTime &now, QString *why)
{
    const QString text = input.trimmed();
    if (text.compare(QLatin1String("never"), Qt::CaseInsensitive) == 0)
        return QDateTime();
    if (text == QLatin1String("30d"))
        return now.addDays(30);
    if (text == QLatin1String("90d"))
        return now.addDays(90);

    QDateTime when;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        when = date.startOfDay().toUTC(); // local midnight
    else
        when = WireFormat::parseTimestamp(text);
    if (!when.isValid()) {
        if (why)
            *why = tr("--expires takes never, 30d, 90d, a date (YYYY-MM-DD) or an RFC 3339 time "
                      "(2025-12-31T18:00:00Z), not “%1”.")
                       .arg(input);
        return std::nullopt;
    }
    if (when <= now) {
        if (why)
            *why = tr("The expiry %1 is not in the future.").arg(WireFormat::formatTimestamp(when));
        return std::nullopt;
    }
    if (when > now.addYears(1)) {
        if (why)
            *why = tr("The expiry %1 is more than a year ahead; Docker Hub allows at most one year.")
                       .arg(WireFormat::formatTimestamp(when));
        return std::nullopt;
    }
    return when;
}

CliCommandLine::Result CliCommandLine::parse(const QStringList &arguments, const QDateTime &now)
{
    Result r;
    const auto usage = [&r](const QString &message, Command command = Command::None) {
        r.exitCode = CliExit::Usage;
        r.error = message + QLatin1Char('\n') + CliHelp::seeHelp(command);
        return r;
    };

    // The command first, so the parser knows its options.
    const QStringList words = leadingWords(arguments);
    Command command = Command::None;
    int wordCount = 0;
    QString unknown;
    bool tokenWithoutCommand = false;
    if (!words.isEmpty()) {
        const QString &first = words.constFirst();
        wordCount = 1;
        if (first == QLatin1String("login")) {
            command = Command::Login;
        } else if (first == QLatin1String("logout")) {
            command = Command::Logout;
        } else if (first == QLatin1String("docker")) {
            const QString second = words.value(1);
            wordCount = 2;
            if (second == QLatin1String("status"))
                command = Command::DockerStatus;
            else if (second == QLatin1String("use-store"))
                command = Command::DockerUseStore;
            else
                unknown = QStringLiteral("docker ") + second;
        } else if (first == QLatin1String("help")) {
            r.exitCode = CliExit::Ok;
            r.output = CliHelp::general();
            return r;
        } else if (first == QLatin1String("token")) {
            if (words.size() < 2) {
                tokenWithoutCommand = true;
            } else if (const std::optional<Command> c = tokenCommand(words.at(1))) {
                command = *c;
                wordCount = 2;
            } else {
                unknown = QStringLiteral("token ") + words.at(1);
            }
        } else {
            unknown = first;
        }
    }

    QCommandLineParser parser;
    QList<CliHelp::Option> specs = CliHelp::globalOptions() + CliHelp::commandOptions(command);
    for (const CliHelp::Option &o : specs) {
        QCommandLineOption option(o.names, o.description);
        if (!o.valueName.isEmpty())
            option.setValueName(o.valueName);
        parser.addOption(option);
    }
    if (!parser.parse(arguments))
        return usage(parser.errorText(), command);
    if (parser.isSet(QStringLiteral("help"))) {
        r.exitCode = CliExit::Ok;
        r.output = command == Command::None ? CliHelp::general() : CliHelp::forCommand(command);
        return r;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        r.exitCode = CliExit::Ok;
        r.output =
            CliOutput::programName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() + QLatin1Char('\n');
        return r;
    }
    if (!unknown.isEmpty())
        return usage(tr("Unknown command “%1”.").arg(unknown));
    if (tokenWithoutCommand)
        return usage(
            tr("'token' needs a command: ls, inspect, create, edit, activate, deactivate, rm, export or rotate."));
    if (command == Command::None) {
        r.exitCode = CliExit::Usage;
        r.error = CliHelp::general();
        r.errorIsHelp = true;
        return r;
    }

    CliArguments &a = r.arguments;
    a.command = command;

    // Global options.
    if (parser.isSet(QStringLiteral("server"))) {
        const QString text = parser.value(QStringLiteral("server"));
        const QUrl url = QUrl::fromUserInput(text);
        const QString why = HubClient::checkServerUrl(url);
        if (!why.isEmpty())
            return usage(tr("Can't use the server %1: %2").arg(text, why), command);
        a.server = url;
    }
    if (command == Command::TokenExport) {
        // Here --format names the file's format.
        if (!parser.isSet(QStringLiteral("format")))
            return usage(tr("'token export' needs --format ics, csv or json."), command);
        const QString format = parser.value(QStringLiteral("format"));
        const std::optional<TokenExport::Format> f = TokenExport::formatFromName(format);
        if (!f)
            return usage(tr("'token export' takes --format ics, csv or json, not “%1”.").arg(format), command);
        a.exportFormat = *f;
    } else if (parser.isSet(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format == QLatin1String("json"))
            a.format = CliArguments::Format::Json;
        else if (format != QLatin1String("table"))
            return usage(tr("--format takes table or json, not “%1”.").arg(format), command);
    }
    if (parser.isSet(QStringLiteral("registry"))) {
        a.registry = parser.value(QStringLiteral("registry")).trimmed();
        if (a.registry.isEmpty())
            return usage(tr("--registry can't be empty."), command);
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString code = parser.value(QStringLiteral("lang"));
        a.language = LanguageManager::normalize(code);
        if (a.language.isEmpty())
            return usage(tr("Unknown language “%1”; use one of: %2.")
                             .arg(code, LanguageManager::supportedLanguages().join(QLatin1String(", "))),
                         command);
    }

    // Operands: what follows the command's words. A selection (rm --expired, deactivate --unused-for) replaces them.
    const QStringList operands = parser.positionalArguments().mid(wordCount);
    QString selection;
    if (command == Command::TokenRemove && parser.isSet(QStringLiteral("expired")))
        selection = QStringLiteral("--expired");
    else if (command == Command::TokenDeactivate && parser.isSet(QStringLiteral("unused-for")))
        selection = QStringLiteral("--unused-for");
    if (!selection.isEmpty() && !operands.isEmpty())
        return usage(tr("'%1 %2' takes no UUID.").arg(CliHelp::commandName(command), selection), command);
    switch (command) {
    case Command::TokenInspect:
    case Command::TokenEdit:
    case Command::TokenRotate:
        if (operands.size() != 1)
            return usage(tr("'%1' takes one UUID.").arg(CliHelp::commandName(command)), command);
        break;
    case Command::DockerUseStore:
        if (operands.size() != 1)
            return usage(tr("'docker use-store' takes the name of one credential store (secretservice or pass)."),
                         command);
        break;
    case Command::TokenActivate:
    case Command::TokenDeactivate:
    case Command::TokenRemove:
        if (operands.isEmpty() && selection.isEmpty())
            return usage(tr("'%1' needs at least one UUID.").arg(CliHelp::commandName(command)), command);
        break;
    default:
        if (!operands.isEmpty())
            return usage(tr("Unexpected argument “%1”.").arg(operands.constFirst()), command);
        break;
    }
    for (const QString &uuid : operands) {
        if (uuid.trimmed().isEmpty())
            return usage(command == Command::DockerUseStore ? tr("An empty name was given.")
                                                            : tr("An empty UUID was given."),
                         command);
        a.uuids += uuid.trimmed();
    }

    // The command's options.
    const auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    // --expires (create, rotate), when given: the time it names into expiresAt; false with the reason in `why`.
    const auto takeExpires = [&](QString *why) {
        if (!isSet("expires"))
            return true;
        const std::optional<QDateTime> expiry = parseExpiry(value("expires"), now, why);
        if (!expiry)
            return false;
        a.expiresAt = *expiry;
        a.expiresGiven = true;
        return true;
    };
    switch (command) {
    case Command::Login:
        if (isSet("username")) {
            a.username = value("username").trimmed();
            if (a.username.isEmpty())
                return usage(tr("--username can't be empty."), command);
        }
        a.passwordStdin = isSet("password-stdin");
        a.fromDocker = isSet("from-docker");
        if (a.fromDocker && (a.passwordStdin || !a.username.isEmpty()))
            return usage(tr("--from-docker uses Docker's own sign-in: no --username or --password-stdin with it."),
                         command);
        break;
    case Command::TokenList:
        if (isSet("status")) {
            const QString s = value("status");
            if (s == QLatin1String("active"))
                a.status = AccessToken::Status::Active;
            else if (s == QLatin1String("inactive"))
                a.status = AccessToken::Status::Inactive;
            else if (s == QLatin1String("expired"))
                a.status = AccessToken::Status::Expired;
            else
                return usage(tr("--status takes active, inactive or expired, not “%1”.").arg(s), command);
        }
        if (isSet("source")) {
            const QString s = value("source");
            if (s != QLatin1String("manual") && s != QLatin1String("auto"))
                return usage(tr("--source takes manual or auto, not “%1”.").arg(s), command);
            a.autoGenerated = s == QLatin1String("auto");
        }
        if (isSet("expiring-within")) {
            bool ok = false;
            const int days = value("expiring-within").toInt(&ok);
            if (!ok || days < 0 || days > 36500)
                return usage(tr("--expiring-within takes a number of days (0 to 36500), not “%1”.")
                                 .arg(value("expiring-within")),
                             command);
            a.expiringWithinDays = days;
        }
        a.exitCode = isSet("exit-code");
        break;
    case Command::TokenExport:
        if (isSet("output")) {
            a.output = value("output");
            if (a.output.trimmed().isEmpty())
                return usage(tr("--output can't be empty."), command);
        }
        break;
    case Command::TokenCreate:
    case Command::TokenEdit:
        if (isSet("description")) {
            const QString why = checkDescription(value("description"));
            if (!why.isEmpty())
                return usage(why, command);
            a.description = value("description").trimmed();
        } else if (command == Command::TokenCreate) {
            return usage(tr("'token create' needs --description."), command);
        }
        if (isSet("scope")) {
            a.scope = parseScope(value("scope"));
            if (!a.scope)
                return usage(tr("--scope takes repo:public_read, repo:read, repo:write or repo:admin, not “%1”.")
                                 .arg(value("scope")),
                             command);
        }
        if (command == Command::TokenEdit) {
            if (!a.description && !a.scope)
                return usage(tr("'token edit' needs --description or --scope (or both)."), command);
            break;
        }
        if (QString why; !takeExpires(&why))
            return usage(why, command);
        a.quiet = isSet("quiet");
        if (a.quiet && a.json())
            return usage(tr("--quiet and --format json can't be used together."), command);
        a.dockerLogin = isSet("docker-login");
        a.force = isSet("force");
        if (a.force && !a.dockerLogin)
            return usage(tr("--force goes with --docker-login."), command);
        break;
    case Command::TokenRemove:
        a.force = isSet("force");
        a.expired = isSet("expired");
        a.dryRun = isSet("dry-run");
        break;
    case Command::TokenDeactivate:
        if (isSet("unused-for")) {
            bool ok = false;
            const int days = value("unused-for").toInt(&ok);
            if (!ok || days < 1 || days > 36500)
                return usage(tr("--unused-for takes a number of days (1 to 36500), not “%1”.").arg(value("unused-for")),
                             command);
            a.unusedForDays = days;
        }
        a.dryRun = isSet("dry-run");
        break;
    case Command::TokenActivate: a.dryRun = isSet("dry-run"); break;
    case Command::TokenRotate:
        if (QString why; !takeExpires(&why))
            return usage(why, command);
        a.dockerLogin = isSet("docker-login");
        a.deleteOld = isSet("delete-old");
        a.force = isSet("force");
        break;
    default: break;
    }
    return r;
}
