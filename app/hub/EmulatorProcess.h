#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// Demo mode: runs `hub-emulator --port 0 --demo` from the app's own directory and reports the base URL it prints
// as its first line of standard output. Stops it when destroyed (terminate, then kill); on Linux the child is
// also told to end if this process dies without cleaning up.
class EmulatorProcess : public QObject {
    Q_OBJECT
public:
    static constexpr int StartTimeoutMs = 10'000;

    explicit EmulatorProcess(QObject *parent = nullptr);
    ~EmulatorProcess() override;

    // The program: <applicationDirPath>/hub-emulator unless set.
    void setProgram(const QString &path);
    QString program() const;
    // Its arguments: `--port 0 --demo` unless set (the benchmark seeds its own account and latency).
    void setArguments(const QStringList &arguments);
    QStringList arguments() const { return m_arguments; }

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
