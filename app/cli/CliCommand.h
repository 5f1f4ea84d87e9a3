#pragma once

#include "CliExit.h"
#include "CliTokenFormat.h"
#include "models/AccessToken.h"
#include "models/ApiError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class Account;
class AppSettings;
class CliCommand;
class CliSignIn;
class CliStatus;
class DockerCredentials;
class SessionKeeper;
class TokenCore;

// The options every command takes (before or after its words), checked: every value here is valid.
struct CliGlobals {
    enum class Format { Table, Json };
    QUrl server; // empty: HubClient::defaultBaseUrl()
    Format format = Format::Table;
    QString language; // a supported code, or empty
    QString registry; // --registry: Docker's registry key; empty: the DockerRegistry setting, else Docker Hub's

    bool json() const { return format == Format::Json; }
};

// What every command works with (owned by CliApp, filled in after the command line is read).
struct CliContext {
    CliGlobals globals;
    Account *account = nullptr;
    TokenCore *core = nullptr;
    CliSignIn *signIn = nullptr;
    SessionKeeper *keeper = nullptr; // null when nothing may be kept (HUBTOKENS_USERNAME/PASSWORD)
    AppSettings *settings = nullptr;
    DockerCredentials *docker = nullptr; // Docker's sign-ins on this computer (--registry applied)
    CliStatus *status = nullptr;
    bool terminal = false; // stdin is a terminal: the person can be asked
    CliTokenFormat::TableStyle style;
    QString envUsername; // HUBTOKENS_USERNAME (trimmed) and HUBTOKENS_PASSWORD as read at start-up
    QString envPassword;
};

// One option of a command (or a global one), as --help shows it and the parser knows it.
struct CliOption {
    QStringList names; // without dashes, e.g. {"h", "help"}
    QString valueName; // empty: a switch
    QString description;
};

// A command's declaration: its words, what --help says about it, its options and operands, and how to make it.
// Built on demand (the texts are translated then).
struct CliCommandInfo {
    enum class Operands { None, One, Many };

    QString words; // "token create"
    QString synopsis; // after the program name: "token create --description D [--scope S] …"
    QString summary; // one line: what the command does
    QStringList details; // paragraphs for COMMAND --help, after the summary
    QList<CliOption> options;
    Operands operands = Operands::None;
    QString selection; // an option that picks the tokens instead of operands ("expired")
    QString operandError; // instead of "'%1' takes one UUID." / "'%1' needs at least one UUID."
    QString emptyOperandError; // instead of "An empty UUID was given."
    bool sessionCommand = false; // login, logout: HUBTOKENS_USERNAME/PASSWORD never stand in for the kept session
    std::function<CliCommand *(const CliContext &)> make;
};

// The command line as read, for a command's parse(): its options and `now` (which dates are in the future).
struct CliParsed {
    const QCommandLineParser &parser;
    const CliGlobals &globals;
    QDateTime now;
    bool isSet(const char *name) const { return parser.isSet(QLatin1String(name)); }
    QString value(const char *name) const { return parser.value(QLatin1String(name)); }
    // --expires (token create, token rotate), if given, into *at and *given; the usage error if it can't be read.
    QString takeExpires(QDateTime *at, bool *given = nullptr) const;
};

// One command of hubtokens-cli. It declares itself (info(), listed in CliCommand::all()), reads its own options
// (parse()), then start() begins it; finished(exit status) comes once, later. Results go to stdout, everything else
// to stderr.
// Adding a command: a class CliXCommand (CliXCommand.h/.cpp, listed in app/CMakeLists.txt) with a static info()
// returning declare<CliXCommand>(…) (words, synopsis, help texts in CliHelp's context, options, operands), parse() for
// its options (usage errors in CliCommandLine's context) and start(); and its one line in all().
class CliCommand : public QObject {
    Q_OBJECT
public:
    explicit CliCommand(const CliContext &context, QObject *parent = nullptr);

    // Every command, in the order --help lists them.
    static QList<CliCommandInfo> all();

    // Reads the command's own options; an empty string when they are fine, else the usage error.
    virtual QString parse(const CliParsed &) { return QString(); }
    // Reads --format (nullopt: not given): table or json for most commands. An empty string, else the usage error.
    virtual QString parseFormat(const std::optional<QString> &value, CliGlobals *globals);
    virtual void start() = 0;

    // The paragraph on uuid prefixes in --help (CliHelp's words).
    static constexpr const char *UuidDetails =
        QT_TRANSLATE_NOOP("CliHelp",
                          "UUID may be any unique start of a token's uuid; an ambiguous one lists the tokens it could "
                          "mean (exit status 2), one that matches no token fails (exit status 1).");

    // The operands, trimmed (uuids, or a store's name).
    QStringList operands;

    // The exit status an operation's error means: 3 when the session is gone (or cannot manage tokens), else 1.
    static int exitCodeFor(const ApiError &error);
    // Prints an error of the whole command ("hubtokens-cli: <title>: <message>"), the CLI's own words for a lost
    // session, and returns exitCodeFor(error).
    static int report(const ApiError &error);
    // "“ab” matches 3 tokens: …" with one line per candidate (uuid and description); "No token matches “ab”."
    static QString ambiguousMessage(const QString &argument, const QList<AccessToken> &candidates);
    static QString unknownMessage(const QString &argument);
    // An error of `kind` alone (one this side decided).
    static ApiError errorOf(ApiError::Kind kind);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    // A command class's entry in all(): `info` with the factory for C.
    template <class C> static CliCommandInfo declare(CliCommandInfo info)
    {
        info.make = [](const CliContext &ctx) { return new C(ctx); };
        return info;
    }
    // An option for a declaration; `help` marked with QT_TRANSLATE_NOOP("CliHelp", …), translated here, or already
    // translated.
    static CliOption option(const char *name, const char *valueName, const char *help)
    {
        return option(name, valueName, QCoreApplication::translate("CliHelp", help));
    }
    static CliOption option(const char *name, const char *valueName, const QString &help)
    {
        return {{QLatin1String(name)}, QLatin1String(valueName), help};
    }
    bool json() const { return m_ctx.globals.json(); }
    // Ends the command (once; later, from the event loop).
    void finish(int exitCode);
    // Prints `error` ("hubtokens-cli: <error>") and ends the command.
    void fail(const QString &error, int exitCode = CliExit::Failed);
    // Prints the result: `json` with --format json, else `text`.
    void print(const QByteArray &json, const QString &text) const;
    // Gets a session, then next(); if there is none, failed(exit status), or by default the command ends.
    void whenSignedIn(std::function<void()> next, std::function<void(int exitCode)> failed = nullptr);
    // Gets a session and lists every token, then next(); a list that fails ends the command. A list that meets an
    // expired session waits while the person signs in again on the terminal.
    void whenListed(std::function<void()> next);
    // whenListed(), then the one token the first operand (any unique start of a uuid) names, to next(token); an
    // ambiguous start ends the command with a usage error, one that matches nothing with a failure.
    void whenResolved(std::function<void(const AccessToken &token)> next);

    const CliContext &m_ctx;

private:
    bool m_finished = false;
    QList<QMetaObject::Connection> m_waits;
    void stopWaiting();
};
