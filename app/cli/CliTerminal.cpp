#include "CliTerminal.h"

#include "CliOutput.h"
#include "models/SecretWipe.h"

#include <QtGlobal>

#include <cerrno>
#include <csignal>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace {

// While a password is read with echo off: the terminal's settings to put back if a signal ends the program.
struct termios savedTermios;
volatile sig_atomic_t echoIsOff = 0;
constexpr int RestoreSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
struct sigaction previousActions[std::size(RestoreSignals)];

extern "C" void restoreEchoAndRaise(int sig)
{
    if (echoIsOff) {
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios); // async-signal-safe
        echoIsOff = 0;
    }
    // The signal's own effect (end the program, or stop it) as if we had not been here.
    signal(sig, SIG_DFL);
    raise(sig);
}

// Turns echo off on stdin, and puts it back if a signal ends the program; false when stdin has no settings to change.
bool echoOff()
{
    if (tcgetattr(STDIN_FILENO, &savedTermios) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = restoreEchoAndRaise;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(RestoreSignals); ++i)
        sigaction(RestoreSignals[i], &action, &previousActions[i]);
    struct termios quiet = savedTermios;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL; // the Enter still shows as a new line
    echoIsOff = 1;
    // TCSANOW, not TCSAFLUSH: an answer typed as the prompt appeared is kept, not thrown away.
    if (tcsetattr(STDIN_FILENO, TCSANOW, &quiet) != 0)
        echoIsOff = 0;
    return true;
}

// After echoOff(): the terminal and the signals' handlers as they were.
void echoOn()
{
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios);
    echoIsOff = 0;
    for (size_t i = 0; i < std::size(RestoreSignals); ++i)
        sigaction(RestoreSignals[i], &previousActions[i], nullptr);
}

// read(2) on stdin, tried again when a signal interrupts it.
ssize_t readStdin(void *buffer, size_t size)
{
    ssize_t n = 0;
    do
        n = ::read(STDIN_FILENO, buffer, size);
    while (n < 0 && errno == EINTR);
    return n;
}

// One line from stdin, a byte at a time (nothing read ahead, nothing buffered past the line). False at the end of
// input (with nothing read) or on an error.
bool readRawLine(QByteArray *line)
{
    line->clear();
    char c = 0;
    ssize_t n = 0;
    while ((n = readStdin(&c, 1)) == 1 && c != '\n')
        line->append(c);
    if (n <= 0)
        return !line->isEmpty();
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

} // namespace

bool CliTerminal::useColour()
{
    return stdoutIsTerminal() && qEnvironmentVariableIsEmpty("NO_COLOR")
        && qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

int CliTerminal::width()
{
    if (!stdoutIsTerminal())
        return 0;
    struct winsize size = {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns > 0 ? columns : 0;
}

std::optional<QString> CliTerminal::readLine(const QString &prompt, bool echo)
{
    // Echo off first, then the prompt: whatever is typed once the prompt shows is never shown.
    const bool quiet = !echo && stdinIsTerminal() && echoOff();
    CliOutput::raw(prompt);
    QByteArray line;
    const bool got = readRawLine(&line);
    if (quiet)
        echoOn();
    if (!got) {
        if (!echo)
            CliOutput::raw(QStringLiteral("\n"));
        return std::nullopt;
    }
    QString text = QString::fromUtf8(line);
    SecretWipe::wipe(line);
    return text;
}

QByteArray CliTerminal::readAllStdin()
{
    QByteArray all;
    char buffer[4096];
    for (ssize_t n = 0; (n = readStdin(buffer, sizeof buffer)) > 0;)
        all.append(buffer, n);
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    while (all.endsWith('\n') || all.endsWith('\r'))
        all.chop(1);
    return all;
}
