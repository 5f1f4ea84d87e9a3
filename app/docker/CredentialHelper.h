#pragma once

#include "DockerCredential.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class HelperCall;

// A Docker credential helper, the program docker-credential-<name> on PATH, spoken to with its protocol:
// `store`, `get`, `erase` and `list` as the only argument, JSON (or the server URL) on stdin, JSON on stdout.
//
// Rules kept on every path: a secret goes only to the helper's stdin, never into its arguments or environment (it
// inherits ours, unchanged); every call has a timeout (default 10 s) after which the helper is killed; output over
// 1 MiB is refused; the helper's own words reach an error only as their first line, with any secret of the call
// blanked out. "Credentials not found" is not an error: get answers with no credential, erase with success.
//
// A value type: cheap to copy, holds no process. Calls run in HelperCall objects (asynchronous) or, for the command
// line, block on the process itself (…Now(): no event loop is run).
class CredentialHelper {
public:
    enum class Action { Store, Get, Erase, List };
    static constexpr int DefaultTimeoutMs = 10'000;
    static constexpr qint64 MaxOutputBytes = 1024 * 1024;

    explicit CredentialHelper(const QString &name = {}, int timeoutMs = DefaultTimeoutMs);

    QString name() const { return m_name; }
    QString programName() const; // "docker-credential-<name>"
    int timeout() const { return m_timeoutMs; }
    void setTimeout(int ms);
    bool isInstalled() const { return !findProgram(m_name).isEmpty(); }

    // A helper name Docker would accept and that cannot reach outside PATH: letters, digits, '.', '_' and '-'.
    static bool isValidName(const QString &name);
    // The absolute path of docker-credential-<name> on PATH, or empty.
    static QString findProgram(const QString &name);
    // The stores this app offers to configure on this system ("secretservice", "pass" on Linux).
    static QStringList offeredStores();
    // Those of `names` that are installed, in the same order.
    static QStringList installed(const QStringList &names = offeredStores());
    static QString actionWord(Action action); // "store", "get", "erase", "list"

    // Asynchronous: the call is already under way; it emits finished(reply) once, from the event loop, then deletes
    // itself. Deleting it first kills the helper and emits nothing.
    HelperCall *store(const DockerCredential &credential, QObject *parent = nullptr) const;
    HelperCall *get(const QString &serverUrl, QObject *parent = nullptr) const;
    HelperCall *erase(const QString &serverUrl, QObject *parent = nullptr) const;
    HelperCall *list(QObject *parent = nullptr) const;

    // Blocking (for hubtokens-cli): waits on the helper process for at most timeout(), without an event loop.
    HelperReply storeNow(const DockerCredential &credential) const;
    HelperReply getNow(const QString &serverUrl) const;
    HelperReply eraseNow(const QString &serverUrl) const;
    HelperReply listNow() const;

    // What a finished helper process left behind; interpret() turns it into the reply. Shared by both paths.
    struct Outcome {
        bool started = false;
        bool timedOut = false;
        bool tooMuchOutput = false;
        bool crashed = false;
        int exitCode = 0;
        QByteArray out;
        QByteArray err;
        QString startError;
    };
    HelperReply interpret(Action action, const Outcome &outcome, const QString &secret = {}) const;
    // The bytes for the helper's stdin.
    static QByteArray input(Action action, const QString &serverUrl, const DockerCredential &credential = {});

private:
    HelperCall *start(Action action, const QString &serverUrl, const DockerCredential &credential,
                      QObject *parent) const;
    HelperReply runNow(Action action, const QString &serverUrl, const DockerCredential &credential) const;
    DockerError error(DockerError::Kind kind) const;

    QString m_name;
    int m_timeoutMs = DefaultTimeoutMs;
};
