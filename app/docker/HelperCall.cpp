#include "HelperCall.h"

#include <QMetaObject>

HelperCall::HelperCall(const CredentialHelper &helper, CredentialHelper::Action action, const QString &serverUrl,
                       const DockerCredential &credential, QObject *parent)
    : QObject(parent)
    , m_helper(helper)
    , m_action(action)
    , m_redact(credential.secret)
{
    const QString program = CredentialHelper::findProgram(helper.name());
    if (program.isEmpty()) {
        finishLater(m_helper.interpret(action, m_outcome));
        return;
    }
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &HelperCall::onReadyRead);
    connect(&m_process, &QProcess::readyReadStandardError, this, &HelperCall::onReadyRead);
    connect(&m_process, &QProcess::finished, this, &HelperCall::onProcessFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &HelperCall::onErrorOccurred);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_outcome.timedOut = true;
        m_process.kill(); // finished() follows
    });

    m_process.setProgram(program);
    m_process.setArguments({CredentialHelper::actionWord(action)});
    m_outcome.started = true; // until errorOccurred(FailedToStart) says otherwise
    m_timer.start(m_helper.timeout());
    m_process.start(QIODevice::ReadWrite);
    // Buffered by QProcess until the helper runs; the only place the secret goes.
    if (m_process.state() != QProcess::NotRunning) {
        m_process.write(CredentialHelper::input(action, serverUrl, credential));
        m_process.closeWriteChannel();
    }
}

HelperCall::~HelperCall()
{
    m_timer.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void HelperCall::onReadyRead()
{
    if (m_finished || m_outcome.tooMuchOutput)
        return;
    m_outcome.out += m_process.readAllStandardOutput();
    m_outcome.err += m_process.readAllStandardError();
    if (m_outcome.out.size() > CredentialHelper::MaxOutputBytes
        || m_outcome.err.size() > CredentialHelper::MaxOutputBytes) {
        m_outcome.tooMuchOutput = true;
        m_outcome.out.clear();
        m_outcome.err.clear();
        m_process.kill();
    }
}

void HelperCall::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and pipe errors end in finished()
    m_outcome.started = false;
    m_outcome.startError = m_process.errorString();
    m_timer.stop();
    finishLater(m_helper.interpret(m_action, m_outcome));
}

void HelperCall::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timer.stop();
    onReadyRead();
    m_outcome.exitCode = exitCode;
    m_outcome.crashed = status == QProcess::CrashExit && !m_outcome.timedOut && !m_outcome.tooMuchOutput;
    finishLater(m_helper.interpret(m_action, m_outcome, m_redact));
}

void HelperCall::finishLater(const HelperReply &reply)
{
    if (m_finished)
        return;
    m_finished = true;
    m_redact.clear();
    m_outcome.out.clear();
    QMetaObject::invokeMethod(
        this,
        [this, reply] {
            Q_EMIT finished(reply);
            deleteLater();
        },
        Qt::QueuedConnection);
}
