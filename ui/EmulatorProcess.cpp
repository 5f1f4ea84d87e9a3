#include "EmulatorProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

EmulatorProcess::EmulatorProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setReadChannel(QProcess::StandardOutput);
    // Its diagnostics go to our stderr; its stdout is ours to read.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // If this process dies without running destructors, the kernel ends the emulator too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this,
            [this] { fail(tr("The demo server did not start within %1 seconds.").arg(StartTimeoutMs / 1000)); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &EmulatorProcess::onReadyRead);
    connect(&m_process, &QProcess::finished, this, &EmulatorProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start the demo server (%1): %2").arg(program(), m_process.errorString()));
    });
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

void EmulatorProcess::setProgram(const QString &path)
{
    m_program = path;
}

void EmulatorProcess::setArguments(const QStringList &arguments)
{
    m_arguments = arguments;
}

QString EmulatorProcess::locate(const QString &appDir)
{
    const QString name = QStringLiteral("hub-emulator");
    const QString beside = QDir(appDir).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    // HUBTOKENS_EMULATOR_DIR: the libexec folder relative to the bin folder, from the install rules (GNUInstallDirs).
    const QString installed =
        QDir::cleanPath(QDir(appDir).filePath(QStringLiteral(HUBTOKENS_EMULATOR_DIR) + QLatin1Char('/') + name));
    if (QFileInfo(installed).isExecutable())
        return installed;
    return beside;
}

QString EmulatorProcess::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    return locate(QCoreApplication::applicationDirPath());
}

void EmulatorProcess::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_reported = false;
    m_buffer.clear();
    m_baseUrl.clear();
    if (!QFileInfo(program()).isExecutable()) {
        // Report from the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("The demo server was not found at %1.").arg(program())); }, Qt::QueuedConnection);
        return;
    }
    m_process.start(program(), m_arguments);
    m_startTimer.start(StartTimeoutMs);
}

void EmulatorProcess::stop()
{
    m_startTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool EmulatorProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

void EmulatorProcess::onReadyRead()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_reported) {
        m_buffer.clear();
        return;
    }
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0) {
        if (m_buffer.size() > 4096)
            fail(tr("The demo server printed something unexpected."));
        return;
    }
    const QUrl url(QString::fromUtf8(m_buffer.left(newline)).trimmed(), QUrl::StrictMode);
    m_buffer.clear();
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        fail(tr("The demo server printed something unexpected."));
        return;
    }
    m_startTimer.stop();
    m_reported = true;
    m_baseUrl = url;
    Q_EMIT ready(url);
}

void EmulatorProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_reported)
        return;
    fail(status == QProcess::CrashExit ? tr("The demo server crashed while starting.")
                                       : tr("The demo server stopped while starting (exit code %1).").arg(exitCode));
}

void EmulatorProcess::fail(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    m_startTimer.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
    Q_EMIT failed(message);
}
