#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// Demo mode: runs `hub-emulator --port 0 --demo` and reports the base URL it prints as its first line of standard
// output. The program is found beside the app (the build tree) or in <prefix>/libexec/hubtokens (an installed copy). Stops it when destroyed (terminate, then kill); on Linux the child is
// also told to end if this process dies without cleaning up.
class EmulatorProcess : public QObject {
    Q_OBJECT
public:
    static constexpr int StartTimeoutMs = 10'000;

    explicit EmulatorProcess(QObject *parent = nullptr);
    ~EmulatorProcess() override;

    // The program: locate(applicationDirPath) unless set.
    void setProgram(const QString &path);
    QString program() const;
    // Its arguments: `--port 0 --demo` unless set (the benchmark seeds its own account and latency).
    void setArguments(const QStringList &arguments);
    QStringList arguments() const { return m_arguments; }
    // Where hub-emulator is for an app in `appDir`: beside it if there (the build tree), else in the libexec folder
    // the install rules put it in, found relative to `appDir` (bin/../libexec/hubtokens), so an installed copy works
    // under any prefix. If neither holds it, the path beside the app (for the "not found" message).
    static QString locate(const QString &appDir);

    void start();
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_startTimer;
    QString m_program;
    QStringList m_arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo")};
    QByteArray m_buffer;
    QUrl m_baseUrl;
    bool m_reported = false;
};
