#include "CliBulkCommand.h"

#include "CliCommandLine.h"
#include "CliHelp.h"
#include "CliOutput.h"
#include "CliTerminal.h"
#include "app/hygiene/TokenSelection.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"

using Action = BulkReport::Action;

CliBulkCommand::CliBulkCommand(const CliContext &context, Action action, QObject *parent)
    : CliCommand(context, parent)
    , m_action(action)
{
    // In BulkReport::Action's order: delete, activate, deactivate.
    static const Words words[] = {
        {QT_TR_NOOP("Would delete “%1” (%2)."), QT_TR_NOOP("Deleted “%1” (%2)."),
         QT_TR_NOOP("Could not delete “%1” (%2): %3")},
        {QT_TR_NOOP("Would activate “%1” (%2)."), QT_TR_NOOP("Activated “%1” (%2)."),
         QT_TR_NOOP("Could not activate “%1” (%2): %3")},
        {QT_TR_NOOP("Would deactivate “%1” (%2)."), QT_TR_NOOP("Deactivated “%1” (%2)."),
         QT_TR_NOOP("Could not deactivate “%1” (%2): %3")},
    };
    m_words = words[int(action)];
}

CliCommandInfo CliBulkCommand::info(Action action)
{
    const CliOption dryRun = option("dry-run", nullptr, CliHelp::tr("List what would be done, and change nothing."));
    CliCommandInfo c;
    c.operands = CliCommandInfo::Operands::Many;
    c.make = [action](const CliContext &ctx) { return new CliBulkCommand(ctx, action); };
    if (action == Action::Activate) {
        c.words = QStringLiteral("token activate");
        c.synopsis = QStringLiteral("token activate UUID... [--dry-run]");
        c.summary = CliHelp::tr("Activate tokens.");
        c.details = {CliHelp::tr(UuidDetails)};
        c.options = {dryRun};
    } else if (action == Action::Deactivate) {
        c.words = QStringLiteral("token deactivate");
        c.synopsis = QStringLiteral("token deactivate UUID...|--unused-for DAYS [--dry-run]");
        c.summary = CliHelp::tr("Deactivate tokens: they stop working until activated again.");
        c.details = {CliHelp::tr("--unused-for DAYS picks every active, unexpired token whose last use (or, if never "
                                 "used, creation) is DAYS days ago or more. --dry-run lists them and changes nothing."),
                     CliHelp::tr(UuidDetails)};
        c.options = {option("unused-for", "DAYS",
                            CliHelp::tr("Deactivate every active token not used for DAYS days or more (instead of "
                                        "UUIDs); a token never used counts from its creation.")),
                     dryRun};
        c.selection = QStringLiteral("unused-for");
    } else {
        c.words = QStringLiteral("token rm");
        c.synopsis = QStringLiteral("token rm [--force] UUID...|--expired [--dry-run]");
        c.summary = CliHelp::tr("Delete tokens. On a terminal it asks you to type your username first.");
        c.details = {CliHelp::tr("Without --force, on a terminal, you are asked to type your username to confirm; "
                                 "without a terminal it refuses (exit status 2)."),
                     CliHelp::tr("--expired picks every token whose expiry has passed, active or not. --dry-run lists "
                                 "what would be deleted, asks nothing and deletes nothing.")};
        c.options = {
            option("force", nullptr, CliHelp::tr("Delete without asking to type the username.")),
            option("expired", nullptr, CliHelp::tr("Delete every expired token (instead of UUIDs).")),
            dryRun,
        };
        c.selection = QStringLiteral("expired");
    }
    return c;
}

QString CliBulkCommand::parse(const CliParsed &p)
{
    if (m_action == Action::Delete) {
        options.force = p.isSet("force");
        options.expired = p.isSet("expired");
    }
    if (m_action == Action::Deactivate && p.isSet("unused-for")) {
        bool ok = false;
        const int days = p.value("unused-for").toInt(&ok);
        if (!ok || days < 1 || days > 36500)
            return CliCommandLine::tr("--unused-for takes a number of days (1 to 36500), not “%1”.")
                .arg(p.value("unused-for"));
        options.unusedForDays = days;
    }
    options.dryRun = p.isSet("dry-run");
    return QString();
}

void CliBulkCommand::start()
{
    // Before signing in: nothing could be deleted anyway.
    if (m_action == Action::Delete && !options.force && !options.dryRun && !m_ctx.terminal)
        return fail(tr("Not deleting: stdin is not a terminal, so nobody can confirm by typing the username. Add "
                       "--force to delete without asking."),
                    CliExit::Usage);
    whenListed([this] {
        if (options.expired || options.unusedForDays)
            return runSelection();
        const TokenSelection::UuidMatch r = TokenSelection::byUuidPrefix(m_ctx.core->tokens(), operands);
        if (r.isAmbiguous()) {
            for (const auto &[argument, candidates] : r.ambiguous)
                CliOutput::error(ambiguousMessage(argument, candidates));
            CliOutput::message(tr("Nothing was done."));
            return finish(CliExit::Usage);
        }
        m_unknown = r.unknown;
        run(r.tokens);
    });
}

void CliBulkCommand::runSelection()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<AccessToken> &all = m_ctx.core->tokens();
    const QList<AccessToken> chosen = options.expired ? TokenSelection::expired(all, now)
                                                      : TokenSelection::unusedFor(all, *options.unusedForDays, now);
    if (!chosen.isEmpty())
        return run(chosen);
    if (options.expired)
        CliOutput::message(tr("No token has expired: nothing to delete."));
    else
        CliOutput::message(tr("No active token has gone unused for %n day(s): nothing to deactivate.", nullptr,
                              *options.unusedForDays));
    printAndFinish();
}

bool CliBulkCommand::confirmDeletion(const QList<AccessToken> &tokens)
{
    const QString username = m_ctx.account->username();
    QString text = tr("You are about to delete %n token(s):", nullptr, int(tokens.size())) + QLatin1Char('\n');
    for (const AccessToken &t : tokens)
        text += QStringLiteral("  %1  %2\n").arg(t.uuid, t.label);
    text += tr("This can't be undone: whatever uses them will stop working.");
    CliOutput::message(text);
    const std::optional<QString> typed =
        CliTerminal::readLine(tr("To confirm, type your username (%1): ").arg(username));
    if (typed && typed->trimmed().compare(username, Qt::CaseInsensitive) == 0)
        return true;
    CliOutput::error(tr("The username didn't match: nothing was deleted."));
    return false;
}

void CliBulkCommand::run(const QList<AccessToken> &tokens)
{
    const bool activate = m_action == Action::Activate;
    QStringList send;
    for (const AccessToken &t : tokens) {
        ItemOutcome item{t.uuid, t.label, std::nullopt};
        if (m_action == Action::Delete) {
            send.append(t.uuid);
        } else if (t.isExpired()) {
            // Refused here, as the Hub would: expired tokens can only be deleted.
            if (activate)
                item.error = errorOf(ApiError::Kind::Forbidden);
            m_notes.insert(t.uuid,
                           activate ? QT_TR_NOOP(
                               "Could not activate “%1” (%2): it has expired, and expired tokens can only be deleted.")
                                    : QT_TR_NOOP("“%1” (%2) has expired: it can't be used anyway."));
        } else if (t.active == activate) {
            m_notes.insert(t.uuid,
                           activate ? QT_TR_NOOP("“%1” (%2) was already active.")
                                    : QT_TR_NOOP("“%1” (%2) was already inactive."));
        } else {
            send.append(t.uuid);
        }
        m_outcomes.append(item);
    }
    for (const QString &argument : std::as_const(m_unknown))
        m_outcomes.append({argument, argument, errorOf(ApiError::Kind::NotFound)});

    if (options.dryRun)
        return printAndFinish(TokenSelection::withUuids(tokens, send));
    if (m_action == Action::Delete && !send.isEmpty() && !options.force && !confirmDeletion(tokens))
        return finish(CliExit::Failed);
    if (send.isEmpty())
        return printAndFinish();
    connect(m_ctx.core, &TokenCore::bulkFinished, this, &CliBulkCommand::onReport, Qt::SingleShotConnection);
    if (m_action == Action::Delete)
        m_ctx.core->remove(send);
    else if (m_ctx.core->setActive(send, activate) == 0)
        printAndFinish(); // nothing was left to send (cannot happen for a freshly listed token)
}

void CliBulkCommand::onReport(const BulkReport &report)
{
    for (const ItemOutcome &done : report.items) {
        for (ItemOutcome &item : m_outcomes) {
            if (item.uuid == done.uuid)
                item.error = done.error;
        }
    }
    printAndFinish();
}

QString CliBulkCommand::doneLine(const ItemOutcome &item) const
{
    return tr(m_notes.value(item.uuid, m_words.done)).arg(item.label, item.uuid);
}

QString CliBulkCommand::failedLine(const ItemOutcome &item) const
{
    if (m_unknown.contains(item.uuid) && item.error && item.error->kind == ApiError::Kind::NotFound)
        return unknownMessage(item.uuid);
    if (const char *note = m_notes.value(item.uuid))
        return tr(note).arg(item.label, item.uuid); // an expired token that can't be activated
    const QString why = item.error->kind == ApiError::Kind::SessionExpired
        ? tr("your session expired; run '%1 login' to sign in again").arg(CliOutput::programName())
        : ErrorText::line(*item.error);
    return tr(m_words.couldNot).arg(item.label, item.uuid, why);
}

void CliBulkCommand::printAndFinish(const std::optional<QList<AccessToken>> &dryRun)
{
    const QStringList wouldSend = dryRun ? TokenSelection::uuids(*dryRun) : QStringList();
    int failed = 0;
    bool sessionLost = false;
    QStringList lines;
    for (const ItemOutcome &item : std::as_const(m_outcomes)) {
        if (item.ok()) {
            lines.append(doneLine(item));
            if (!json() && !wouldSend.contains(item.uuid))
                CliOutput::out(lines.constLast() + QLatin1Char('\n'));
            continue;
        }
        ++failed;
        sessionLost = sessionLost || exitCodeFor(*item.error) == CliExit::NotSignedIn;
        lines.append(failedLine(item));
        CliOutput::error(lines.constLast());
    }
    if (dryRun) {
        QString text;
        for (const AccessToken &t : *dryRun)
            text += tr(m_words.would).arg(t.label, t.uuid) + QLatin1Char('\n');
        print(CliTokenFormat::jsonArray(*dryRun), text);
        CliOutput::message(tr("Dry run: nothing was changed."));
    } else {
        if (json())
            CliOutput::outBytes(CliTokenFormat::jsonReport(m_outcomes, lines));
        if (failed > 0 && m_outcomes.size() > 1)
            CliOutput::message(tr("%1 of %n failed.", nullptr, int(m_outcomes.size())).arg(failed));
    }
    finish(sessionLost ? CliExit::NotSignedIn : failed > 0 ? CliExit::Failed : CliExit::Ok);
}
