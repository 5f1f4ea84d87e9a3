#include "CliBulkCommand.h"

#include "CliExit.h"
#include "CliOutput.h"
#include "CliTerminal.h"
#include "CliUuidResolver.h"
#include "app/hygiene/TokenSelection.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"

CliBulkCommand::CliBulkCommand(const CliContext &context, BulkReport::Action action, QObject *parent)
    : CliCommand(context, parent)
    , m_action(action)
{
}

CliCommandInfo CliBulkCommand::info(BulkReport::Action action)
{
    const CliOption dryRun =
        option("dry-run", nullptr, QT_TRANSLATE_NOOP("CliHelp", "List what would be done, and change nothing."));
    CliCommandInfo c;
    c.operands = CliCommandInfo::Operands::Many;
    switch (action) {
    case BulkReport::Action::Activate:
        c.words = QStringLiteral("token activate");
        c.synopsis = QStringLiteral("token activate UUID... [--dry-run]");
        c.summary = QCoreApplication::translate("CliHelp", "Activate tokens.");
        c.details = {QCoreApplication::translate("CliHelp", UuidDetails)};
        c.options = {dryRun};
        break;
    case BulkReport::Action::Deactivate:
        c.words = QStringLiteral("token deactivate");
        c.synopsis = QStringLiteral("token deactivate UUID...|--unused-for DAYS [--dry-run]");
        c.summary =
            QCoreApplication::translate("CliHelp", "Deactivate tokens: they stop working until activated again.");
        c.details = {
            QCoreApplication::translate("CliHelp",
                                        "--unused-for DAYS picks every active, unexpired token whose last "
                                        "use (or, if never used, creation) is DAYS days ago or more. "
                                        "--dry-run lists them and changes nothing."),
            QCoreApplication::translate("CliHelp", UuidDetails),
        };
        c.options = {
            option("unused-for", "DAYS",
                   QT_TRANSLATE_NOOP("CliHelp",
                                     "Deactivate every active token not used for DAYS days or more "
                                     "(instead of UUIDs); a token never used counts from its "
                                     "creation.")),
            dryRun,
        };
        c.selection = QStringLiteral("unused-for");
        break;
    case BulkReport::Action::Delete:
        c.words = QStringLiteral("token rm");
        c.synopsis = QStringLiteral("token rm [--force] UUID...|--expired [--dry-run]");
        c.summary = QCoreApplication::translate(
            "CliHelp", "Delete tokens. On a terminal it asks you to type your username first.");
        c.details = {
            QCoreApplication::translate("CliHelp",
                                        "Without --force, on a terminal, you are asked to type your username "
                                        "to confirm; without a terminal it refuses (exit status 2)."),
            QCoreApplication::translate("CliHelp",
                                        "--expired picks every token whose expiry has passed, active or not. "
                                        "--dry-run lists what would be deleted, asks nothing and deletes "
                                        "nothing."),
        };
        c.options = {
            option("force", nullptr, QT_TRANSLATE_NOOP("CliHelp", "Delete without asking to type the username.")),
            option("expired", nullptr, QT_TRANSLATE_NOOP("CliHelp", "Delete every expired token (instead of UUIDs).")),
            dryRun,
        };
        c.selection = QStringLiteral("expired");
        break;
    }
    c.make = [action](const CliContext &ctx) { return new CliBulkCommand(ctx, action); };
    return c;
}

QString CliBulkCommand::parse(const CliParsed &p)
{
    if (m_action == BulkReport::Action::Delete) {
        options.force = p.isSet("force");
        options.expired = p.isSet("expired");
    }
    if (m_action == BulkReport::Action::Deactivate && p.isSet("unused-for")) {
        bool ok = false;
        const int days = p.value("unused-for").toInt(&ok);
        if (!ok || days < 1 || days > 36500)
            return QCoreApplication::translate("CliCommandLine",
                                               "--unused-for takes a number of days (1 to 36500), not “%1”.")
                .arg(p.value("unused-for"));
        options.unusedForDays = days;
    }
    options.dryRun = p.isSet("dry-run");
    return QString();
}

void CliBulkCommand::start()
{
    const bool deleting = action() == BulkReport::Action::Delete;
    if (deleting && !options.force && !options.dryRun && !m_ctx.terminal) {
        // Before signing in: nothing could be deleted anyway.
        CliOutput::error(tr("Not deleting: stdin is not a terminal, so nobody can confirm by typing the username. "
                            "Add --force to delete without asking."));
        finish(CliExit::Usage);
        return;
    }
    whenListed([this] {
        if (options.expired || options.unusedForDays) {
            runSelection();
            return;
        }
        const CliUuidResolver::Resolution r = CliUuidResolver::resolve(operands, m_ctx.core->tokens());
        if (r.isAmbiguous()) {
            for (const auto &[argument, candidates] : r.ambiguous)
                CliOutput::error(CliUuidResolver::ambiguousMessage(argument, candidates));
            CliOutput::message(tr("Nothing was done."));
            finish(CliExit::Usage);
            return;
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
    if (!chosen.isEmpty()) {
        run(chosen);
        return;
    }
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
    const BulkReport::Action act = action();
    QStringList send;
    for (const AccessToken &t : tokens) {
        ItemOutcome item{t.uuid, t.label, std::nullopt};
        if (act != BulkReport::Action::Delete) {
            const bool activate = act == BulkReport::Action::Activate;
            if (t.isExpired()) {
                if (activate) {
                    ApiError e;
                    e.kind = ApiError::Kind::Forbidden; // refused here, as the Hub would
                    item.error = e;
                    m_notes.insert(t.uuid, Note::ExpiredNotActivated);
                } else {
                    m_notes.insert(t.uuid, Note::ExpiredLeft);
                }
            } else if (t.active == activate) {
                m_notes.insert(t.uuid, activate ? Note::AlreadyActive : Note::AlreadyInactive);
            } else {
                send.append(t.uuid);
            }
        } else {
            send.append(t.uuid);
        }
        m_outcomes.append(item);
    }
    for (const QString &argument : std::as_const(m_unknown)) {
        ApiError e;
        e.kind = ApiError::Kind::NotFound;
        m_outcomes.append({argument, argument, e});
    }

    if (options.dryRun) {
        printDryRun(tokens, send);
        return;
    }
    if (act == BulkReport::Action::Delete && !send.isEmpty() && !options.force && !confirmDeletion(tokens)) {
        finish(CliExit::Failed);
        return;
    }
    if (send.isEmpty()) {
        printAndFinish();
        return;
    }
    connect(m_ctx.core, &TokenCore::bulkFinished, this, &CliBulkCommand::onReport, Qt::SingleShotConnection);
    if (act == BulkReport::Action::Delete)
        m_ctx.core->remove(send);
    else if (m_ctx.core->setActive(send, act == BulkReport::Action::Activate) == 0)
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

void CliBulkCommand::printDryRun(const QList<AccessToken> &tokens, const QStringList &send)
{
    QList<AccessToken> wouldChange;
    for (const AccessToken &t : tokens) {
        if (send.contains(t.uuid))
            wouldChange.append(t);
    }
    int failed = 0;
    for (const ItemOutcome &item : std::as_const(m_outcomes)) {
        if (!item.ok()) {
            ++failed;
            CliOutput::error(failedLine(item));
        } else if (!send.contains(item.uuid) && !json()) {
            CliOutput::out(doneLine(item) + QLatin1Char('\n'));
        }
    }
    if (json()) {
        CliOutput::outBytes(CliTokenFormat::jsonArray(wouldChange));
    } else {
        for (const AccessToken &t : std::as_const(wouldChange)) {
            switch (action()) {
            case BulkReport::Action::Activate:
                CliOutput::out(tr("Would activate “%1” (%2).").arg(t.label, t.uuid) + QLatin1Char('\n'));
                break;
            case BulkReport::Action::Deactivate:
                CliOutput::out(tr("Would deactivate “%1” (%2).").arg(t.label, t.uuid) + QLatin1Char('\n'));
                break;
            case BulkReport::Action::Delete:
                CliOutput::out(tr("Would delete “%1” (%2).").arg(t.label, t.uuid) + QLatin1Char('\n'));
                break;
            }
        }
    }
    CliOutput::message(tr("Dry run: nothing was changed."));
    finish(failed > 0 ? CliExit::Failed : CliExit::Ok);
}

QString CliBulkCommand::doneLine(const ItemOutcome &item) const
{
    switch (m_notes.value(item.uuid, Note::None)) {
    case Note::AlreadyActive: return tr("“%1” (%2) was already active.").arg(item.label, item.uuid);
    case Note::AlreadyInactive: return tr("“%1” (%2) was already inactive.").arg(item.label, item.uuid);
    case Note::ExpiredLeft: return tr("“%1” (%2) has expired: it can't be used anyway.").arg(item.label, item.uuid);
    case Note::ExpiredNotActivated:
    case Note::None: break;
    }
    switch (action()) {
    case BulkReport::Action::Activate: return tr("Activated “%1” (%2).").arg(item.label, item.uuid);
    case BulkReport::Action::Deactivate: return tr("Deactivated “%1” (%2).").arg(item.label, item.uuid);
    case BulkReport::Action::Delete: break;
    }
    return tr("Deleted “%1” (%2).").arg(item.label, item.uuid);
}

QString CliBulkCommand::failedLine(const ItemOutcome &item) const
{
    if (m_unknown.contains(item.uuid) && item.error && item.error->kind == ApiError::Kind::NotFound)
        return CliUuidResolver::unknownMessage(item.uuid);
    if (m_notes.value(item.uuid) == Note::ExpiredNotActivated)
        return tr("Could not activate “%1” (%2): it has expired, and expired tokens can only be deleted.")
            .arg(item.label, item.uuid);
    const QString why = item.error->kind == ApiError::Kind::SessionExpired
        ? tr("your session expired; run '%1 login' to sign in again").arg(CliOutput::programName())
        : ErrorText::line(*item.error);
    switch (action()) {
    case BulkReport::Action::Activate: return tr("Could not activate “%1” (%2): %3").arg(item.label, item.uuid, why);
    case BulkReport::Action::Deactivate:
        return tr("Could not deactivate “%1” (%2): %3").arg(item.label, item.uuid, why);
    case BulkReport::Action::Delete: break;
    }
    return tr("Could not delete “%1” (%2): %3").arg(item.label, item.uuid, why);
}

void CliBulkCommand::printAndFinish()
{
    int failed = 0;
    bool sessionLost = false;
    QStringList lines;
    for (const ItemOutcome &item : std::as_const(m_outcomes)) {
        if (item.ok()) {
            lines.append(doneLine(item));
            if (!json())
                CliOutput::out(lines.constLast() + QLatin1Char('\n'));
            continue;
        }
        ++failed;
        sessionLost = sessionLost || exitCodeFor(*item.error) == CliExit::NotSignedIn;
        lines.append(failedLine(item));
        CliOutput::error(lines.constLast());
    }
    if (json())
        CliOutput::outBytes(CliTokenFormat::jsonReport(m_outcomes, lines));
    if (failed > 0 && m_outcomes.size() > 1)
        CliOutput::message(tr("%1 of %n failed.", nullptr, int(m_outcomes.size())).arg(failed));
    finish(sessionLost ? CliExit::NotSignedIn : failed > 0 ? CliExit::Failed : CliExit::Ok);
}
