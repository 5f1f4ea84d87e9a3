#include "CliHelp.h"

#include "CliOutput.h"
#include "CliTextTable.h"
#include "app/hub/HubClient.h"
#include "app/settings/LanguageManager.h"

namespace {

constexpr int HelpWidth = 80;
constexpr int OptionColumn = 26;

QString optionLabel(const CliHelp::Option &o)
{
    QStringList names;
    for (const QString &n : o.names)
        names += (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString label = names.join(QLatin1String(", "));
    if (!o.valueName.isEmpty())
        label += QLatin1Char(' ') + o.valueName;
    return label;
}

QString optionLines(const QList<CliHelp::Option> &options)
{
    QString out;
    for (const CliHelp::Option &o : options) {
        const QString label = QStringLiteral("  ") + optionLabel(o);
        const int labelWidth = CliTextTable::displayWidth(label);
        // The description's lines start at OptionColumn; the first one beside the label when it fits.
        const QString text = CliHelp::wrap(o.description, OptionColumn, HelpWidth);
        if (labelWidth + 2 <= OptionColumn)
            out += label + QString(OptionColumn - labelWidth, QLatin1Char(' ')) + text.mid(OptionColumn);
        else
            out += label + QLatin1Char('\n') + text;
    }
    return out;
}

} // namespace

QList<CliHelp::Option> CliHelp::globalOptions()
{
    return {
        {{QStringLiteral("server")},
         QStringLiteral("URL"),
         tr("The Hub API server (default %1). http:// only for this computer (127.0.0.1, ::1, localhost).")
             .arg(HubClient::defaultBaseUrl().toString())},
        {{QStringLiteral("format")},
         QStringLiteral("table|json"),
         tr("How results are printed on stdout (default table).")},
        {{QStringLiteral("registry")},
         QStringLiteral("KEY"),
         tr("The registry key Docker keeps the sign-in under (default %1, whatever --server is).")
             .arg(QStringLiteral("https://index.docker.io/v1/"))},
        {{QStringLiteral("lang")},
         QStringLiteral("CODE"),
         tr("The language of messages for this run: %1.")
             .arg(LanguageManager::supportedLanguages().join(QLatin1String(", ")))},
        {{QStringLiteral("h"), QStringLiteral("help")}, QString(), tr("Show this help (or a command's, after it).")},
        {{QStringLiteral("version")}, QString(), tr("Show the version.")},
    };
}

QList<CliHelp::Option> CliHelp::commandOptions(Command command)
{
    const Option description{
        {QStringLiteral("description")}, QStringLiteral("D"), tr("The token's description: 1 to 100 characters.")};
    const Option scope{{QStringLiteral("scope")},
                       QStringLiteral("S"),
                       tr("repo:public_read (the default for new tokens), repo:read, repo:write or repo:admin.")};
    const Option dryRun{{QStringLiteral("dry-run")}, QString(), tr("List what would be done, and change nothing.")};
    switch (command) {
    case Command::Login:
        return {
            {{QStringLiteral("username")},
             QStringLiteral("U"),
             tr("The Docker ID to sign in as (default: HUBTOKENS_USERNAME, else the last one used with this server).")},
            {{QStringLiteral("password-stdin")}, QString(), tr("Read the password from stdin (for scripts).")},
            {{QStringLiteral("from-docker")},
             QString(),
             tr("Continue with Docker's own sign-in (Docker Desktop, or docker login in the browser): the way in "
                "for accounts whose organization enforces SSO. Only the choice is kept; each run reads Docker's "
                "session from its credential store.")},
        };
    case Command::TokenList:
        return {
            {{QStringLiteral("status")}, QStringLiteral("S"), tr("Only tokens that are active, inactive or expired.")},
            {{QStringLiteral("source")},
             QStringLiteral("S"),
             tr("Only tokens made by hand (manual) or by Docker Desktop (auto).")},
            {{QStringLiteral("expiring-within")},
             QStringLiteral("DAYS"),
             tr("Only active tokens that have not expired but will within DAYS days.")},
            {{QStringLiteral("exit-code")},
             QString(),
             tr("Exit with status 1 when the list is not empty and 0 when it is (for cron jobs and CI).")},
        };
    case Command::TokenCreate:
        return {
            description,
            scope,
            {{QStringLiteral("expires")},
             QStringLiteral("E"),
             tr("never (the default), 30d, 90d, a date YYYY-MM-DD (00:00 local time) or an RFC 3339 time; at most "
                "one year ahead.")},
            {{QStringLiteral("quiet")}, QString(), tr("Print only the token's secret and a newline.")},
            {{QStringLiteral("docker-login")},
             QString(),
             tr("Sign Docker in with the new token: store it through Docker's credential helper, as docker login "
                "does.")},
            {{QStringLiteral("force")},
             QString(),
             tr("With --docker-login: replace what Docker keeps for the registry (a password, another token or a "
                "Docker session).")},
        };
    case Command::TokenEdit: return {description, scope};
    case Command::TokenRotate:
        return {
            {{QStringLiteral("expires")},
             QStringLiteral("E"),
             tr("The new token's expiry (as for token create); default: the old token's lifetime from now, or never "
                "if it had none.")},
            {{QStringLiteral("docker-login")},
             QString(),
             tr("Sign Docker in with the new token even if the old one was not what Docker used.")},
            {{QStringLiteral("delete-old")}, QString(), tr("Delete the old token instead of only deactivating it.")},
            {{QStringLiteral("force")},
             QString(),
             tr("With --docker-login: replace what Docker keeps for the registry, whatever it is.")},
        };
    case Command::TokenRemove:
        return {
            {{QStringLiteral("force")}, QString(), tr("Delete without asking to type the username.")},
            {{QStringLiteral("expired")}, QString(), tr("Delete every expired token (instead of UUIDs).")},
            dryRun,
        };
    case Command::TokenDeactivate:
        return {
            {{QStringLiteral("unused-for")},
             QStringLiteral("DAYS"),
             tr("Deactivate every active token not used for DAYS days or more (instead of UUIDs); a token never "
                "used counts from its creation.")},
            dryRun,
        };
    case Command::TokenActivate: return {dryRun};
    case Command::TokenExport:
        return {
            {{QStringLiteral("output")},
             QStringLiteral("FILE"),
             tr("Write to FILE (replaced in one step) instead of stdout.")},
        };
    case Command::None:
    case Command::Logout:
    case Command::DockerStatus:
    case Command::DockerUseStore:
    case Command::TokenInspect: break;
    }
    return {};
}

QList<CliHelp::Command> CliHelp::commands()
{
    return {Command::Login,         Command::Logout,      Command::TokenList,     Command::TokenInspect,
            Command::TokenCreate,   Command::TokenEdit,   Command::TokenActivate, Command::TokenDeactivate,
            Command::TokenRemove,   Command::TokenExport, Command::TokenRotate,   Command::DockerStatus,
            Command::DockerUseStore};
}

QString CliHelp::synopsis(Command command)
{
    switch (command) {
    case Command::Login: return QStringLiteral("login [--username U] [--password-stdin] | login --from-docker");
    case Command::Logout: return QStringLiteral("logout");
    case Command::TokenList:
        return QStringLiteral("token ls [--status active|inactive|expired] [--source manual|auto] "
                              "[--expiring-within DAYS] [--exit-code]");
    case Command::TokenInspect: return QStringLiteral("token inspect UUID");
    case Command::TokenCreate:
        return QStringLiteral("token create --description D [--scope S] [--expires E] [--quiet] "
                              "[--docker-login [--force]]");
    case Command::TokenEdit: return QStringLiteral("token edit UUID [--description D] [--scope S]");
    case Command::TokenActivate: return QStringLiteral("token activate UUID... [--dry-run]");
    case Command::TokenDeactivate: return QStringLiteral("token deactivate UUID...|--unused-for DAYS [--dry-run]");
    case Command::TokenRemove: return QStringLiteral("token rm [--force] UUID...|--expired [--dry-run]");
    case Command::TokenExport: return QStringLiteral("token export --format ics|csv|json [--output FILE]");
    case Command::TokenRotate:
        return QStringLiteral("token rotate UUID [--expires E] [--docker-login [--force]] [--delete-old]");
    case Command::DockerStatus: return QStringLiteral("docker status");
    case Command::DockerUseStore: return QStringLiteral("docker use-store secretservice|pass");
    case Command::None: break;
    }
    return QStringLiteral("COMMAND [OPTIONS]");
}

QString CliHelp::summary(Command command)
{
    switch (command) {
    case Command::Login:
        return tr("Sign in and keep the session in the system keychain, so later runs need no password.");
    case Command::Logout: return tr("Forget the kept session.");
    case Command::TokenList:
        return tr("List every token: description, scope, status, source, created, last used, expires, uuid.");
    case Command::TokenInspect: return tr("Show one token.");
    case Command::TokenCreate: return tr("Create a token and print its secret, once.");
    case Command::TokenEdit: return tr("Change a token's description or scope.");
    case Command::TokenActivate: return tr("Activate tokens.");
    case Command::TokenDeactivate: return tr("Deactivate tokens: they stop working until activated again.");
    case Command::TokenRemove: return tr("Delete tokens. On a terminal it asks you to type your username first.");
    case Command::TokenExport:
        return tr("Export the list: expiry dates as a calendar (ics), or the fields of 'token ls --format json' as "
                  "CSV or JSON. Never a secret.");
    case Command::TokenRotate:
        return tr("Replace a token with a new one (same description and scope), sign Docker in with it if Docker "
                  "used the old one, then deactivate the old one.");
    case Command::DockerStatus:
        return tr("Show what this computer's Docker CLI is signed in with: the registry, the credential store, the "
                  "username, and which token.");
    case Command::DockerUseStore:
        return tr("Set Docker's credential store (credsStore in its config.json) to an installed helper.");
    case Command::None: break;
    }
    return tr("Manage your Docker Hub personal access tokens.");
}

QString CliHelp::seeHelp(Command command)
{
    if (command == Command::None)
        return tr("Run '%1 --help' for usage.").arg(CliOutput::programName());
    return tr("Run '%1 %2 --help' for usage.").arg(CliOutput::programName(), commandName(command));
}

QString CliHelp::commandName(Command command)
{
    switch (command) {
    case Command::Login: return QStringLiteral("login");
    case Command::Logout: return QStringLiteral("logout");
    case Command::TokenList: return QStringLiteral("token ls");
    case Command::TokenInspect: return QStringLiteral("token inspect");
    case Command::TokenCreate: return QStringLiteral("token create");
    case Command::TokenEdit: return QStringLiteral("token edit");
    case Command::TokenActivate: return QStringLiteral("token activate");
    case Command::TokenDeactivate: return QStringLiteral("token deactivate");
    case Command::TokenRemove: return QStringLiteral("token rm");
    case Command::TokenExport: return QStringLiteral("token export");
    case Command::TokenRotate: return QStringLiteral("token rotate");
    case Command::DockerStatus: return QStringLiteral("docker status");
    case Command::DockerUseStore: return QStringLiteral("docker use-store");
    case Command::None: break;
    }
    return QString();
}

QString CliHelp::exitStatus()
{
    QString out = tr("Exit status:") + QLatin1Char('\n');
    const QList<QPair<int, QString>> codes{
        {0, tr("Success.")},
        {1, tr("An operation failed; each failure is reported on stderr.")},
        {2,
         tr("A usage error: an unknown command or option, an invalid value, an ambiguous uuid, or a deletion "
            "without --force when no terminal can confirm it.")},
        {3, tr("Not signed in, or the session expired.")},
    };
    for (const auto &[code, words] : codes)
        out += QStringLiteral("  %1  ").arg(code) + wrap(words, 5, HelpWidth).mid(5);
    return out;
}

QString CliHelp::general()
{
    const QString program = CliOutput::programName();
    QString out = tr("Usage: %1 [--server URL] [--format table|json] COMMAND [OPTIONS]").arg(program)
        + QStringLiteral("\n\n") + wrap(summary(Command::None), 0, HelpWidth) + QLatin1Char('\n');

    out += tr("Commands:") + QLatin1Char('\n');
    for (Command c : commands())
        out += QStringLiteral("  ") + synopsis(c) + QLatin1Char('\n') + wrap(summary(c), 6, HelpWidth);
    out += QLatin1Char('\n')
        + wrap(tr("UUID may be any unique start of a token's uuid. Run '%1 COMMAND --help' for "
                  "a command's options.")
                   .arg(program),
               0, HelpWidth);

    out += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') + optionLines(globalOptions());

    out += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n');
    out += QStringLiteral("  HUBTOKENS_USERNAME, HUBTOKENS_PASSWORD\n")
        + wrap(tr("Sign in with these on every run (for CI), before any kept session; nothing is kept. Not for "
                  "accounts with two-factor authentication: run '%1 login' on a terminal once instead.")
                   .arg(program),
               6, HelpWidth);
    out += QStringLiteral("  NO_COLOR\n") + wrap(tr("Set to anything: no colours, even on a terminal."), 6, HelpWidth);

    out += QLatin1Char('\n') + exitStatus();
    return out;
}

QString CliHelp::forCommand(Command command)
{
    const QString program = CliOutput::programName();
    QString out = tr("Usage: %1 %2").arg(program, synopsis(command)) + QStringLiteral("\n\n")
        + wrap(summary(command), 0, HelpWidth);
    // The details, a paragraph after the summary.
    const auto details = [&out](const QString &text) { out += QLatin1Char('\n') + wrap(text, 0, HelpWidth); };
    switch (command) {
    case Command::Login:
        details(tr("On a terminal it asks for the password without showing it, then for the two-factor code if "
                   "the account has one. Without a terminal, use --password-stdin or HUBTOKENS_PASSWORD. The "
                   "session (never the password) is kept in the system keychain, shared with the Hub Tokens "
                   "window's \"Stay signed in\"."));
        break;
    case Command::TokenCreate:
        details(tr("The secret is shown only this once, with the steps to use it with docker login. "
                   "--format json prints the token with its secret in \"token\"."));
        details(tr("--docker-login checks Docker's credential store before creating the token: if it already "
                   "holds a sign-in for the registry, it says what that is and stops unless --force is given. The "
                   "secret goes to the helper on its stdin only; the app keeps its SHA-256 fingerprint, never the "
                   "secret, to recognise the token later."));
        break;
    case Command::TokenRemove:
        details(tr("Without --force, on a terminal, you are asked to type your username to confirm; without a "
                   "terminal it refuses (exit status 2)."));
        details(tr("--expired picks every token whose expiry has passed, active or not. --dry-run lists what would "
                   "be deleted, asks nothing and deletes nothing."));
        break;
    case Command::TokenDeactivate:
        details(tr("--unused-for DAYS picks every active, unexpired token whose last use (or, if never used, "
                   "creation) is DAYS days ago or more. --dry-run lists them and changes nothing."));
        details(tr("UUID may be any unique start of a token's uuid; an ambiguous one lists the tokens it could "
                   "mean (exit status 2), one that matches no token fails (exit status 1)."));
        break;
    case Command::TokenExport:
        details(tr("ics: one event per token with a future expiry, at the moment it expires, with alarms 7 days and "
                   "1 day before; importing a newer file updates the events. csv: a header row, UTF-8 with a byte "
                   "order mark. Here --format takes ics, csv or json and is required."));
        break;
    case Command::TokenActivate:
    case Command::TokenInspect:
    case Command::TokenEdit:
        details(tr("UUID may be any unique start of a token's uuid; an ambiguous one lists the tokens it could "
                   "mean (exit status 2), one that matches no token fails (exit status 1)."));
        break;
    case Command::TokenRotate:
        details(tr("The steps are: create the new token and print its secret once; if Docker used the old token "
                   "(or --docker-login), sign Docker in with the new one; deactivate the old token (or delete it with "
                   "--delete-old). Each step is reported; a failure stops there and says what was done and what not."));
        break;
    case Command::DockerStatus:
        details(tr("--format json prints {\"registry\", \"helper\", \"username\", \"kind\", \"uuid\", "
                   "\"config\"}; kind is token, password, session or none."));
        break;
    case Command::TokenList:
        details(tr("With --exit-code, exit status 1 means the list is not empty (like git diff --exit-code): "
                   "'token ls --expiring-within 7 --exit-code' fails a cron job or CI step while a token is about to "
                   "expire."));
        break;
    case Command::Logout:
    case Command::DockerUseStore:
    case Command::None: break;
    }
    const QList<Option> options = commandOptions(command);
    if (!options.isEmpty())
        out += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionLines(options);
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
