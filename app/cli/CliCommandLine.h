#pragma once

#include "CliCommand.h"
#include "models/Result.h"

#include <memory>

// Reads hubtokens-cli's command line: global options (--server, --format, --lang, --help, --version) anywhere, a
// command's words ("login", "token ls", …, as CliCommand::all() declares them), its options and its operands. The
// command reads its own options; every value is checked here, before anything is sent. --help and --version answer
// at once.
class CliCommandLine {
    Q_DECLARE_TR_FUNCTIONS(CliCommandLine)
public:
    struct Result {
        CliGlobals globals;
        CliCommandInfo info; // the command's declaration, when one was named
        std::unique_ptr<CliCommand> command; // set when exitCode is CliExit::Running
        int exitCode = CliExit::Running; // anything else: stop with this status after printing output and error
        QString output; // for stdout (help, version)
        QString error; // for stderr (usage errors), without the program name
        bool errorIsHelp = false; // `error` is the help text (no command given): print it as it is

        // The command as its class, or null.
        template <class C> C *as() const { return qobject_cast<C *>(command.get()); }
    };

    // `arguments` as QCoreApplication::arguments() (the program first). `now` decides which dates are in the future.
    // The command is made with `context` (its owner fills it in before starting the command; null: an empty one).
    static Result parse(const QStringList &arguments, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                        const CliContext *context = nullptr);

    // The longest description the Hub takes, in characters.
    static constexpr int MaxDescriptionLength = 100;
    // Checks a description as the Generate and Edit dialogs do (trimmed, 1–100 characters); an empty string if fine.
    static QString checkDescription(const QString &description);
    // never | 30d | 90d | YYYY-MM-DD (00:00 local time) | RFC 3339. Invalid QDateTime for "never". Fails with the
    // message for anything else, for a time not in the future, and for more than a year ahead (the Hub's limit, as
    // in the Generate dialog).
    using Expiry = ::Result<QDateTime, QString>;
    static Expiry parseExpiry(const QString &text, const QDateTime &now);
};
