#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <sys/types.h>

// Runs the real hubtokens-cli (built beside the tests) the way a person or a script would. The test's event loop
// keeps running while it waits, so an emulator in the test process answers.

// What one run printed and how it ended.
struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // "exit 1; stdout: …; stderr: …" for failure messages.
    QByteArray describe() const;
};

namespace CliHarness {
// The program under test.
QString program();
// A clean environment for a run: HOME and XDG_CONFIG_HOME in `home` (so the settings are the run's own), English in
// UTF-8, no display (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset), no HUBTOKENS_* variables and — unless
// `keychain` — no D-Bus session, so no keychain is reachable. With `keychain`, HOME and D-Bus come from the test's
// own environment (a private Secret Service: tests/app/secrets/with-secret-service.sh).
QProcessEnvironment environment(const QString &home, bool keychain = false);
} // namespace CliHarness

// One run in the background: start(), do things to the emulator while it runs, then finish().
class CliProcess {
public:
    CliProcess(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {});
    // Waits for the end (the event loop keeps running). nullopt-like run (exitCode -1) on timeout.
    CliRun finish(int timeoutMs = 30000);

private:
    std::unique_ptr<QProcess> m_process;
};

// Runs and waits.
CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input = {},
              int timeoutMs = 30000);

// hubtokens-cli on a pseudo-terminal: stdin, stdout and stderr are the terminal (stdout may go to a file instead),
// as when a person types in a terminal window. The test reads what the terminal shows and types answers.
class PtySession {
public:
    PtySession() = default;
    ~PtySession();
    PtySession(const PtySession &) = delete;
    PtySession &operator=(const PtySession &) = delete;

    // `stdoutFile`: stdout goes to this file, not the terminal (stdin and stderr stay on it).
    bool start(const QStringList &args, const QProcessEnvironment &env, const QString &stdoutFile = QString(),
               int columns = 160);
    // Waits until the terminal shows `text` after what earlier waits matched.
    bool waitFor(const QString &text, int timeoutMs = 15000);
    // Types (with no newline added).
    void type(const QByteArray &bytes);
    // Waits for the program to end: its exit status, or nullopt (on timeout, or if a signal ended it).
    std::optional<int> waitForExit(int timeoutMs = 30000);
    // Everything the terminal has shown.
    QString screen() const { return QString::fromUtf8(m_output); }

private:
    void readAvailable();

    int m_master = -1;
    pid_t m_pid = -1;
    int m_status = 0;
    bool m_exited = false;
    qsizetype m_matched = 0;
    QByteArray m_output;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
