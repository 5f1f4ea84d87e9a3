#pragma once

#include "CliArguments.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// hubtokens-cli's words about itself: the options of every command (the one table the parser builds its options
// from), the usage lines, and the --help texts.
class CliHelp {
    Q_DECLARE_TR_FUNCTIONS(CliHelp)
public:
    using Command = CliArguments::Command;

    struct Option {
        QStringList names; // without dashes, e.g. {"h", "help"}
        QString valueName; // empty: a switch
        QString description;
    };

    static QList<Option> globalOptions();
    static QList<Option> commandOptions(Command command);
    // Every command, in the order --help lists them.
    static QList<Command> commands();
    // "token create --description D [--scope S] [--expires E] [--quiet]"
    static QString synopsis(Command command);
    // The command's words ("token create").
    static QString commandName(Command command);
    // One line: what the command does.
    static QString summary(Command command);

    // hubtokens-cli --help: usage, commands, global options, environment, exit status.
    static QString general();
    // hubtokens-cli COMMAND --help.
    static QString forCommand(Command command);
    // "Run 'hubtokens-cli --help' for usage." (a usage error's last line)
    static QString seeHelp(Command command = Command::None);
    // The exit status paragraph (also in the README).
    static QString exitStatus();

    // `text` broken into lines of at most `width` terminal columns, each after `indent` spaces.
    static QString wrap(const QString &text, int indent, int width);
};
