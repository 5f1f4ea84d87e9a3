#include "CliBulkCommand.h"

#include "CliExit.h"
#include "CliOutput.h"
#include "CliTerminal.h"
#include "CliUuidResolver.h"
#include "app/hygiene/TokenSelection.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"

BulkReport::Action CliBulkCommand::action() const
{
    switch (m_ctx.args.command) {
    case CliArguments::Command::TokenActivate: return BulkReport::Action::Activate;
    case CliArguments::Command::TokenDeactivate: return BulkReport::Action::Deactivate;
    default: return BulkReport::Action::Delete;
    }
}

void CliBulkCommand::start()
{
    const bool deleting = action() == BulkReport::Action::Delete;
    if (deleting && !m_ctx.args.force && !m_ctx.args.dryRun && !m_ctx.terminal) {
        // Before signing in: nothing could be deleted anyway.
        CliOutput::error(tr("Not deleting: stdin is not a terminal, so nobody can confirm by typing the username. "
                            "Add --force to delete without asking."));
        finish(CliExit::Usage);
        return;
    }
    whenListed([this] {
        if (m_ctx.args.expired || m_ctx.args.unusedForDays) {
            runSelection();
            return;
        }
        const CliUuidResolver::Resolution r = CliUuidResolver::resolve(m_ctx.args.uuids, m_ctx.core->tokens());
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
    const QList<AccessToken> chosen = m_ctx.args.expired
        ? TokenSelection::expired(all, now)
        : TokenSelection::unusedFor(all, *m_ctx.args.unusedForDays, now);
    if (!chosen.isEmpty()) {
        run(chosen);
        return;
    }
    if (m_ctx.args.expired)
        CliOutput::message(tr("No token has expired: nothing to delete."));
    else
        CliOutput::message(tr("No active token has gone unused for %n day(s): nothing to deactivate.", nullptr,
                              *m_ctx.args.unusedForDays));
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

    if (m_ctx.args.dryRun) {
        printDryRun(tokens, send);
        return;
    }
    if (act == BulkReport::Action::Delete && !send.isEmpty() && !m_ctx.args.force && !confirmDeletion(tokens)) {
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
        } else if (!send.contains(item.uuid) && !m_ctx.args.json()) {
            CliOutput::out(doneLine(item) + QLatin1Char('\n'));
        }
    }
    if (m_ctx.args.json()) {
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
            if (!m_ctx.args.json())
                CliOutput::out(lines.constLast() + QLatin1Char('\n'));
            continue;
        }
        ++failed;
        sessionLost = sessionLost || exitCodeFor(*item.error) == CliExit::NotSignedIn;
        lines.append(failedLine(item));
        CliOutput::error(lines.constLast());
    }
    if (m_ctx.args.json())
        CliOutput::outBytes(CliTokenFormat::jsonReport(m_outcomes, lines));
    if (failed > 0 && m_outcomes.size() > 1)
        CliOutput::message(tr("%1 of %n failed.", nullptr, int(m_outcomes.size())).arg(failed));
    finish(sessionLost ? CliExit::NotSignedIn : failed > 0 ? CliExit::Failed : CliExit::Ok);
}
