#pragma once

#include "CliCommand.h"
#include "models/TokenScope.h"

// token edit UUID [--description D] [--scope S]: changes what was given, and only what differs (the scope is sent
// only when it changes, as the Edit dialog does). Prints the token as it now is (a line, or the JSON object).
class CliEditCommand : public CliCommand {
    Q_OBJECT
public:
    // What can be changed (token edit) or given (token create).
    struct Fields {
        std::optional<QString> description; // trimmed
        std::optional<TokenScope> scope;
    };

    using CliCommand::CliCommand;
    static CliCommandInfo info();
    QString parse(const CliParsed &p) override;
    void start() override;

    // --description D and --scope S, for token edit and token create.
    static QList<CliOption> fieldOptions();
    // Reads them into `fields`; the usage error, or an empty string.
    static QString parseFields(const CliParsed &p, Fields *fields);

    Fields options;

private:
    void done(const AccessToken &token, bool changed);
};
