#include "CliHarness.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

QByteArray CliRun::describe() const
{
    return QByteArray("exit ") + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + "\n--- stdout:\n" + out
        + "\n--- stderr:\n" + err;
}

namespace CliHarness {

QString program()
{
    return QStringLiteral(HUBTOKENS_CLI_PATH);
}

QProcessEnvironment environment(const QString &home, bool keychain)
{
    const QProcessEnvironment mine = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), mine.value(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
    // One try per call: these tests inject single failures and expect to see them (retries: singleFailureIsRetried).
    env.insert(QStringLiteral("HUBTOKENS_TRIES"), QStringLiteral("1"));
    if (keychain) {
        for (const char *name : {"HOME", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "GNOME_KEYRING_CONTROL"}) {
            const QString key = QString::fromLatin1(name);
            if (mine.contains(key))
                env.insert(key, mine.value(key));
        }
    } else {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    }
    // Sanitizer options pass through (the ASan build runs these tests too).
    for (const char *name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
        const QString key = QString::fromLatin1(name);
        if (mine.contains(key))
            env.insert(key, mine.value(key));
    }
    return env;
}

} // namespace CliHarness

CliProcess::CliProcess(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessEnvironment(env);
    m_process->start(CliHarness::program(), args);
    m_process->write(input);
    m_process->closeWriteChannel();
}

CliRun CliProcess::finish(int timeoutMs)
{
    CliRun run;
    if (m_process->state() != QProcess::NotRunning) {
        QSignalSpy finished(m_process.get(), &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            run.err = "(timed out)\n" + m_process->readAllStandardError();
            run.out = m_process->readAllStandardOutput();
            return run;
        }
    }
    run.exitCode = m_process->exitCode();
    run.crashed = m_process->exitStatus() != QProcess::NormalExit;
    run.out = m_process->readAllStandardOutput();
    run.err = m_process->readAllStandardError();
    return run;
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input, int timeoutMs)
{
    CliProcess process(args, env, input);
    return process.finish(timeoutMs);
}

// ---- PtySession ------------------------------------------------------------------------------------------------

PtySession::~PtySession()
{
    m_notifier.reset();
    if (m_pid > 0 && !m_exited) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, &m_status, 0);
    }
    if (m_master >= 0)
        ::close(m_master);
}

bool PtySession::start(const QStringList &args, const QProcessEnvironment &env, const QString &stdoutFile, int columns)
{
    // Everything the child needs is made before fork(): after it, only async-signal-safe calls.
    QList<QByteArray> argStorage{QFile::encodeName(CliHarness::program())};
    for (const QString &a : args)
        argStorage.append(a.toUtf8());
    QList<QByteArray> envStorage;
    for (const QString &kv : env.toStringList())
        envStorage.append(kv.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    int outFd = -1;
    if (!stdoutFile.isEmpty()) {
        outFd = ::open(QFile::encodeName(stdoutFile).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (outFd < 0)
            return false;
    }

    struct winsize size = {};
    size.ws_row = 40;
    size.ws_col = static_cast<unsigned short>(columns);
    const pid_t pid = ::forkpty(&m_master, nullptr, nullptr, &size);
    if (pid < 0) {
        if (outFd >= 0)
            ::close(outFd);
        return false;
    }
    if (pid == 0) {
        if (outFd >= 0)
            ::dup2(outFd, STDOUT_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    if (outFd >= 0)
        ::close(outFd);
    m_pid = pid;
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { readAvailable(); });
    return true;
}

void PtySession::readAvailable()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            m_output.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
            m_notifier->setEnabled(false); // the other end is closed (EIO)
        return;
    }
}

bool PtySession::waitFor(const QString &text, int timeoutMs)
{
    const QByteArray wanted = text.toUtf8();
    const bool found = QTest::qWaitFor(
        [&] {
            readAvailable();
            return m_output.indexOf(wanted, m_matched) >= 0;
        },
        timeoutMs);
    if (found)
        m_matched = m_output.indexOf(wanted, m_matched) + wanted.size();
    return found;
}

void PtySession::type(const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            return;
        written += n;
    }
}

std::optional<int> PtySession::waitForExit(int timeoutMs)
{
    if (!m_exited) {
        m_exited = QTest::qWaitFor(
            [&] {
                readAvailable();
                return ::waitpid(m_pid, &m_status, WNOHANG) == m_pid;
            },
            timeoutMs);
        if (m_exited)
            readAvailable();
    }
    if (!m_exited || !WIFEXITED(m_status))
        return std::nullopt;
    return WEXITSTATUS(m_status);
}
