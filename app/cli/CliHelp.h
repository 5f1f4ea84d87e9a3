#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// hubtokens-cli's words about itself, made from the commands' declarations (CliCommand::all()): the global options,
// the usage lines, and the --help texts.
class CliHelp {
    Q_DECLARE_TR_FUNCTIONS(CliHelp)
public:
    static QList<CliOption> globalOptions();

    // hubtokens-cli --help: usage, commands, global options, environment, exit status.
    static QString general();
    // hubtokens-cli COMMAND --help.
    static QString forCommand(const CliCommandInfo &command);
    // "Run 'hubtokens-cli --help' for usage." (a usage error's last line); with a command's words, its --help.
    static QString seeHelp(const QString &words = QString());
    // The exit status paragraph (also in the README).
    static QString exitStatus();

    // `text` broken into lines of at most `width` terminal columns, each after `indent` spaces.
    static QString wrap(const QString &text, int indent = 0, int width = 80);
};
