#pragma once

#include "CliCommand.h"
#include "app/tokens/TokenOutcome.h"

#include <QHash>

// token activate UUID… / token deactivate UUID… / token rm [--force] UUID…: every token at once through the core
// (a few calls in flight), then one line per token — done on stdout, failed on stderr — or one JSON array of
// outcomes. An ambiguous uuid stops everything before anything is done (exit status 2); an unknown one fails alone.
// Deleting asks the person to type the username on a terminal, and refuses without --force off one. Instead of UUIDs,
// rm --expired and deactivate --unused-for DAYS take what TokenSelection picks; --dry-run lists what would be done,
// asks nothing and sends nothing.
class CliBulkCommand : public CliCommand {
    Q_OBJECT
public:
    struct Options {
        bool force = false; // rm: no confirmation
        bool expired = false; // rm --expired: every expired token instead of UUIDs
        std::optional<int> unusedForDays; // deactivate --unused-for DAYS: instead of UUIDs
        bool dryRun = false; // say what would be done, do nothing
    };

    CliBulkCommand(const CliContext &context, BulkReport::Action action, QObject *parent = nullptr);
    // token activate, token deactivate, token rm.
    static CliCommandInfo info(BulkReport::Action action);
    QString parse(const CliParsed &p) override;
    void start() override;

    Options options;

private:
    // The action's own sentences ("Would delete …", "Deleted …", "Could not delete …: why"), untranslated.
    struct Words {
        const char *would, *done, *couldNot;
    };

    // rm --expired / deactivate --unused-for DAYS: the tokens TokenSelection picks, as if named.
    void runSelection();
    void run(const QList<AccessToken> &tokens);
    bool confirmDeletion(const QList<AccessToken> &tokens);
    void onReport(const BulkReport &report);
    // Prints each outcome (done on stdout, failed on stderr; or one JSON report) and ends. --dry-run: `dryRun` are
    // the tokens run() would send, said as "Would …" lines (or a JSON array of them) instead, and nothing was sent.
    void printAndFinish(const std::optional<QList<AccessToken>> &dryRun = std::nullopt);
    QString doneLine(const ItemOutcome &item) const;
    QString failedLine(const ItemOutcome &item) const;

    QList<ItemOutcome> m_outcomes; // in the order asked
    QHash<QString, const char *> m_notes; // uuid → why nothing was sent for it (untranslated, "%1" label, "%2" uuid)
    QStringList m_unknown; // arguments that matched no token
    BulkReport::Action m_action;
    Words m_words;
};
